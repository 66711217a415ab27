"""A title whose owner is no known body ('the spiritual leader of Israel's Druze community,
Sheikh Mowafaq Tarif') still names the person set off after it, honorific left out, who can
then take part in a call; a rank after the comma is left to the pass that reads ranks
(invented wording, real people)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows, wire_facts

SUNDAY = date(2024, 7, 28)


def test_the_leader_of_a_community_named_after_a_comma_is_a_person_who_took_the_call():
    rows = call_rows(
        "Prime Minister Benjamin Netanyahu spoke by phone on Saturday night with the spiritual "
        "leader of Israel's Druze community, Sheikh Mowafaq Tarif, and offered his condolences.",
        SUNDAY,
    )
    assert rows == [
        ("PhoneCall", ("person:benjamin netanyahu", "person:mowafaq tarif"), date(2024, 7, 27))
    ]


def test_a_rank_after_the_comma_is_no_part_of_the_name():
    facts = wire_facts(
        "The spokesman of the army in North Kivu, Lieutenant-Colonel Guillaume Ndjike Kaiko, "
        "gave a toll of five dead on Friday.",
        SUNDAY,
    )
    assert [e.label for e in facts.entities.values() if e.kind == "Person"] == [
        "Guillaume Ndjike Kaiko"
    ]
