"""People named after a word of their profession, or right after a sentence that ends with a
place; a government's air strike in a civil war; a person named again by the given name; a
person whose predecessor took part (invented events, real places and people): 'journalist
Eskinder Nega'; 'western Tigray. Getachew Reda, a spokesman'; 'a government air strike hit a
mill in Mai Tsebri'; 'Abiy Ahmed ... In Addis Ababa, Abiy said'; "spoke with Wang's
predecessor Qin Gang"."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows, wire_facts

TUESDAY = date(2022, 1, 11)


def people(facts) -> set[str]:
    return {ref for ref, e in facts.entities.items() if e.kind == "Person"}


def test_people_named_after_their_profession():
    facts = wire_facts(
        "The government freed TPLF founding member Sebhat Nega, Oromo politician Jawar Mohammed "
        "and journalist Eskinder Nega on Friday.",
        TUESDAY,
    )
    assert people(facts) == {
        "person:sebhat nega",
        "person:jawar mohammed",
        "person:eskinder nega",
    }


def test_a_name_before_a_title_right_after_a_sentence_that_ends_with_a_place():
    facts = wire_facts(
        "The camp housed people who had fled fighting in western Tigray. Getachew Reda, a "
        "spokesman for the TPLF, blamed the federal government.",
        TUESDAY,
    )
    assert people(facts) == {"person:getachew reda"}


def test_a_government_air_strike_is_by_the_state_of_the_land_struck():
    rows = attack_rows(
        "A government air strike hit a flour mill in Mai Tsebri, a town in southern Tigray, on "
        "Monday, killing 17 people.",
        TUESDAY,
    )
    assert rows == [("place+:mai tsebri", date(2022, 1, 10), "country:ET", (17, None))]


def test_a_person_named_again_by_the_given_name_is_no_place():
    facts = wire_facts(
        "The deal was signed by Redwan Hussien, adviser to Prime Minister Abiy Ahmed. In Addis "
        "Ababa, Abiy said his government was committed to peace.",
        date(2022, 11, 2),
    )
    abiy = [m.ref for m in facts.mentions if m.text == "Abiy"]
    assert abiy == ["person:abiy ahmed"]


def test_the_predecessor_of_a_person_named_takes_part_not_the_person():
    rows = call_rows(
        "Ukrainian Foreign Minister Dmytro Kuleba met Chinese Foreign Minister Wang Yi in "
        "Guangzhou on Wednesday. Kuleba's last "
        "exchange with Beijing came in March last year, when he spoke by telephone with Wang's "
        "predecessor Qin Gang.",
        date(2024, 7, 25),
    )
    assert [participants for _, participants, _ in rows] == [
        ("person:dmytro kuleba", "person:wang yi"),
        ("person:dmytro kuleba", "person:qin gang"),
    ]


def test_who_condemns_an_attack_is_not_its_attacker_and_fire_from_positions_is():
    rows = attack_rows(
        "\"The United States strongly condemns today's attack on IDP camps near Goma from "
        'positions of the Rwanda Defence Force (RDF) and M23," spokesman Matthew Miller said.',
        date(2024, 5, 4),
    )
    assert rows == [("geo:216281", date(2024, 5, 4), "forces:RW", None)]  # Goma


def test_a_missile_that_slammed_into_a_town_was_fired_by_the_forces_named():
    rows = attack_rows(
        "Thirteen civilians were killed when a ballistic missile fired by the Armenian armed "
        "forces slammed into a residential neighbourhood of Ganja on October 17.",
        date(2020, 10, 17),
    )
    assert rows == [("place:ganja", date(2020, 10, 17), "forces:AM", (13, None))]


def test_soldiers_killed_in_an_airstrike_on_a_province_by_the_assad_regime():
    rows = attack_rows(
        "At least 33 Turkish soldiers were martyred in an airstrike carried out by Assad regime "
        "forces in northwestern Syria's Idlib province, the governor said early Friday.",
        date(2020, 2, 28),
    )
    assert [(place, attacker, figures) for place, _, attacker, figures in rows] == [
        ("region:SY-ID", "forces:SY", (33, None))
    ]


def test_capitals_that_inform_each_other_are_governments_not_towns_struck():
    rows = attack_rows(
        "The ministry claimed the Turkish troops had come under fire from Syrian forces near "
        "Saraqib on Thursday, and that Ankara had not informed Moscow of their location.",
        date(2020, 2, 28),
    )
    assert [place for place, *_ in rows] == ["geo:164816"]  # Saraqib


def test_militants_led_by_a_group_attacked_a_part_of_a_country():
    rows = attack_rows(
        "The war began on Oct. 7 when Hamas-led militants attacked southern Israel, killing "
        "about 1,200 people and seizing 253 hostages.",
        date(2024, 4, 4),
    )
    assert [(day, attacker, figures) for _, day, attacker, figures in rows] == [
        (date(2023, 10, 7), "org:hamas", (1200, None))
    ]
