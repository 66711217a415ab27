"""A head of state named again by title ('phoned the Ukrainian leader', 'a conversation with the
head of state', 'The head of state has had a series of conversations ... he spoke with') is the
one the article names with that office; on articles written for these tests (invented calls,
real people)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows


def test_a_call_to_a_countrys_leader_is_a_call_with_the_one_named_as_its_president():
    rows = call_rows(
        "Ukrainian President Volodymyr Zelensky visited troops in Kharkiv on Tuesday. Later on "
        "Tuesday, German Chancellor Olaf Scholz phoned the Ukrainian leader.",
        date(2023, 3, 15),
    )
    assert rows == [
        ("PhoneCall", ("person:olaf scholz", "person:volodymyr zelensky"), date(2023, 3, 14))
    ]


def test_a_conversation_with_the_head_of_state_is_with_the_one_president_named_before():
    rows = call_rows(
        "President Kassym-Jomart Tokayev said the country would send aid. In a phone "
        "conversation with the head of state on Monday, European Council President Antonio "
        "Costa expressed his condolences.",
        date(2025, 2, 4),
    )
    assert rows == [
        (
            "PhoneCall",
            ("person:antonio costa", "person:kassym-jomart tokayev"),
            date(2025, 2, 3),
        )
    ]


def test_he_after_the_head_of_state_is_the_one_every_call_before_had():
    rows = call_rows(
        "Turkish President Recep Tayyip Erdogan phoned President Ilham Aliyev on Monday. On "
        "Tuesday, Russian President Vladimir Putin phoned Aliyev. The head of state has had a "
        "series of conversations with foreign leaders this week. On Wednesday, he spoke by "
        "telephone with President of France Emmanuel Macron, whose country is one of the "
        "co-chairs of the OSCE Minsk Group.",
        date(2020, 10, 29),
    )
    assert rows == [
        (
            "PhoneCall",
            ("person:recep tayyip erdogan", "person:ilham aliyev"),
            date(2020, 10, 26),
        ),
        ("PhoneCall", ("person:vladimir putin", "person:ilham aliyev"), date(2020, 10, 27)),
        ("PhoneCall", ("person:ilham aliyev", "person:emmanuel macron"), date(2020, 10, 28)),
    ]
