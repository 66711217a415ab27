"""An actor that names what was struck is not the attacker ('A U.S. convoy came under fire',
'an Israeli-owned ship was hit'), while the country of the weapons is ('Russian missiles were
fired at Kyiv'); who the attack or its doers are linked to is the attacker ('reports linked the
attackers to the RSF'), not where a road leads (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

WEDNESDAY = date(2023, 4, 19)


def test_a_convoy_of_a_country_that_came_under_fire_names_no_attacker():
    assert attack_rows(
        "A U.S. diplomatic convoy came under fire in Khartoum on Monday.", WEDNESDAY
    ) == [("geo:379252", date(2023, 4, 17), None, None)]


def test_a_ship_owned_by_a_country_that_was_hit_names_no_attacker():
    rows = attack_rows(
        "An Israeli-owned cargo ship was hit by a missile off Hodeidah on Tuesday.", WEDNESDAY
    )
    assert rows == [("place:hodeidah", date(2023, 4, 18), None, None)]


def test_the_country_of_missiles_fired_is_the_attacker():
    assert attack_rows("Russian missiles were fired at Kyiv on Tuesday.", WEDNESDAY) == [
        ("place:kyiv", date(2023, 4, 18), "country:RU", None)
    ]


def test_who_the_attackers_are_linked_to_is_the_attacker():
    assert attack_rows(
        "Secretary of State Antony Blinken said an American diplomatic convoy had come under "
        "fire in Khartoum on Monday. Nobody was hurt, he said, adding that initial reports "
        "linked the attackers to the RSF.",
        WEDNESDAY,
    ) == [("geo:379252", date(2023, 4, 17), "org:rsf", None)]


def test_a_road_linking_a_town_to_a_country_names_no_attacker():
    assert attack_rows(
        "Shells landed in Berdzor, the town on the only road linking the enclave to Armenia, on "
        "Monday.",
        WEDNESDAY,
    ) == [("place:lachin", date(2023, 4, 17), None, None)]
