"""An armed wing is an organization of its own, as the news tells it apart from its movement:
the Qassam Brigades are not Hamas, and a claim by the wing is the wing's; a group that says it
had overrun a base attacked it (invented wording, real organizations and places)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts


def test_the_qassam_brigades_and_hamas_are_two_organizations():
    facts = wire_facts(
        "Hamas said on Monday that talks had stalled. Its armed wing, the Ezzedine al-Qassam "
        "Brigades, said its fighters had fired rockets at Ashkelon on Sunday.",
        date(2024, 2, 12),
    )
    named = {key: entity.label for key, entity in facts.entities.items() if key.startswith("org")}
    assert named["org:hamas"] == "Hamas"
    assert named["org:qassam-brigades"] == "Izz ad-Din al-Qassam Brigades"


def test_a_group_that_said_it_had_overrun_a_base_attacked_it():
    facts = wire_facts(
        "Delegations of Sudan's army and the paramilitary Rapid Support Forces resumed talks in "
        "Jeddah on Thursday, even as the RSF said it had overrun the army's main base in Nyala.",
        date(2023, 10, 27),
    )
    assert [(a.place, a.when.day, a.perpetrator) for a in facts.attacks] == [
        ("geo:369004", date(2023, 10, 26), "org:rsf")
    ]
