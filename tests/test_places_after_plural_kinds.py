"""Places listed after a plural kind word ('the villages of A, B and C', 'the ports of Ras Isa and
Hodeidah'); a comma alone does not continue such a list; on articles written for these tests
(invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts


def test_every_village_listed_after_the_plural_is_struck():
    facts = wire_facts(
        "Azerbaijani forces shelled the villages of Chinari, Aygepar and Berdavan in Tavush "
        "province on Monday, the Armenian defence ministry said.",
        date(2020, 10, 13),
    )
    assert [(a.place, a.when.day) for a in facts.attacks] == [
        ("geo:616780", date(2020, 10, 12)),
        ("place+:aygepar", date(2020, 10, 12)),
        ("geo:616801", date(2020, 10, 12)),
    ]


def test_ports_listed_after_the_plural_are_places():
    facts = wire_facts(
        "US warplanes carried out raids on Thursday on the ports of Ras Isa and Salif on the Red "
        "Sea coast.",
        date(2025, 4, 18),
    )
    assert {m.text: m.ref for m in facts.mentions if m.ref.startswith(("place", "geo"))} == {
        "Ras Isa": "place+:ras isa",
        "Salif": "place+:salif",
        "Red Sea": "place:red-sea",
    }


def test_a_comma_alone_does_not_continue_the_list():
    facts = wire_facts(
        "The enemy keeps shelling the peaceful settlements of Artsakh, Human Rights Defender "
        "Artak Beglaryan reports.",
        date(2020, 10, 31),
    )
    assert sorted(k for k, e in facts.entities.items() if e.kind == "Place") == [
        "place:nagorno-karabakh"
    ]


def test_towns_listed_after_a_struck_town_are_struck_each_though_no_country_is_named():
    facts = wire_facts(
        "Russian drones hit Kharkiv, Sumy and Odesa on Sunday, and a missile struck Dnipro or "
        "Zaporizhzhia a day later.",
        date(2024, 5, 21),
    )
    assert [(a.place, a.when.day) for a in facts.attacks][:3] == [
        ("geo:706483", date(2024, 5, 19)),  # Kharkiv
        ("geo:692194", date(2024, 5, 19)),  # Sumy
        ("geo:698740", date(2024, 5, 19)),  # Odesa
    ]
    assert {m.text: m.ref for m in facts.mentions if m.ref.startswith("geo")} == {
        "Kharkiv": "geo:706483",
        "Sumy": "geo:692194",
        "Odesa": "geo:698740",
        "Dnipro": "geo:709930",
        "Zaporizhzhia": "geo:687700",
    }


def test_a_name_after_a_town_and_a_comma_is_no_town_unless_the_gazetteer_holds_it():
    facts = wire_facts(
        "Russian missiles struck Kharkiv, Mayor Ihor Terekhov said on Sunday.",
        date(2024, 5, 21),
    )
    assert sorted(k for k, e in facts.entities.items() if e.kind == "Place") == ["geo:706483"]
