"""An attack reacted to ('Moscow condemned the strike and asked for a Security Council meeting on
Tuesday') is the attack told, not one of the reacting country on that day; another source that
'gave a higher toll of 11 dead, saying ... were killed in the strike on the Kafr Sousa district
of the capital' counts the attack told, beside the first count; 'The shells hit the Kavumu and
Ruzizi camps, west of the city, on Friday' dates the attack on the city told (invented events,
real places)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts as facts_of

TUESDAY = date(2024, 4, 2)
DAMASCUS = "geo:170654"
LEAD = (
    "An Israeli air strike hit a residential building in the Syrian capital Damascus on Monday, "
    "killing four people, the Syrian health ministry said. "
)


def test_a_strike_condemned_is_the_strike_told():
    facts = facts_of(
        LEAD + "Russia condemned the strike and requested a meeting of the U.N. Security "
        "Council, which diplomats said would take place on Tuesday.",
        TUESDAY,
    )
    assert [(a.place, a.when.day, a.perpetrator) for a in facts.attacks] == [
        (DAMASCUS, date(2024, 4, 1), "country:IL")
    ]


def test_a_higher_toll_of_another_source_counts_the_strike_told():
    facts = facts_of(
        LEAD + "The Syrian Observatory for Human Rights gave a higher toll of 11 dead, saying "
        "six Syrians and five foreigners were killed in the strike on the Kafr Sousa district "
        "of the capital.",
        TUESDAY,
    )
    assert sorted((a.place, a.when.day, a.figures.killed) for a in facts.attacks) == [
        (DAMASCUS, date(2024, 4, 1), 4),
        (DAMASCUS, date(2024, 4, 1), 11),
    ]
    assert [a.another_count for a in facts.attacks] == [False, True]


def test_camps_west_of_the_city_told_date_the_attack_on_the_city():
    facts = facts_of(
        "Shells struck two camps for displaced people on the outskirts of Bukavu, killing at "
        "least nine people, a civil society group said Saturday. The shells hit the Kavumu and "
        "Ruzizi camps, west of the city, around noon on Friday.",
        date(2025, 1, 11),
    )
    assert [(a.place, a.when.day, a.figures.killed) for a in facts.attacks] == [
        ("geo:217831", date(2025, 1, 10), 9)
    ]
    assert {"place+:kavumu", "place+:ruzizi"} <= set(facts.entities)
