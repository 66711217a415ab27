"""People named after a military rank ('General Abdourahamane Tiani') or before an owner's
title ('Massad Boulos, US President Donald Trump's senior adviser'), and bodies whose names
start with a rank ('the General Prosecutor's Office'); on articles written for these tests
(invented events, real people and offices)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts


def people(facts) -> list[str]:
    return sorted(k for k, e in facts.entities.items() if e.kind == "Person")


def calls_of(facts):
    return [(c.kind, c.participants, c.when.day) for c in facts.calls]


def test_a_general_named_after_his_rank_takes_part_in_the_meeting():
    facts = wire_facts(
        "The head of the military government, General Abdourahamane Tiani, received Turkish "
        "Defence Minister Yasar Guler in Niamey on Thursday, the presidency said.",
        date(2025, 4, 11),
    )
    assert calls_of(facts) == [
        (
            "Meeting",
            ("person:abdourahamane tiani", "person:yasar guler"),
            date(2025, 4, 10),
        )
    ]


def test_a_name_before_an_owners_title_is_a_person():
    facts = wire_facts(
        "On Wednesday, President William Ruto received Massad Boulos, US President Donald "
        "Trump's senior adviser for Africa, in Nairobi.",
        date(2025, 5, 8),
    )
    assert calls_of(facts) == [
        ("Meeting", ("person:william ruto", "person:massad boulos"), date(2025, 5, 7))
    ]


def test_bodies_named_with_a_rank_are_no_people():
    facts = wire_facts(
        "Investigators of the Azerbaijani General Prosecutor's Office visited Barda on Friday. "
        "The General Coordination for Displaced Persons said four people were killed in Tawila.",
        date(2020, 10, 31),
    )
    assert people(facts) == []
