"""Days told in an aside about another event ('the truce that took effect on October 10'), the
victims of a toll told before ('One of the dead was'), and a sentence whose subject is the
attack just told ('The strike hit the area late on Wednesday'); on articles written for these
tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def attacks_of(facts):
    return [
        (a.place, a.when.day, a.figures and a.figures.killed, a.figures and a.figures.injured)
        for a in facts.attacks
    ]


def test_a_day_in_a_relative_clause_is_the_other_event_s():
    facts = facts_of(
        "Violating the truce that came into force at noon on October 10, Armenian forces "
        "shelled the city of Tartar on October 12, killing two civilians.",
        date(2020, 10, 13),
    )
    assert attacks_of(facts) == [("place:tartar", date(2020, 10, 12), 2, None)]


def test_a_day_in_an_appositive_after_the_place_is_not_the_attack_s():
    facts = facts_of(
        "The rebels accused the army of bombing the market in Goma, a city they captured on "
        "January 27, with a jet on Sunday, killing four civilians.",
        date(2025, 2, 13),
    )
    assert [(a.when.day, a.figures.killed) for a in facts.attacks] == [(date(2025, 2, 9), 4)]


def test_a_day_and_a_place_of_who_took_part_in_a_past_attack_are_not_the_strike_s():
    facts = facts_of(
        "Overnight, the army said it struck a commander in Kharkiv, who it said had planned "
        "the October 3 attack on Belgorod.",
        date(2024, 12, 5),
    )
    assert [(a.place, a.when.bounds()) for a in facts.attacks] == [
        ("geo:706483", (date(2024, 12, 4), date(2024, 12, 5)))
    ]


def test_a_relative_clause_s_day_is_the_attack_s_when_the_sentence_has_no_other():
    facts = facts_of(
        "A Russian missile strike that killed nine people on Monday hit a hotel in Kharkiv.",
        date(2024, 12, 5),
    )
    assert attacks_of(facts) == [("geo:706483", date(2024, 12, 2), 9, None)]


def test_the_day_after_a_verb_of_saying_that_is_the_attack_s():
    facts = facts_of(
        "The regional governor said on Tuesday that Russian drones struck Kharkiv on Monday, "
        "injuring five people.",
        date(2024, 12, 5),
    )
    assert attacks_of(facts) == [("geo:706483", date(2024, 12, 2), None, 5)]


def test_one_of_the_dead_is_a_victim_of_the_toll_told_not_a_count():
    facts = facts_of(
        "Two civilians were killed and four wounded when shells hit Tartar on Monday. One of "
        "the dead was identified as 61-year-old Rauf Aliyev, who was hit in his yard.",
        date(2020, 10, 13),
    )
    assert attacks_of(facts) == [("place:tartar", date(2020, 10, 12), 2, 4)]


def test_a_sentence_whose_subject_is_the_strike_dates_the_strike_told_before():
    facts = facts_of(
        "At least 12 people were killed in an Israeli strike on tents in Nuseirat, the Civil "
        "Defence said. The strike hit the area late on Wednesday, setting tents on fire.",
        date(2024, 12, 5),
    )
    assert attacks_of(facts) == [("geo:281109", date(2024, 12, 4), 12, None)]


def test_two_attacks_joined_by_as_well_as_keep_their_own_days_and_tolls():
    facts = facts_of(
        "The minister cited the missile attack on Ganja on October 11 that killed 10 civilians, "
        "as well as Monday’s artillery shelling of Tartar, where the number of dead has risen "
        "to three.",
        date(2020, 10, 14),
    )
    assert attacks_of(facts) == [
        ("place:ganja", date(2020, 10, 11), 10, None),
        ("place:tartar", date(2020, 10, 12), 3, None),
    ]


def test_a_word_of_time_before_a_place_set_apart_is_no_place():
    facts = facts_of(
        "Overnight, the village of Karmir Shuka in the Martuni region was shelled. An elderly "
        "man was wounded.",
        date(2020, 10, 13),
    )
    assert "place+:overnight" not in facts.entities
    assert [(a.place, a.figures.injured) for a in facts.attacks] == [("place+:karmir shuka", 1)]


def test_a_region_named_like_its_city_is_the_oblast_even_less_its_last_vowel():
    facts = facts_of(
        "Russian drones attacked Okhtyrka in the Sumy region overnight, injuring three, the "
        "Sumy Regional Military Administration said. Shelling also hit the Poltava region.",
        date(2025, 1, 24),
    )
    places = {k for k, e in facts.entities.items() if e.kind == "Place"}
    assert places == {"geo:713749", "region:UA-59", "region:UA-53"}  # Okhtyrka, Sumska, Poltavska


def test_a_territory_is_a_kind_of_place():
    facts = facts_of(
        "Six civilians were killed when shells hit the village of Ihusi in the Kalehe territory "
        "on Monday.",
        date(2025, 2, 13),
    )
    assert {"place+:ihusi", "place+:kalehe"} <= set(facts.entities)


def test_the_one_who_said_it_struck_is_the_attacker_not_the_owner_of_the_target():
    facts = facts_of(
        "On Wednesday, the IDF said it had struck a Hezbollah rocket launcher near Kfar Kila "
        "in southern Lebanon, saying it posed a threat to troops.",
        date(2024, 12, 5),
    )
    assert [(a.place, a.perpetrator) for a in facts.attacks] == [("geo:272849", "forces:IL")]


def test_the_group_a_witness_blames_after_the_attack_is_its_perpetrator():
    facts = facts_of(
        "Six civilians were killed when shells hit the village of Ihusi on Monday, a local "
        "leader told reporters, blaming the M23 armed group.",
        date(2025, 2, 13),
    )
    assert [a.perpetrator for a in facts.attacks] == ["org:m23"]


def test_the_deadliest_since_a_truce_is_no_running_total():
    facts = facts_of(
        "An Israeli drone struck a car near Kfar Kila in Lebanon on Wednesday. The ministry said "
        "one person was killed in the strike, the most serious incident since the ceasefire "
        "took effect on November 27.",
        date(2024, 12, 5),
    )
    assert attacks_of(facts) == [("geo:272849", date(2024, 12, 4), 1, None)]
    assert facts.totals == []


def test_the_day_of_an_accusation_is_not_the_attack_s():
    facts = facts_of(
        "Azerbaijan accused Armenia on Thursday of firing missiles at the city of Mingachevir. "
        "One person was wounded when a missile landed in Mingachevir late on Wednesday.",
        date(2020, 10, 15),
    )
    days = {a.when.day for a in facts.attacks}
    assert date(2020, 10, 14) in days
    assert date(2020, 10, 15) not in days


def test_north_and_south_of_a_pair_of_provinces_is_no_place_called_north():
    facts = facts_of(
        "At least 3,000 people have been killed in North and South Kivu since January.",
        date(2025, 2, 13),
    )
    assert {k for k, e in facts.entities.items() if e.kind == "Place"} == {"place:south-kivu"}


def test_a_town_found_once_by_its_context_is_found_wherever_it_is_named():
    facts = facts_of(
        "IDF says it hit a Hamas commander in Mawasi\n\nOvernight, the army said it struck a "
        "senior Hamas operative in the Mawasi humanitarian zone. The civil defence said 25 "
        "people were killed in the strike.",
        date(2024, 12, 5),
    )
    assert [(a.place, a.figures.killed) for a in facts.attacks] == [("place+:mawasi", 25)]


def test_days_apart_count_from_the_attack_told_last():
    facts = facts_of(
        "Shelling hit Tartar on October 13, killing two civilians. The attacks came two days "
        "after a missile strike on Ganja. Three days later, a drone hit Barda.",
        date(2020, 10, 17),
    )
    assert [(a.place, a.when.day) for a in facts.attacks] == [
        ("place:tartar", date(2020, 10, 13)),
        ("place:ganja", date(2020, 10, 11)),
        ("place:barda", date(2020, 10, 14)),
    ]


def test_a_district_of_the_city_is_the_city_told_before():
    facts = facts_of(
        "A missile strike on Ganja killed ten people. In the early hours of October 11, a "
        "missile hit a residential building in the city’s Kapaz district, killing 10 civilians.",
        date(2020, 10, 13),
    )
    assert {a.place for a in facts.attacks} == {"place:ganja"}


def test_what_was_told_to_someone_on_a_day_is_not_dated_by_that_day():
    facts = facts_of(
        "Junta spokesman Zaw Min Tun told state media on Monday that the air force had struck "
        "Pazigyi village on Sunday.",
        date(2024, 1, 9),
    )
    assert [a.when.day for a in facts.attacks] == [date(2024, 1, 7)]
