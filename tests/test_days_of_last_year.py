"""A day told without its year, months ahead of the news, is last year's: 'the Oct. 7 attack'
told in June is the one of the October before, an attack of its own: its toll is not the toll
of the attack told just before it (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_a_toll_of_last_octobers_attack_stays_off_the_raid_told_before():
    assert attack_rows(
        "Israeli forces raided the Bureij camp on Saturday, killing 41 Palestinians, Gaza "
        "health officials said. The war began with the Oct. 7 attack by Hamas-led militants "
        "on southern Israel, in which 1,200 people were killed.",
        date(2024, 6, 12),
    ) == [
        ("geo:281161", date(2024, 6, 8), "forces:IL", (41, None)),
        (None, date(2023, 10, 7), "org:hamas", (1200, None)),
    ]


def test_a_day_a_few_weeks_ahead_is_still_a_plan():
    assert attack_rows(
        "Russian missiles struck Odesa on Monday, killing four people. Talks on grain exports "
        "are due to resume on July 20.",
        date(2024, 6, 12),
    ) == [("geo:698740", date(2024, 6, 10), "country:RU", (4, None))]
