"""Who published an article (the header's SOURCE is most often an outlet, even one no list
knows), and names that look like people's but are a building's, a unit's or a ship's; on
articles written for these tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conflictkg.extract import extract
from conflictkg.records import Article
from conflictkg.resolve import resolve


def facts_of(text: str, source: str = "Wire", author: str | None = None):
    article = Article("a1", date(2024, 12, 5), source, text, Path("a1.txt"), author)
    return extract(article)


def people(facts) -> set[str]:
    return {k for k, e in facts.entities.items() if e.kind == "Person"}


@pytest.mark.parametrize(
    ("source", "publisher"),
    [
        ("Radio Dabanga", "outlet:radio-dabanga"),  # a listed outlet of two capitalized words
        ("The Times of Israel", "outlet:times-of-israel"),
        ("Asbarez Staff", "outlet:asbarez"),  # the outlet's staff
        ("The Kyiv Independent news desk", "outlet:kyiv-independent"),
        ("Kivu Morning Herald", "outlet:kivu-morning-herald"),  # no list knows it
        ("Darfur 24", "outlet:darfur-24"),
        ("Hargeisa Daily", "outlet:hargeisa-daily"),
    ],
)
def test_a_source_not_written_like_a_person_is_the_publisher(source, publisher):
    facts = facts_of("Shelling hit the town of Tawila on Monday.", source)
    assert facts.publisher == publisher
    assert facts.author is None
    assert people(facts) == set()


def test_a_source_written_like_a_person_is_the_author():
    facts = facts_of("Shelling hit the town of Tawila on Monday.", "Leyla Hasanova")
    assert (facts.publisher, facts.author) == (None, "person:leyla hasanova")


def test_an_unlisted_outlet_gets_its_own_node_named_as_written():
    kb = resolve([facts_of("Shelling hit the town of Tawila on Monday.", "Kivu Morning Herald")])
    (record,) = kb.articles
    assert record.publisher == "organization/kivu-morning-herald"
    assert kb.entities[record.publisher].label == "Kivu Morning Herald"


def test_a_byline_of_the_staff_is_no_author():
    facts = facts_of("Shelling hit the town of Tawila.", "The Times of Israel", "TOI STAFF")
    assert (facts.publisher, facts.author) == ("outlet:times-of-israel", None)


def test_an_outlet_told_in_the_text_is_no_person():
    facts = facts_of(
        "At least nine people were killed when shells hit the market in Tawila on Sunday, "
        "residents told Radio Dabanga.",
        "Sudan Tribune",
    )
    assert people(facts) == set()
    assert facts.publisher == "outlet:sudan-tribune"


def test_hospitals_and_units_named_like_people_are_not_people():
    facts = facts_of(
        "Medics at the Kamal Adwan Hospital said three people were killed. Hussam Abu Safiya, "
        "director of Al-Awda Hospital, said the wounded were taken to the Nasser Medical "
        "Complex. The slain soldier, Sgt. Eitan Levi, served in the Givati Brigade's Shaked "
        "Battalion."
    )
    assert people(facts) == {"person:hussam abu safiya", "person:eitan levi"}


def test_a_ship_named_after_a_person_is_not_a_person():
    facts = facts_of(
        "Yahya Saree said the forces had targeted the aircraft carrier Harry Truman and the "
        "destroyer USS Stockdale in the Red Sea."
    )
    assert people(facts) == {"person:yahya saree"}


def test_the_dateline_s_country_is_where_a_town_is_looked_up_first():
    # Raja: a town of 3,700 in South Sudan, and a town of 20,000 in India ('Rāya')
    facts = facts_of("JUBA (AFP) - Shelling hit Raja on Monday, killing two civilians.", "AFP")
    assert [(a.place, a.figures.killed) for a in facts.attacks] == [("geo:368246", 2)]
    # the dateline's city tells where the news was written: no place of the article
    assert all(m.text != "JUBA" for m in facts.mentions)


def test_a_dateline_in_capitals_and_with_a_date_names_its_country_too():
    facts = facts_of("BAMAKO, March 3 (Reuters) - Gunmen attacked Sokolo on Monday.", "Reuters")
    assert [a.place for a in facts.attacks] == ["geo:2450849"]  # Sokolo, Mali


def test_a_given_name_alone_after_an_attack_word_may_be_a_town():
    facts = facts_of("Shelling hit Nasir on Monday, killing two civilians.")
    assert [(a.place, a.figures.killed) for a in facts.attacks] == [("place+:nasir", 2)]
    facts = facts_of("Shelling hit a market on Monday, killing Nasir Ahmed, a trader.")
    assert "person:nasir ahmed" in facts.entities
    assert not any(key.startswith("place") for key in facts.entities)
