"""The rules of stop 21 kept to what they were made for, on sentences a review wrote to break
them: a wave or series of strikes with a toll is an attack; 'a day after' counts from the event
told, not from the day it was said; 'the Hamas leader' and 'the leader of Wagner' stand for no
one named; a meeting denied in one clause leaves the calls told in others; a count after a date
is no day; a toll broken down by one place only is not cut; a denial that tells an attack with its
own toll keeps it; "there's" points nowhere; a
mourning told 'As ...' dates the attack; a name after a full stop is not joined to the word
before it (invented events, real places and people)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows

MONDAY = date(2024, 5, 13)


def test_a_wave_or_series_of_strikes_with_a_toll_is_an_attack():
    assert attack_rows(
        "Israeli forces carried out a wave of strikes on Khan Younis, killing at least 15 "
        "people, medics said on Sunday.",
        MONDAY,
    ) == [("geo:281124", None, "forces:IL", (15, None))]
    assert attack_rows(
        "Russian forces shelled Nikopol several times, wounding 3, the governor said on Sunday.",
        MONDAY,
    ) == [("geo:700051", None, "forces:RU", (None, 3))]


def test_a_day_after_counts_from_the_event_told_not_the_day_it_was_said():
    rows = attack_rows(
        "Israeli strikes killed 20 in Rafah on Saturday, medics said. The strikes came a day "
        "after Hamas fired rockets at Tel Aviv, the army said on Monday.",
        MONDAY,
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("geo:281102", date(2024, 5, 11)),
        ("geo:293397", date(2024, 5, 10)),
    ]


def test_a_leader_of_a_group_or_of_something_stands_for_no_one_named():
    assert call_rows(
        "U.S. Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu "
        "on Monday. The Hamas leader met Egyptian intelligence chief Abbas Kamel in Cairo on "
        "Sunday.",
        MONDAY,
    ) == [("Meeting", ("person:antony blinken", "person:benjamin netanyahu"), MONDAY)]
    assert call_rows(
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan on "
        "Sunday. On Monday, Putin met the leader of the Wagner group.",
        MONDAY,
    ) == [
        (
            "Meeting",
            ("person:vladimir putin", "person:recep tayyip erdogan"),
            date(2024, 5, 12),
        )
    ]


def test_a_meeting_denied_in_its_clause_leaves_the_calls_told_in_others():
    assert call_rows(
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi "
        "on Thursday and later held a phone call with Volodymyr Zelenskiy, with no word on a "
        "meeting with Joe Biden.",
        MONDAY,
    ) == [
        ("Meeting", ("person:recep tayyip erdogan", "person:vladimir putin"), date(2024, 5, 9)),
        (
            "PhoneCall",
            ("person:recep tayyip erdogan", "person:volodymyr zelenskiy"),
            date(2024, 5, 9),
        ),
    ]


def test_a_count_after_a_date_and_a_comma_is_no_day():
    rows = attack_rows(
        "Russian shelling killed 3 people in Kherson on May 4, and 2 in Nikopol.", MONDAY
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("geo:706448", date(2024, 5, 4)),
        ("geo:700051", date(2024, 5, 4)),
    ]


def test_a_toll_with_a_part_in_one_place_is_not_cut():
    rows = attack_rows(
        "An Israeli strike on Rafah on Sunday killed 12 people, including 5 children, and "
        "wounded 20, including 3 in Khan Younis hospital.",
        MONDAY,
    )
    assert rows == [
        ("geo:281102", date(2024, 5, 12), "country:IL", (12, None)),
        ("geo:281124", date(2024, 5, 12), "country:IL", (None, 20)),
    ]


def test_a_denial_that_tells_another_attack_with_its_toll_keeps_it():
    rows = attack_rows(
        "Ukraine said Russia shelled Kherson on Sunday, killing 2. Russia denied it, and said "
        "Ukrainian drones hit a bus in occupied territory on Sunday, killing 7.",
        MONDAY,
    )
    assert rows[0] == ("geo:706448", date(2024, 5, 12), "country:RU", (2, None))


def test_theres_points_to_no_place():
    rows = attack_rows(
        "Russian missiles struck the Ukrainian city of Kharkiv on Thursday. On Friday, a drone "
        "attack killed two people, and there's no sign the strikes will stop.",
        MONDAY,
    )
    assert rows == [("geo:706483", date(2024, 5, 9), "country:RU", None)]


def test_a_mourning_told_as_the_attack_came_dates_the_attack():
    rows = attack_rows(
        "As Israelis on Sunday commemorated the victims of the October 7 attack, Hezbollah "
        "fired rockets at Haifa, wounding 10.",
        date(2024, 10, 7),
    )
    assert rows == [("geo:294801", date(2024, 10, 6), "org:hezbollah", (None, 10))]
