"""Who 'the minister' and 'the junta chief' are in a readout, and whose forces a junta's are,
on articles written for these tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def calls_of(facts):
    return [(c.participants, c.when.day) for c in facts.calls]


def test_the_minister_after_a_counterpart_spoke_is_the_one_who_made_the_last_call():
    facts = facts_of(
        "Foreign Minister Jeyhun Bayramov spoke by phone with his Turkish counterpart Mevlut "
        "Cavusoglu on October 2. Cavusoglu said Ankara stood by Baku. On the same day, the "
        "minister discussed the situation during a phone conversation with Iranian Foreign "
        "Minister Mohammad Javad Zarif.",
        date(2020, 10, 3),
    )
    assert calls_of(facts) == [
        (("person:jeyhun bayramov", "person:mevlut cavusoglu"), date(2020, 10, 2)),
        (("person:jeyhun bayramov", "person:mohammad javad zarif"), date(2020, 10, 2)),
    ]


def test_the_chief_holding_separate_talks_with_two_leaders_takes_part_in_each():
    facts = facts_of(
        "Senior General Min Aung Hlaing met Chinese Premier Li Qiang in Kunming on Wednesday. "
        "Li said Beijing backed dialogue. On Thursday, the junta chief held separate talks "
        "with Lao Prime Minister Sonexay Siphandone and Cambodian Prime Minister Hun Manet.",
        date(2024, 11, 8),
    )
    assert calls_of(facts) == [
        (("person:min aung hlaing", "person:li qiang"), date(2024, 11, 6)),
        (("person:min aung hlaing", "person:sonexay siphandone"), date(2024, 11, 7)),
        (("person:min aung hlaing", "person:hun manet"), date(2024, 11, 7)),
    ]
    assert facts.entities["country:LA"].label == "Laos"


def test_a_junta_s_airstrike_is_by_the_forces_of_the_country_of_most_places():
    facts = facts_of(
        "The junta leader returned from a summit in Kunming. A junta airstrike on a village "
        "near Lashio in Shan State on Monday killed six civilians, residents said.",
        date(2024, 11, 6),
    )
    assert [(a.perpetrator, a.figures.killed) for a in facts.attacks] == [("forces:MM", 6)]
    assert facts.entities["forces:MM"].forces_of == "country:MM"
