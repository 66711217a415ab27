"""A meeting 'earlier in the day' of the day the lead's speaker spoke, and a killing in a town
told before the strike that did it (invented wording, real people and places): 'Blinken said
on Monday ... Earlier in the day, at a meeting in Tel Aviv with President Isaac Herzog';
'after the killing of Haniyeh in Tehran on July 31, in a strike that Iran blamed on
Israel'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows, total_rows

MONDAY = date(2024, 8, 19)


def test_earlier_in_the_day_is_the_day_the_lead_speaker_spoke():
    rows = call_rows(
        "US Secretary of State Antony Blinken said on Monday that Israel had accepted a US "
        "proposal. The onus, he said, was now on Hamas. Earlier in the day, at the start of a "
        "meeting in Tel Aviv with President Isaac Herzog, Blinken said the region faced a "
        "decisive moment. The proposal was put forward at two days of talks in Doha that ended "
        "on Friday.",
        MONDAY,
    )
    assert rows == [("Meeting", ("person:isaac herzog", "person:antony blinken"), MONDAY)]


def test_a_killing_in_a_town_told_before_the_strike_that_did_it():
    rows = attack_rows(
        "The push comes amid fears of a wider war after the killing of Hamas political leader "
        "Ismail Haniyeh in Tehran on July 31, in a strike that Iran and Hamas have blamed on "
        "Israel.",
        MONDAY,
    )
    assert rows == [("place:tehran", date(2024, 7, 31), "country:IL", None)]


def test_a_toll_put_at_two_numbers_for_the_dead_and_the_wounded():
    assert total_rows(
        "On Thursday, the health ministry said the overall death toll in Gaza had passed "
        "40,000. It put the number of dead at 40,005 and the number of wounded at 92,401 since "
        "the war began with Hamas's October 7 attack on Israel.",
        MONDAY,
    ) == [(40005, 92401)]


def test_two_strikes_on_one_town_one_on_a_day_and_another_on_another():
    rows = attack_rows(
        "Among the deadliest incidents were two Armenian missile strikes on Ganja: one on Oct. "
        "11 that killed 10 people, and another in the early hours of Oct. 17 that killed 13 "
        "people and wounded dozens more.",
        date(2020, 10, 23),
    )
    assert rows == [
        ("place:ganja", date(2020, 10, 11), "country:AM", (10, None)),
        ("place:ganja", date(2020, 10, 17), "country:AM", (13, None)),
    ]


def test_a_toll_that_later_rose_is_the_attacks_toll():
    rows = attack_rows(
        "On Sunday, a strike on a building in Beirut killed four people and wounded 14. The toll "
        "later rose to five.",
        date(2024, 11, 20),
    )
    assert rows == [("geo:276781", date(2024, 11, 17), None, (5, 14))]  # Beirut


def test_a_town_struck_on_a_day_and_once_again_and_the_second_attacks_toll():
    rows = attack_rows(
        "He recalled that Ganja was struck with ballistic missiles on October 11 and once again "
        "on October 17, and that the second attack alone killed 13 civilians in their sleep.",
        date(2020, 10, 24),
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("place:ganja", date(2020, 10, 11), None),
        ("place:ganja", date(2020, 10, 17), (13, None)),
    ]


def test_the_meeting_told_again_with_the_day_it_was_held():
    rows = call_rows(
        "Azerbaijani Foreign Minister Jeyhun Bayramov has met with US Secretary of State Mike "
        "Pompeo in Washington, the ministry said. During the meeting, held on October 23, "
        "Bayramov spoke of the attacks on civilians.",
        date(2020, 10, 24),
    )
    assert rows == [
        ("Meeting", ("person:jeyhun bayramov", "person:mike pompeo"), date(2020, 10, 23))
    ]


def test_one_of_the_deadliest_attacks_since_a_year_is_no_running_total():
    rows = attack_rows(
        "Myanmar's military government carried out an airstrike on a village gathering in the "
        "country's Sagaing region on Tuesday, killing at least 100 people, in what appeared to "
        "be one of the deadliest attacks since the army seized power in 2021.",
        date(2023, 4, 12),
    )
    assert rows == [("place:sagaing", date(2023, 4, 11), "forces:MM", (100, None))]
    assert (
        total_rows(
            "The strike killed 100 people, one of the deadliest since 2021.", date(2023, 4, 12)
        )
        == []
    )
