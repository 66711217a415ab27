"""A city whose name holds the word 'City' ('Gaza City', 'GAZA CITY' in a dateline) is that
city, named whole, never 'Gaza' (the Strip's name); 'Ganja city' is Ganja (invented wording,
real places)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts

TUESDAY = date(2023, 10, 31)


def named(text: str) -> dict[str, str]:
    facts = wire_facts(text, TUESDAY)
    return {m.text: m.ref for m in facts.mentions if m.ref.startswith(("place", "geo"))}


def test_a_dateline_in_capitals_names_gaza_city_whole():
    assert named("GAZA CITY\n\nIsraeli warplanes struck the Jabalia refugee camp on Tuesday.") == {
        "GAZA CITY": "place:gaza-city",
        "Jabalia": "geo:281129",
    }


def test_a_town_followed_by_city_in_lower_case_is_the_town():
    assert named("Armenian forces shelled Ganja city on Tuesday.") == {"Ganja": "place:ganja"}
