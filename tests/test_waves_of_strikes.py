"""A wave of strikes told in parts: the barrage's day told without a place dates the toll told
next; 'Another 10 people were killed in X' is in the same wave; 'in the president's hometown of
X' is X; 'a bombardment tore through the capital' struck it; 'a day of mourning Tuesday' is the
news day; 'an emergency meeting on the strikes' is no strike (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

TUESDAY = date(2024, 7, 9)
MONDAY = date(2024, 7, 8)


def test_the_day_of_a_barrage_dates_the_toll_told_next_and_another_toll_after_it():
    rows = attack_rows(
        "The barrage on Monday involved more than 40 missiles, President Volodymyr Zelensky "
        "said. In Dnipro alone, 13 people were killed and 60 wounded, according to the city "
        "administration. Another 10 people were killed in Zelensky's hometown of Kryvyi Rih, "
        "where a missile struck a factory, officials said.",
        TUESDAY,
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("geo:709930", MONDAY, (13, 60)),
        ("geo:703845", MONDAY, (10, None)),
    ]


def test_a_bombardment_that_tore_through_the_capital_struck_it():
    assert attack_rows(
        "A Russian bombardment tore through the Ukrainian capital on Monday, killing 33 people.",
        TUESDAY,
    ) == [("place:kyiv", MONDAY, "country:RU", (33, None))]


def test_a_day_of_mourning_is_the_news_day_not_the_attacks():
    rows = attack_rows(
        "Kyiv observed a day of mourning Tuesday after Russian bombardments tore through the "
        "Ukrainian capital, killing 33 people.",
        TUESDAY,
    )
    assert [(place, day) for place, day, _, _ in rows] == [("place:kyiv", None)]


def test_a_meeting_on_the_strikes_is_no_strike():
    rows = attack_rows(
        "Russian missiles hit Kyiv on Monday, killing 33 people. The U.N. Security Council was "
        "due to hold an emergency meeting on the strikes later Tuesday.",
        TUESDAY,
    )
    assert rows == [("place:kyiv", MONDAY, "country:RU", (33, None))]
