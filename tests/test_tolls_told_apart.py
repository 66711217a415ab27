"""Tolls told apart from their attack, and capitals that speak (invented events, real places and
offices): 'The mayor said 41 people had been injured in Odesa' after the attack on Odesa is its
toll; 'Across the country 19 people were killed' is the day's toll over the land, no one
attack's; 'officials had spoken of 9 dead' is an earlier count; 'said Baku would present
evidence', 'backers in Tehran' are governments, not places struck."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, total_rows, wire_facts

TUESDAY = date(2023, 7, 25)
ODESA = "geo:698740"

STRIKE = (
    "Russia launched a massive missile attack on Odesa on Monday, damaging the Transfiguration "
    "Cathedral and killing at least two people, Ukrainian officials said. "
)


def test_a_toll_at_the_place_just_struck_is_that_attacks():
    rows = attack_rows(
        STRIKE + "Oleh Kiper, head of the Odesa regional military administration, said 22 "
        "people had been injured in Odesa, including four children.",
        TUESDAY,
    )
    assert rows == [(ODESA, date(2023, 7, 24), "country:RU", (2, 22))]


def test_a_toll_across_the_country_is_a_total_and_not_the_place_struck():
    text = (
        STRIKE + "Across the country at least 19 people were killed in the overnight barrage, "
        "according to President Volodymyr Zelensky."
    )
    assert attack_rows(text, TUESDAY) == [(ODESA, date(2023, 7, 24), "country:RU", (2, None))]
    assert total_rows(text, TUESDAY) == [(19, None)]


def test_a_count_officials_had_given_before_is_no_new_toll():
    rows = attack_rows(
        "The number of people killed in Sunday's missile strike on Odesa has risen to 12, while "
        "40 people were wounded, the emergency service said on Monday. Two missiles struck the "
        "city on the morning of July 23. On Sunday evening officials had spoken of 9 dead and 31 "
        "injured.",
        date(2023, 7, 24),
    )
    assert {row[3] for row in rows if row[3]} == {(12, 40)}


def test_a_capital_that_will_act_or_backs_someone_is_its_government():
    facts = wire_facts(
        "A missile struck an apartment block in Ganja on Sunday, killing nine civilians. "
        "Hikmet Hajiyev told journalists that targeting sleeping families was a war crime and "
        "said Baku would present evidence to international organisations. The US State "
        "Department urged the group's backers in Tehran to rein them in.",
        date(2020, 10, 12),
    )
    assert {a.place for a in facts.attacks} == {"place:ganja"}


def test_casualties_that_bring_the_number_killed_since_a_day_to_a_figure_are_a_total():
    text = (
        "Artsakh's human rights defender said the new casualties bring the number of civilians "
        "killed since September 27 to 37, while 104 civilians have been wounded over the same "
        "period."
    )
    assert total_rows(text, date(2020, 10, 17)) == [(37, 104)]
