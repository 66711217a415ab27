"""An attack avenged told on its own day, the day told with the attack before the day of the
sentence's other news, a person's house struck, and a country's name as a given name (invented
events, real places and offices): 'in revenge for the Jan. 3 bombings in Kerman'; 'Iraq on
Tuesday recalled its ambassador in protest at strikes on Erbil late on Monday'; "missiles hit
Dizayee's house"; 'Defense Minister Israel Katz'."""

from __future__ import annotations

from datetime import date

from conflictkg.extract.text import find_dates

from .wire import attack_rows, call_rows, total_rows, wire_facts

TUESDAY = date(2024, 1, 16)


def test_the_attack_avenged_is_told_on_its_own_day():
    rows = attack_rows(
        "The Guards said they had fired missiles on Monday night at positions of the Islamic "
        "State group in Syria's Idlib province, in revenge for the Jan. 3 twin suicide bombings "
        "in Kerman, claimed by IS, which killed nearly 90 people.",
        TUESDAY,
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("region:SY-ID", date(2024, 1, 15), None),
        ("geo:128234", date(2024, 1, 3), (90, None)),  # Kerman
    ]


def test_the_day_told_with_the_attack_is_its_day():
    rows = attack_rows(
        "Iraq on Tuesday recalled its ambassador from Tehran in protest at ballistic missile "
        "strikes launched by the Islamic Revolutionary Guard Corps on Erbil late on Monday, "
        "which killed four civilians and wounded six.",
        TUESDAY,
    )
    assert rows == [("geo:95446", date(2024, 1, 15), "org:irgc", (4, 6))]  # Erbil


def test_a_persons_house_struck_makes_no_town_of_the_person():
    rows = attack_rows(
        "Iranian missiles struck Erbil late on Monday, killing four civilians. Businessman "
        "Peshraw Dizayee was among the dead. Several missiles hit Dizayee's house in the north "
        "of the city.",
        TUESDAY,
    )
    assert [place for place, *_ in rows] == ["geo:95446"]


def test_a_country_name_after_a_title_may_be_a_given_name():
    facts = wire_facts(
        "Defense Minister Israel Katz said on Tuesday that Israel would respond. Katz spoke "
        "after touring the hospital.",
        TUESDAY,
    )
    assert "person:israel katz" in facts.entities
    assert sum(m.ref == "person:israel katz" for m in facts.mentions) == 2
    assert sum(m.ref == "country:IL" for m in facts.mentions) == 1


def test_a_host_who_welcomed_a_person_met_them_and_hours_after_the_strikes_is_no_strike():
    facts = wire_facts(
        "Russian missiles struck Kyiv on Monday, killing 33 people. Hours after the strikes, "
        "Russian President Vladimir Putin welcomed Indian Prime Minister Narendra Modi at his "
        "residence outside Moscow. Blinken welcomed the decision.",
        date(2024, 7, 9),
    )
    assert [(c.kind, c.participants) for c in facts.calls] == [
        ("Meeting", ("person:vladimir putin", "person:narendra modi"))
    ]
    assert [a.place for a in facts.attacks] == ["place:kyiv"]


def test_a_toll_across_the_country_beside_the_towns_also_hit_is_a_total():
    text = (
        "Russia's missile attack on Kyiv on Monday killed 33. One of the missiles hit "
        "Okhmatdyt, the country's largest children's hospital, killing two adults. Across "
        "Ukraine, at least 43 people were killed in Monday's barrage, which also hit Dnipro and "
        "Pokrovsk."
    )
    rows = attack_rows(text, date(2024, 7, 9))
    assert {place for place, *_ in rows} == {"place:kyiv", "geo:709930", "geo:704422"}
    assert [figures for place, _, _, figures in rows if place != "place:kyiv"] == [None, None]
    assert total_rows(text, date(2024, 7, 9)) == [(43, None)]


def test_people_met_each_on_a_day_of_their_own_are_a_meeting_each():
    rows = call_rows(
        "Prime Minister Benjamin Netanyahu, back from Washington where he met President Joe "
        "Biden last Thursday and Republican candidate Donald Trump a day later at his Florida "
        "estate, said Israel had dealt crushing blows.",
        date(2024, 7, 31),
    )
    assert rows == [
        ("Meeting", ("person:benjamin netanyahu", "person:joe biden"), date(2024, 7, 25)),
        ("Meeting", ("person:benjamin netanyahu", "person:donald trump"), date(2024, 7, 26)),
    ]


def test_a_place_named_after_a_month_is_no_date():
    text = "He was hosted by Donald Trump at Mar-a-Lago in Florida on Friday."
    told = [(text[d.start : d.end], d.when.day) for d in find_dates(text, date(2024, 7, 31))]
    assert told == [("on Friday", date(2024, 7, 26))]


def test_a_district_named_by_another_countrys_ministry_is_not_in_the_town_told_before():
    rows = attack_rows(
        "Israel said Hezbollah fired the rocket that struck a football pitch in Majdal Shams, a "
        "Druze town in the Israeli-annexed Golan Heights, on Saturday, killing 12 children. "
        "Lebanon's health ministry said Tuesday's strike on a "
        "building in the densely populated Haret Hreik district killed five people.",
        date(2024, 7, 31),
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("geo:167444", date(2024, 7, 27), (12, None)),  # Majdal Shams
        ("place+:haret hreik", date(2024, 7, 30), (5, None)),
    ]


def test_the_one_received_in_a_leading_participle_is_not_in_the_meeting_that_follows():
    rows = call_rows(
        "Azerbaijani Foreign Minister Jeyhun Bayramov met Secretary of State Mike Pompeo on "
        "Friday. Before receiving Bairamov, Pompeo held a separate meeting at the State "
        "Department with Armenian Foreign Minister Zohrab Mnatsakanyan.",
        date(2020, 10, 24),
    )
    assert [participants for _, participants, _ in rows] == [
        ("person:jeyhun bayramov", "person:mike pompeo"),
        ("person:mike pompeo", "person:zohrab mnatsakanyan"),
    ]
