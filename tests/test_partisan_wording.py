"""The wording of partisan and state outlets: 'martyred', epithets for a state, a long body's
name inside a count, 'the Iranian top diplomat', readouts of 'separate calls', on articles
written for these tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.extract.figures import FigureReader
from conflictkg.extract.vocab import load_vocabulary
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def figures(text: str):
    found = load_vocabulary().derive(FigureReader).find(text, [])
    return found and (found.killed, found.injured)


def test_martyred_counts_its_object():
    assert figures(
        "A drone strike on a farm on Sunday martyred four people and wounded 9 others."
    ) == (4, 9)


def test_a_long_name_in_the_description_of_the_victims_is_one_word():
    assert figures(
        "Two engineers of the Iraqi Ministry of Electricity and Water Resources (MEWR) were killed."
    ) == (2, None)


def test_an_epithet_for_a_state_names_the_state_as_the_attacker():
    facts = facts_of(
        "Four civilians were martyred when the Zionist regime bombed a house in Tyre on Sunday, "
        "the health ministry said.",
        date(2024, 10, 14),
    )
    assert [(a.perpetrator, a.figures.killed) for a in facts.attacks] == [("country:IL", 4)]


def test_an_actor_announcing_that_its_missiles_struck_is_the_attacker():
    facts = facts_of(
        "The IRGC announced that in the fifth wave of the operation on Sunday, missiles and drones "
        "struck military sites in Haifa.",
        date(2025, 6, 16),
    )
    assert [(a.place, a.perpetrator) for a in facts.attacks] == [("geo:294801", "org:irgc")]


def test_the_city_that_reported_an_attack_is_not_where_it_was():
    facts = facts_of(
        "On October 30, a missile struck the main square, the deadliest attack reported by Baku "
        "since the war began.",
        date(2020, 11, 2),
    )
    assert [a.place for a in facts.attacks if a.place] == []


def test_calls_told_as_separate_calls_are_phone_calls_one_for_each_counterpart():
    facts = facts_of(
        "In separate calls on Monday, Abbas Araghchi spoke with Pakistan's Foreign Minister Ishaq "
        "Dar and Omani Foreign Minister Badr Albusaidi. Today, the Iranian top diplomat received "
        "Russia's Ambassador Alexey Dedov.",
        date(2025, 6, 18),
    )
    assert [(c.kind, c.participants, c.when.day) for c in facts.calls] == [
        ("PhoneCall", ("person:abbas araghchi", "person:ishaq dar"), date(2025, 6, 16)),
        ("PhoneCall", ("person:abbas araghchi", "person:badr albusaidi"), date(2025, 6, 16)),
        ("Meeting", ("person:abbas araghchi", "person:alexey dedov"), date(2025, 6, 18)),
    ]


def test_the_armed_groups_of_the_sahel_congo_and_lebanon_are_known_by_their_names():
    facts = facts_of(
        "The Tuareg-led Azawad Liberation Front (FLA) accused the army. The M23/AFC rebels "
        "fought the Wazalendo near Walikale. The Lebanese Red Cross searched the rubble.",
        date(2025, 3, 20),
    )
    assert {m.ref for m in facts.mentions if m.ref.startswith("org")} >= {
        "org:fla",
        "org:afc",
        "org:wazalendo",
        "org:lebanese-red-cross",
    }


def test_the_islamic_resistance_whose_fighters_struck_is_hezbollah():
    facts = facts_of(
        "The Islamic Resistance announced that its fighters targeted a gathering of soldiers near "
        "Metula with a rocket salvo on Wednesday.",
        date(2024, 11, 6),
    )
    assert [a.perpetrator for a in facts.attacks] == ["org:hezbollah"]
