"""Days counted from another day, past six and in weeks ('Nine days earlier', 'two weeks
later'); a day the clause gives itself wins over one counted ('nearly two weeks after it was
struck on February 18'); 'the latest in a series of attacks since' a day is no running total
(invented wording and tolls, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_nine_days_earlier_counts_back_from_the_day_told_before():
    rows = attack_rows(
        "Russian missiles hit the centre of Sumy on Sunday, killing 35 people. Nine days "
        "earlier, a Russian ballistic missile hit a residential area in Kryvyi Rih, killing 20 "
        "people.",
        date(2025, 4, 14),
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("geo:692194", date(2025, 4, 13)),
        ("geo:703845", date(2025, 4, 4)),
    ]


def test_two_weeks_later_counts_fourteen_days_on():
    rows = attack_rows(
        "A Russian drone hit a house in Kherson on March 1, killing two people. Two weeks later, "
        "a missile struck the port of Odesa, killing four.",
        date(2025, 3, 20),
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("geo:706448", date(2025, 3, 1)),
        ("geo:698740", date(2025, 3, 15)),
    ]


def test_a_day_the_clause_gives_wins_over_weeks_counted():
    rows = attack_rows(
        "Three sailors were killed on Wednesday when a Houthi missile hit a cargo ship in the "
        "Gulf of Aden. The deaths come days after the Rubymar sank in the Red Sea on Saturday, "
        "nearly two weeks after it was struck by a Houthi missile on February 18.",
        date(2024, 3, 7),
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("place:gulf-of-aden", date(2024, 3, 6)),
        (None, date(2024, 2, 18)),  # the ship struck at sea, on its own day
    ]


def test_the_latest_in_a_series_since_a_day_is_no_running_total():
    rows = attack_rows(
        "An air strike on a flour mill in the town of Mai Tsebri killed 17 people on Monday, aid "
        "workers said, the latest in a series of deadly aerial attacks since government forces "
        "pushed the rebels back last month.",
        date(2022, 1, 11),
    )
    assert rows == [("place+:mai tsebri", date(2022, 1, 10), None, (17, None))]
