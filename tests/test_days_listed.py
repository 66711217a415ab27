"""Days listed after one month ('on October 4, 11 and 17', 'on 4 and 6 October') are an attack
each; a number after a date that counts people ('On October 4, 11 civilians were killed') is no
day; on articles written for these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_days_listed_after_the_month_are_one_attack_each():
    rows = attack_rows(
        "The governor said the Ukrainian city of Kherson had been hit by Russian rockets on "
        "March 4, 11 and 17.",
        date(2023, 3, 20),
    )
    assert rows == [
        ("geo:706448", date(2023, 3, 4), "country:RU", None),
        ("geo:706448", date(2023, 3, 11), "country:RU", None),
        ("geo:706448", date(2023, 3, 17), "country:RU", None),
    ]


def test_two_days_before_the_month_are_one_attack_each_and_the_toll_is_the_first_days():
    rows = attack_rows(
        "Azerbaijani forces shelled Martuni on 4 and 6 October, killing 3 civilians.",
        date(2020, 10, 8),
    )
    assert rows == [
        ("place:martuni", date(2020, 10, 4), "forces:AZ", (3, None)),
        ("place:martuni", date(2020, 10, 6), "forces:AZ", None),
    ]


def test_a_count_after_a_date_is_no_day():
    rows = attack_rows(
        "Azerbaijani forces shelled Martuni on October 4 and 5 civilians were wounded.",
        date(2020, 10, 8),
    )
    assert rows == [("place:martuni", date(2020, 10, 4), "forces:AZ", (None, 5))]
