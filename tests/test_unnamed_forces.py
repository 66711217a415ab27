"""Attackers the text does not name outright ('the occupation aircraft', 'the army', 'drones of
the RSF'), and what a war's own toll or a town's description is not, on articles written for
these tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str, published: date, source: str = "Wire"):
    return extract(Article("wire", published, source, text, Path("wire.txt")))


def perpetrators(facts):
    return [(a.place, a.when.day, a.perpetrator) for a in facts.attacks]


def test_the_occupation_aircraft_are_the_forces_of_the_land_s_occupier():
    facts = facts_of(
        "GAZA, June 3 - Four citizens were killed on Tuesday when the occupation aircraft "
        "bombed a tent west of Khan Younis, in the southern Gaza Strip, medical sources said.",
        date(2025, 6, 4),
        "WAFA",
    )
    assert [(a.perpetrator, a.when.day) for a in facts.attacks] == [("forces:IL", date(2025, 6, 3))]
    assert facts.entities["forces:IL"].forces_of == "country:IL"


def test_the_occupiers_of_a_ukrainian_town_are_russia_s_forces():
    facts = facts_of(
        "The occupiers shelled Nikopol on Sunday, wounding two women, the head of the "
        "Dnipropetrovsk regional administration said.",
        date(2025, 3, 10),
        "Ukrinform",
    )
    assert [(a.perpetrator, a.figures.injured) for a in facts.attacks] == [("forces:RU", 2)]


def test_occupation_words_with_no_occupied_land_name_no_one():
    facts = facts_of(
        "The occupation forces must leave, the minister said in Paris on Monday.",
        date(2025, 3, 10),
    )
    assert not any(key.startswith("forces:") for key in facts.entities)


def test_the_army_is_the_armed_forces_named_before():
    facts = facts_of(
        "The Sudanese army said its air defences downed six drones over Kosti. The RSF "
        "accused the army of killing nine civilians in an airstrike on a market in Kadugli "
        "on Monday.",
        date(2025, 5, 7),
    )
    assert perpetrators(facts) == [("geo:373141", date(2025, 5, 5), "forces:SD")]


def test_the_army_with_no_army_named_before_is_no_one():
    facts = facts_of(
        "The army said it had repelled an attack on Kadugli on Monday.",
        date(2025, 5, 7),
    )
    assert not any(key.startswith("forces:") for key in facts.entities)


def test_drones_of_a_group_make_the_group_the_attacker():
    facts = facts_of(
        "At least six civilians were killed on Monday when drones of the Rapid Support Forces "
        "(RSF) hit a fuel depot in Kosti, local authorities said.",
        date(2025, 5, 7),
    )
    assert [(a.perpetrator, a.figures.killed) for a in facts.attacks] == [("org:rsf", 6)]


def test_a_besieged_capital_tells_of_no_attack_and_the_opening_place_is_the_site():
    facts = facts_of(
        "In Kadugli, the besieged capital of South Kordofan, RSF artillery shelled the main "
        "market on Monday, killing four people, the Emergency Lawyers group said.",
        date(2025, 5, 7),
    )
    assert [(a.place, a.when.day, a.figures.killed) for a in facts.attacks] == [
        ("geo:373141", date(2025, 5, 5), 4)
    ]


def test_what_the_war_has_killed_is_a_total_not_the_last_attack_s_toll():
    facts = facts_of(
        "RSF drones struck Kosti on Monday, killing three people. The war between the army "
        "and the RSF broke out in April 2023. According to the United Nations, it has killed "
        "at least 20,000 people.",
        date(2025, 5, 7),
    )
    assert [a.figures.killed for a in facts.attacks] == [3]
    assert [t.figures.killed for t in facts.totals] == [20000]


def test_the_city_is_the_one_place_the_sentence_before_named():
    facts = facts_of(
        "Homes in Kherson have been shelled every night since the weekend, the mayor said. A guided "
        "bomb hit the city on Sunday, killing two people and wounding seven.",
        date(2025, 3, 11),
    )
    assert [(a.place, a.when.day, a.figures.killed, a.figures.injured) for a in facts.attacks] == [
        ("geo:706448", date(2025, 3, 9), 2, 7)
    ]


def test_the_somali_national_army_and_its_acronym_are_the_forces_of_somalia_only():
    somali = facts_of(
        "Somali National Army (SNA) troops killed 14 al-Shabaab fighters near Jowhar on "
        "Sunday. The SNA said two soldiers were wounded.",
        date(2025, 9, 8),
    )
    syrian = facts_of(
        "Fighters of the Syrian National Army (SNA) shelled the village of Tishreen on Monday.",
        date(2025, 1, 8),
    )
    assert sorted(
        k for k, e in somali.entities.items() if e.kind == "Organization" and k != "outlet:wire"
    ) == [
        "forces:SO",
        "org:al-shabaab",
    ]
    assert "forces:SO" not in syrian.entities
