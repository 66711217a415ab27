"""A village the gazetteer lacks, told as 'Gashalti village of Naftalan city', is where the
shells fell, within that town; 'Tartar city and the villages around it again came under fire'
strikes Tartar, not the village told before (invented wording and tolls, real places)."""

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
