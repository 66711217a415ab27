"""A village the gazetteer lacks, told as 'Gashalti village of Naftalan city', is where the
shells fell, within that town; 'Tartar city and the villages around it again came under fire'
strikes Tartar, not the village told before; missiles 'fired towards Mingachevir' struck at it
(invented wording and tolls, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, wire_facts

MONDAY = date(2020, 9, 28)
GASHALTI = (
    "On September 27, at about 21:00, the Armenian armed forces fired artillery at Gashalti "
    "village of Naftalan city, killing five members of one family. "
)


def test_a_village_of_a_town_is_the_place_struck_and_lies_in_the_town():
    facts = wire_facts(GASHALTI, MONDAY)
    assert [(a.place, a.when.day) for a in facts.attacks] == [
        ("place+:gashalti", date(2020, 9, 27))
    ]
    assert facts.entities["place+:gashalti"].within == "place:naftalan"


def test_a_town_and_the_villages_around_it_under_fire_is_the_town():
    rows = attack_rows(
        GASHALTI + "This morning, Tartar city and the villages around it again came under "
        "intensive artillery fire.",
        MONDAY,
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("place+:gashalti", date(2020, 9, 27)),
        ("place:tartar", MONDAY),
    ]


def test_missiles_fired_towards_a_town_are_an_attack_on_it():
    rows = attack_rows(
        "Overnight, the Armenian side also fired missiles towards Mingachevir, the Defense "
        "Ministry said. There was no information about casualties there.",
        date(2020, 10, 17),
    )
    assert [(place, attacker) for place, _, attacker, _ in rows] == [
        ("place:mingachevir", "country:AM")
    ]


def test_people_who_fled_towards_a_town_tell_of_no_attack_on_it():
    assert attack_rows("Thousands of residents fled towards Goris on Sunday.", MONDAY) == []
