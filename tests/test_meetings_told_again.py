"""A meeting told again: 'The meeting was attended by the co-chairs A, B and C' names who took
part in the meeting told before, in place of the organization they serve; 'During the talks, A
briefed B' is no meeting of its own; 'the separate meetings that C held with A and with B' are a
meeting each (invented events, real people and places)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

SATURDAY = date(2020, 10, 31)
OPENING = (
    "Foreign Minister of Azerbaijan Jeyhun Bayramov and Foreign Minister of Armenia Zohrab "
    "Mnatsakanyan met with the co-chairs of the OSCE Minsk Group in Geneva on October 29. "
)
CO_CHAIRS = (
    "person:igor popov",
    "person:stephane visconti",
    "person:andrew schofer",
)


def test_the_people_who_attended_the_meeting_told_take_part_in_it():
    assert call_rows(
        OPENING + "The meeting was attended by the co-chairs Igor Popov of Russia, Stephane "
        "Visconti of France and Andrew Schofer of the United States.",
        SATURDAY,
    ) == [
        (
            "Meeting",
            ("person:jeyhun bayramov", "person:zohrab mnatsakanyan", *CO_CHAIRS),
            date(2020, 10, 29),
        )
    ]


def test_attended_by_a_named_aide_keeps_the_organization_met():
    assert call_rows(
        OPENING + "The talks were also attended by Russian Foreign Minister Sergei Lavrov.",
        SATURDAY,
    ) == [
        (
            "Meeting",
            (
                "person:jeyhun bayramov",
                "person:zohrab mnatsakanyan",
                "org:osce-minsk-group",
                "person:sergei lavrov",
            ),
            date(2020, 10, 29),
        )
    ]


def test_during_the_meeting_tells_of_the_meeting_told_before():
    assert call_rows(
        "Bayramov met the co-chairs Igor Popov, Stephane Visconti and Andrew Schofer in Geneva "
        "on Thursday. During the meeting, Foreign Minister Jeyhun Bayramov informed the "
        "co-chairs about the shelling of Tartar.",
        SATURDAY,
    ) == [("Meeting", ("person:jeyhun bayramov", *CO_CHAIRS), date(2020, 10, 29))]


def test_meetings_told_in_a_relative_clause_are_a_meeting_each():
    assert call_rows(
        "The Geneva round followed the separate meetings that US Secretary of State Mike "
        "Pompeo held with Jeyhun Bayramov and with Zohrab Mnatsakanyan in Washington on "
        "October 23.",
        SATURDAY,
    ) == [
        ("Meeting", ("person:mike pompeo", "person:jeyhun bayramov"), date(2020, 10, 23)),
        ("Meeting", ("person:mike pompeo", "person:zohrab mnatsakanyan"), date(2020, 10, 23)),
    ]
