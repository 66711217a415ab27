"""Meetings told along a trip: 'talks in Cairo on Monday with Sisi, before flying to Israel,
where he met Netanyahu late the same day' are a meeting each on Monday; a day after a
since-clause that has its own ('since the war erupted in October ... on Monday') is the event's;
talks told as what came just before a statement ('spoke at a news conference alongside X after
the two held talks') are on the statement's day (invented events, real people and places)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

THURSDAY = date(2024, 3, 21)


def test_a_meeting_after_onward_travel_is_a_meeting_of_its_own():
    assert call_rows(
        "U.S. Secretary of State Antony Blinken began his tour of the region since the war "
        "erupted in October with talks in Riyadh on Tuesday with Saudi Foreign Minister Faisal "
        "bin Farhan, before travelling to Egypt, where he met President Abdel Fattah al-Sisi "
        "later that evening.",
        THURSDAY,
    ) == [
        ("Meeting", ("person:antony blinken", "person:faisal bin farhan"), date(2024, 3, 19)),
        ("Meeting", ("person:antony blinken", "person:abdel fattah al-sisi"), date(2024, 3, 19)),
    ]


def test_talks_before_a_news_conference_are_on_the_day_of_the_lead_statement():
    assert call_rows(
        "CAIRO (Reuters) - U.S. Secretary of State Antony Blinken said on Wednesday that a "
        "truce was still possible. Blinken spoke at a news conference in Cairo alongside "
        "Egyptian Foreign Minister Sameh Shoukry after the two held talks.",
        THURSDAY,
    ) == [("Meeting", ("person:antony blinken", "person:sameh shoukry"), date(2024, 3, 20))]


def test_talks_before_another_speakers_statement_keep_no_day():
    assert call_rows(
        "CAIRO (Reuters) - U.S. Secretary of State Antony Blinken said on Wednesday that a "
        "truce was still possible. Egyptian Foreign Minister Sameh Shoukry spoke at a news "
        "conference after he held talks with Jordanian Foreign Minister Ayman Safadi.",
        THURSDAY,
    ) == [("Meeting", ("person:sameh shoukry", "person:ayman safadi"), None)]
