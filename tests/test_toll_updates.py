"""Tolls that a later sentence updates, and victims counted by name rather than by number, on
articles written for these tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.extract.figures import FigureReader
from conflictkg.extract.vocab import load_vocabulary
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def attacks_of(facts):
    return [
        (a.place, a.when.day, a.figures and (a.figures.killed, a.figures.injured))
        for a in facts.attacks
    ]


def figures(text: str):
    found = load_vocabulary().derive(FigureReader).find(text, [])
    return found and (found.killed, found.injured)


def test_what_a_sentence_raises_a_toll_to_is_the_figure():
    assert figures("Rescuers pulled a body from the rubble, raising the toll to five.") == (5, None)
    assert figures("One of the wounded died in hospital, bringing the number of dead to four.") == (
        4,
        None,
    )
    assert figures(
        "Medics found two more bodies, raising the death toll from the strike to 14."
    ) == (14, None)
    assert figures("The raid killed two, raising the number of wounded to 9.") == (2, 9)


def test_a_raised_toll_updates_the_attack_told_and_is_no_new_attack():
    facts = facts_of(
        "Russian forces shelled Kupiansk on Monday, killing two people and wounding six, the "
        "governor said. On Tuesday an injured woman died in hospital, bringing the death toll "
        "in Kupiansk to three.",
        date(2025, 2, 12),
    )
    assert attacks_of(facts) == [("geo:703656", date(2025, 2, 10), (3, 6))]


def test_victims_named_one_by_one_are_counted():
    assert figures("A man and his teenage daughter were killed when the shell hit.") == (2, None)
    assert figures("A farmer, his wife and their son were wounded.") == (None, 3)


def test_the_city_named_two_sentences_back_is_where_the_overnight_strike_was():
    facts = facts_of(
        "Drones have targeted Sumy every night since Friday, the regional administration "
        "said. A woman and her son were killed in the city on Saturday. The city was hit "
        "again overnight, and three people were injured.",
        date(2025, 3, 10),
    )
    sumy = facts.attacks[0].place
    assert sumy is not None and facts.entities[sumy].label == "Sumy"
    assert [(a.place, a.when.day, a.figures.killed, a.figures.injured) for a in facts.attacks] == [
        (sumy, date(2025, 3, 8), 2, None),
        (sumy, None, None, 3),
    ]
    assert facts.attacks[1].when.earliest == date(2025, 3, 9)


def test_a_toll_that_has_risen_in_a_later_sentence_updates_the_attack():
    facts = facts_of(
        "On October 2, the town of Tartar was shelled with Grad rockets. One civilian was "
        "killed and four were wounded. Late in the evening, officials said the number of "
        "wounded in Tartar had risen to six.",
        date(2020, 10, 3),
    )
    assert attacks_of(facts) == [("place:tartar", date(2020, 10, 2), (1, 6))]


def test_a_village_in_a_district_that_came_under_fire_during_the_night():
    facts = facts_of(
        "The village of Qaradagh in the Tartar district came under artillery fire during "
        "the night. A 60-year-old farmer, Elchin Aliyev, and his grandson were killed.",
        date(2020, 10, 3),
    )
    [attack] = facts.attacks
    assert facts.entities[attack.place].label == "Qaradagh"
    assert facts.entities[attack.place].kind == "Place"
    assert (attack.when.earliest, attack.when.latest) == (date(2020, 10, 2), date(2020, 10, 3))
    assert (attack.figures.killed, attack.figures.injured) == (2, None)


def test_a_toll_at_a_place_the_sentence_opens_with():
    facts = facts_of(
        "In the village of Qaradagh, a man died of shrapnel wounds on October 1, and two "
        "residents were injured.",
        date(2020, 10, 3),
    )
    [attack] = facts.attacks
    assert facts.entities[attack.place].label == "Qaradagh"
    assert (attack.when.day, attack.figures.killed, attack.figures.injured) == (
        date(2020, 10, 1),
        1,
        2,
    )


def test_a_day_later_counts_from_the_attack_not_from_the_update():
    facts = facts_of(
        "Shells struck a market in Kadugli on Monday, killing four people. By Wednesday the "
        "toll had risen to six. A day later, an airstrike hit the market in Dilling, killing "
        "nine.",
        date(2025, 5, 9),
    )
    assert [(a.when.day, a.figures.killed) for a in facts.attacks] == [
        (date(2025, 5, 5), 6),
        (date(2025, 5, 6), 9),
    ]


def test_a_day_after_an_event_told_dates_the_one_it_names():
    facts = facts_of(
        "Austrian Chancellor Karl Nehammer met Zelenskiy in Kyiv on Saturday. The visit came a day "
        "after a missile strike on the railway station in Kramatorsk killed 50 people.",
        date(2022, 4, 10),
    )
    assert [(a.when.day, a.figures.killed) for a in facts.attacks] == [(date(2022, 4, 8), 50)]


def test_a_weekday_s_attack_names_no_place():
    facts = facts_of(
        "Nine people were killed in Sunday's missile strike on Kremenchuk, the governor said.",
        date(2025, 5, 5),
    )
    assert [a.place for a in facts.attacks] == ["geo:704147"]
    assert not any(key.startswith("place+:") for key in facts.entities)


def test_killed_in_a_town_when_forces_shelled_it():
    facts = facts_of(
        "A civilian was killed in the town of Shusha when Armenian forces shelled it on "
        "Tuesday evening.",
        date(2023, 9, 20),
    )
    assert [(a.place, a.when.day, a.perpetrator) for a in facts.attacks] == [
        ("place:shusha", date(2023, 9, 19), "forces:AM")
    ]


def test_one_victim_at_a_sentence_start_counts_and_one_among_the_injured_does_not():
    assert figures("A civilian was killed when the shell hit a bus stop.") == (1, None)
    facts = facts_of(
        "Russian troops shelled Kherson on Friday, killing two people and injuring eight. A "
        "13-year-old boy is among the injured.",
        date(2023, 11, 18),
    )
    assert attacks_of(facts) == [("geo:706448", date(2023, 11, 17), (2, 8))]


def test_a_toll_risen_after_a_long_description_of_the_attack():
    facts = facts_of(
        "The death toll from the partial collapse of an apartment building in Belgorod, hit "
        "during a Ukrainian missile attack on Sunday, has risen to 15, the governor said.",
        date(2024, 5, 13),
    )
    assert attacks_of(facts) == [("geo:578072", date(2024, 5, 12), (15, None))]


def test_in_total_right_after_an_attack_is_its_whole_toll():
    facts = facts_of(
        "A Ukrainian missile hit a building in Belgorod on Sunday, the governor said. "
        "'In total, 15 people were killed, among them a child. Twenty-seven people were "
        "injured,' he wrote.",
        date(2024, 5, 13),
    )
    assert attacks_of(facts) == [("geo:578072", date(2024, 5, 12), (15, 27))]
    assert facts.totals == []


def test_the_aggression_that_killed_soldiers_is_the_attack_told():
    facts = facts_of(
        "Israeli warplanes struck a number of points in Kisweh at dawn on Monday, a military "
        "source said. The source added that the aggression killed two soldiers and injured "
        "three others.",
        date(2024, 1, 29),
    )
    assert [
        (a.when.day, a.figures and (a.figures.killed, a.figures.injured)) for a in facts.attacks
    ] == [(date(2024, 1, 29), (2, 3))]
    assert facts.totals == []


def test_an_earlier_count_another_source_had_given_does_not_replace_the_toll():
    facts = facts_of(
        "The death toll from Saturday's suicide bombing at a market in Dikwa has risen to 19, "
        "a militia leader said on Monday. The police had on Sunday put the figure at 14 dead "
        "and 27 injured.",
        date(2025, 2, 17),
    )
    assert attacks_of(facts) == [("geo:2344854", date(2025, 2, 15), (19, 27))]
