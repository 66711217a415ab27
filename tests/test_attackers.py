"""Who carried out an attack when a sentence names several sides: origins, owners of sources,
objects of attack verbs, allies named together, claims of responsibility; on articles written
for these tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def perpetrators(text: str, published: date) -> list[str | None]:
    facts = extract(Article("wire", published, "Wire", text, Path("wire.txt")))
    return [a.perpetrator for a in facts.attacks]


def test_the_land_a_missile_was_fired_from_is_not_the_attacker_but_who_claims_it_is():
    assert perpetrators(
        "Three people were hurt on Monday when a rocket fired from Lebanon hit a house in "
        "Kiryat Shmona, medics said. Hezbollah claimed responsibility for the attack.",
        date(2024, 6, 4),
    ) == ["org:hezbollah"]


def test_attacks_from_a_country_name_it_the_attacker():
    assert perpetrators(
        "Azerbaijan said Tartar came under fresh attacks from Armenia on Sunday.",
        date(2020, 10, 5),
    ) == ["country:AM"]


def test_allies_named_together_count_as_the_first():
    assert perpetrators(
        "The American-British aggression launched three airstrikes on Saturday on Ras Isa "
        "in Hodeidah province, a security source said.",
        date(2024, 3, 3),
    ) == ["country:US"]


def test_the_side_that_said_it_struck_carries_to_the_next_strike_not_the_object():
    assert perpetrators(
        "The IDF said it later struck Hezbollah positions in southern Lebanon. One of those "
        "strikes hit a car in the town of Nabatieh on Tuesday, killing two men.",
        date(2024, 6, 5),
    ) == ["forces:IL"]


def test_a_country_that_owns_the_source_is_not_the_attacker():
    assert perpetrators(
        "An airstrike on a house in Tyre killed three people on Monday, the Lebanese Health "
        "Ministry said.",
        date(2024, 6, 5),
    ) == [None]
    assert perpetrators(
        "A drone strike on a car in Tyre killed one man on Monday, according to Lebanon's "
        "health ministry.",
        date(2024, 6, 5),
    ) == [None]


def test_fighters_of_a_group_and_a_name_with_its_acronym_attack():
    assert perpetrators(
        "Fighters of the Islamic State West Africa Province attacked a military base in "
        "Monguno on Wednesday.",
        date(2025, 2, 14),
    ) == ["org:iswap"]
    assert perpetrators(
        "The Rapid Support Forces (RSF) shelled Kadugli on Monday, killing four civilians.",
        date(2025, 5, 7),
    ) == ["org:rsf"]


def test_sides_that_accuse_each_other_name_no_attacker():
    assert perpetrators(
        "Armenia and Azerbaijan accused each other of shelling Tartar on Sunday.",
        date(2020, 10, 5),
    ) == [None]


def test_a_speaker_is_the_attacker_only_of_what_it_says_its_own_forces_did():
    assert perpetrators(
        "The Israeli military said fighter jets struck a command centre in Khan Younis on Monday.",
        date(2025, 3, 4),
    ) == ["forces:IL"]
    assert perpetrators(
        "The IDF announced that a soldier was killed on Monday when Hamas gunmen attacked an "
        "army post in Khan Younis.",
        date(2025, 3, 4),
    ) == ["org:hamas"]


def test_who_killed_villagers_is_the_attacker_not_whom_they_accused():
    assert perpetrators(
        "In the village of Shagra, west of El Fasher, RSF fighters killed 11 villagers on "
        "Sunday after accusing them of collaborating with the Sudanese army, witnesses said.",
        date(2024, 12, 3),
    ) == ["org:rsf"]


def test_a_country_named_in_passing_is_not_carried_to_the_next_attack():
    assert perpetrators(
        "Russian missiles struck Kyiv on Monday, killing 20 people. Ukrainian investigators "
        "said they had found fragments of a cruise missile, dismissing the claim that the "
        "damage was caused by an interceptor. In Dnipro, one person was killed and six were "
        "injured, the governor said.",
        date(2024, 7, 9),
    ) == ["country:RU", "country:RU"]


def test_forces_that_continue_to_fire_on_towns_are_the_attacker():
    assert perpetrators(
        "Armenian armed forces continued to fire on Azerbaijani villages overnight. The "
        "village of Qaralar came under artillery fire during the night.",
        date(2020, 9, 29),
    ) == ["forces:AM"]


def test_those_whose_spokesman_says_their_forces_struck_are_the_attacker():
    assert perpetrators(
        "The spokesman of the Yemeni Armed Forces, Brigadier General Yahya Saree, said that "
        "the naval forces had targeted the American tanker Ocean Star in the Gulf of Aden on "
        "Saturday.",
        date(2024, 3, 3),
    ) == ["org:houthi-armed-forces"]


def test_a_group_that_claims_both_attacks_is_the_attacker_of_both():
    assert perpetrators(
        "Maputo, 19 May 2025 (Lusa) - Three people were killed in an attack on the village "
        "of Nanjua on Thursday, local sources said. On Saturday, insurgents attacked the "
        "village of Quiterajo, killing a fisherman. The Islamic State group claimed both "
        "attacks through its news agency.",
        date(2025, 5, 19),
    ) == ["org:islamic-state", "org:islamic-state"]


def test_a_dateline_with_the_day_before_the_month_does_not_date_the_attack():
    facts = extract(
        Article(
            "wire",
            date(2025, 5, 19),
            "Wire",
            "Maputo, 19 May 2025 (Lusa) - Three people were killed in an attack on the village "
            "of Nanjua on Thursday, local sources said.",
            Path("wire.txt"),
        )
    )
    assert [a.when.day for a in facts.attacks] == [date(2025, 5, 15)]


def test_an_attack_said_to_be_carried_out_by_a_group_in_a_later_sentence():
    assert perpetrators(
        "A suicide bomber killed 12 people at a market in Dikwa on Saturday. The police "
        "spokesman said the attack was carried out by Boko Haram.",
        date(2025, 2, 17),
    ) == ["org:boko-haram"]
