"""What a wire report says around its news: the offices that speak for a region, a village
placed in its district or commune, the spokesperson who tells of a call, a speaker's comment
after the toll, a year's toll, and other news opened with 'Separately'; on articles written
for these tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def attacks_of(facts):
    return [
        (a.place, a.when.day, a.perpetrator, a.figures and a.figures.killed) for a in facts.attacks
    ]


def test_a_regional_or_city_administration_is_a_body_and_names_no_place():
    facts = facts_of(
        "Drones hit Okhtyrka overnight, injuring three, the Sumy Regional Military "
        "Administration reported. Head of the Kryvyi Rih City Military Administration "
        "Oleksandr Vilkul said the city was calm.",
        date(2025, 1, 24),
    )
    kinds = {k: e.kind for k, e in facts.entities.items() if not k.startswith("outlet:")}
    assert kinds == {
        "geo:713749": "Place",
        "org+:sumy regional military administration": "Organization",
        "org+:kryvyi rih city military administration": "Organization",
        "person:oleksandr vilkul": "Person",
    }


def test_a_village_fronted_with_its_district_is_the_place_struck():
    facts = facts_of(
        "In the village of Novaya Tavolzhanka in the Shebekino district of Russia, a drone "
        "dropped an explosive device on a car on Monday evening, injuring two women.",
        date(2024, 7, 17),
    )
    assert [a.place for a in facts.attacks] == ["geo:519473"]


def test_a_village_placed_in_its_commune_and_above_a_city_is_the_one_place():
    facts = facts_of(
        "Armed gangs killed at least six people in an attack on the locality of Belot, in "
        "the commune of Kenscoff in the hills above Port-au-Prince, on Monday, the UN office "
        "said, warning that violence was spreading into areas that had so far been spared.",
        date(2025, 2, 12),
    )
    assert attacks_of(facts) == [("place+:belot", date(2025, 2, 10), None, 6)]
    assert facts.totals == []


def test_a_year_s_toll_is_a_running_total_not_the_last_attack_s():
    facts = facts_of(
        "On Saturday, four people were killed in the Solino neighbourhood of Port-au-Prince. "
        "At least 5,601 people were killed in gang violence in Haiti in 2024, the UN said.",
        date(2025, 2, 12),
    )
    assert [a.figures.killed for a in facts.attacks] == [4]
    assert [t.figures.killed for t in facts.totals] == [5601]


def test_the_army_saying_the_strike_hit_tells_of_the_strike_told_before():
    facts = facts_of(
        "An Israeli drone strike killed three Palestinians in the West Bank town of Tammun on "
        "Tuesday. "
        "The army said the strike targeted gunmen operating in the town, near Tubas.",
        date(2024, 12, 11),
    )
    assert [(a.place, a.figures.killed) for a in facts.attacks] == [("geo:281657", 3)]


def test_a_shooting_hours_earlier_at_a_junction_is_that_day_s_at_the_junction():
    facts = facts_of(
        "An Israeli drone strike killed three people in Tammun in the West Bank on Tuesday. "
        "Hours earlier, a "
        "gunman opened fire at a car near the Gush Etzion Junction south of Jerusalem, "
        "lightly wounding two men.",
        date(2024, 12, 11),
    )
    assert [(a.place, a.when.day) for a in facts.attacks] == [
        ("geo:281657", date(2024, 12, 10)),
        ("place+:gush etzion", date(2024, 12, 10)),
    ]


def test_other_news_opened_with_separately_keeps_no_attacker_from_before():
    facts = facts_of(
        "Hamas gunmen opened fire at a car near Hebron on Tuesday, wounding two men. "
        "Separately, settlers set fire to two homes in the village of Turmus Ayya overnight.",
        date(2024, 12, 11),
    )
    assert [a.perpetrator for a in facts.attacks] == ["org:hamas", None]


def test_the_spokesperson_who_tells_of_a_call_took_no_part_in_it():
    facts = facts_of(
        "Secretary-General Antonio Guterres on Tuesday spoke by phone with Leslie Voltaire, "
        "his spokesperson Stephane Dujarric told reporters in New York.",
        date(2025, 2, 12),
    )
    assert [c.participants for c in facts.calls] == [
        ("person:antonio guterres", "person:leslie voltaire")
    ]


def test_a_town_in_the_west_bank_is_no_bank():
    facts = facts_of(
        "An Israeli drone strike hit Tammun in the West Bank on Monday.", date(2024, 12, 11)
    )
    assert not any(k.startswith("org") for k in facts.entities)
    assert [a.place for a in facts.attacks] == ["geo:281657"]


def test_a_night_told_as_a_range_of_two_days_is_one_attack_on_the_second():
    facts = facts_of(
        "The shelling went on. Overnight October 16-17, nine missiles hit Stepanakert, "
        "wounding three civilians.",
        date(2020, 10, 17),
    )
    assert [(a.place, a.when.day) for a in facts.attacks] == [
        ("place:stepanakert", date(2020, 10, 17))
    ]


def test_an_attacker_is_not_carried_across_the_front_line():
    facts = facts_of(
        "KYIV (Reuters) - Russian drones struck Kharkiv overnight, injuring five people. In the "
        "Russian region of Belgorod, Ukrainian shelling killed one man, the governor said. "
        "Later on Monday, a missile hit Odesa, killing two.",
        date(2024, 9, 3),
    )
    assert [(a.place, a.perpetrator) for a in facts.attacks] == [
        ("geo:706483", "country:RU"),  # Kharkiv
        ("geo:578072", "country:UA"),  # Belgorod
        ("geo:698740", None),  # Odesa: not Ukraine's, as carried from Belgorod
    ]
    facts = facts_of(
        "Hamas fighters fired rockets at Sderot on Tuesday, causing no injuries. In Khan "
        "Younis, a drone strike killed three people.",
        date(2024, 9, 3),
    )
    assert [a.perpetrator for a in facts.attacks] == ["org:hamas", None]


def test_an_attacker_is_carried_to_the_land_where_it_struck():
    facts = facts_of(
        "Hezbollah fired rockets at Metula in Israel on Tuesday, wounding two people. The IDF "
        "later struck Hezbollah targets in southern Lebanon. One of those strikes hit a "
        "motorcycle in the town of Bint Jbeil, killing two men.",
        date(2024, 5, 22),
    )
    assert [a.perpetrator for a in facts.attacks] == ["org:hezbollah", "forces:IL"]
