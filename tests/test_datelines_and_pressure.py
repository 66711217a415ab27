"""A dateline in the form of a national agency ('SUMY, April 14 /Ukrinform/.') gives no day of
an event; 'pressure on Moscow' and 'sanctions on Moscow' name a government, not a town struck; on
articles written for these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_a_dateline_between_slashes_dates_nothing_and_sunday_is_sunday():
    rows = attack_rows(
        "KHARKIV, May 13 /Ukrinform/. The number of people killed in the Russian missile strike "
        "on Kharkiv on Sunday has risen to 9, the governor said.",
        date(2024, 5, 13),
    )
    assert rows == [("geo:706483", date(2024, 5, 12), "country:RU", (9, None))]


def test_pressure_on_a_capital_is_no_attack_on_it():
    rows = attack_rows(
        "Russian missiles hit Kharkiv on Sunday, killing 9 people. Zelensky described the "
        "attack as a deliberate strike against civilians and called on partners to respond "
        "with pressure on Moscow and sanctions against Minsk.",
        date(2024, 5, 13),
    )
    assert rows == [("geo:706483", date(2024, 5, 12), "country:RU", (9, None))]
