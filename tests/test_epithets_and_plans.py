"""A state named by an epithet and then by its noun alone ('the Zionist regime ... the
regime'), whose forces strike ('its fighter jets struck'); tolls told as 'martyring'; and talks
a trip is still to be made for; on articles written for these tests (invented events, real
places and people)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts


def attacks_of(facts):
    return [
        (a.place, a.when.day, a.perpetrator, a.figures and a.figures.killed) for a in facts.attacks
    ]


def test_the_regime_named_again_is_the_state_whose_jets_struck():
    facts = wire_facts(
        "Iran's foreign ministry condemned the aggression of the Zionist regime against the "
        "country. In new crimes of the regime, its warplanes struck a residential block in "
        "Isfahan on Saturday, martyring seven people, the Red Crescent said.",
        date(2025, 6, 16),
    )
    assert attacks_of(facts) == [("geo:418863", date(2025, 6, 14), "country:IL", 7)]


def test_the_regime_stays_unnamed_when_two_states_have_one():
    facts = wire_facts(
        "The Zionist regime and the Kiev regime were both condemned. Later, the regime's "
        "drones struck Kherson on Sunday.",
        date(2025, 6, 16),
    )
    assert not any(m.ref == "country:IL" and m.text == "regime" for m in facts.mentions)
    assert not any(m.ref == "country:UA" and m.text == "regime" for m in facts.mentions)


def test_talks_a_trip_is_due_for_have_not_taken_place():
    facts = wire_facts(
        "Foreign Minister Abbas Araghchi spoke by phone with Omani Foreign Minister Badr "
        "Albusaidi on Monday. Araghchi is due to travel to Geneva on Friday for talks with EU "
        "foreign policy chief Kaja Kallas.",
        date(2025, 6, 17),
    )
    assert [(c.participants, c.when.day) for c in facts.calls] == [
        (("person:abbas araghchi", "person:badr albusaidi"), date(2025, 6, 16))
    ]
