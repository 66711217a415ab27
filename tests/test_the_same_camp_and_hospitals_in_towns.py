"""'In the same camp' points back to the camp told before, even when a town was named in
between ('Nuseirat refugee camp ... a hospital in Deir al-Balah ... a school in the same
camp'); a town after 'in' before 'said' is where the speaker is, no person ('Al-Aqsa Martyrs
Hospital in Deir al-Balah said') (invented wording and tolls, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, wire_facts

SUNDAY = date(2024, 6, 9)


def test_a_town_where_a_speaking_hospital_stands_is_no_person():
    facts = wire_facts(
        "Al-Aqsa Martyrs Hospital in Deir al-Balah said it had received dozens of bodies.", SUNDAY
    )
    assert [e.label for e in facts.entities.values() if e.kind == "Person"] == []


def test_the_same_camp_is_the_camp_not_the_town_named_since():
    rows = attack_rows(
        "Israeli forces stormed the Nuseirat refugee camp in the central Gaza Strip on Saturday, "
        "the ministry said. Medics said a strike also hit a house in Deir al-Balah on Saturday. "
        "The raid came two days after Israeli warplanes bombed a school in the same camp on "
        "Thursday, killing at least 40 people.",
        SUNDAY,
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("geo:281109", date(2024, 6, 8)),
        ("place+:deir al-balah", date(2024, 6, 8)),
        ("geo:281109", date(2024, 6, 6)),
    ]
