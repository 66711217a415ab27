"""A name before ', a veteran Lao diplomat' is a person, and 'the envoy' after it is that person;
'the Southeast Asian bloc' names no person 'Southeast Asian' though 'Asian' ends as Armenian
surnames do; 'there was no word on any meeting with' tells of none; on articles written for these
tests (invented meetings, real people)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows, wire_facts


def test_a_name_before_a_diplomat_is_a_person_and_the_envoy_after_it_is_that_person():
    rows = call_rows(
        "Kao Kim Hourn, a veteran Cambodian diplomat, arrived in Naypyitaw on Tuesday. A day "
        "later, the envoy held talks with the junta-appointed foreign minister, Than Swe.",
        date(2024, 3, 8),
    )
    assert rows == [("Meeting", ("person:kao kim hourn", "person:than swe"), date(2024, 3, 6))]


def test_an_adjective_that_ends_like_a_surname_names_no_person():
    facts = wire_facts(
        "Laos took over the rotating chair of the Southeast Asian bloc this year, and the "
        "Central Asian states met in Astana.",
        date(2024, 1, 12),
    )
    assert not [ref for ref in facts.entities if ref.startswith("person:")]


def test_no_word_on_any_meeting_tells_of_none():
    rows = call_rows(
        "The envoy Kao Kim Hourn met Min Aung Hlaing on Thursday, and there was no word on any "
        "meeting with opposition leader Duwa Lashi La.",
        date(2024, 3, 8),
    )
    assert rows == [
        ("Meeting", ("person:kao kim hourn", "person:min aung hlaing"), date(2024, 3, 7))
    ]
