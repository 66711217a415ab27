"""An armed group named again as 'the group', attacks on a province, tallies that go on after a
period told, an offensive still planned, a day that fell last year, a dateline of two cities,
and a call told in an aside about its day; on articles written for these tests (invented
events, real places and people)."""

from __future__ import annotations

from datetime import date

from conflictkg.extract.text import find_dates

from .wire import wire_facts


def attacks_of(text: str, published: date):
    facts = wire_facts(text, published)
    return [(a.place, a.when.bounds(), a.perpetrator) for a in facts.attacks]


def test_the_terror_group_is_the_armed_group_named_last():
    attacks = attacks_of(
        "Hamas claimed responsibility for the shooting. The attack came a day after the "
        "militant group fired rockets at Sderot on Monday.",
        date(2024, 5, 8),
    )
    assert attacks == [("geo:293619", (date(2024, 5, 6), date(2024, 5, 6)), "org:hamas")]  # Sderot


def test_the_attacker_who_claimed_an_attack_is_the_attacker_of_the_next():
    attacks = attacks_of(
        "A drone launched from Lebanon slammed into a home in the town of Metula on Wednesday, "
        "lightly wounding a man. Hezbollah claimed responsibility for the attack, saying it had "
        "targeted a building used by Israeli soldiers. Later, a rocket hit a field near Kiryat "
        "Shmona.",
        date(2024, 7, 10),
    )
    assert [a[2] for a in attacks] == ["org:hezbollah", "org:hezbollah"]


def test_an_attack_on_a_province_of_one_night_is_an_attack_there():
    attacks = attacks_of(
        "The Israeli military said its jets had struck missile launchers in Kermanshah province "
        "in western Iran overnight.",
        date(2025, 6, 17),
    )
    assert attacks == [("region:IR-05", (date(2025, 6, 16), date(2025, 6, 17)), "forces:IL")]


def test_a_tally_of_attacks_on_a_province_is_no_attack():
    assert (
        attacks_of(
            "Over the past day, Russian forces launched 87 attacks on Kherson Oblast, the "
            "governor said. Russia has dropped more than 900 glide bombs on the Kharkiv region "
            "in October alone.",
            date(2024, 11, 2),
        )
        == []
    )


def test_counts_in_the_perfect_after_a_period_told_add_up_that_period():
    facts = wire_facts(
        "An Israeli drone struck a car near Tyre on Tuesday, killing two people. Since October "
        "8, Hezbollah has attacked Israeli towns along the border almost daily. The attacks on "
        "northern Israel have killed 12 civilians. In Lebanon, more than 450 people have been "
        "killed, according to an AFP tally.",
        date(2024, 6, 5),
    )
    assert [(a.place, a.figures.killed) for a in facts.attacks] == [("geo:267008", 2)]
    assert [t.figures.killed for t in facts.totals] == [12, 450]


def test_an_offensive_still_planned_is_no_attack():
    attacks = attacks_of(
        "Defense Minister Yoav Gallant held talks with Secretary of State Antony Blinken on "
        "Monday on the planned Israeli offensive in Rafah.",
        date(2024, 3, 26),
    )
    assert attacks == []


def test_a_day_months_after_the_news_day_fell_last_year_and_its_toll_is_not_the_last_attacks():
    facts = wire_facts(
        "An Israeli strike on a house in Deir al-Balah on Monday killed eight people, health "
        "officials said. The war began when Hamas-led fighters attacked Israel on Oct. 7, "
        "killing 1,200 people.",
        date(2024, 3, 26),
    )
    # the attack the war began with is one of its own, by those who led it (since stop 27)
    assert [(a.when.day, a.perpetrator, a.figures.killed) for a in facts.attacks] == [
        (date(2024, 3, 25), "country:IL", 8),
        (date(2023, 10, 7), "org:hamas", 1200),
    ]


def test_a_dateline_of_two_cities_gives_no_day_to_the_lead():
    attacks = attacks_of(
        "DUBAI/JERUSALEM, June 17 (Reuters) - Iranian missiles hit a residential building in "
        "Petah Tikva early on Monday, killing four people.",
        date(2025, 6, 17),
    )
    assert attacks == [("geo:293918", (date(2025, 6, 16), date(2025, 6, 16)), "country:IR")]


def test_a_call_told_in_an_aside_has_the_asides_day():
    facts = wire_facts(
        "U.S. President Donald Trump, who spoke with Israeli Prime Minister Benjamin Netanyahu "
        "by phone on Sunday, left the Group of Seven summit in Canada a day early on Monday.",
        date(2025, 6, 17),
    )
    assert [(c.participants, c.when.day) for c in facts.calls] == [
        (("person:donald trump", "person:benjamin netanyahu"), date(2025, 6, 15))
    ]


def test_odesa_oblast_is_the_region_and_its_governor_names_no_place_struck():
    facts = wire_facts(
        "The death toll from Russia's missile strike on the port town of Pivdennyi, Odesa "
        "Oblast, on Oct. 14 has risen to eight. Fifteen people were injured. In Kharkiv, debris "
        "from a downed drone fell on a house on Oct. 15, injuring two people, Kharkiv Oblast "
        "Governor Oleh Syniehubov said.",
        date(2024, 10, 15),
    )
    assert "region:UA-51" in facts.entities
    assert [(a.place, a.figures.killed, a.figures.injured) for a in facts.attacks] == [
        ("place+:pivdennyi", 8, 15),
        ("geo:706483", None, 2),  # Kharkiv, the city
    ]


def test_two_attacks_set_against_each_other_by_while_in_are_each_counted_at_their_place():
    facts = wire_facts(
        "In the Leepa Valley, two civilians were martyred when a shell hit their house on "
        "Thursday, while in Kotli three people were martyred and four injured, officials said.",
        date(2025, 5, 9),
    )
    assert [(a.place, a.figures.killed, a.figures.injured) for a in facts.attacks] == [
        ("place+:leepa", 2, None),
        ("geo:1173055", 3, 4),  # Kotli
    ]


def test_a_few_missiles_on_a_province_are_an_attack_and_while_in_shares_the_day():
    attacks = attacks_of(
        "Two Russian missiles struck the Kharkiv region on Monday, killing three. On Tuesday, "
        "three people were killed in Kherson when a missile hit a bus, while in Sumy two people "
        "were killed.",
        date(2024, 11, 6),
    )
    assert [(a[0], a[1][0]) for a in attacks] == [
        ("region:UA-63", date(2024, 11, 4)),
        ("geo:706448", date(2024, 11, 5)),  # Kherson
        ("geo:692194", date(2024, 11, 5)),  # Sumy
    ]


def test_the_group_is_no_armed_group_after_a_rights_group_nor_a_movement_of_troops():
    facts = wire_facts(
        "Hamas fighters attacked an army post near Sderot on Monday. Human Rights Watch said "
        "the group had documented the killings. The movement of troops continued.",
        date(2024, 5, 8),
    )
    hamas = [m.text for m in facts.mentions if m.ref == "org:hamas"]
    assert hamas == ["Hamas"]


def test_missiles_shot_down_are_no_attack_and_later_this_week_is_no_day():
    facts = wire_facts(
        "Two missiles were shot down over Kyiv overnight. The ministers will meet later this "
        "week. Fighting raged over the last week.",
        date(2024, 11, 6),
    )
    assert facts.attacks == []
    assert find_dates("The ministers will meet later this week.", date(2024, 11, 6)) == []
    assert find_dates("Fighting raged over the last week.", date(2024, 11, 6)) == []
