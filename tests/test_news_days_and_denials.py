"""'Ukraine on Friday mourned the victims of a strike' dates the mourning, not the strike; the
strike told again ('The missiles slammed into an office building in the city centre late on
Thursday morning') is the same strike, on Thursday; a denial naming another attacker and no
place is a denial of the strike told, no new attack; a defence ministry that says its missiles
hit stands for its country as the attacker; "the number of people killed by a missile ... has risen
to 12" is that missile's toll, and "The missile struck the building at around 04:00 on Friday"
dates it; on articles written for these tests
(invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, wire_facts


def test_a_day_before_mourned_is_the_news_day_and_the_strike_told_again_gives_its_day():
    rows = attack_rows(
        "Ukraine on Friday mourned the victims of a Russian missile strike on the city of "
        "Vinnytsia that killed 14 people. The missiles slammed into a shopping centre in the "
        "city centre late on Thursday morning, the police said.",
        date(2023, 8, 11),
    )
    assert rows == [("geo:689558", date(2023, 8, 10), "country:RU", (14, None))]


def test_residents_who_buried_on_sunday_those_killed_date_no_attack():
    rows = attack_rows(
        "Residents of Tartar buried on Sunday the three civilians killed in Armenian shelling.",
        date(2020, 10, 18),
    )
    assert [(place, day) for place, day, _, _ in rows] == [("place:tartar", None)]


def test_a_denial_that_names_another_attacker_without_a_place_is_the_attack_told_denied():
    facts = wire_facts(
        "A Russian missile struck the railway station in Kramatorsk on Friday, killing 30 "
        "people. Russia's defence ministry denied responsibility, saying its forces had no "
        "combat tasks on Friday and that missiles of the kind were used only by the Ukrainian "
        "military.",
        date(2022, 4, 8),
    )
    assert [(a.place, a.when.day, a.claim.stance) for a in facts.attacks] == [
        ("geo:704508", date(2022, 4, 8), "asserted"),
        ("geo:704508", date(2022, 4, 8), "denied"),
    ]


def test_a_defence_ministry_that_says_its_missiles_hit_stands_for_its_country():
    rows = attack_rows(
        "Russia's defence ministry said its cruise missiles had hit a military depot in the "
        "Ukrainian city of Kryvyi Rih on Thursday. Earlier, on June 12, a missile hit an "
        "apartment block in the city, killing 11 people.",
        date(2023, 6, 16),
    )
    assert rows == [
        ("geo:703845", date(2023, 6, 15), "country:RU", None),
        ("geo:703845", date(2023, 6, 12), "country:RU", (11, None)),
    ]


def test_a_toll_of_those_killed_by_a_missile_risen_overnight_is_dated_by_the_missile_told_again():
    rows = attack_rows(
        "The number of people killed by a Russian missile that hit an apartment building in the "
        "Ukrainian city of Uman, Cherkasy region, overnight has risen to 12, the minister said. "
        "According to the police, 9 people were injured. The missile struck the nine-storey "
        "building at around 04:00 on Friday.",
        date(2023, 4, 28),
    )
    assert rows == [("geo:690688", date(2023, 4, 28), "country:RU", (12, 9))]
