"""An appeal for talks is no meeting: 'called for', 'urged', 'pressed for' before the word of
the talks, with a day between them or not; a meeting told after the appeal is still one; a
meeting denied ('No joint meeting was held') is none; 'The Secretary of State' who received
someone is the one the article names with that title; on sentences written for these tests
(invented events, real people and offices)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows as calls_of

PUBLISHED = date(2023, 3, 15)  # a Wednesday


def test_a_call_for_talks_between_two_leaders_is_no_meeting_whatever_the_days_place():
    for sentence in (
        "Turkish President Recep Tayyip Erdogan called for peace talks between Russian "
        "President Vladimir Putin and Ukrainian President Volodymyr Zelensky on Monday.",
        "Turkish President Recep Tayyip Erdogan on Monday called for peace talks between Russian "
        "President Vladimir Putin and Ukrainian President Volodymyr Zelensky.",
        "Turkish President Recep Tayyip Erdogan called on Monday for peace talks between Russian "
        "President Vladimir Putin and Ukrainian President Volodymyr Zelensky.",
        "UN Secretary-General Antonio Guterres urged direct talks between Russian President "
        "Vladimir Putin and Ukrainian President Volodymyr Zelensky on Monday.",
        "Pope Francis on Sunday pressed for a meeting between Russian President Vladimir Putin "
        "and Ukrainian President Volodymyr Zelensky.",
    ):
        assert calls_of(sentence, PUBLISHED) == [], sentence


def test_a_meeting_told_after_an_appeal_for_talks_is_still_a_meeting():
    assert calls_of(
        "Turkish President Recep Tayyip Erdogan, who called for talks last week, met Ukrainian "
        "President Volodymyr Zelensky in Lviv on Monday.",
        PUBLISHED,
    ) == [
        (
            "Meeting",
            ("person:recep tayyip erdogan", "person:volodymyr zelensky"),
            date(2023, 3, 13),
        )
    ]


def test_talks_held_between_two_ministers_are_a_meeting():
    assert calls_of(
        "Talks were held between Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign "
        "Minister Dmytro Kuleba in Antalya on Friday, March 10.",
        PUBLISHED,
    ) == [
        (
            "Meeting",
            ("person:sergei lavrov", "person:dmytro kuleba"),
            date(2023, 3, 10),
        )
    ]


def test_the_title_of_one_named_before_stands_for_that_person_and_a_denied_meeting_is_none():
    calls = calls_of(
        "German Foreign Minister Annalena Baerbock met with US Secretary of State Antony "
        "Blinken in Berlin on Monday. The Secretary of State also received Polish Foreign "
        "Minister Radoslaw Sikorski separately on the same day. No joint meeting of the three "
        "ministers was held.",
        PUBLISHED,
    )
    assert calls == [
        (
            "Meeting",
            ("person:annalena baerbock", "person:antony blinken"),
            date(2023, 3, 13),
        ),
        (
            "Meeting",
            ("person:antony blinken", "person:radoslaw sikorski"),
            date(2023, 3, 13),
        ),
    ]
