"""'A spoke on Thursday with B': the day stands between the verb and its 'with', and a second
'with' after 'separately' is a second call (invented calls, real offices)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

FRIDAY = date(2024, 3, 1)
SCHOLZ = "person:olaf scholz"


def test_spoke_on_a_day_with_two_people_separately_is_two_calls():
    assert call_rows(
        "German Chancellor Olaf Scholz spoke on Thursday with Polish Prime Minister Donald Tusk "
        "and, separately, with Lithuanian President Gitanas Nauseda.",
        FRIDAY,
    ) == [
        ("PhoneCall", (SCHOLZ, "person:donald tusk"), date(2024, 2, 29)),
        ("PhoneCall", (SCHOLZ, "person:gitanas nauseda"), date(2024, 2, 29)),
    ]


def test_talked_late_on_a_day_to_a_person():
    assert call_rows(
        "German Chancellor Olaf Scholz talked late Wednesday to French President Emmanuel Macron "
        "about air defence.",
        FRIDAY,
    ) == [("PhoneCall", (SCHOLZ, "person:emmanuel macron"), date(2024, 2, 28))]


def test_spoke_on_a_day_to_reporters_is_no_call():
    assert (
        call_rows(
            "German Chancellor Olaf Scholz spoke on Thursday to reporters in Berlin.",
            FRIDAY,
        )
        == []
    )
