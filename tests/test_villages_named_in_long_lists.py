"""A list of four names or more holding a known place and no other known name is a list of
places, the last one after 'and' too, even names that look like a person's ('naming Chabriha,
Borj El Chmali, Tyre, Rab Thalathin, Khiam and Tayr Harfa'); a short list beside a known
town names no places ('schools in Gaza City, Abdel Fattah Hamoud and Al-Zahraa') (invented
wording, real places)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts

SUNDAY = date(2024, 7, 28)


def kinds(text: str) -> dict[str, str]:
    facts = wire_facts(text, SUNDAY)
    return {m.text: facts.entities[m.ref].kind for m in facts.mentions}


def test_every_name_of_a_long_list_with_a_known_village_is_a_place():
    named = kinds(
        "Overnight, Israeli jets struck Hezbollah targets in southern Lebanon, the military "
        "said, naming Chabriha, Borj El Chmali, Tyre, Rab Thalathin, Khiam and Tayr Harfa."
    )
    assert [name for name, kind in named.items() if kind == "Place"] == [
        "Chabriha",
        "Borj El Chmali",
        "Tyre",
        "Rab Thalathin",
        "Khiam",
        "Tayr Harfa",
    ]


def test_two_names_beside_a_known_town_stay_what_they_were():
    named = kinds(
        "Israeli jets bombed two schools sheltering displaced people in Gaza City, Abdel Fattah "
        "Hamoud and Al-Zahraa, on Thursday."
    )
    assert [name for name, kind in named.items() if kind == "Place"] == ["Gaza City"]
