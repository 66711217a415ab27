"""A call dated when told again, a speaker's pronoun, a call one was told of, a village named
with its district, and a victim named with his age (invented events, real places and offices):
'During the phone talk on October 2'; 'Michel expressed concern. He said he had also spoken
with Pashinyan'; 'He also informed Michel of his conversation with Erdogan'; 'Qiyasli village
of Aghdam district came under fire'; 'resident Sabir Mammadli, 62, was killed'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows

FRIDAY = date(2020, 10, 2)


def test_a_call_told_again_with_its_day_takes_that_day():
    rows = call_rows(
        "President Ilham Aliyev has held a telephone conversation with President of the "
        "European Council Charles Michel, the presidential press service said. During the phone "
        "talk on October 1, the head of state said Armenia was shelling Azerbaijani villages.",
        FRIDAY,
    )
    assert rows == [
        ("PhoneCall", ("person:ilham aliyev", "person:charles michel"), date(2020, 10, 1))
    ]


def test_a_pronoun_that_speaks_on_is_who_opened_the_sentence_before():
    rows = call_rows(
        "President Ilham Aliyev held a telephone conversation with President of the European "
        "Council Charles Michel on Friday. Charles Michel expressed concern over the escalation. "
        "He said he had also spoken by phone with Armenian Prime Minister Nikol Pashinyan on "
        "Thursday.",
        FRIDAY,
    )
    assert rows[1] == (
        "PhoneCall",
        ("person:charles michel", "person:nikol pashinyan"),
        date(2020, 10, 1),
    )


def test_one_told_of_a_call_takes_no_part_in_it():
    rows = call_rows(
        "President Ilham Aliyev held a telephone conversation with President of the European "
        "Council Charles Michel on Friday. The Azerbaijani leader stressed that Azerbaijan was "
        "fighting on its own territory. He also informed Michel of his phone conversation with "
        "Turkish President Recep Tayyip Erdogan on Monday.",
        FRIDAY,
    )
    assert rows[1] == (
        "PhoneCall",
        ("person:ilham aliyev", "person:recep tayyip erdogan"),
        date(2020, 9, 28),
    )


def test_a_village_named_with_its_district_and_a_victim_named_with_his_age():
    rows = attack_rows(
        "On Thursday, Qiyasli village of Aghdam district came under fire from large-calibre "
        "weapons, damaging a school. Overnight, shells hit Husanli. Husanli resident Sabir "
        "Mammadli, 62, was killed when a shell landed in his yard, and three of his neighbours "
        "were wounded.",
        FRIDAY,
    )
    assert [(place, figures) for place, _, _, figures in rows] == [
        ("place+:qiyasli", None),
        ("place+:husanli", (1, 3)),
    ]
