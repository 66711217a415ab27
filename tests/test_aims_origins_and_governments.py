"""Places that are not struck: those a weapon was aimed at, where it was fired from, and a
capital that speaks for its government (invented events, real places): 'destroyed launchers
that were aimed at Ganja'; 'fired cruise missiles from a submarine in the Black Sea'; 'Yerevan
reserved the right to hit military facilities in Azerbaijan'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, wire_facts

THURSDAY = date(2022, 7, 14)


def test_a_town_a_weapon_was_aimed_at_is_not_struck():
    rows = attack_rows(
        "Early on Thursday, the Azerbaijani army said it had destroyed Armenian missile "
        "launchers that were aimed at Ganja, Mingachevir and other cities.",
        THURSDAY,
    )
    assert not any(place in ("place:ganja", "place:mingachevir") for place, *_ in rows)


def test_the_sea_a_missile_was_fired_from_is_not_struck():
    rows = attack_rows(
        "A Russian missile strike on the centre of Vinnytsia on Thursday killed 23 people. "
        "According to the police, Russia fired Kalibr cruise missiles from a submarine in the "
        "Black Sea.",
        THURSDAY,
    )
    assert [place for place, *_ in rows] == ["geo:689558"]  # Vinnytsia


def test_a_capital_that_reserves_the_right_to_strike_is_its_government():
    rows = attack_rows(
        "Armenia's Defense Ministry said Azerbaijan had struck military targets near the town "
        "of Vardenis on Thursday, and warned that Yerevan reserved the right to hit military "
        "facilities in Azerbaijan.",
        THURSDAY,
    )
    assert [(place, day) for place, day, *_ in rows] == [("place:vardenis", THURSDAY)]


def test_a_country_owning_a_besieged_city_is_not_its_attacker():
    rows = attack_rows(
        "A drone attack on the last functioning public hospital in Sudan's besieged city of El "
        "Fasher killed 70 people on Thursday. The state authorities blamed the RSF for the "
        "strike.",
        THURSDAY,
    )
    assert [(attacker, figures) for _, _, attacker, figures in rows] == [("org:rsf", (70, None))]


def test_a_defence_ministry_denying_stands_for_its_country():
    rows = attack_rows(
        "According to Azerbaijan, five people died on Thursday when a missile hit the village of "
        "Garayusifli in Barda district. Armenia's Defense Ministry spokeswoman Shushan Stepanyan "
        "dismissed the claims as disinformation.",
        THURSDAY,
    )
    assert {attacker for _, _, attacker, _ in rows} == {"country:AM"}


def test_a_barrage_told_on_with_other_missiles_keeps_its_day_and_some_is_about():
    rows = attack_rows(
        "An Iranian ballistic missile struck Soroka Medical Center in Beersheba on Thursday "
        "morning, lightly injuring some 40 people, hospital officials said. Other missiles in "
        "the same barrage hit a high-rise in Ramat Gan and residential buildings in Holon, east "
        "and south of Tel Aviv.",
        date(2025, 6, 20),
    )
    thursday = date(2025, 6, 19)
    assert rows == [
        ("geo:295530", thursday, "country:IR", (None, 40)),  # Beersheba
        ("geo:293788", thursday, "country:IR", None),  # Ramat Gan
        ("geo:294751", thursday, "country:IR", None),  # Holon, not Tel Aviv
    ]


def test_the_first_day_of_the_war_recalled_gives_no_toll_to_the_attack_told_last():
    rows = attack_rows(
        "On Aug. 10, an Israeli airstrike on a school compound in Gaza City killed at least 93 "
        "people. The war began when Hamas-led militants stormed into southern Israel on Oct. 7, "
        "killing some 1,200 people.",
        date(2024, 8, 16),
    )
    assert [figures for *_, figures in rows] == [(93, None)]


def test_a_country_named_in_a_place_description_is_not_the_attacker():
    rows = attack_rows(
        "Azerbaijani forces shelled Martuni on Thursday. Officials said that Berdzor, the town "
        "on the road connecting Artsakh with Armenia, was shelled on Thursday evening.",
        THURSDAY,
    )
    assert [attacker for _, _, attacker, _ in rows] == ["forces:AZ", "forces:AZ"]


def test_a_lake_named_for_a_country_names_no_country():
    facts = wire_facts(
        "Suspected Boko Haram militants killed about 40 farmers in Borno state on Thursday. "
        "The gunmen struck Dumba, a community on the shores of Lake Chad.",
        THURSDAY,
    )
    assert "country:TD" not in facts.entities
    assert "place:lake-chad" in facts.entities


def test_a_wave_of_strikes_owned_by_a_country_names_its_attacker():
    rows = attack_rows(
        "Lebanon's health minister says the number of people killed in Israel's wave of air "
        "strikes on Wednesday has risen to 558.",
        THURSDAY,
    )
    assert rows == [(None, date(2022, 7, 13), "country:IL", (558, None))]
