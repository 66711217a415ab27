"""Who an attack is blamed on and whose toll a ministry gives (invented events, real places and
offices): 'Israel holds Shukr responsible for the rocket strike' blames Shukr's organization,
named by his post ("Hezbollah's most senior military commander, Fuad Shukr"), not Israel; 'The
Lebanese Health Ministry said the strike killed three' is the toll of the strike told last in
Lebanon, not of the rocket attack on an Israeli town told after it."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, wire_facts

WEDNESDAY = date(2024, 7, 31)
LEAD = (
    "The Israeli army said on Wednesday that it had killed Hezbollah's most senior military "
    "commander, Fuad Shukr, in a strike on Beirut on Tuesday evening. "
)


def test_a_post_held_in_an_organization_after_its_possessive_names_the_organization():
    facts = wire_facts(LEAD, WEDNESDAY)
    positions = facts.entities["person:fuad shukr"].positions
    assert [(p.title, p.of) for p in positions] == [("Commander", "org:hezbollah")]


def test_the_person_held_responsible_blames_his_organization():
    rows = attack_rows(
        LEAD + "Israel holds Shukr responsible for Saturday's rocket strike on the town of "
        "Majdal Shams, in which 12 children were killed.",
        WEDNESDAY,
    )
    assert rows[-1] == ("place+:majdal shams", date(2024, 7, 27), "org:hezbollah", (12, None))


def test_a_countrys_health_ministry_counts_the_attack_in_that_country():
    rows = attack_rows(
        LEAD + "Shukr was responsible for Saturday's rocket attack on the town of Majdal Shams, "
        "in which 12 children were killed and more than 40 people were wounded. The Lebanese "
        "Health Ministry said the strike killed three people and wounded 74.",
        WEDNESDAY,
    )
    assert sorted(rows, key=lambda row: row[1]) == [
        ("place+:majdal shams", date(2024, 7, 27), "org:hezbollah", (12, 40)),
        ("geo:276781", date(2024, 7, 30), "forces:IL", (3, 74)),
    ]


def test_a_speaker_who_lost_someone_in_a_strike_is_not_its_attacker():
    rows = attack_rows(
        "Hamas said early Wednesday that its political bureau chief Ismail Haniyeh had been killed "
        "along with a bodyguard in an Israeli strike on his residence in Tehran.",
        WEDNESDAY,
    )
    assert rows == [("place:tehran", None, "country:IL", None)]  # 'said early Wednesday':
    # the day of the statement; the strike's own day is not given


def test_an_army_that_says_it_killed_someone_in_a_strike_is_the_attacker():
    rows = attack_rows(
        "The Israel Defense Forces said Wednesday that it had killed a senior commander in a "
        "targeted strike on Tyre on Tuesday evening.",
        WEDNESDAY,
    )
    assert rows == [("geo:267008", date(2024, 7, 30), "forces:IL", None)]


def test_a_capitals_policy_is_its_governments_and_its_suburbs_are_a_place():
    rows = attack_rows(
        "An Israeli strike hit a school in Gaza City on Saturday, killing 90 people. The "
        "spokesman condemned the massacre and held the US administration fully responsible for "
        "the continued aggression "
        "on the Palestinian people, saying that Washington's political and military cover "
        "allowed the occupation to commit crimes. Another strike hit Beirut's "
        "southern suburbs on Saturday.",
        date(2024, 8, 11),
    )
    assert [row[0] for row in rows] == ["place:gaza-city", "place:dahiyeh"]


def test_a_broker_of_a_truce_is_not_the_attacker():
    rows = attack_rows(
        "A missile strike on Ganja killed 12 people early on Saturday, Azerbaijani officials "
        "said, as fighting raged on despite a Russian-brokered truce.",
        date(2020, 10, 18),
    )
    assert rows == [("place:ganja", date(2020, 10, 17), None, (12, None))]


def test_a_town_listed_with_the_town_of_another_was_struck_too():
    rows = attack_rows(
        "The authorities in Nagorno-Karabakh said the region's main city Stepanakert and the "
        "town of Martakert had been shelled on Friday.",
        date(2020, 10, 17),
    )
    assert [row[0] for row in rows] == ["place:stepanakert", "place:martakert"]


def test_a_vote_count_after_resolution_is_no_resolution_number():
    facts = wire_facts(
        "The Security Council on Monday adopted Resolution 2736. The resolution was adopted by "
        "14 votes in favour, with Russia abstaining. It recalled resolutions 1556 (2004) and "
        "2724 (2024).",
        date(2024, 6, 14),
    )
    assert [(r.number, r.year) for r in facts.resolutions] == [
        (2736, None),  # its year is not given, nor in the known list
        (1556, 2004),
        (2724, 2024),
    ]
