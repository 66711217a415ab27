"""A toll told as it grew: the lead gives the latest count ('has risen to 18'), the body tells
how it got there ('Five deaths had been confirmed by late Saturday'). The graph keeps the
lead's count for the attack; a smaller figure told later in the same article is the story of
the count, not a correction (invented wording and tolls, real places)."""

from __future__ import annotations

from conflictkg.pipeline import build

ARTICLE = (
    " date 2024-05-27 By Wire\n\n"
    "Toll in Kharkiv store strike rises\n\n"
    "The number of people killed in Russia's bombing of a hardware store in Kharkiv on May 25 "
    "has risen to 18, the regional governor said on Monday. A total of 48 people were "
    "injured.\n\n"
    "Russian aircraft dropped two guided bombs on the store on Saturday afternoon. Five deaths "
    "had been confirmed by late Saturday.\n"
)


def figures(tmp_path, text: str) -> list[tuple[int | None, int | None]]:
    (tmp_path / "kharkiv.txt").write_text(text, encoding="utf-8")
    rows = build([tmp_path]).store.query(
        """PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
        SELECT ?killed ?injured WHERE {
          ?attack a ckg:Attack ; ckg:casualties ?count .
          OPTIONAL { ?count ckg:killed ?killed } OPTIONAL { ?count ckg:injured ?injured }
        }""",
        use_default_graph_as_union=True,
    )
    return [
        (r["killed"] and int(r["killed"].value), r["injured"] and int(r["injured"].value))
        for r in rows
    ]


def test_a_smaller_count_told_after_the_leads_does_not_replace_it(tmp_path):
    assert figures(tmp_path, ARTICLE) == [(18, 48)]


def test_a_larger_count_told_later_still_updates_the_leads(tmp_path):
    assert figures(
        tmp_path,
        ARTICLE.replace(
            "Five deaths had been confirmed by late Saturday",
            "Later on Monday the governor said the death toll had risen to 21",
        ),
    ) == [(21, 48)]


LEAD_RISEN = (
    " date 2020-10-17 By Wire\n\n"
    "Toll from missile attack on Ganja rises\n\n"
    "The number of civilians killed in the missile attack of the Armenian armed forces on Ganja "
    "has risen to 13, the Prosecutor General's Office said.\n\n"
    "At about 01:00 on Oct. 17, the Armenian armed forces fired a ballistic missile at a "
    "residential area of Ganja, the office said. Earlier, the office had reported 12 people "
    "killed.\n\n"
    "On Oct. 11, a missile attack on the city killed 10 civilians.\n"
)


def test_a_risen_toll_in_the_lead_is_the_days_attack_told_with_its_hour_below(tmp_path):
    (tmp_path / "ganja.txt").write_text(LEAD_RISEN, encoding="utf-8")
    rows = build([tmp_path]).store.query(
        """PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
        SELECT ?day ?killed WHERE {
          ?attack a ckg:Attack ; ckg:date ?day ; ckg:casualties/ckg:killed ?killed
        } ORDER BY ?day""",
        use_default_graph_as_union=True,
    )
    assert [(r["day"].value, int(r["killed"].value)) for r in rows] == [
        ("2020-10-11", 10),
        ("2020-10-17", 13),
    ]


def test_a_higher_toll_of_another_weapon_is_another_attack(tmp_path):
    (tmp_path / "odesa.txt").write_text(
        " date 2024-03-06 By Wire\n\nTitle\n\n"
        "A Russian missile strike on Odesa killed five people on Wednesday, the navy said.\n\n"
        "Officials said 12 people had been killed by a Russian drone that hit an apartment "
        "building in Odesa.\n",
        encoding="utf-8",
    )
    rows = build([tmp_path]).store.query(
        """PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
        SELECT ?killed WHERE { ?attack a ckg:Attack ; ckg:casualties/ckg:killed ?killed }
        ORDER BY ?killed""",
        use_default_graph_as_union=True,
    )
    assert [int(r["killed"].value) for r in rows] == [5, 12]
