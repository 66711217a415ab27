"""Attacks that are no new attack: 'had been firing on residential areas in Tartar, Barda and
other districts day and night' is a habit, told across a list of places; 'informed his
counterpart about the attack on Barda during a phone call on Tuesday' is the attack told, the
call's topic; 'The strike on Sumy is the deadliest attack this year' is the strike told; a village
a rocket was 'launched from an area north of' was not struck (invented wording, real places and
offices)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

TUESDAY = date(2020, 10, 27)


def test_firing_day_and_night_on_a_list_of_districts_is_a_habit():
    assert (
        attack_rows(
            "Bayramov said Armenia had been deliberately firing on residential areas in Tartar, "
            "Barda and other districts day and night.",
            TUESDAY,
        )
        == []
    )


def test_the_attack_a_call_was_about_is_the_attack_told():
    rows = attack_rows(
        "Four civilians were killed on Tuesday when Armenian forces fired rockets at the village "
        "of Garayusifli in the Barda district. Foreign Minister Jeyhun Bayramov informed his "
        "Turkish counterpart Mevlut Cavusoglu about the attack on Barda during a telephone "
        "conversation on Tuesday.",
        TUESDAY,
    )
    assert [(place, day) for place, day, _, _ in rows] == [("place+:garayusifli", TUESDAY)]


def test_a_strike_judged_the_deadliest_is_the_strike_told():
    rows = attack_rows(
        "A Russian missile hit a busy street in Sumy on Sunday, killing 35 people. The strike on "
        "Sumy is the deadliest Russian attack on civilians this year.",
        date(2025, 4, 14),
    )
    assert rows == [("geo:692194", date(2025, 4, 13), "country:RU", (35, None))]


def test_a_village_a_rocket_was_launched_near_was_not_struck():
    rows = attack_rows(
        "A rocket hit a soccer field in the Golan Heights town of Majdal Shams on Saturday. The "
        "army said the rocket was launched from an area north of the village of Chebaa in "
        "southern Lebanon.",
        date(2024, 7, 28),
    )
    assert [place for place, _, _, _ in rows] == ["geo:167444"]
