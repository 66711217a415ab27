"""Reports of several attacks in several cities, in the manner of Ukrainian and Azerbaijani
outlets: a lead that sums them up, labelled paragraphs, city districts, a toll first told as an
update, on articles written for these tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def dated_attacks(facts):
    return [
        (a.place, a.when.day, a.figures and (a.figures.killed, a.figures.injured))
        for a in facts.attacks
        if a.when.day
    ]


def test_a_town_subjected_to_fire_is_attacked():
    facts = facts_of(
        "On October 4, the city of Barda was subjected to heavy rocket fire, as a result of which "
        "one civilian was killed and three were wounded.",
        date(2020, 10, 5),
    )
    assert dated_attacks(facts) == [("place:barda", date(2020, 10, 4), (1, 3))]


def test_victims_recorded_in_a_town_when_they_were_killed_were_killed_there():
    facts = facts_of(
        "The first victims were recorded in the town of Martuni on September 27, when two "
        "brothers were killed by artillery fire.",
        date(2020, 9, 29),
    )
    assert dated_attacks(facts) == [("place:martuni", date(2020, 9, 27), (2, None))]


def test_a_lead_toll_over_several_cities_is_theirs_together_and_each_city_keeps_its_own():
    facts = facts_of(
        "Russia attacked Kyiv, Kharkiv and Odesa with missiles and drones over the past two "
        "days. At least nine people have been killed and more than 30 injured.\n\n"
        "Details: In Kyiv, debris from a downed missile fell on a house in the Darnytskyi "
        "district on 12 March. Two people were killed and 7 injured, the mayor said.\n\n"
        "The number of people injured in Kharkiv has risen to 11, the governor said. "
        "Initially, 9 injured were reported.",
        date(2025, 3, 13),
    )
    assert [(t.figures.killed, t.figures.injured) for t in facts.totals] == [(9, 30)]
    assert dated_attacks(facts) == [("place:kyiv", date(2025, 3, 12), (2, 7))]
    kharkiv = [a.figures.injured for a in facts.attacks if a.place == "geo:706483" and a.figures]
    assert kharkiv == [11]


def test_attacks_on_two_days_with_their_tolls_respectively():
    facts = facts_of(
        "Ganja, Azerbaijan's second-largest city, was hit by ballistic missiles on October 11 and "
        "October 17, attacks that killed 10 and 15 civilians respectively.",
        date(2020, 10, 28),
    )
    assert dated_attacks(facts) == [
        ("place:ganja", date(2020, 10, 11), (10, None)),
        ("place:ganja", date(2020, 10, 17), (15, None)),
    ]


def test_the_forces_an_ombudsman_says_keep_targeting_towns_are_the_attackers_of_those_told():
    facts = facts_of(
        "The Azerbaijani armed forces continue to target peaceful settlements of Artsakh, the "
        "ombudsman reports. On October 30, the town of Martuni came under intensive shelling. "
        "Two civilians were killed.",
        date(2020, 10, 31),
    )
    assert [(a.place, a.perpetrator) for a in facts.attacks] == [("place:martuni", "forces:AZ")]


def test_a_city_in_apposition_before_its_passive_is_the_place_and_each_side_s_toll_a_total():
    facts = facts_of(
        "Officials in Nagorno-Karabakh said the enclave's main city, Stepanakert, was shelled "
        "again on Friday, wounding two people. They said 49 civilians had been killed on their "
        "side. Putin said last week that close to 5,000 people had been killed in the conflict.",
        date(2020, 10, 31),
    )
    assert dated_attacks(facts) == [("place:stepanakert", date(2020, 10, 30), (None, 2))]
    assert [t.figures.killed for t in facts.totals] == [49, 5000]


def test_a_speaker_s_count_of_the_war_after_an_attack_s_toll_is_a_total_of_its_own():
    facts = facts_of(
        "On Monday, Stepanakert came under renewed fire. A 50-year-old man was killed and two "
        "other civilians were wounded when a cluster munition exploded in the city, according "
        "to Beglaryan, who said that 53 civilians had been killed and 158 injured in Artsakh "
        "since September 27.",
        date(2020, 11, 3),
    )
    assert dated_attacks(facts) == [("place:stepanakert", date(2020, 11, 2), (1, 2))]
    assert [(t.figures.killed, t.figures.injured, t.since) for t in facts.totals] == [
        (53, 158, date(2020, 9, 27))
    ]
