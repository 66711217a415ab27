"""Capitals named by their country, the two sides of a war, a day owned by an attack, and what
is no attack, on articles written for these tests (invented events, real places and offices)."""

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
    return [(a.place, a.when.day, a.perpetrator) for a in facts.attacks]


def test_a_capital_named_by_its_country_or_region_is_the_capital():
    facts = facts_of(
        "Russian missiles hit the Ukrainian capital on Monday morning. The capital of Artsakh "
        "came under fire on Friday.",
        date(2022, 10, 10),
    )
    assert [(a.place, a.when.day) for a in facts.attacks] == [
        ("place:kyiv", date(2022, 10, 10)),
        ("place:stepanakert", date(2022, 10, 7)),
    ]


def test_sudan_s_capital_is_khartoum_from_geonames_country_table():
    facts = facts_of("Drones struck Sudan's capital on Sunday.", date(2024, 5, 6))
    assert [facts.entities[a.place].label for a in facts.attacks] == ["Khartoum"]


def test_a_capital_followed_by_its_name_or_owning_a_region_is_not_taken():
    facts = facts_of(
        "The siege of El Fasher, the capital of Sudan's North Darfur state, went on. The "
        "Ukrainian capital, Kyiv, was hit on Monday.",
        date(2022, 10, 10),
    )
    assert "place:kyiv" in facts.entities
    assert not any(e.label == "Khartoum" for e in facts.entities.values())


def test_the_two_sides_of_a_war_are_not_the_attacker():
    facts = facts_of(
        "Shelling hit Stepanakert on Friday as fighting between Azerbaijani and ethnic Armenian "
        "forces entered its sixth day.",
        date(2020, 10, 2),
    )
    assert attacks_of(facts) == [("place:stepanakert", date(2020, 10, 2), None)]


def test_an_attack_owned_by_a_weekday_takes_that_day_not_the_sentence_s_first():
    facts = facts_of(
        "Azerbaijan said Armenian forces had shelled the town of Beylagan on Thursday, and that "
        "the death toll from Monday's shelling of the town of Tartar had risen to three.",
        date(2020, 10, 2),
    )
    assert [(a.place, a.when.day) for a in facts.attacks] == [
        ("place:beylagan", date(2020, 10, 1)),
        ("place:tartar", date(2020, 9, 28)),
    ]


def test_a_war_told_of_a_whole_region_without_day_or_toll_is_no_attack():
    facts = facts_of(
        "Armenia denied targeting civilians and said Azerbaijan was shelling residential areas "
        "in Karabakh.",
        date(2020, 10, 2),
    )
    assert facts.attacks == []


def test_a_count_across_a_while_clause_is_not_the_next_clause_s():
    reader = load_vocabulary().derive(FigureReader)
    assert (
        reader.find(
            "He said there are two victims, while the number of the injured is "
            "still being clarified.",
            [],
        )
        is None
    )


def test_a_spokesman_of_a_body_named_by_apposition_does_not_break_the_article():
    facts = facts_of(
        "The spokesman of the Ministry of Health, Reza Karimi, said that 40 people had been "
        "killed since June 13.",
        date(2025, 6, 18),
    )
    assert "person:reza karimi" in facts.entities
    assert [(t.figures.killed, t.since) for t in facts.totals] == [(40, date(2025, 6, 13))]


def test_a_region_named_after_its_city_does_not_take_the_city_s_name():
    from conflictkg.resolve import resolve

    facts = facts_of("Drones hit Kharkiv and the Kharkiv region overnight.", date(2025, 1, 23))
    kb = resolve([facts])
    region = next(e for e in kb.entities.values() if e.kind == "Place" and "oblast" in e.id)
    assert "Kharkiv" not in region.names
    assert "Kharkiv region" in region.names


def test_a_capital_that_presses_the_sides_is_a_government_not_a_place_struck():
    facts = facts_of(
        "Kyiv and Moscow accused each other on Friday of fresh attacks on energy sites, "
        "undermining a partial truce, as Washington pressed both sides to respect it.",
        date(2025, 3, 28),
    )
    assert attacks_of(facts) == []
