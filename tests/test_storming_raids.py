"""A raid told by a gerund ('after storming an apartment in Rafah') places the strikes of the
same sentence ('while airstrikes launched to cover the operation killed at least 67')
(invented wording, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_strikes_covering_a_raid_told_by_storming_are_where_the_raid_was():
    rows = attack_rows(
        "Israeli special forces freed two hostages early Monday after storming a guarded "
        "apartment in the southern Gaza city of Rafah, while airstrikes launched to cover the "
        "operation killed at least 67 Palestinians, health officials said.",
        date(2024, 2, 12),
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("geo:281102", date(2024, 2, 12), (67, None))
    ]
