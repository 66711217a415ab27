"""Casualty figures as the genre states them, on sentences written for these tests: sub-groups
are not the toll, the verb may come before its number, later sentences add victims, a named
victim with an age is one, and a toll at a named place tells of an attack there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def attacks_of(text: str, published: date = date(2020, 10, 25)):
    facts = extract(Article("figures", published, "Trend", text, Path("figures.txt")))
    return [(a.place, a.when.day, a.figures) for a in facts.attacks]


def toll(text: str, place: str) -> tuple[int | None, int | None]:
    figures = [f for p, _, f in attacks_of(text) if p == place and f]
    assert figures, f"no figures for {place}"
    return figures[-1].killed, figures[-1].injured


def test_a_sub_group_after_the_whole_is_not_the_toll():
    text = "At least 9 civilians, 4 of them children, were killed when rockets struck Tovuz on October 20."
    assert toll(text, "place:tovuz") == (9, None)


def test_a_sub_group_of_the_wounded_is_not_the_toll():
    text = (
        "Rockets hit Goranboy on October 21. As a result, 6 civilians were killed, and another 31 "
        "civilians, 12 of them women and 5 minors, sustained severe wounds."
    )
    assert toll(text, "place:goranboy") == (6, 31)


def test_the_verb_before_its_number():
    text = (
        "The missile strike on Goranboy on October 21 killed three civilians, among them a "
        "10-year-old boy, and wounded 12 others."
    )
    assert toll(text, "place:goranboy") == (3, 12)


def test_a_later_sentence_adds_victims_at_the_same_time():
    text = (
        "On October 22, two residents were wounded when a shell hit a shop in Tartar. At the same "
        "time, shells that fell near school No. 3 in Tartar injured four more people."
    )
    assert toll(text, "place:tartar") == (None, 6)


def test_a_later_source_updates_the_toll_of_the_same_attack():
    text = (
        "On October 22, a missile struck Mingachevir; at least 2 people were killed and 9 injured, "
        "the emergencies ministry said. The prosecutor's office later said the attack on "
        "Mingachevir had killed 2 people and wounded 14 others."
    )
    assert toll(text, "place:mingachevir") == (2, 14)


def test_a_named_victim_with_an_age_is_one_and_clock_times_are_not_figures():
    text = (
        "Today at about 10:00 (GMT+4), 15-year-old Elvin Mammadli lost his life when a shell of "
        "the Armenian armed forces struck Tartar."
    )
    assert toll(text, "place:tartar") == (1, None)


def test_a_toll_at_a_named_place_is_an_attack_there():
    (attack,) = attacks_of("On October 24, two civilians died in Goranboy, the ministry said.")
    assert attack[:2] == ("place:goranboy", date(2020, 10, 24))
    assert attack[2].killed == 2


def test_a_running_total_at_a_place_is_no_attack():
    text = "Since September 27, 40 civilians have been killed and 150 wounded in Ganja."
    assert attacks_of(text) == []


def test_condolences_without_a_figure_are_no_attack():
    assert attacks_of("He expressed condolences over the civilian deaths in Ganja.") == []


def test_single_victims_named_by_their_role():
    text = (
        "On October 22, a drone struck a car in Tovuz. The driver was killed, and another was "
        "injured."
    )
    assert toll(text, "place:tovuz") == (1, 1)


def test_children_among_the_injured_are_a_sub_group():
    text = (
        "On October 22, a missile hit Mingachevir, killing three people and wounding 38. Five "
        "children were among the injured, the governor said."
    )
    assert toll(text, "place:mingachevir") == (3, 38)


def test_the_toll_of_a_war_is_a_total():
    facts = extract(
        Article(
            "war",
            date(2024, 6, 6),
            "AP",
            "The war has killed more than 14,000 people and wounded 33,000 others.",
            Path("war.txt"),
        )
    )
    assert [(t.figures.killed, t.figures.injured) for t in facts.totals] == [(14000, 33000)]
    assert facts.attacks == []


def test_signed_and_fractional_numbers_are_no_counts_of_people():
    for text in (
        "On October 22, shelling of Tovuz left -5 killed.",
        "On October 22, shelling of Tovuz left 2.5 civilians killed.",
    ):
        assert [f for _, _, f in attacks_of(text)] == [None], text
    assert toll("On October 22, shelling of Tovuz killed 1,846 people.", "place:tovuz") == (
        1846,
        None,
    )
