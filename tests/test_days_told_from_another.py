"""Days told from another: 'later the same evening' and 'that morning' are the day of the event
told last, not the day the news came out; 'two days before those talks' counts back from the day
named last, also inside a sentence that tells of a meeting (invented events, real people and
places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows

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


def test_days_before_the_talks_count_back_from_the_day_named_last():
    assert call_rows(
        "The plan was drafted at talks between military delegations in Ankara on June 13. "
        "Three days before those talks, President Recep Tayyip Erdogan told Russian President "
        "Vladimir Putin in a phone call that the plan had to move forward.",
        date(2022, 6, 20),
    ) == [
        (
            "PhoneCall",
            ("person:recep tayyip erdogan", "person:vladimir putin"),
            date(2022, 6, 10),
        )
    ]


def test_an_attack_told_during_a_meeting_is_dated_against_the_meeting():
    assert attack_rows(
        "Azerbaijani Foreign Minister Jeyhun Bayramov met Armenian Foreign Minister Zohrab "
        "Mnatsakanyan in Geneva on October 30. During the meeting, Bayramov raised the rocket "
        "attack on the city of Tartar a day before the talks, in which four civilians were "
        "killed.",
        date(2020, 10, 31),
    ) == [("place:tartar", date(2020, 10, 29), None, (4, None))]
