"""A count across a whole region with a share of it in a town: 'Israeli strikes across Gaza
killed 25 people, including nine in a strike on a school in Gaza City' is an attack across Gaza
that killed 25 and one in Gaza City that killed nine (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

THURSDAY = date(2024, 10, 31)


def test_the_whole_count_goes_across_the_region_and_the_share_to_the_town():
    assert attack_rows(
        "Israeli strikes killed 30 people across the Gaza Strip on Monday, including 12 in "
        "Jabalia.",
        THURSDAY,
    ) == [
        ("place:gaza-strip", date(2024, 10, 28), "country:IL", (30, None)),
        ("geo:281129", date(2024, 10, 28), "country:IL", (12, None)),
    ]


def test_a_town_named_after_its_region_keeps_its_own_share():
    assert attack_rows(
        "Israeli strikes across Gaza killed at least 25 people on Tuesday, including nine in a "
        "strike on a school in Gaza City, medics said.",
        THURSDAY,
    ) == [
        ("place:gaza-strip", date(2024, 10, 29), "country:IL", (25, None)),
        ("place:gaza-city", date(2024, 10, 29), "country:IL", (9, None)),
    ]


def test_a_town_in_its_region_without_a_share_stays_the_one_place():
    assert attack_rows(
        "An Israeli strike killed 12 people in Jabalia in the northern Gaza Strip on Monday.",
        THURSDAY,
    ) == [("geo:281129", date(2024, 10, 28), "country:IL", (12, None))]
