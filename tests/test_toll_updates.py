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
