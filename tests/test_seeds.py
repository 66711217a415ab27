"""Exact facts of the five seed articles, after extraction and resolution."""

from datetime import date

A000, A001, A002, A003, A004 = (
    "000_dedf0a42f71b5f5c", "001_7a404ea2dabfdd28", "002_a7289bc24cb9d376",
    "003_c39f8755841239fa", "004_c2fa5512a1292afa",
)  # fmt: skip


def calls(kb):
    return {
        (frozenset(e.participants), e.when.day): e
        for e in kb.events
        if e.kind in ("PhoneCall", "Meeting")
    }


def attacks(kb):
    return {(tuple(e.places), e.when.day): e for e in kb.events if e.kind == "Attack"}


def test_calls_with_dates_and_participants(seed_kb):
    found = calls(seed_kb)
    bayramov, lavrov = "person/jeyhun-bayramov", "person/sergey-lavrov"
    assert set(found) == {
        (frozenset({bayramov, lavrov}), date(2020, 10, 5)),
        (frozenset({bayramov, "person/darkhan-kydyrali"}), date(2020, 10, 19)),
        (frozenset({bayramov, "person/jean-yves-le-drian"}), date(2020, 10, 19)),
        (frozenset({bayramov, "person/baghdad-amreyev"}), date(2020, 10, 17)),
        (frozenset({bayramov, "person/urmas-reinsalu"}), None),
        (frozenset({bayramov, lavrov}), None),
        (frozenset({bayramov, "person/roberto-mardini"}), None),
    }
    assert found[(frozenset({bayramov, lavrov}), date(2020, 10, 5))].kind == "PhoneCall"


def test_meeting_in_geneva_is_one_event_from_two_articles(seed_kb):
    meeting = calls(seed_kb)[
        (frozenset({"person/jeyhun-bayramov", "person/roberto-mardini"}), None)
    ]
    assert meeting.kind == "Meeting"
    assert meeting.places == ["place/geneva"]
    assert set(meeting.reports) == {A002, A004}


def test_second_lavrov_call_stays_apart(seed_kb):
    found = calls(seed_kb)
    pair = frozenset({"person/jeyhun-bayramov", "person/sergey-lavrov"})
    first, second = found[(pair, date(2020, 10, 5))], found[(pair, None)]
    assert first.id != second.id
    assert set(first.reports) == {A000} and set(second.reports) == {A003}
    assert (second.when.earliest, second.when.latest) == (date(2020, 10, 12), date(2020, 10, 19))


def test_attacks_places_and_dates(seed_kb):
    assert set(attacks(seed_kb)) == {
        ((), date(2020, 9, 27)),
        (("place/ganja",), date(2020, 10, 4)),
        (("place/mingachevir",), date(2020, 10, 4)),
        (("place/khizi",), date(2020, 10, 4)),
        (("place/absheron",), date(2020, 10, 4)),
        (("place/ganja",), date(2020, 10, 17)),
        (("place/barda",), date(2020, 10, 27)),
        (("place/barda",), date(2020, 10, 28)),
        (("place/jabrayil",), None),
        (("place/gadabay",), None),
        (("place/tovuz",), None),
        (("place/tartar",), None),
        (("place/fuzuli",), None),
        (("place/hadrut",), None),
    }


def test_offensive_of_september_27_is_one_event_in_all_five(seed_kb):
    offensive = attacks(seed_kb)[((), date(2020, 9, 27))]
    assert set(offensive.reports) == {A000, A001, A002, A003, A004}
    assert offensive.perpetrators == ["organization/armed-forces-am"]
    assert offensive.weapons == {"artillery", "mortar"}


def test_figures_per_source(seed_kb):
    found = attacks(seed_kb)
    ganja17 = found[(("place/ganja",), date(2020, 10, 17))]
    assert set(ganja17.reports) == {A001, A003}
    assert (ganja17.reports[A001].killed, ganja17.reports[A001].injured) == (13, None)
    later = ganja17.reports[A003]
    assert (later.killed, later.injured, later.children_killed) == (13, 48, 3)
    assert "ballistic-missile" in ganja17.weapons
    barda27 = found[(("place/barda",), date(2020, 10, 27))].reports[A002]
    assert (barda27.killed, barda27.injured) == (5, 13)
    barda28 = found[(("place/barda",), date(2020, 10, 28))].reports[A002]
    assert (barda28.killed, barda28.injured, barda28.approximate) == (21, 70, True)
    ganja4 = found[(("place/ganja",), date(2020, 10, 4))].reports[A000]
    assert (ganja4.killed, ganja4.injured, ganja4.injured_at_least) == (1, None, 24)


def test_perpetrators_as_stated(seed_kb):
    for event in seed_kb.events:
        if event.kind == "Attack":
            assert set(event.perpetrators) <= {"country/am", "organization/armed-forces-am"}, (
                event.id
            )
            assert event.perpetrators, event.id


def test_running_totals(seed_kb):
    totals = {(t.article, t.figures.killed, t.figures.injured, t.since) for t in seed_kb.totals}
    assert totals == {
        (A000, 27, 141, None),
        (A001, 61, 282, date(2020, 9, 27)),
        (A002, 91, 404, date(2020, 9, 27)),
    }
    (total,) = [t for t in seed_kb.totals if t.article == A001]
    assert {(d.structure, d.count) for d in total.damage} == {
        ("house", 1846), ("apartment-building", 90), ("civilian-facility", 341),
    }  # fmt: skip


def test_resolutions_of_1993(seed_kb):
    assert {(r.number, r.year) for r in seed_kb.resolutions.values()} == {
        (822, 1993), (853, 1993), (874, 1993), (884, 1993),
    }  # fmt: skip
    (record,) = [a for a in seed_kb.articles if a.article.id == A000]
    assert len(record.resolutions) == 4


def test_spelling_variants_meet(seed_kb):
    entities = seed_kb.entities
    assert {"Robert Mardini", "Roberto Mardini"} <= entities["person/roberto-mardini"].names
    assert "Abheron" in entities["place/absheron"].names
    assert "Gababay" in entities["place/gadabay"].names
    assert entities["place/ganja"].iso_code == "AZ-GA"


def test_roles(seed_kb):
    people = seed_kb.entities
    assert ("Foreign Minister", "country/ru") in people["person/sergey-lavrov"].positions
    assert ("Foreign Minister", "country/ee") in people["person/urmas-reinsalu"].positions
    assert ("Director General", "organization/icrc") in people["person/roberto-mardini"].positions
    assert ("Secretary General", "organization/turkic-council") in people[
        "person/baghdad-amreyev"
    ].positions


def test_mentions_of_one_article(seed_kb):
    (record,) = [a for a in seed_kb.articles if a.article.id == A003]
    assert {
        "person/baghdad-amreyev", "person/jeyhun-bayramov", "person/urmas-reinsalu",
        "person/sergey-lavrov", "organization/turkic-council", "organization/unsc",
        "organization/icrc", "organization/osce-minsk-group", "country/am", "country/az",
        "country/ee", "place/fuzuli", "place/jabrayil", "place/hadrut", "place/ganja",
    } <= record.mentions  # fmt: skip
    assert "person/ayya-lmahamad" not in record.mentions
    assert record.author == "person/ayya-lmahamad"


def test_claims_name_the_speaker(seed_kb):
    (event,) = [e for e in seed_kb.events if e.id.startswith("attack/2020-10-17-ganja")]
    claimants = {e.article: e.claimant for e in event.evidence if e.claimant}
    assert claimants[A003] == "person/jeyhun-bayramov"


def test_publisher_from_the_authors_other_articles(seed_kb):
    publishers = {a.article.id: a.publisher for a in seed_kb.articles}
    assert publishers == {
        A000: "organization/azernews", A001: "organization/azernews", A002: "organization/azernews",
        A003: "organization/azernews", A004: "organization/trend",
    }  # fmt: skip
