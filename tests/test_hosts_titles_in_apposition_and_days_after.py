"""Meetings told with the guest's title before the name, set off by commas ('welcomed the
Indian prime minister, Narendra Modi, with an embrace'), by 'There he met' after the sentence
that placed him, and a call told 'two days after' (invented wording, real people and places)."""

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


def test_a_call_told_days_after_is_that_many_days_before_the_main_clauses_day():
    rows = call_rows(
        "Russia launched one of its largest air attacks of the war on Ukraine on Sunday, firing "
        "around 120 missiles at energy facilities across the country, just two days after "
        "German Chancellor Olaf Scholz held his first telephone conversation with Russian "
        "President Vladimir Putin in almost two years.",
        date(2024, 11, 18),
    )
    assert rows == [
        ("PhoneCall", ("person:olaf scholz", "person:vladimir putin"), date(2024, 11, 15))
    ]
