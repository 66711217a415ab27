"""Articles written for the genre, one family at a time: each asserts the exact facts a reader
would take from it. None of these sentences is in the seeds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conflictkg.extract import extract
from conflictkg.read import read_file, read_paths
from conflictkg.records import Article
from conflictkg.resolve import resolve

ROOT = Path(__file__).resolve().parent.parent
GENRE = ROOT / "tests" / "genre"


def facts(name: str):
    return extract(read_file(GENRE / f"{name}.txt"))


def kb_of(*names: str):
    return resolve([facts(n) for n in names])


def call_set(kb):
    return {
        (e.kind, frozenset(p.split("/")[-1] for p in e.participants), e.when.day)
        for e in kb.events
        if e.kind != "Attack"
    }


def attack_set(kb):
    return {
        (tuple(p.split("/")[-1] for p in e.places), e.when.day)
        for e in kb.events
        if e.kind == "Attack"
    }


def test_calls_in_every_voice():
    kb = kb_of("calls_voices")
    assert call_set(kb) == {
        ("PhoneCall", frozenset({"jeyhun-bayramov", "mevlut-cavusoglu"}), date(2020, 10, 13)),
        ("Meeting", frozenset({"sergei-lavrov", "javad-zarif"}), date(2020, 10, 12)),
        ("PhoneCall", frozenset({"jeyhun-bayramov", "peter-szijjarto"}), date(2020, 10, 13)),
        ("PhoneCall", frozenset({"jeyhun-bayramov", "david-zalkaliani"}), date(2020, 10, 13)),
        ("Meeting", frozenset({"jeyhun-bayramov", "jean-yves-le-drian"}), date(2020, 10, 12)),
    }


def test_meeting_place_and_announcing_spokesperson():
    kb = kb_of("calls_voices")
    (paris,) = [e for e in kb.events if "person/jean-yves-le-drian" in e.participants]
    assert paris.places == ["place/paris"]
    assert paris.evidence[0].claimant == "person/leyla-abdullayeva"
    spokesperson = kb.entities["person/leyla-abdullayeva"]
    assert spokesperson.positions == {
        ("Spokesperson", "organization/ministry-of-foreign-affairs-of-azerbaijan")
    }


def test_dateline_date_is_not_the_event_date():
    kb = kb_of("armenian_side")
    assert ((("stepanakert",), date(2020, 10, 10))) in attack_set(kb)


def test_armenian_side_claims_and_denial():
    kb = kb_of("armenian_side")
    (stepanakert,) = [e for e in kb.events if e.places == ["place/stepanakert"]]
    assert stepanakert.perpetrators == ["organization/armed-forces-az"]
    figures = stepanakert.reports["armenian_side"]
    assert (figures.killed, figures.killed_at_least, figures.injured) == (5, 5, 12)
    stances = {(e.claimant, e.stance) for e in stepanakert.evidence}
    assert ("organization/ministry-of-defense-of-azerbaijan", "denied") in stances
    (shushi,) = [e for e in kb.events if e.places == ["place/shusha"]]
    assert shushi.when.day == date(2020, 10, 8)
    assert shushi.evidence[0].stance == "alleged"
    assert "Shushi" in kb.entities["place/shusha"].names


def test_counterpart_is_a_participant():
    kb = kb_of("armenian_side")
    assert (
        "PhoneCall",
        frozenset({"zohrab-mnatsakanyan", "sergey-lavrov"}),
        date(2020, 10, 10),
    ) in call_set(kb)


def test_background_war_gives_no_events():
    kb = kb_of("armenian_side")
    assert not any(t.figures.killed == 30000 for t in kb.totals)
    assert len([e for e in kb.events if e.kind == "Attack"]) == 2


def test_long_titles_and_transliterations():
    kb = kb_of("titles_names", "calls_voices")
    people = kb.entities
    assert ("High Representative", "organization/eu") in people["person/josep-borrell"].positions
    assert {"Ceyhun Bayramov", "Jeyhun Bayramov"} <= people[
        "person/jeyhun-bayramov"
    ].names | people.get("person/ceyhun-bayramov", people["person/jeyhun-bayramov"]).names
    assert len([p for p in people if p.endswith("bayramov")]) == 1
    assert len([p for p in people if "cavusoglu" in p]) == 1
    assert "Mevlüt Çavuşoğlu" in next(e for i, e in people.items() if "cavusoglu" in i).names


def test_minister_anaphora_and_same_day():
    kb = kb_of("titles_names")
    (bayramov,) = [p for p in kb.entities if p.endswith("bayramov")]
    assert (
        "Meeting",
        frozenset({bayramov.split("/")[-1], "stephane-visconti"}),
        date(2020, 10, 21),
    ) in call_set(kb)
    assert (
        "PhoneCall",
        frozenset({bayramov.split("/")[-1], "mevlut-cavusoglu"}),
        date(2020, 10, 21),
    ) in call_set(kb)
    (tartar,) = [e for e in kb.events if e.places == ["place/tartar"]]
    assert tartar.perpetrators == ["organization/armed-forces-am"]


def test_dates_respectively_this_morning_yesterday():
    kb = kb_of("dates_figures")
    assert attack_set(kb) == {
        (("tartar",), date(2020, 10, 11)),
        (("aghdam",), date(2020, 10, 15)),
        (("barda",), date(2020, 10, 16)),
        (("goranboy",), date(2020, 10, 15)),
    }


def test_figures_of_the_genre():
    kb = kb_of("dates_figures", "figures")
    by_place = {(e.places[0], e.when.day): e for e in kb.events if e.kind == "Attack"}
    tartar = by_place[("place/tartar", date(2020, 10, 11))].reports["dates_figures"]
    assert (tartar.killed, tartar.injured) == (3, 7)
    assert by_place[("place/barda", date(2020, 10, 16))].reports["dates_figures"].killed == 1
    assert by_place[("place/goranboy", date(2020, 10, 15))].reports["dates_figures"].injured == 2
    village = by_place[("place/garayusifli", date(2020, 10, 27))].reports["figures"]
    assert (village.killed, village.injured) == (4, 13)
    assert kb.entities["place/garayusifli"].within == "place/barda"
    (toll,) = [e for e in kb.events if e.places == ["place/barda"] and e.when.day is None]
    assert toll.reports["figures"].killed == 21
    totals = {(t.article, t.figures.killed, t.figures.injured, t.since) for t in kb.totals}
    assert totals == {
        ("dates_figures", 47, 222, date(2020, 9, 27)),
        ("figures", 90, 407, date(2020, 9, 27)),
    }


@pytest.mark.parametrize("name", ["noise"])
def test_noise_headlines_quotes_and_related_stories(name):
    f = facts(name)
    assert [(a.place, a.when.day) for a in f.attacks] == [("place:ganja", date(2020, 10, 17))]
    figures = f.attacks[0].figures
    assert (figures.killed, figures.injured, figures.injured_at_least) == (13, 50, 51)
    mentioned = {m.ref for m in f.mentions}
    assert "place:tovuz" not in mentioned and not any("di maio" in r for r in mentioned)
    assert "person:hikmat hajiyev" in mentioned


def test_subjected_to_shelling_and_a_spokesperson():
    kb = kb_of("ceasefire_violations")
    assert attack_set(kb) == {
        (("tartar",), None),
        (("aghdam",), None),
        (("ganja",), date(2020, 10, 11)),
    }
    (tartar,) = [e for e in kb.events if e.places == ["place/tartar"]]
    assert tartar.perpetrators == ["organization/armed-forces-am"]
    assert tartar.reports["ceasefire_violations"].injured == 2
    assert tartar.evidence[0].claimant == "person/vagif-dargahli"
    (ganja,) = [e for e in kb.events if e.places == ["place/ganja"]]
    assert (
        ganja.reports["ceasefire_violations"].killed,
        ganja.reports["ceasefire_violations"].injured,
    ) == (10, 34)


def test_title_owner_is_the_body_not_the_region():
    kb = kb_of("ceasefire_violations")
    assert kb.entities["person/toivo-klaar"].positions == {
        ("Special Representative", "organization/eu")
    }
    (meeting,) = [e for e in kb.events if e.kind == "Meeting"]
    assert set(meeting.participants) == {"person/ilham-aliyev", "person/toivo-klaar"}
    assert meeting.places == [] and meeting.when.day == date(2020, 10, 11)


def test_planned_meeting_has_no_date_and_the_armenian_side_is_armenia():
    kb = kb_of("counterparts")
    assert call_set(kb) == {
        # 'met in Geneva with the OSCE Minsk Group co-chairs', who are not named: the group
        (
            "Meeting",
            frozenset({"jeyhun-bayramov", "zohrab-mnatsakanyan", "osce-minsk-group"}),
            None,
        ),
        ("PhoneCall", frozenset({"jeyhun-bayramov", "antonio-guterres"}), date(2020, 10, 28)),
    }
    (barda,) = [e for e in kb.events if e.kind == "Attack"]
    assert barda.perpetrators == ["country/am"]
    figures = barda.reports["counterparts"]
    assert (figures.killed, figures.injured, figures.injured_at_least, figures.approximate) == (
        21,
        70,
        71,
        True,
    )
    assert {(t.figures.killed, t.figures.injured, t.since) for t in kb.totals} == {
        (91, 400, date(2020, 9, 27))
    }


def test_armed_forces_named_outweigh_a_country_in_passing():
    kb = kb_of("defense_ministry")
    attacks = {e.places[0]: e for e in kb.events if e.kind == "Attack"}
    assert set(attacks) == {"place/tartar", "place/aghdam", "place/goranboy", "place/gazakh"}
    assert all(e.perpetrators == ["organization/armed-forces-am"] for e in attacks.values())
    gazakh = attacks["place/gazakh"]
    assert gazakh.when.day == date(2020, 10, 25) and gazakh.reports["defense_ministry"].injured == 1
    assert attacks["place/aghdam"].evidence[0].stance == "alleged"


def test_long_title_before_a_name():
    kb = kb_of("defense_ministry")
    hajiyev = kb.entities["person/hikmet-hajiyev"]
    office = "organization/foreign-policy-affairs-department-of-the-presidential-administration"
    assert ("Head", office) in hajiyev.positions


def test_capital_of_a_region_is_not_a_second_place():
    kb = kb_of("armenpress_dateline")
    (attack,) = [e for e in kb.events if e.kind == "Attack"]
    assert attack.places == ["place/stepanakert"]
    assert attack.perpetrators == ["organization/armed-forces-az"]
    assert attack.evidence[0].claimant == "person/shushan-stepanyan"
    assert ("President", "place/nagorno-karabakh") in kb.entities[
        "person/arayik-harutyunyan"
    ].positions


def test_one_call_with_each_counterpart_and_a_denial():
    kb = kb_of("wire_both_sides")
    assert call_set(kb) == {
        ("PhoneCall", frozenset({"sergei-lavrov", "zohrab-mnatsakanyan"}), date(2020, 10, 17)),
        ("PhoneCall", frozenset({"sergei-lavrov", "jeyhun-bayramov"}), date(2020, 10, 17)),
    }
    (ganja,) = [e for e in kb.events if e.kind == "Attack"]
    assert ganja.when.day == date(2020, 10, 17)
    figures = ganja.reports["wire_both_sides"]
    assert (figures.killed, figures.injured, figures.injured_at_least) == (13, 50, 51)
    assert {e.stance for e in ganja.evidence} == {"asserted", "denied"}


def test_fm_abbreviation_and_a_speaker_that_is_a_ministry():
    kb = kb_of("fm_abbreviations")
    assert call_set(kb) == {
        ("PhoneCall", frozenset({"jeyhun-bayramov", "david-zalkaliani"}), None),
        ("Meeting", frozenset({"jeyhun-bayramov", "luigi-di-maio"}), date(2020, 10, 20)),
    }
    assert not any(p.endswith("defense-ministry") for p in kb.entities)
    assert attack_set(kb) == {
        (("mingachevir",), date(2020, 10, 15)),
        (("gabala",), date(2020, 10, 15)),
    }
    assert kb.entities["place/gabala"].iso_code == "AZ-QAB"
    assert {(t.figures.killed, t.figures.injured, t.since) for t in kb.totals} == {(63, 292, None)}


def test_night_of_two_days_list_of_dates_and_resolutions_after_a_year():
    kb = kb_of("ranges_and_lists")
    assert attack_set(kb) == {
        (("ganja",), date(2020, 10, 17)),
        (("naftalan",), date(2020, 10, 4)),
        (("naftalan",), date(2020, 10, 5)),
    }
    (ganja,) = [e for e in kb.events if e.places == ["place/ganja"]]
    figures = ganja.reports["ranges_and_lists"]
    assert (figures.killed, figures.children_killed, figures.injured) == (13, 2, 50)
    assert {(r.number, r.year) for r in kb.resolutions.values()} == {
        (822, 1993),
        (853, 1993),
        (874, 1993),
        (884, 1993),
    }
    assert (
        "Meeting",
        frozenset({"mevlut-cavusoglu", "jeyhun-bayramov"}),
        date(2020, 10, 6),
    ) in call_set(kb)


def test_received_an_ambassador_and_a_town_under_fire():
    kb = kb_of("received_and_under_fire")
    assert call_set(kb) == {
        ("PhoneCall", frozenset({"jeyhun-bayramov", "shah-mahmood-qureshi"}), date(2020, 10, 20)),
        ("Meeting", frozenset({"jeyhun-bayramov", "james-sharp"}), date(2020, 10, 13)),
    }
    assert kb.entities["person/james-sharp"].positions == {("Ambassador", "country/gb")}
    assert ("Foreign Minister", "country/pk") in kb.entities[
        "person/shah-mahmood-qureshi"
    ].positions
    by_place = {e.places[0]: e for e in kb.events if e.kind == "Attack"}
    assert set(by_place) == {"place/tartar", "place/qarayusifli"}
    tartar = by_place["place/tartar"]
    assert tartar.when.day == date(2020, 10, 20) and tartar.perpetrators == [
        "organization/armed-forces-am"
    ]
    assert (
        tartar.reports["received_and_under_fire"].killed,
        tartar.reports["received_and_under_fire"].injured,
    ) == (1, 3)
    assert kb.entities["place/qarayusifli"].within == "place/barda"
    assert {(t.figures.killed, t.figures.injured) for t in kb.totals} == {(65, 297)}
    assert not any(
        e.kind == "Place" and e.label in ("James", "Sharp") for e in kb.entities.values()
    )


def test_offices_before_said_are_not_people():
    text = (
        "The Prosecutor General said that 3 civilians were killed. Human Rights Watch said Armenia "
        "used cluster munitions. Azerbaijan State News Agency reported it. Elnur Mammadov said he was scared."
    )
    f = extract(Article("offices", date(2020, 10, 20), "Trend", text, GENRE / "offices.txt"))
    people = {e.label for e in f.entities.values() if e.kind == "Person"}
    assert people == {"Elnur Mammadov"}


def test_a_meeting_with_the_co_chairs_named_in_a_list():
    kb = kb_of("co_chairs")
    chairs = {"igor-popov", "stephane-visconti", "andrew-schofer"}
    assert call_set(kb) == {
        ("Meeting", frozenset({"jeyhun-bayramov", *chairs}), date(2020, 10, 30))
    }
    for chair in chairs:
        assert kb.entities[f"person/{chair}"].positions == {
            ("Co-Chair", "organization/osce-minsk-group")
        }
    (meeting,) = [e for e in kb.events if e.kind == "Meeting"]
    assert meeting.places == ["place/geneva"]
    (tartar,) = [e for e in kb.events if e.kind == "Attack"]
    assert (tartar.when.day, tartar.reports["co_chairs"].killed) == (date(2020, 10, 30), 1)


def test_village_spellings_meet_across_articles():
    kb = kb_of("figures", "received_and_under_fire")
    villages = [e for e in kb.entities.values() if e.label in ("Garayusifli", "Qarayusifli")]
    assert len(villages) == 1
    assert villages[0].names >= {"Garayusifli", "Qarayusifli"}


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("Armenia ignores UNSC Resolution 884 (1993) and other documents.", {(884, 1993)}),
        ("UN General Assembly resolution 62/243 of 2008 reaffirmed it.", set()),
        ("The four resolutions adopted by the Security Council in 1993 remain unfulfilled.", set()),
        (
            "the resolutions adopted in 1993 by the UN Security Council, 822 and 853, demand it.",
            {(822, 1993), (853, 1993)},
        ),
    ],
)
def test_resolution_forms(text, numbers):
    f = extract(Article("res", date(2020, 10, 20), "Trend", text, GENRE / "res.txt"))
    assert {(r.number, r.year) for r in f.resolutions} == numbers


def test_a_bare_undated_mention_in_news_of_the_day_takes_the_days_attack():
    # seed 001 (October 20) tells of shelling in Tartar without a day; another article dates
    # Tartar's shelling October 20: news of the same day, one event (see Cluster.accepts)
    seeds = [extract(a) for a in read_paths([ROOT / "seeds"])]
    kb = resolve([*seeds, facts("received_and_under_fire")])
    tartar = {e.when.day: e for e in kb.events if e.places == ["place/tartar"]}
    assert set(tartar) == {date(2020, 10, 20)}
    assert set(tartar[date(2020, 10, 20)].reports) == {
        "001_7a404ea2dabfdd28",
        "received_and_under_fire",
    }
    ganja = next(
        e for e in kb.events if e.places == ["place/ganja"] and e.when.day == date(2020, 10, 17)
    )
    assert {"001_7a404ea2dabfdd28", "003_c39f8755841239fa"} <= set(
        ganja.reports
    )  # tied by the toll of 13


def test_an_undated_call_joins_the_dated_one_of_that_week():
    dated = Article(
        "a",
        date(2020, 10, 14),
        "Trend",
        "Foreign Minister Jeyhun Bayramov held a phone conversation with Turkish Foreign Minister Mevlut Cavusoglu on October 13.",
        GENRE / "a.txt",
    )
    undated = Article(
        "b",
        date(2020, 10, 15),
        "APA",
        "Azerbaijani Foreign Minister Jeyhun Bayramov and Turkish Foreign Minister Mevlut Cavusoglu held a phone conversation.",
        GENRE / "b.txt",
    )
    kb = resolve([extract(dated), extract(undated)])
    (call,) = [e for e in kb.events if e.kind == "PhoneCall"]
    assert call.when.day == date(2020, 10, 13) and set(call.reports) == {"a", "b"}


def test_military_losses_are_not_an_attacks_civilian_toll():
    text = (
        "Armenian forces shelled Tartar on October 12, killing two civilians. "
        "The Armenian defense ministry said 30 servicemen were killed in the fighting."
    )
    f = extract(Article("mil", date(2020, 10, 20), "Trend", text, GENRE / "mil.txt"))
    (attack,) = f.attacks
    assert (attack.place, attack.figures.killed, attack.figures.victims) == (
        "place:tartar",
        2,
        "civilian",
    )
    assert [(t.figures.killed, t.figures.victims) for t in f.totals] == [(30, "military")]


def test_each_clause_gives_its_figures_to_its_place():
    kb = kb_of("clauses")
    by_place = {e.places[0]: e for e in kb.events if e.kind == "Attack"}
    assert set(by_place) == {"place/ganja", "place/barda", "place/tartar"}
    assert all(e.when.day == date(2020, 10, 8) for e in by_place.values())
    barda, tartar = (
        by_place["place/barda"].reports["clauses"],
        by_place["place/tartar"].reports["clauses"],
    )
    assert (barda.killed, barda.injured) == (1, 5)
    assert (tartar.killed, tartar.injured) == (None, 2)
    assert by_place["place/ganja"].reports["clauses"] is None
    (total,) = kb.totals
    assert (total.figures.killed, total.figures.injured) == (31, 153)
    assert {(d.structure, d.count) for d in total.damage} == {
        ("house", 1236),
        ("apartment-building", 33),
        ("civilian-facility", 184),
    }
    assert call_set(kb) == {("PhoneCall", frozenset({"ilham-aliyev", "vladimir-putin"}), None)}


def test_people_spoken_about_are_not_participants():
    text = (
        "During the phone conversation with Foreign Minister Sergey Lavrov on October 5, Foreign Minister "
        "Jeyhun Bayramov informed him about the attacks ordered by Prime Minister Nikol Pashinyan."
    )
    f = extract(Article("topic", date(2020, 10, 20), "Trend", text, GENRE / "topic.txt"))
    assert [set(c.participants) for c in f.calls] == [
        {"person:sergey lavrov", "person:jeyhun bayramov"}
    ]


def test_ages_are_not_tolls_and_a_later_sentence_names_its_place():
    kb = kb_of("artsakh_reports")
    by_place = {e.places[0]: e for e in kb.events if e.kind == "Attack"}
    assert set(by_place) == {"place/stepanakert", "place/shusha", "place/martuni"}
    assert all(e.when.day == date(2020, 10, 28) for e in by_place.values())
    assert all(e.perpetrators == ["organization/armed-forces-az"] for e in by_place.values())
    martuni = by_place["place/martuni"].reports["artsakh_reports"]
    assert (martuni.killed, martuni.injured) == (1, 3)
    assert by_place["place/stepanakert"].reports["artsakh_reports"] is None
    assert kb.entities["place/martuni"].within == "place/khojavend"
    (total,) = kb.totals
    assert (total.figures.killed, total.figures.injured, total.evidence.claimant) == (
        45,
        155,
        "person/artak-beglaryan",
    )
