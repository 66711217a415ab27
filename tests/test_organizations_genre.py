"""Organizations no list knows, found by the form of their names, and the people and totals
around them, on articles written for these tests (invented groups and people, real towns)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str, published: date = date(2025, 3, 4)):
    return extract(Article("orgs", published, "Reuters", text, Path("orgs.txt")))


def names_by_kind(facts, kind: str) -> dict[str, set[str]]:
    return {
        key: ent.names
        for key, ent in facts.entities.items()
        if ent.kind == kind and not key.startswith("outlet:")  # the publisher
    }


def mentioned(facts, key: str) -> list[str]:
    return [m.text for m in facts.mentions if m.ref == key]


def test_a_name_and_its_acronym_are_one_organization_named_both_ways():
    facts = facts_of(
        "Fighters of the Sahel Liberation Front (SLF) entered the town at dawn, residents said. "
        "The SLF said it held the main road, and a spokesman for the Sahel Liberation Front "
        "denied any civilian deaths."
    )
    orgs = names_by_kind(facts, "Organization")
    assert orgs["org+:slf"] == {"Sahel Liberation Front", "SLF"}
    assert facts.entities["org+:slf"].label == "SLF"
    assert mentioned(facts, "org+:slf") == ["Sahel Liberation Front", "SLF", "SLF",
                                             "Sahel Liberation Front"]  # fmt: skip


def test_letters_that_are_not_the_names_initials_make_no_organization():
    facts = facts_of("The Northern Coast Guard Service (XQZ) patrolled the harbour on Monday.")
    assert "org+:xqz" not in facts.entities


def test_an_unknown_acronym_after_the_or_before_a_word_for_an_armed_group():
    facts = facts_of(
        "The army said it repelled an attack by the KNDF on Tuesday. Separately, ZRA rebels "
        "fired on a convoy near the border, while Zaghawa fighters held the market."
    )
    orgs = names_by_kind(facts, "Organization")
    assert {"org+:kndf", "org+:zra", "org+:zaghawa"} <= set(orgs)


def test_a_body_named_with_of_is_one_organization_and_no_person():
    facts = facts_of(
        "Prime Minister of the Government of National Salvation, Ahmed Karim, held a phone "
        "call on Tuesday with the head of the Three Rivers Alliance, officials said."
    )
    orgs = names_by_kind(facts, "Organization")
    assert "org+:government of national salvation" in orgs
    assert "org+:three rivers alliance" in orgs
    people = names_by_kind(facts, "Person")
    assert set(people) == {"person:ahmed karim"}


def test_a_number_before_a_known_body_is_no_part_of_its_name():
    facts = facts_of("Four UN Security Council members called for a ceasefire on Friday.")
    orgs = names_by_kind(facts, "Organization")
    assert set(orgs) == {"org:unsc"}


def test_a_speakers_name_never_runs_over_the_end_of_a_sentence():
    facts = facts_of(
        "The US envoy Richard Olsen met the army chief in Benghazi. Olsen said the talks were "
        "frank. Ambassador Tomas Verhoeven said the embassy would stay open."
    )
    people = names_by_kind(facts, "Person")
    assert set(people) == {"person:richard olsen", "person:tomas verhoeven"}


def test_a_name_is_taken_without_its_possessive():
    facts = facts_of("Officials said Ahmed Karim's convoy reached Tripoli on Sunday.")
    assert facts.entities["person:ahmed karim"].label == "Ahmed Karim"


def test_a_running_total_since_a_war_began_years_before_publication():
    facts = facts_of(
        "At least 4,100 civilians have been killed and 9,300 wounded since the war began on "
        "April 15, 2023, the health ministry said.",
        date(2025, 3, 4),
    )
    assert [(t.figures.killed, t.figures.injured, t.since) for t in facts.totals] == [
        (4100, 9300, date(2023, 4, 15))
    ]
    assert facts.attacks == []


def test_a_sentence_about_an_earlier_war_is_still_background():
    facts = facts_of(
        "In the 1994 war, at least 30,000 people were killed in the region.", date(2025, 3, 4)
    )
    assert facts.totals == [] and facts.attacks == []
