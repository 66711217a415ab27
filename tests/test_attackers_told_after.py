"""Attackers told after the attack: the one who 'said its aircraft killed' the dead, and the one
blamed in the next sentence, who outweighs an attacker only carried over from the attack told
before; figures in quotes; on articles written for these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts


def attacks_of(text: str, published: date):
    facts = wire_facts(text, published)
    return [(a.place, a.perpetrator, a.figures and a.figures.killed) for a in facts.attacks]


def test_the_speaker_whose_aircraft_killed_is_the_attacker_and_the_quoted_figure_counts():
    attacks = attacks_of(
        "In air strikes on Sunday on a camp near Ansongo, Malian armed forces said their "
        'aircraft killed "more than 30 terrorists".',
        date(2025, 5, 13),
    )
    assert attacks == [("geo:2461003", "forces:ML", 30)]


def test_a_blame_told_next_outweighs_an_attacker_carried_from_the_attack_before():
    attacks = attacks_of(
        "Malian army drones struck a camp near Ansongo on Sunday, killing 12 fighters. In "
        "March, at least 44 people were killed when gunmen attacked a mosque in Menaka. The "
        "government blamed that attack on the Islamic State in the Sahel.",
        date(2025, 5, 13),
    )
    assert [(place, perpetrator) for place, perpetrator, _ in attacks] == [
        ("geo:2461003", "forces:ML"),
        ("geo:2453514", "org:islamic-state"),
    ]


def test_forces_the_spokesman_announces_carried_out_the_strike_are_the_attackers():
    attacks = attacks_of(
        "US warplanes waged three raids on the port of Salif on Wednesday, killing two workers. "
        "For his part, the spokesman of the Yemeni Armed Forces, Brigadier General Yahya Saree, "
        "announced in a statement that the naval forces and the drone air force carried out an "
        "operation targeting a US destroyer in the Red Sea on Thursday.",
        date(2025, 3, 21),
    )
    assert [(place, perpetrator) for place, perpetrator, _ in attacks] == [
        ("place+:salif", "country:US"),
        ("place:red-sea", "org:houthi-armed-forces"),
    ]
