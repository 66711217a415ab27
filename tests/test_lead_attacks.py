"""An attack told in the lead without its town, placed by the next sentence ('... in an attack
on a mosque in the west of the country. Gunmen surrounded the mosque in the village of Manda on
Saturday'); a village is no big city abroad known by the same name; 'Friday prayers' is no
day; on articles written for these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts


def attacks_of(text: str, published: date):
    facts = wire_facts(text, published)
    return [(a.place, a.when.day, a.figures and a.figures.killed) for a in facts.attacks]


def test_the_lead_attack_takes_the_village_and_day_the_next_sentence_gives():
    attacks = attacks_of(
        "NIAMEY (AFP) - Niger's government on Monday declared two days of mourning after at "
        "least 27 civilians were killed in an attack on a market in the west of the country, "
        "which it blamed on the Islamic State group.\n\nGunmen on motorbikes surrounded the "
        "market in the village of Manda, in the Tillaberi region, on Saturday, the interior "
        "ministry said.",
        date(2025, 6, 23),
    )
    assert attacks == [("place+:manda", date(2025, 6, 21), 27)]


def test_a_government_named_next_does_not_place_the_lead_attack():
    attacks = attacks_of(
        "At least 12 civilians were killed in an attack on a village in the north of the "
        "country on Sunday, the army said. There was no reaction from Bamako.",
        date(2025, 6, 23),
    )
    assert attacks == []


def test_friday_prayers_are_no_day_of_the_attack():
    attacks = attacks_of(
        "In March, at least 44 people were killed when gunmen attacked a mosque in Fambita "
        "during Friday prayers.",
        date(2025, 6, 23),
    )
    assert [(place, day) for place, day, _ in attacks] == [("place+:fambita", None)]


def test_the_day_that_names_the_attack_with_its_toll_dates_the_attack_told_without_one():
    attacks = attacks_of(
        "Earlier in the week, Russian forces dropped guided bombs on the Ukrainian town of "
        "Bilopillia in Sumy Oblast. A 68-year-old man was killed and two other residents were wounded in the "
        "Jan. 13 attack, the regional administration said.",
        date(2025, 1, 15),
    )
    assert attacks == [("geo:712559", date(2025, 1, 13), 1)]
