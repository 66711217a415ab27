"""Attacks and tolls that a neighbouring sentence decides: an aircraft shot down (and air defence
that shoots drones down, which is no attack), a lead's attack placed by the next sentence, a
denial that names the accused, the toll of an event told the day after another, a count in a
background paragraph, and crowds that storm buildings; on articles written for these tests
(invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts

# the towns, by their GeoNames ids
NYALA, KHARKIV, KHERSON, IZIUM, KIDAL = (
    "geo:369004", "geo:706483", "geo:706448", "geo:707292", "geo:2455290"
)  # fmt: skip


def attacks_of(text: str, published: date):
    facts = wire_facts(text, published)
    return [
        (
            a.place,
            a.when.day,
            a.perpetrator,
            (a.figures.killed, a.figures.injured) if a.figures else None,
            a.claim.stance,
        )
        for a in facts.attacks
    ]


def totals_of(text: str, published: date):
    facts = wire_facts(text, published)
    return [(t.figures.killed, t.figures.injured) for t in facts.totals]


def test_an_aircraft_shot_down_is_an_attack_and_a_third_injured_is_one():
    attacks = attacks_of(
        "On Tuesday, Sudanese army forces shot down a cargo plane near the town of Nyala, "
        "killing three crew members and injuring a fourth, the army said.",
        date(2024, 11, 6),
    )
    assert attacks == [(NYALA, date(2024, 11, 5), "forces:SD", (3, 1), "asserted")]


def test_drones_shot_down_are_air_defence_not_an_attack():
    attacks = attacks_of(
        "Ukrainian air defence shot down 40 Shahed drones over Kyiv overnight, the air force said.",
        date(2024, 11, 6),
    )
    assert attacks == []


def test_the_leads_attack_without_a_place_is_placed_by_the_next_sentence():
    attacks = attacks_of(
        "The Sudanese army has admitted to shooting down a civilian cargo plane on Monday, "
        "killing two crew members. The army said the plane was hit by a missile near the town "
        "of Nyala, in South Darfur.",
        date(2024, 11, 6),
    )
    assert attacks == [(NYALA, date(2024, 11, 4), "forces:SD", (2, None), "asserted")]


def test_a_denial_after_an_attack_told_without_its_attacker_names_the_accused():
    attacks = attacks_of(
        "Rockets struck residential areas of Kharkiv on Saturday, killing a woman and injuring "
        "three other people, regional officials said. Russia denied targeting civilians.",
        date(2024, 6, 3),
    )
    assert attacks == [
        (KHARKIV, date(2024, 6, 1), "country:RU", (1, 3), "asserted"),
        (KHARKIV, date(2024, 6, 1), "country:RU", None, "denied"),
    ]


def test_a_denial_does_not_replace_the_attacker_the_report_named():
    attacks = attacks_of(
        "Russian forces shelled Kherson on Saturday, killing two civilians, regional officials "
        "said. Moscow denied the report.",
        date(2024, 6, 3),
    )
    assert attacks[0] == (KHERSON, date(2024, 6, 1), "forces:RU", (2, None), "asserted")


def test_the_toll_of_an_event_told_the_day_after_an_attack_is_not_that_attacks():
    attacks = attacks_of(
        "Russian forces fired missiles at the town of Izium on Sunday night, wounding three "
        "civilians. On Monday, a Ukrainian Mi-8 helicopter was shot down near the border, "
        "killing two crew members.",
        date(2024, 6, 4),
    )
    assert attacks[0] == (IZIUM, date(2024, 6, 2), "forces:RU", (None, 3), "asserted")


def test_a_count_in_a_background_paragraph_is_a_running_total_not_the_last_attacks_toll():
    text = (
        "Ethnic Armenian officials said Stepanakert came under heavy shelling on Sunday.\n\n"
        "The fighting, the worst since a war in the 1990s that killed about 30,000 people, "
        "began on Sept. 27. Azerbaijan says 85 of its civilians have been killed and 390 "
        "wounded. About 30,000 people were killed in that war."
    )
    assert attacks_of(text, date(2020, 11, 3)) == [
        ("place:stepanakert", date(2020, 11, 1), None, None, "asserted")
    ]
    assert totals_of(text, date(2020, 11, 3)) == [(85, 390)]


def test_a_toll_put_by_a_second_source_joined_by_and_is_a_total_of_its_own():
    totals = totals_of(
        "The human rights ombudsman put the enclave's civilian death toll at 48, and Karabakh "
        "officials have reported 1,177 military deaths since September 27.",
        date(2020, 11, 3),
    )
    assert totals == [(48, None), (1177, None)]


def test_protesters_who_storm_buildings_tell_of_no_attack():
    attacks = attacks_of(
        "Protesters stormed government buildings in Bishkek after the vote was announced. "
        "Militants stormed a police post in Kidal on Monday, killing four officers.",
        date(2024, 10, 8),
    )
    assert [a[0] for a in attacks] == [KIDAL]


def test_a_side_that_puts_its_toll_at_a_figure_gives_a_total():
    totals = totals_of(
        "According to Baku, 43 Azerbaijani civilians have been killed since September 27. "
        "Stepanakert puts its civilian toll at 31.",
        date(2020, 10, 15),
    )
    assert totals == [(43, None), (31, None)]


def test_the_deadliest_attack_so_far_is_one_attack_with_its_toll():
    facts = wire_facts(
        "The deadliest attack so far took place on October 28, when Armenian forces struck the "
        "centre of Barda with Smerch rockets, killing 21 civilians and wounding more than 70.",
        date(2020, 11, 3),
    )
    assert [(a.place, a.when.day, a.figures.killed, a.figures.injured) for a in facts.attacks] == [
        ("place:barda", date(2020, 10, 28), 21, 70)
    ]
    assert facts.totals == []


def test_the_town_of_the_hospital_where_a_victim_died_was_not_struck():
    facts = wire_facts(
        "The death toll from the shelling of Tartar on November 2 has risen to three. A woman "
        "who had been seriously injured died in hospital in Baku, the prosecutor said. Two "
        "soldiers were rushed to a hospital in Ganja.",
        date(2020, 11, 5),
    )
    assert [a.place for a in facts.attacks] == ["place:tartar"]


def test_a_ministrys_denial_names_its_country_over_an_attacker_only_carried_over():
    attacks = attacks_of(
        "Armenian forces shelled Tartar on Thursday, the prosecutor said. Two civilians were "
        "killed when shells hit residential buildings in Shusha on Thursday, the ombudsman "
        "said. Azerbaijan's defence ministry denied targeting civilians.",
        date(2020, 11, 6),
    )
    assert [(a[0], a[2], a[4]) for a in attacks] == [
        ("place:tartar", "forces:AM", "asserted"),
        ("place:shusha", "country:AZ", "asserted"),
        ("place:shusha", "country:AZ", "denied"),
    ]


def test_a_town_shelled_this_week_took_the_day_its_toll_gives():
    attacks = attacks_of(
        "Stepanakert, the region's main city, about 15 km (10 miles) to the north, has also "
        "been shelled repeatedly this week. Two people were killed there on Monday, local "
        "officials said.",
        date(2020, 11, 6),  # a Friday
    )
    assert attacks == [("place:stepanakert", date(2020, 11, 2), None, (2, None), "asserted")]


def test_a_dateline_country_is_no_attacker_and_other_soldiers_wounded_are_of_the_attack():
    attacks = attacks_of(
        "MOGADISHU, Somalia - At least four Somali soldiers were killed on Tuesday when a "
        "roadside bomb ripped through their vehicle near Afgoye, an officer said. Two other "
        "soldiers were seriously wounded. Al-Shabaab claimed responsibility for the attack.",
        date(2025, 3, 12),
    )
    assert attacks == [("geo:65785", date(2025, 3, 11), "org:al-shabaab", (4, 2), "asserted")]


def test_the_number_of_wounded_that_stands_at_a_figure_updates_the_toll():
    attacks = attacks_of(
        "Armenian forces shelled Tartar on November 2, killing two civilians. The death toll has "
        "risen to three. A woman who had been seriously injured died in hospital, and the "
        "number of wounded stands at eight, the prosecutor said.",
        date(2020, 11, 5),
    )
    assert attacks == [("place:tartar", date(2020, 11, 2), "forces:AM", (3, 8), "asserted")]


def test_a_denial_that_names_the_town_again_is_the_attack_told_denied_not_a_new_one():
    attacks = attacks_of(
        "Two civilians were killed when Armenian artillery shells hit the town of Tartar on "
        "Thursday, the prosecutor said. Armenia's defence ministry denied its forces had fired "
        "at Tartar.",
        date(2020, 10, 16),
    )
    assert attacks == [
        ("place:tartar", date(2020, 10, 15), "country:AM", (2, None), "asserted"),
        ("place:tartar", date(2020, 10, 15), "country:AM", None, "denied"),
    ]


def test_each_place_takes_the_day_told_between_it_and_the_next():
    facts = wire_facts(
        "Officials said three people had died after Azerbaijani shelling of the town of Martuni "
        "on Tuesday, and that Stepanakert had been hit again overnight.",
        date(2020, 10, 16),
    )
    assert [(a.place, a.when.bounds()) for a in facts.attacks] == [
        ("place:martuni", (date(2020, 10, 13), date(2020, 10, 13))),
        ("place:stepanakert", (date(2020, 10, 15), date(2020, 10, 16))),
    ]
