"""'the toll from Saturday's suicide bombings in Gwoza' tells of an attack (plural 'bombings');
'has stepped up bombings in Mogadishu' tells a campaign; 'Magarya village in Zurmi Local
Government Area of Zamfara State' is one attack, on the village; 'the state Commissioner of
Police' names no town Police; on articles written for these tests (invented events, real
places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_the_toll_from_bombings_on_a_day_is_an_attack():
    rows = attack_rows(
        "The death toll from Saturday's suicide bombings in Gwoza, Borno State, has risen to 24, "
        "officials said.",
        date(2024, 7, 1),
    )
    assert rows == [("geo:2339665", date(2024, 6, 29), None, (24, None))]


def test_stepped_up_bombings_tell_a_campaign():
    rows = attack_rows(
        "Al-Shabaab has also stepped up bombings in Mogadishu, the police said.",
        date(2023, 6, 4),
    )
    assert rows == []


def test_a_village_in_an_area_of_a_state_is_one_attack_and_police_is_no_town():
    rows = attack_rows(
        "On June 6, bandits stormed Kwanar Dutse village in Maru Local Government Area of "
        "Zamfara State, killing 9 people, the state Commissioner of Police said.",
        date(2024, 7, 1),
    )
    assert rows == [("place+:kwanar dutse", date(2024, 6, 6), None, (9, None))]
