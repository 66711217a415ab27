"""'all nine it had killed were militants, including four killed in an airstrike in A, and three
in an airstrike in B': each town's attack has its own part of the toll, not the whole; 'two men,
aged 39 and 25, were shot dead' counts two, not 25; on articles written for these tests
(invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_a_toll_broken_down_by_town_gives_each_town_its_part():
    rows = attack_rows(
        "Israeli forces killed eight Palestinians in the occupied West Bank on Tuesday, all of "
        "them militants, including five killed in an airstrike in Jenin, and three in an "
        "airstrike in Tubas, the military said.",
        date(2024, 9, 4),
    )
    assert rows == [
        ("geo:283506", date(2024, 9, 3), "forces:IL", (5, None)),
        ("geo:281581", date(2024, 9, 3), "forces:IL", (3, None)),
    ]


def test_ages_are_no_count():
    rows = attack_rows(
        "The health ministry said two men, aged 39 and 25, were shot dead by Israeli forces in "
        "Tulkarem on Wednesday.",
        date(2024, 9, 5),
    )
    assert rows == [("geo:281577", date(2024, 9, 4), "forces:IL", (2, None))]
