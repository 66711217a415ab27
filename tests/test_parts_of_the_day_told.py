"""'Later the same evening', 'that morning', 'earlier that afternoon': the day of the event told
last, not the day the news came out (invented events, real people)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

THURSDAY = date(2022, 3, 10)


def test_later_the_same_evening_is_the_day_of_the_call_told_before():
    assert call_rows(
        "On Tuesday night, Chancellor Olaf Scholz spoke by telephone with Ukrainian President "
        "Volodymyr Zelensky. The two leaders discussed the humanitarian corridors. Later the "
        "same evening Scholz also talked by phone with Russian President Vladimir Putin, after "
        "which his office announced new sanctions.",
        THURSDAY,
    ) == [
        ("PhoneCall", ("person:olaf scholz", "person:volodymyr zelensky"), date(2022, 3, 8)),
        ("PhoneCall", ("person:olaf scholz", "person:vladimir putin"), date(2022, 3, 8)),
    ]


def test_that_morning_is_the_day_of_the_meeting_told_before():
    assert call_rows(
        "Foreign Minister Dmytro Kuleba met Turkish Foreign Minister Mevlut Cavusoglu in "
        "Antalya on Monday. Earlier that morning, Cavusoglu had held talks with Russian "
        "Foreign Minister Sergei Lavrov.",
        THURSDAY,
    ) == [
        ("Meeting", ("person:dmytro kuleba", "person:mevlut cavusoglu"), date(2022, 3, 7)),
        ("Meeting", ("person:mevlut cavusoglu", "person:sergei lavrov"), date(2022, 3, 7)),
    ]
