"""Running totals as the genre states them, on sentences written for these tests: a period is
not one attack, a total split over sentences is one total, per-city totals in one sentence, and
a breakdown between dashes is no second total."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str):
    return extract(Article("totals", date(2024, 3, 10), "Reuters", text, Path("totals.txt")))


def totals(text: str) -> list[tuple[int | None, int | None, date | None]]:
    return [(t.figures.killed, t.figures.injured, t.since) for t in facts_of(text).totals]


def test_per_city_totals_since_the_attacks_began_are_totals_not_attacks():
    text = (
        "Since the missile attacks began, 26 people have lost their lives in Ganja and 17 "
        "people in Tartar."
    )
    facts = facts_of(text)
    assert facts.attacks == []
    assert [(t.figures.killed, t.figures.injured) for t in facts.totals] == [(26, None), (17, None)]


def test_a_total_split_over_two_sentences_is_one_total():
    text = (
        "Between February 24 and March 8, the shelling claimed the lives of 31 civilians – "
        "four children, nine women and 18 men – the ombudsman said. "
        "In addition, a strike killed two people in Tovuz. "
        "About 140 people were wounded during the reporting period, 35 of them seriously."
    )
    assert totals(text) == [(31, 140, date(2024, 2, 24))]


def test_a_period_of_days_makes_a_total_even_in_an_attack_sentence():
    text = (
        "The army shelled towns along the front on March 7, and as a result, within two days "
        "8 civilians, three children among them, were killed and 20 civilians were wounded."
    )
    assert totals(text) == [(8, 20, None)]


def test_since_this_morning_is_an_attack_not_a_total():
    facts = facts_of("Since this morning, Russian forces have shelled Tovuz, killing 2 civilians.")
    assert facts.totals == []
    assert [(a.place, a.figures.killed) for a in facts.attacks] == [("place:tovuz", 2)]
