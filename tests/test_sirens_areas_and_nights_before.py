"""'A strike the night before', said on Monday, was on Sunday; 'setting off sirens in Tel Aviv'
tells where the alarm sounded, not where rockets struck; 'the Tal al-Sultan area of western
Rafah' is Rafah, and so is 'the Tal al-Sultan neighborhood, west of Rafah'; 'the Jnah
neighbourhood of Beirut' places the attack in Beirut (invented events, real places and people)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

TUESDAY = date(2024, 5, 28)


def test_the_night_before_is_the_day_before_the_statement():
    assert attack_rows(
        "Prime Minister Benjamin Netanyahu said on Monday that an Israeli airstrike in Khan "
        "Younis the night before had gone wrong.",
        TUESDAY,
    ) == [("geo:281124", date(2024, 5, 26), "country:IL", None)]


def test_sirens_sound_where_no_rocket_struck():
    assert attack_rows(
        "Hamas fired a barrage of rockets toward central Israel on Sunday, setting off sirens "
        "in Tel Aviv.",
        TUESDAY,
    ) == [(None, date(2024, 5, 26), "org:hamas", None)]


def test_an_area_of_a_town_is_the_town():
    rows = attack_rows(
        "An Israeli strike hit tents in the Tal al-Sultan area of western Rafah on Sunday "
        "night, killing 45 people.",
        TUESDAY,
    )
    assert rows == [("geo:281102", date(2024, 5, 26), "country:IL", (45, None))]


def test_a_town_after_a_word_of_direction_is_found():
    assert attack_rows(
        "Israeli tanks shelled tents in western Rafah on Sunday, killing seven people.",
        TUESDAY,
    ) == [("geo:281102", date(2024, 5, 26), "country:IL", (7, None))]


def test_a_neighbourhood_of_a_town_places_the_attack_in_the_town():
    assert attack_rows(
        "Late on Monday, an Israeli strike hit a building in the Jnah neighbourhood of Beirut, "
        "killing 13 people.",
        TUESDAY,
    ) == [("geo:276781", date(2024, 5, 27), "country:IL", (13, None))]


def test_a_neighbourhood_then_its_direction_from_a_town_is_in_the_town():
    assert attack_rows(
        "At least 11 people were killed overnight when Israeli warplanes bombed a house in the "
        "Tal al-Sultan neighborhood, west of Rafah, on Monday.",
        TUESDAY,
    ) == [("geo:281102", date(2024, 5, 27), "country:IL", (11, None))]
