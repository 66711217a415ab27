"""Victims counted one by one after the verb ('killed a 47-year-old resident', 'killed a woman
and a child'), a toll risen far from its verb, and a count of the first hours that does not
lower the update told before it; on articles written for these tests (invented events, real
places)."""

from __future__ import annotations

from datetime import date

from conflictkg.extract.figures import FigureReader
from conflictkg.extract.vocab import load_vocabulary

from .wire import wire_facts


def figures(sentence: str):
    found = load_vocabulary().derive(FigureReader).find(sentence, [])
    return found and (found.killed, found.injured)


def attacks_of(text: str, published: date):
    facts = wire_facts(text, published)
    return [(a.place, a.when.day, a.figures and a.figures.killed) for a in facts.attacks]


def test_one_victim_after_the_verb_is_one_killed():
    assert figures(
        "A shell killed a 61-year-old resident of the town, Vugar Hasanov, and wounded three "
        "other civilians."
    ) == (1, 3)


def test_victims_listed_after_the_verb_are_each_counted():
    assert figures("The drone strike killed a farmer, a shepherd and a teenager.") == (3, None)
    assert figures("The attack killed a woman and a child.") == (2, None)


def test_a_toll_risen_far_from_its_verb_is_read():
    assert figures(
        "The number of civilians killed in the rocket attack carried out by the armed forces of "
        "Armenia on Barda on October 28 has risen to 25, the prosecutor's office said."
    ) == (25, None)


def test_those_who_had_died_on_the_spot_do_not_lower_the_updated_toll():
    attacks = attacks_of(
        "The number of civilians killed in the rocket attack carried out by the armed forces of "
        "Armenia on Barda on October 28 has risen to 25, the prosecutor's office said. "
        "Twenty-one people had died on the spot.",
        date(2020, 10, 30),
    )
    assert attacks == [("place:barda", date(2020, 10, 28), 25)]


def test_one_who_had_died_since_still_raises_the_toll():
    attacks = attacks_of(
        "Russian shelling hit the centre of Kherson on Friday, killing two people. In the "
        "evening, the governor said a wounded woman had died in hospital, bringing the number "
        "of dead to three.",
        date(2023, 11, 18),
    )
    assert attacks == [("geo:706448", date(2023, 11, 17), 3)]


def test_an_abbreviated_month_does_not_end_the_toll_that_has_risen():
    attacks = attacks_of(
        "The death toll from Russia's missile strike on Kryvyi Rih on Sept. 3 has risen to six, "
        "the head of the city's military administration said on Sept. 4. Four people were "
        "initially reported killed.",
        date(2024, 9, 4),
    )
    assert attacks == [("geo:703845", date(2024, 9, 3), 6)]


def test_a_toll_at_a_place_told_with_at_least_is_an_attack_there():
    attacks = attacks_of(
        "Somali forces killed at least 25 al-Shabaab fighters near Jowhar on Sunday, the "
        "information ministry said.",
        date(2025, 9, 8),
    )
    assert attacks == [("geo:56335", date(2025, 9, 7), 25)]


def test_a_victim_named_after_her_village_and_her_daughter_are_two():
    assert figures(
        "A resident of the village, Gulnara Aliyeva, and her 9-year-old son were killed on the "
        "spot, the prosecutor's office said."
    ) == (2, None)


def test_one_of_the_victims_told_by_a_relative_hides_no_toll_after_the_speaker():
    assert figures(
        "A relative of one of the victims told Radio Tamazuj that seven villagers were shot "
        "dead and several homes were burned."
    ) == (7, None)


def test_children_among_those_injured_do_not_lower_the_toll_told_before():
    text = (
        "Armenian forces fired cluster rockets at the city of Barda on Wednesday, killing 21 "
        "civilians and injuring 70 others. The ombudsman said that 11 children were among "
        "those injured in the strike."
    )
    facts = wire_facts(text, date(2020, 10, 29))
    assert [(a.place, a.figures.killed, a.figures.injured) for a in facts.attacks] == [
        ("place:barda", 21, 70)
    ]


def test_victims_listed_after_a_gerund_are_each_counted():
    assert figures(
        "A drone struck a house in the town of Bilopillia, killing a 58-year-old man and his "
        "granddaughter."
    ) == (2, None)


def test_one_who_succumbed_to_her_wounds_is_dead_and_hurts_no_one_else():
    text = (
        "Overnight, an airstrike on a house in the town of Naqoura killed one person and wounded "
        "three. On Wednesday the health ministry raised the toll to two dead, saying a woman had "
        "succumbed to her wounds."
    )
    facts = wire_facts(text, date(2024, 5, 22))
    assert [(a.figures.killed, a.figures.injured) for a in facts.attacks] == [(2, 3)]


def test_what_a_relative_clause_says_of_the_victims_keeps_their_count():
    assert figures(
        "Two French reporters who had come to film the damage after the first strike were "
        "seriously wounded by the second."
    ) == (None, 2)


def test_a_count_that_borrows_the_verb_before_it_goes_to_its_own_place():
    attacks = attacks_of(
        "Russian missiles struck Kharkiv and Sumy on Monday, killing four people in Kharkiv and "
        "two in Sumy.",
        date(2024, 10, 15),
    )
    assert attacks == [
        ("geo:706483", date(2024, 10, 14), 4),
        ("geo:692194", date(2024, 10, 14), 2),
    ]


def test_a_count_with_a_verb_of_its_own_stays_with_its_clause():
    text = (
        "Twenty soldiers were killed and nine wounded when gunmen attacked an army post in "
        "Banibangou, in the Tillaberi region, on Thursday."
    )
    facts = wire_facts(text, date(2025, 6, 23))
    assert [(a.figures.killed, a.figures.injured) for a in facts.attacks if a.figures] == [(20, 9)]


def test_one_victim_named_after_age_and_noun_before_the_verb_is_one():
    assert figures(
        "As a result, 63-year-old resident Farid Guliyev was killed, and two other civilians "
        "were wounded."
    ) == (1, 2)
    assert figures("On Monday, 34-year-old Olena Kovalenko was killed by shrapnel.") == (1, None)


def test_one_victim_with_the_year_of_birth_as_an_aside_is_one():
    assert figures("A resident of Barda, born in 1958, was killed when a shell hit his house.") == (
        1,
        None,
    )


def test_a_third_of_a_group_is_no_victim():
    assert figures("The strike killed 3 people, injuring a third of the villagers.") == (3, None)


def test_a_relative_of_the_victim_told_by_a_possessive_is_one():
    assert figures(
        "A 61-year-old resident of the village, Elshan Mammadov, was killed when a shell hit "
        "his house, and his wife was injured."
    ) == (1, 1)
