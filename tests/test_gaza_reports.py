"""Reports in the manner of Palestinian and Israeli outlets: camps with an Arabic article,
'occupation forces' as a subject, tolls since a date of the year before, booby traps, a city
named after its region, claims of responsibility by an armed wing, campaign tolls, deaths from
famine. Articles written for these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def test_a_camp_whose_name_opens_with_an_arabic_article():
    facts = facts_of(
        "Five citizens were killed at dawn today when occupation aircraft bombed a house in "
        "al-Maghazi refugee camp, in the central Gaza Strip.",
        date(2024, 6, 12),
    )
    [attack] = facts.attacks
    assert facts.entities[attack.place].label == "al-Maghazi"
    assert (attack.when.day, attack.perpetrator, attack.figures.killed) == (
        date(2024, 6, 12),
        "forces:IL",
        5,
    )


def test_the_massacre_committed_by_occupation_forces_in_a_camp_is_there():
    facts = facts_of(
        "The death toll of the massacre committed by the occupation forces in Nuseirat camp "
        "on Saturday has risen to 212 martyrs, while 400 others were injured.",
        date(2024, 6, 10),
    )
    assert [(a.place, a.when.day, a.figures.killed, a.figures.injured) for a in facts.attacks] == [
        ("geo:281109", date(2024, 6, 8), 212, 400)
    ]


def test_a_toll_since_a_day_later_in_the_year_started_the_year_before():
    facts = facts_of(
        "The Health Ministry said the toll of the aggression since October 7 has risen to "
        "36,100 martyrs and 81,000 injured.",
        date(2024, 6, 1),
    )
    assert [(t.figures.killed, t.figures.injured, t.since) for t in facts.totals] == [
        (36100, 81000, date(2023, 10, 7))
    ]


def test_deaths_from_famine_count_no_victims_of_attacks():
    facts = facts_of(
        "The ministry added that the number of deaths from famine and malnutrition has risen "
        "to 240.",
        date(2025, 8, 21),
    )
    assert facts.totals == [] and facts.attacks == []


def test_a_booby_trap_in_the_southern_gaza_city_of_rafah_claimed_by_an_armed_wing():
    facts = facts_of(
        "Three soldiers were killed on Monday when a booby-trapped house exploded in the "
        "southern Gaza city of Rafah, the military said. Hamas's armed wing, the Qassam "
        "Brigades, claimed responsibility. The deaths brought the toll of soldiers killed in "
        "the ground offensive to 301.",
        date(2024, 6, 11),
    )
    assert [(a.place, a.when.day, a.perpetrator, a.figures.killed) for a in facts.attacks] == [
        ("geo:281102", date(2024, 6, 10), "org:qassam-brigades", 3)  # the wing, not Hamas
    ]
    assert facts.attacks[0].weapons == ("explosive-device",)
    assert [t.figures.killed for t in facts.totals] == [301]


def test_a_rocket_launched_from_southern_gaza_struck_near_a_kibbutz():
    facts = facts_of(
        "On Tuesday morning, a rocket launched from southern Gaza struck an open area near "
        "Kissufim.",
        date(2024, 6, 11),
    )
    assert [(facts.entities[a.place].label, a.when.day) for a in facts.attacks] == [
        ("Kissufim", date(2024, 6, 11))
    ]


def test_a_place_with_and_without_its_arabic_article_is_one_node():
    from conflictkg.resolve import resolve

    first = facts_of(
        "Two people were killed in a strike on a tent in al-Mawasi on Monday.", date(2024, 7, 2)
    )
    second = extract(
        Article(
            "other",
            date(2024, 7, 2),
            "Wire",
            "A strike hit tents in Mawasi on Monday, killing two people.",
            Path("other.txt"),
        )
    )
    kb = resolve([first, second])
    places = {e.id for e in kb.entities.values() if e.kind == "Place"}
    assert len(places) == 1
