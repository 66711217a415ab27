"""Counterparts met as a group: mediators listed after a dash, named again as 'the three
diplomats', or not named at all ('the Minsk Group co-chairs'); given names typed without their
accents; on articles written for these tests (invented events, real people and offices)."""

from __future__ import annotations

from datetime import date

import pytest

from conflictkg.extract.vocab import without_repeated_keys

from .wire import wire_facts

CO_CHAIRS = ("person:igor popov", "person:stephane visconti", "person:andrew schofer")


def facts_of(text: str, published: date = date(2020, 10, 22)):
    return wire_facts(text, published)


def calls_of(facts):
    return [(c.kind, c.participants, c.when.day) for c in facts.calls]


def test_mediators_listed_after_a_dash_all_take_part_and_keep_a_name_typed_without_accents():
    facts = facts_of(
        "Azerbaijani Foreign Minister Jeyhun Bayramov received the co-chairs of the OSCE Minsk "
        "Group - Igor Popov of Russia, Stephane Visconti of France and Andrew Schofer of the "
        "United States - in Baku on Wednesday."
    )
    assert calls_of(facts) == [
        ("Meeting", ("person:jeyhun bayramov", *CO_CHAIRS), date(2020, 10, 21))
    ]
    assert facts.entities["person:stephane visconti"].label == "Stephane Visconti"


def test_the_group_met_before_is_met_again_under_a_plural_noun():
    facts = facts_of(
        "Azerbaijani Foreign Minister Jeyhun Bayramov received the co-chairs of the OSCE Minsk "
        "Group - Igor Popov of Russia, Stephane Visconti of France and Andrew Schofer of the "
        "United States - in Baku on Wednesday. Armenian Foreign Minister Zohrab Mnatsakanyan "
        "met the three diplomats in Yerevan on Thursday."
    )
    assert calls_of(facts) == [
        ("Meeting", ("person:jeyhun bayramov", *CO_CHAIRS), date(2020, 10, 21)),
        ("Meeting", ("person:zohrab mnatsakanyan", *CO_CHAIRS), date(2020, 10, 22)),
    ]


def test_holders_of_the_title_named_earlier_are_the_co_chairs_met():
    facts = facts_of(
        "The OSCE Minsk Group co-chairs, Igor Popov, Stephane Visconti and Andrew Schofer, "
        "arrived in the region on Monday. On Tuesday, Foreign Minister Jeyhun Bayramov met the "
        "co-chairs in Baku."
    )
    assert calls_of(facts) == [
        ("Meeting", ("person:jeyhun bayramov", *CO_CHAIRS), date(2020, 10, 20))
    ]


def test_unnamed_mediators_of_a_body_make_the_body_the_counterpart():
    facts = facts_of(
        "Sudan's Foreign Minister Ali Youssef met the African Union mediators in Addis Ababa on "
        "Monday to discuss a truce in El Fasher.",
        date(2024, 12, 3),
    )
    assert calls_of(facts) == [
        ("Meeting", ("person:ali youssef", "org:african-union"), date(2024, 12, 2))
    ]


def test_mediators_with_no_group_told_and_no_body_named_give_no_meeting():
    facts = facts_of(
        "Foreign Minister Sergei Lavrov spoke by phone with Turkish Foreign Minister Hakan Fidan "
        "on Monday. On Tuesday, Lavrov met the mediators in Moscow.",
        date(2025, 3, 5),
    )
    assert calls_of(facts) == [
        ("PhoneCall", ("person:sergei lavrov", "person:hakan fidan"), date(2025, 3, 3))
    ]


def test_a_military_command_is_a_body_not_a_person():
    facts = facts_of(
        "The US Africa Command said its airstrike killed two militants near Jilib on Friday.",
        date(2025, 3, 9),
    )
    kinds = {k: e.kind for k, e in facts.entities.items() if not k.startswith("outlet:")}
    assert kinds["org+:africa command"] == "Organization"
    assert "Person" not in kinds.values()


def test_a_data_file_that_writes_a_key_twice_is_refused():
    with pytest.raises(ValueError, match="lexicon.json: keys written twice: group_nouns"):
        without_repeated_keys(
            "lexicon.json", [("group_nouns", ["fighters"]), ("x", 1), ("group_nouns", ["envoys"])]
        )
