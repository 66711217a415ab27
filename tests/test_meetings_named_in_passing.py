"""Meetings told in passing: 'a round of talks on Monday between A and B', 'Speaking alongside A
after their meeting on Wednesday, B said', 'A was welcomed by B on Monday for informal talks,
and the two leaders held formal negotiations on Tuesday' (two meetings) (invented meetings, real
offices)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

WEDNESDAY = date(2023, 10, 18)
BLINKEN, NETANYAHU = "person:antony blinken", "person:benjamin netanyahu"


def test_talks_on_a_day_between_two_people():
    assert call_rows(
        "The visit followed a round of talks on Monday between US Secretary of State Antony "
        "Blinken and Israeli Prime Minister Benjamin Netanyahu in Tel Aviv.",
        WEDNESDAY,
    ) == [("Meeting", (BLINKEN, NETANYAHU), date(2023, 10, 16))]


def test_their_meeting_is_a_meeting_of_those_named():
    assert call_rows(
        "Speaking alongside Israeli Prime Minister Benjamin Netanyahu after their meeting in Tel "
        "Aviv on Wednesday, US President Joe Biden said he backed Israel's account.",
        WEDNESDAY,
    ) == [("Meeting", (NETANYAHU, "person:joe biden"), WEDNESDAY)]


def test_a_talks_planned_between_two_people_is_no_meeting():
    assert (
        call_rows(
            "A summit planned in Amman for Wednesday between US President Joe Biden and King "
            "Abdullah II was called off.",
            WEDNESDAY,
        )
        == []
    )


def test_a_welcome_then_negotiations_on_another_day_are_two_meetings():
    assert call_rows(
        "Indian Prime Minister Narendra Modi was welcomed by Russian President Vladimir Putin "
        "at his residence outside Moscow on Monday evening for informal talks, and the two "
        "leaders held formal negotiations in the Kremlin on Tuesday.",
        date(2024, 7, 10),
    ) == [
        ("Meeting", ("person:narendra modi", "person:vladimir putin"), date(2024, 7, 8)),
        ("Meeting", ("person:narendra modi", "person:vladimir putin"), date(2024, 7, 9)),
    ]
