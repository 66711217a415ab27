"""Families first seen in held-out 32, on articles written for these tests: 'According to the
office, the missiles were fired ... on October 17' dates the strike told; 'forces had been
shelling Stepanakert and Shushi since late on Friday', told on Saturday, is an attack on each
from Friday to Saturday, not a campaign, and its attacker is not carried to a town whose own
attacker was named; 'Afterwards, A and B met' is on the day told; 'the US president had a call
with Zelensky' is the president named; 'X also took part in the meeting' joins it; 'are
expected to travel to Riyadh for talks' is no meeting yet (invented events, real places and
offices)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows, wire_facts

SATURDAY = date(2020, 10, 17)


def test_according_to_a_source_the_weapons_told_before_are_dated():
    assert attack_rows(
        "The number of people killed in a missile attack on the center of Ganja has climbed to "
        "13, the prosecutor's office said on Saturday. According to the office, the missiles "
        "were fired from the territory of Armenia at about 01:00 on October 17.",
        SATURDAY,
    ) == [("place:ganja", SATURDAY, None, (13, None))]


def test_shelling_since_yesterday_is_an_attack_and_keeps_its_attacker_to_itself():
    facts = wire_facts(
        "Armenian missiles hit Ganja overnight, the Azerbaijani ministry said. The Karabakh "
        "authorities said Azerbaijani forces had been shelling Stepanakert and Shushi since "
        "late on Friday. It was the second deadly strike on Ganja in less than a week.",
        SATURDAY,
    )
    rows = {(a.place, a.when.earliest, a.when.latest, a.perpetrator) for a in facts.attacks}
    assert ("place:stepanakert", date(2020, 10, 16), SATURDAY, "forces:AZ") in rows
    assert ("place:shusha", date(2020, 10, 16), SATURDAY, "forces:AZ") in rows
    assert {a.perpetrator for a in facts.attacks if a.place == "place:ganja"} == {"country:AM"}


def test_afterwards_is_the_day_told():
    assert call_rows(
        "Azerbaijani Foreign Minister Jeyhun Bayramov met the OSCE Minsk Group co-chairs in "
        "Geneva on October 30. Afterwards, Bayramov and Armenian Foreign Minister Zohrab "
        "Mnatsakanyan met face to face.",
        date(2020, 10, 31),
    )[-1] == (
        "Meeting",
        ("person:jeyhun bayramov", "person:zohrab mnatsakanyan"),
        date(2020, 10, 30),
    )


def test_the_us_president_and_one_who_took_part_and_a_trip_still_to_come():
    rows = call_rows(
        "The flurry of diplomacy began on Feb. 12, when US President Donald Trump and Russian "
        "President Vladimir Putin held a phone conversation. Later that day, the US president "
        "had a call with Ukrainian President Volodymyr Zelensky. On Friday, US Secretary of "
        "State Marco Rubio joined Vice President JD Vance in talks with Zelensky in Munich. "
        "Trump's special envoy Keith Kellogg also took part in the meeting. Afterwards Zelensky "
        "said Kyiv wanted peace. Rubio and envoy Steve Witkoff are expected to travel to Riyadh "
        "in the coming days for talks with Russian officials.",
        date(2025, 2, 16),
    )
    zelensky = "person:volodymyr zelensky"
    assert rows == [
        ("PhoneCall", ("person:donald trump", "person:vladimir putin"), date(2025, 2, 12)),
        ("PhoneCall", ("person:donald trump", zelensky), date(2025, 2, 12)),
        (
            "Meeting",
            ("person:marco rubio", "person:jd vance", zelensky, "person:keith kellogg"),
            date(2025, 2, 14),
        ),
    ]


def test_a_known_town_before_oblast_is_the_oblast():
    assert attack_rows(
        "Energy infrastructure was hit in Kyiv Oblast on Saturday, the governor said.",
        date(2023, 1, 16),
    ) == [("region:UA-32", date(2023, 1, 14), None, None)]


def test_a_named_gas_field_is_a_place():
    assert attack_rows(
        "On Saturday, Israeli jets hit a gas processing facility at the giant South Pars field "
        "on the Gulf coast.",
        date(2025, 6, 15),
    ) == [("place+:south pars", date(2025, 6, 14), "country:IL", None)]


def test_a_toll_told_before_the_port_struck_and_an_earlier_count_told_after():
    assert attack_rows(
        "U.S. airstrikes on a fuel port held by Yemen's Houthi rebels killed at least 74 people "
        "and wounded 171 others, the rebels said Friday. The strikes late Thursday on the Ras "
        "Isa port in Hodeida province set off huge fireballs. The health ministry first "
        "reported 20 killed. The figure later rose to 38 dead and 102 injured, before the "
        "count of 74 was given on Friday.",
        date(2025, 4, 18),
    ) == [("place+:ras isa", date(2025, 4, 17), "country:US", (74, 171))]
