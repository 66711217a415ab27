"""Wire stories of air raids as the outlets of the side struck tell them: 'the aggression on
Hodeidah' is an attack on that city when the raids have a day, 'the toll of the aggression on
Gaza since October 7' stays a running total; a town after 'raids on' is a place though no list
holds it; 'The raids also targeted' takes the day of the raids told; on articles written for
these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, total_rows, wire_facts


def test_the_toll_of_the_aggression_on_a_town_raided_on_a_day_is_that_days_attack():
    text = (
        "The toll of the American-British aggression on Hodeidah governorate rose to 9 martyrs "
        "and 31 wounded, the health ministry said on Tuesday, in a count of the victims of the "
        "raids launched by enemy aircraft on Monday evening. The raids also targeted the "
        "capital Sanaa and Taiz governorate, a security source said."
    )
    assert attack_rows(text, date(2024, 3, 5)) == [
        ("place:hodeidah", date(2024, 3, 4), "country:US", (9, 31)),
        ("geo:71137", date(2024, 3, 4), "country:US", None),  # Sanaa
        ("geo:70225", date(2024, 3, 4), "country:US", None),  # Taiz
    ]
    assert total_rows(text, date(2024, 3, 5)) == []


def test_the_toll_of_the_aggression_on_a_region_since_a_day_is_a_running_total():
    text = (
        "The toll of the Israeli aggression on Gaza since October 7 has risen to 9,770 martyrs, "
        "the ministry said on Sunday."
    )
    assert attack_rows(text, date(2023, 11, 5)) == []
    assert total_rows(text, date(2023, 11, 5)) == [(9770, None)]


def test_a_town_after_raids_on_is_a_place_no_list_holds():
    facts = wire_facts(
        "Warplanes carried out raids on Al-Kathib on Monday, the Houthi-run Saba agency said.",
        date(2024, 3, 5),
    )
    assert [(a.place, a.when.day) for a in facts.attacks] == [
        ("place+:al-kathib", date(2024, 3, 4))
    ]


def test_a_group_that_said_for_its_part_it_fired_is_the_attacker():
    assert attack_rows(
        "Hezbollah, for its part, said it fired rockets on Monday at a naval base near Haifa and "
        "at the city of Safed.",
        date(2024, 10, 22),
    ) == [
        ("geo:294801", date(2024, 10, 21), "org:hezbollah", None),
        ("geo:293100", date(2024, 10, 21), "org:hezbollah", None),
    ]


def test_an_attack_whose_victim_was_holding_a_meeting_keeps_its_day():
    assert attack_rows(
        "Last Wednesday, an Israeli strike on the municipality building in Nabatieh killed 16 "
        "people, among them the city's mayor, Ahmad Kahil, as he was holding a meeting on aid "
        "distribution.",
        date(2024, 10, 22),
    ) == [("geo:278913", date(2024, 10, 16), "country:IL", (16, None))]


def test_a_town_written_without_its_arabic_article_and_struck_around_is_struck():
    assert attack_rows(
        "In western Iraq, drones struck a weapons depot and a checkpoint around Qaim on "
        "Thursday, killing six people.",
        date(2023, 10, 6),
    ) == [("geo:92138", date(2023, 10, 5), None, (6, None))]  # Al Qa'im


def test_a_bombing_claimed_by_a_group_is_its_attack_and_a_peoples_word_is_no_place():
    assert attack_rows(
        "Ankara has vowed to hit Kurdish fighters in Syria and Iraq after a suicide bombing "
        "outside the interior ministry in Ankara on Sunday, claimed by the Kurdistan Workers' "
        "Party (PKK), that wounded two police officers.",
        date(2023, 10, 6),
    ) == [("place:ankara", date(2023, 10, 1), "org:pkk", (None, 2))]
