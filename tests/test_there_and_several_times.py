"""'killed three children there' points back to the town named before, as 'the town' does, while
'there were no casualties' points nowhere; 'hitting the city several times' tells a campaign,
no one attack; on articles written for these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_an_attack_there_after_a_campaign_on_a_town_is_an_attack_on_that_town():
    rows = attack_rows(
        "Russian forces began an air campaign in May, hitting the Ukrainian city of Kherson "
        "several times. A strike on June 3 killed four people there, officials said.",
        date(2023, 7, 1),
    )
    assert rows == [("geo:706448", date(2023, 6, 3), "forces:RU", (4, None))]


def test_there_were_no_casualties_points_to_no_town():
    rows = attack_rows(
        "Russian missiles hit the Ukrainian city of Kherson on Monday. In a separate attack, a drone "
        "struck a farm on Tuesday, but there were no casualties.",
        date(2023, 7, 5),
    )
    assert rows == [("geo:706448", date(2023, 7, 3), "country:RU", None)]
