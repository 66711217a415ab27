"""'The deadliest attack since April 8, when a missile hit the station in Kramatorsk, killing 61':
the attack a strike is set against is an attack of its own, on its own day, with its own toll,
and the strike told is not given that toll; on articles written for these tests (invented
events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_the_attack_since_whose_day_a_strike_is_the_deadliest_is_told_on_that_day():
    rows = attack_rows(
        "A Russian missile hit a hotel in Zaporizhzhia on Monday, killing 9 people, the "
        "governor said. The strike was the deadliest in the region since May 3, when a "
        "Russian missile hit a bus station in Kherson, killing 12 people.",
        date(2023, 6, 6),
    )
    assert rows == [
        ("geo:687700", date(2023, 6, 5), "country:RU", (9, None)),
        ("geo:706448", date(2023, 5, 3), "country:RU", (12, None)),
    ]


def test_an_attack_named_after_since_by_its_day_is_dated_and_keeps_its_own_toll():
    rows = attack_rows(
        "Shells hit the market in Kostiantynivka on Tuesday, killing 4 people. It was the worst "
        "attack on the town since the August 2 shelling of the railway station in Bakhmut, "
        "where officials say 7 people were killed.",
        date(2023, 9, 13),
    )
    assert rows == [
        ("geo:705104", date(2023, 9, 12), None, (4, None)),
        ("geo:713174", date(2023, 8, 2), None, (7, None)),
    ]


def test_a_truce_a_strike_is_set_against_is_no_attack():
    rows = attack_rows(
        "Azerbaijani forces shelled Martuni on Sunday, killing 2 civilians. It was the heaviest "
        "shelling since the ceasefire took effect on October 10.",
        date(2020, 10, 19),
    )
    assert rows == [("place:martuni", date(2020, 10, 18), "forces:AZ", (2, None))]
