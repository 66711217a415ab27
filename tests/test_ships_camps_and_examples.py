"""Where and by whom, told around the attack (invented events, real places and offices): a flag
state is the ship's, not the attacker ('a Liberia-flagged tanker'); '40 nautical miles off the
port of Hodeidah' is at sea; 'CENTCOM said the missile struck' makes no speaker the attacker;
'the crowded camp in central Gaza' is the camp told before; 'villages in southern Lebanon,
including A and B' are places; 'the projectile was a rocket launched by X' names the attacker
of the attack told; 'fatally wounded' is killed; 'Writing on X on Saturday, he said' is the day
of the statement; 'the co-chairs hosted a joint meeting with A and B' is a meeting of all."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows


def test_a_flag_state_and_a_speaker_are_not_the_attacker_and_off_a_port_is_at_sea():
    rows = attack_rows(
        "The crew of a Liberia-flagged oil tanker were wounded when an anti-ship missile hit the "
        "vessel in the Red Sea on Tuesday, the US military said. US Central Command said the "
        "missile struck the tanker about 40 nautical miles off the Yemeni port of Hodeidah, "
        "injuring two sailors.",
        date(2024, 2, 14),
    )
    assert rows == [("place:red-sea", date(2024, 2, 13), None, (None, 2))]


def test_the_camp_in_the_region_is_the_camp_told_before():
    rows = attack_rows(
        "Health officials said on Sunday that dozens of people were killed in the Bureij refugee "
        "camp. Israeli troops raided three houses in the crowded camp in central Gaza on "
        "Saturday under heavy air cover.",
        date(2024, 6, 9),
    )
    assert rows[-1][:3] == ("geo:281161", date(2024, 6, 8), "forces:IL")


def test_villages_listed_as_examples_are_each_struck():
    rows = attack_rows(
        "Overnight, Israeli warplanes struck Hezbollah targets in several villages in southern "
        "Lebanon, including Kfar Kila and Khiam, the army said.",
        date(2024, 8, 4),
    )
    assert {row[0] for row in rows} == {"geo:272849", "place+:khiam"}


def test_the_weapon_launched_by_someone_names_the_attacker_of_the_attack_told():
    rows = attack_rows(
        "A rocket fired from Lebanon struck a house in the town of Kiryat Shmona on Sunday, "
        "killing two people. The army said the projectile was a Burkan rocket launched by "
        "Hezbollah.",
        date(2024, 8, 5),
    )
    assert rows == [("place+:kiryat shmona", date(2024, 8, 4), "org:hezbollah", (2, None))]


def test_fatally_wounded_is_killed():
    rows = attack_rows(
        "A Russian drone struck a car in Kherson on Monday. A police officer was fatally "
        "wounded in the attack, and two other people were wounded.",
        date(2024, 6, 11),
    )
    assert rows == [("geo:706448", date(2024, 6, 10), "country:RU", (1, 2))]


def test_writing_on_a_network_gives_the_day_of_the_statement():
    rows = attack_rows(
        "A drone attack on the main hospital in El Obeid killed 30 people on Friday, a health "
        "official said. Writing on X on Saturday, the WHO chief said the attack had killed 28 "
        "people and injured 12, and that the hospital had been hit again after an earlier strike.",
        date(2025, 2, 2),
    )
    assert {row[1] for row in rows} == {date(2025, 1, 31)}


def test_a_group_hosting_two_guests_is_a_meeting_of_all():
    rows = call_rows(
        "The co-chairs of the OSCE Minsk Group, Igor Popov, Stephane Visconti and Andrew Schofer, "
        "arrived in Geneva on Thursday. Later the same day, the co-chairs hosted a joint meeting "
        "with Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Zohrab "
        "Mnatsakanyan.",
        date(2020, 10, 30),
    )
    assert rows == [
        (
            "Meeting",
            (
                "person:jeyhun bayramov",
                "person:zohrab mnatsakanyan",
                "person:igor popov",
                "person:stephane visconti",
                "person:andrew schofer",
            ),
            date(2020, 10, 29),
        )
    ]
