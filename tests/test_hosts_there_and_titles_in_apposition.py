"""Meetings told with the guest's title before the name, set off by commas ('welcomed the
Indian prime minister, Narendra Modi, with an embrace'), and by 'There he met' after the
sentence that placed him (invented wording, real people and places)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

TUESDAY = date(2024, 7, 9)


def test_a_guest_named_after_a_title_in_commas_was_welcomed():
    rows = call_rows(
        "In Moscow, meanwhile, Vladimir Putin welcomed the Indian prime minister, Narendra "
        "Modi, with an embrace at his residence outside the capital on Monday evening.",
        TUESDAY,
    )
    assert rows == [
        ("Meeting", ("person:vladimir putin", "person:narendra modi"), date(2024, 7, 8))
    ]


def test_a_decision_welcomed_before_a_speaker_is_no_meeting():
    rows = call_rows(
        "Russian President Vladimir Putin welcomed the decision, Kremlin spokesman Dmitry "
        "Peskov said on Monday.",
        TUESDAY,
    )
    assert rows == []


def test_there_he_met_is_the_one_just_placed():
    rows = call_rows(
        "President Volodymyr Zelensky was in Warsaw when the missiles struck. There he met the "
        "Polish prime minister, Donald Tusk, on Monday and signed a security agreement.",
        TUESDAY,
    )
    assert rows == [
        ("Meeting", ("person:volodymyr zelensky", "person:donald tusk"), date(2024, 7, 8))
    ]
