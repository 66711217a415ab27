"""Attacks told by what they did to a building, tolls of one side's losses, claims and
unknown attackers, fighting told on a day, and victims counted as a couple; on articles written
for these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows as attacks_of
from .wire import total_rows as totals_of


def test_a_building_damaged_by_shelling_places_the_attack_in_its_town():
    attacks = attacks_of(
        "Local officials said that a school in Martuni, the district's main town, had been "
        "damaged by Azerbaijani shelling on Thursday. One person was killed, they said.",
        date(2020, 10, 22),
    )
    assert attacks == [("place:martuni", date(2020, 10, 22), "country:AZ", (1, None))]


def test_a_town_that_had_again_come_under_fire_on_the_day_fighting_was_told():
    attacks = attacks_of(
        "Meanwhile, hostilities continued on Tuesday. The emergency service said Martuni had "
        "again come under artillery fire, injuring three civilians.",
        date(2020, 10, 21),
    )
    assert attacks == [("place:martuni", date(2020, 10, 20), None, (None, 3))]


def test_a_sides_own_losses_in_the_perfect_are_a_total_not_the_last_attacks_toll():
    text = (
        "Baku says 14 people were killed when Armenian forces fired rockets at Ganja on "
        "Saturday. Azerbaijan says 63 of its civilians have been killed and 292 wounded. "
        "Karabakh officials say 37 civilians have died on their side."
    )
    assert attacks_of(text, date(2020, 10, 19)) == [
        ("place:ganja", date(2020, 10, 17), "forces:AM", (14, None))
    ]
    assert totals_of(text, date(2020, 10, 19)) == [(63, 292), (37, None)]


def test_a_day_in_a_clause_about_the_truce_does_not_date_a_campaign_into_an_attack():
    attacks = attacks_of(
        "The armed forces of Armenia, violating the humanitarian ceasefire that took effect "
        "at 08:00 on October 18, continue to fire on residential areas of Azerbaijan.",
        date(2020, 10, 19),
    )
    assert attacks == []


def test_a_couple_killed_is_two():
    attacks = attacks_of(
        "The village of Karmir Shuka was shelled on Monday. An elderly couple were killed when "
        "a shell hit their house.",
        date(2020, 10, 20),
    )
    assert [a[3] for a in attacks] == [(2, None)]


def test_victims_with_an_including_aside_still_place_the_killing_and_no_border_names_an_attacker():
    attacks = attacks_of(
        "On Thursday, unidentified gunmen on motorbikes killed eight civilians, including a "
        "village chief, near the town of Menaka, close to the border with Niger, a local "
        "official said.",
        date(2024, 3, 9),
    )
    assert attacks == [("place+:menaka", date(2024, 3, 7), None, (8, None))]


def test_a_lead_that_struck_a_village_in_a_region_is_placed_by_the_village_named_next():
    attacks = attacks_of(
        "Junta aircraft bombed a village in Sagaing Region on Sunday, killing seven civilians "
        "and injuring 10 others, according to local resistance forces. A Y-12 plane dropped "
        "two bombs on Let Yet Kone village at around 2 pm, a local resident said.",
        date(2025, 2, 11),
    )
    assert attacks == [("place+:let yet kone", date(2025, 2, 9), "forces:MM", (7, 10))]


def test_a_group_that_claimed_the_attack_on_a_later_day_tells_no_new_attack():
    attacks = attacks_of(
        "Twelve soldiers were killed on Saturday when militants attacked an army post in "
        "Menaka, the army said. The Islamic State Sahel Province claimed the attack on its "
        "channels on Sunday.",
        date(2024, 3, 11),
    )
    assert attacks == [("place+:menaka", date(2024, 3, 9), "org:islamic-state-sahel", (12, None))]


def test_an_attack_not_claimed_takes_no_attacker_from_the_one_before():
    attacks = attacks_of(
        "Islamic State Sahel Province fighters attacked an army post in Menaka on Saturday, "
        "killing twelve soldiers. On Monday, gunmen killed five traders in Anderamboukane. "
        "The attack has not been claimed.",
        date(2024, 3, 12),
    )
    assert attacks == [
        ("place+:menaka", date(2024, 3, 9), "org:islamic-state-sahel", (12, None)),
        ("geo:2461034", date(2024, 3, 11), None, (5, None)),
    ]


def test_the_army_opening_a_sentence_is_the_armed_forces_named_before():
    attacks = attacks_of(
        "Fighters of the Rapid Support Forces shelled Karari on Friday, killing six people, "
        "witnesses said. The Sudanese Armed Forces held the town. The army said its drones "
        "struck a fuel depot in Nyala on Saturday.",
        date(2025, 2, 16),
    )
    assert attacks[-1] == ("geo:369004", date(2025, 2, 15), "forces:SD", None)


def test_a_year_that_names_an_agreement_does_not_make_the_lead_background():
    attacks = attacks_of(
        "Damascus, SANA - The Israeli occupation launched late on Tuesday a series of airstrikes "
        "on Syrian sites, in violation of the 1974 Disengagement Agreement. Three people were "
        "killed when the occupation aircraft targeted the airport of Hama. The aggression also "
        "targeted the outskirts of Homs, causing material damage only.",
        date(2025, 3, 26),
    )
    assert attacks == [
        ("geo:170017", date(2025, 3, 25), "country:IL", (3, None)),
        ("geo:169577", date(2025, 3, 25), "country:IL", None),
    ]


def test_haftars_forces_are_the_libyan_national_army():
    attacks = attacks_of(
        "Two civilians were killed on Monday when Haftar's militias shelled the Abu Salim "
        "district of Tripoli, the Ministry of Health said.",
        date(2020, 3, 3),
    )
    assert [a[2] for a in attacks] == ["org:libyan-national-army"]


def test_a_source_s_workplace_is_not_struck_and_a_town_under_fire_is():
    attacks = attacks_of(
        "On Monday, an air strike on a market area in Mekelle killed three children, according "
        "to a doctor at Ayder Referral Hospital. The town of Adwa was also under fire on "
        "Monday afternoon.",
        date(2021, 10, 21),
    )
    assert [(a[0], a[1], a[3]) for a in attacks] == [
        ("geo:331180", date(2021, 10, 18), (3, None)),
        ("geo:344797", date(2021, 10, 18), None),
    ]


def test_a_town_near_the_border_town_of_another_is_where_the_attack_was():
    attacks = attacks_of(
        "Suspected Boko Haram fighters attacked a village in Cameroon's Far North region late "
        "Saturday, killing at least nine civilians. The assailants stormed Tolkomari, near the "
        "border town of Kolofata, shortly before midnight.",
        date(2024, 9, 9),
    )
    assert attacks == [("place+:tolkomari", date(2024, 9, 7), "org:boko-haram", (9, None))]


def test_who_repelled_an_attack_is_no_attacker_and_a_splinter_groups_parent_claimed_nothing():
    attacks = attacks_of(
        "Cameroon's army said soldiers repelled an attack on a military post in Zeleved early "
        "Sunday. One soldier was killed. The Islamic State West Africa Province, a Boko Haram "
        "splinter group, claimed the Zeleved attack in a statement.",
        date(2024, 9, 9),
    )
    assert attacks == [("place+:zeleved", date(2024, 9, 8), "org:iswap", (1, None))]


def test_an_attacks_share_of_a_total_is_its_toll_and_a_count_in_the_region_is_a_total():
    text = (
        "The Azerbaijani side said on Friday that 91 civilians had been killed since September "
        "27, including 21 in the missile strike on Barda on Wednesday. According to the "
        "authorities of Nagorno-Karabakh, 45 civilians have been killed in the region."
    )
    assert attacks_of(text, date(2020, 10, 31)) == [
        ("place:barda", date(2020, 10, 28), None, (21, None))
    ]
    assert totals_of(text, date(2020, 10, 31)) == [(91, None), (45, None)]


def test_tigrayan_forces_are_the_tplf():
    attacks = attacks_of(
        "Amhara officials said on Thursday that Tigrayan forces had shelled the town of Wegel "
        "Tena on Wednesday, killing four civilians.",
        date(2021, 10, 21),
    )
    assert [a[2] for a in attacks] == ["org:tplf"]


def test_officials_who_blamed_a_group_after_no_claim_name_the_attacker():
    attacks = attacks_of(
        "Five civilians were killed on Tuesday when a roadside bomb struck a minibus near Afgoye. "
        "No group claimed responsibility, but local officials blamed al-Shabaab. Foreign "
        "Minister Ahmed Fiqi held the UN responsible for its silence.",
        date(2025, 4, 3),
    )
    assert [a[2] for a in attacks] == ["org:al-shabaab"]
