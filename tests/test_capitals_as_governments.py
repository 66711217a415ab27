"""A capital named where a government acts or is acted on stands for its country: 'a claim
Yerevan rejects', 'a rebuke of Moscow', 'officials in Kyiv blamed Moscow'. It is no place struck,
and when it is blamed it is the attacker. A town 'hammered' or 'battered' is struck, and a town told
as shelled ('Izium was shelled') is a place even where its country goes unnamed (invented
events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

WEDNESDAY = date(2022, 4, 13)


def test_a_capital_rebuked_is_no_place_struck():
    assert attack_rows(
        "Russian missiles hit Kharkiv on Tuesday, killing four people and drawing a sharp "
        "rebuke of Moscow from Berlin.",
        WEDNESDAY,
    ) == [("geo:706483", date(2022, 4, 12), "country:RU", (4, None))]


def test_a_capital_that_rejects_a_claim_is_no_place_struck():
    assert attack_rows(
        "Baku said Armenian forces had shelled Barda on Sunday, a claim Yerevan rejects.",
        WEDNESDAY,
    ) == [("place:barda", date(2022, 4, 10), "forces:AM", None)]


def test_a_capital_that_will_bear_responsibility_is_no_place_struck():
    assert attack_rows(
        "Armenian forces shelled Tartar on Monday, and Baku warned that Yerevan would bear full "
        "responsibility.",
        WEDNESDAY,
    ) == [("place:tartar", date(2022, 4, 11), "forces:AM", None)]


def test_a_capital_blamed_is_the_attacker():
    assert attack_rows(
        "Drones struck Odesa on Saturday, and officials in Kyiv blamed Moscow for the attack.",
        WEDNESDAY,
    ) == [("geo:698740", date(2022, 4, 9), "country:RU", None)]


def test_a_capital_to_be_blamed_is_no_place_struck():
    rows = attack_rows(
        "Russia accused Ukraine of staging the strike on the station in Kramatorsk on Friday to "
        "blame Moscow.",
        WEDNESDAY,
    )
    assert [(place, day) for place, day, _, _ in rows] == [("geo:704508", date(2022, 4, 8))]


def test_a_capital_struck_stays_a_place_struck():
    assert attack_rows(
        "Russian drones struck Kyiv on Tuesday, and officials in Kyiv said two people were killed.",
        WEDNESDAY,
    ) == [("place:kyiv", date(2022, 4, 12), "country:RU", (2, None))]


def test_a_town_hammered_is_struck_by_who_hammered_it():
    assert attack_rows(
        "Russia hammered Odesa with missiles and drones on Tuesday, killing at least nine people.",
        WEDNESDAY,
    ) == [("geo:698740", date(2022, 4, 12), "country:RU", (9, None))]


def test_a_town_told_as_shelled_is_found_without_its_country_named():
    assert attack_rows(
        "Izium was shelled by Russian forces on Monday. Kharkiv came under fire on Tuesday.",
        WEDNESDAY,
    ) == [
        ("geo:707292", date(2022, 4, 11), "forces:RU", None),
        ("geo:706483", date(2022, 4, 12), "forces:RU", None),
    ]
