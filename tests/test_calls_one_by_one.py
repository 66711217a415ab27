"""One caller who telephoned two people made two calls ('telephoned army chief Burhan and RSF
commander Daglo'); talks 'with A, whose party ..., and with B' are a meeting each, while a
meeting 'with the co-chairs A, B and C, and also with D' is one; a meeting told without a day
after the lead dates a visit ('as Blinken arrived in Kyiv') is on the visit's day; on articles
written for these tests (invented calls, real people). 'Aliyev' after Ilham Aliyev is he, not
Kamran Aliyev named before him; 'Following the reception by Aliyev, X held talks with Y' is a
meeting of X and Y on the reception's day."""

from __future__ import annotations

from datetime import date

from .wire import call_rows


def test_one_caller_who_telephoned_two_people_made_two_calls():
    rows = call_rows(
        "US Secretary of State Antony Blinken on Monday telephoned army chief Abdel Fattah "
        "al-Burhan and RSF commander Mohamed Hamdan Daglo, urging a ceasefire.",
        date(2023, 5, 9),
    )
    assert rows == [
        (
            "PhoneCall",
            ("person:antony blinken", "person:abdel fattah al-burhan"),
            date(2023, 5, 8),
        ),
        (
            "PhoneCall",
            ("person:antony blinken", "person:mohamed hamdan daglo"),
            date(2023, 5, 8),
        ),
    ]


def test_talks_with_one_and_with_another_are_a_meeting_each():
    rows = call_rows(
        "US envoy Amos Hochstein was in Beirut on Tuesday, where he held talks with parliament "
        "speaker Nabih Berri, whose party is allied with Hezbollah, and with Prime Minister "
        "Najib Mikati.",
        date(2024, 10, 23),
    )
    assert rows == [
        ("Meeting", ("person:amos hochstein", "person:nabih berri"), date(2024, 10, 22)),
        ("Meeting", ("person:amos hochstein", "person:najib mikati"), date(2024, 10, 22)),
    ]


def test_a_meeting_told_without_a_day_after_a_dated_visit_is_on_the_visits_day():
    rows = call_rows(
        "Russian drones struck the Ukrainian city of Odesa on Tuesday, as German Foreign "
        "Minister Annalena Baerbock arrived in Kyiv. She met Foreign Minister Dmytro Kuleba at "
        "the Foreign Ministry. She later held talks with President Volodymyr Zelensky.",
        date(2024, 5, 22),
    )
    assert rows == [
        ("Meeting", ("person:annalena baerbock", "person:dmytro kuleba"), date(2024, 5, 21)),
        (
            "Meeting",
            ("person:annalena baerbock", "person:volodymyr zelensky"),
            date(2024, 5, 21),
        ),
    ]


def test_a_meeting_with_a_delegation_and_also_with_another_is_one_meeting():
    rows = call_rows(
        "Foreign Minister Jeyhun Bayramov held a meeting on October 30 with OSCE Minsk Group "
        "Co-Chairs Igor Popov of Russia, Stephane Visconti of France and Andrew Schofer of the "
        "United States, and also with Andrzej Kasprzyk.",
        date(2020, 10, 31),
    )
    assert rows == [
        (
            "Meeting",
            (
                "person:jeyhun bayramov",
                "person:igor popov",
                "person:stephane visconti",
                "person:andrew schofer",
                "person:andrzej kasprzyk",
            ),
            date(2020, 10, 30),
        )
    ]


def test_a_surname_two_people_share_is_the_one_named_last_and_following_a_reception_is_its_day():
    rows = call_rows(
        "Azerbaijan's Prosecutor General Kamran Aliyev said the shelling had killed one "
        "civilian. Turkish Foreign Minister Mevlut Cavusoglu met Azerbaijani President Ilham "
        "Aliyev in Baku on Tuesday. Following the reception by Aliyev, Cavusoglu held talks with "
        "his Azerbaijani counterpart Jeyhun Bayramov.",
        date(2020, 10, 7),
    )
    assert rows == [
        ("Meeting", ("person:mevlut cavusoglu", "person:ilham aliyev"), date(2020, 10, 6)),
        ("Meeting", ("person:mevlut cavusoglu", "person:jeyhun bayramov"), date(2020, 10, 6)),
    ]
