"""Regions listed as the subject of an attack ('airfields in the Murmansk, Irkutsk and Amur
regions were attacked on Sunday') are each struck, though a town of the same name is named after;
"Monday's talks came a day after X" dates X on Sunday; an attack told just before without a place
is the one then told region by region, no attack of its own; on articles written for these tests
(invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_regions_listed_before_a_passive_attack_are_each_struck():
    rows = attack_rows(
        "Russia's Defense Ministry said airfields in the Murmansk, Ivanovo and Amur regions were "
        "attacked by Ukrainian drones on Sunday and that two aircraft caught fire in Murmansk.",
        date(2025, 6, 2),
    )
    assert [place for place, *_ in rows] == ["region:RU-MUR", "region:RU-IVA", "region:RU-AMU"]
    assert {day for _, day, _, _ in rows} == {date(2025, 6, 1)}


def test_a_placeless_attack_the_day_before_the_talks_is_the_one_told_next_by_region():
    rows = attack_rows(
        "Monday's talks came a day after Ukrainian forces said they had hit 41 Russian aircraft "
        "with drones. Airfields in the Murmansk, Ivanovo and Amur regions were attacked on "
        "Sunday, the Russian Defense Ministry said.",
        date(2025, 6, 2),
    )
    assert rows == [
        ("region:RU-MUR", date(2025, 6, 1), "forces:UA", None),
        ("region:RU-IVA", date(2025, 6, 1), "forces:UA", None),
        ("region:RU-AMU", date(2025, 6, 1), "forces:UA", None),
    ]
