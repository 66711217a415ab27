"""A landmark the gazetteer does not hold, in a town ('the Zobe junction in Mogadishu'), is
struck in that town, one attack; a series of attacks or a campaign under way ('a series of
roadside bomb attacks in A, B and C', 'presses an offensive in the X region that was launched in
August') is no one attack; on articles written for these tests (invented events, real
places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_a_landmark_in_a_town_is_one_attack_on_the_town():
    rows = attack_rows(
        "Police said at least 12 people were killed in Monday's car bomb attack at the busy "
        "Kilometre Four junction in Mogadishu.",
        date(2023, 2, 14),
    )
    assert rows == [("geo:53654", date(2023, 2, 13), None, (12, None))]


def test_a_series_of_attacks_in_several_towns_is_no_attack():
    rows = attack_rows(
        "Kenyan police stepped up patrols in Wajir following a series of roadside bomb attacks "
        "on police officers in Mandera, Garissa and Lamu.",
        date(2023, 6, 4),
    )
    assert rows == []


def test_a_campaign_under_way_launched_in_a_month_is_no_attack():
    rows = attack_rows(
        "The bombing came as the government presses an offensive against al-Shabaab near "
        "Beledweyne that was launched in August.",
        date(2022, 10, 30),
    )
    assert rows == []
