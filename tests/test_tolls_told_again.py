"""Tolls a later sentence tells again: victims singled out after the toll, a toll 'in that
strike' after a sentence of two attacks (each with the attacker its own words name), people
hurt on the way to a shelter, a version of the attack claimed on a later day, and a count from
the start of a war named by its month; on articles written for these tests (invented events,
real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows as attacks_of
from .wire import wire_facts

ODESA, KHARKIV, NAHARIYA = "geo:698740", "geo:706483", "geo:294117"


def test_victims_singled_out_after_the_toll_do_not_lower_it():
    attacks = attacks_of(
        "Russia launched a ballistic missile at Odesa on the evening of March 3, killing two "
        "people and injuring seven, Governor Oleh Kiper reported. A 51-year-old port worker was "
        "killed at the scene, and a woman died of her wounds in hospital overnight.",
        date(2025, 3, 4),
    )
    assert attacks == [(ODESA, date(2025, 3, 3), "country:RU", (2, 7))]


def test_people_hurt_running_to_a_shelter_are_no_victims_of_the_rocket():
    attacks = attacks_of(
        "One man was seriously wounded on Tuesday when a rocket fired from Lebanon struck a "
        "street in Nahariya, medics said. Two other people were lightly hurt while running to "
        "a shelter.",
        date(2024, 9, 4),
    )
    assert attacks == [(NAHARIYA, date(2024, 9, 3), None, (None, 1))]


def test_that_strike_is_the_one_told_last_and_each_place_has_its_own_attacker():
    attacks = attacks_of(
        "Hezbollah said it had fired rockets at Nahariya on Tuesday in response to an Israeli "
        "strike on the southern Lebanese village of Meiss al-Jabal. According to Lebanon's "
        "Health Ministry, two people were killed and four were wounded in that strike.",
        date(2024, 9, 4),
    )
    assert [(a[0], a[2], a[3]) for a in attacks] == [
        (NAHARIYA, "org:hezbollah", None),
        ("place+:meiss al-jabal", "country:IL", (2, 4)),
    ]


def test_the_other_sides_version_claimed_on_a_later_day_is_no_attack_of_that_day():
    attacks = attacks_of(
        "Russian drones attacked Kharkiv on Sunday, injuring four people. Russia's Defense "
        "Ministry claimed on Monday that its forces had struck military facilities in Kharkiv.",
        date(2025, 3, 10),
    )
    assert [a[1] for a in attacks if a[0] == KHARKIV][0] == date(2025, 3, 9)
    assert date(2025, 3, 10) not in [a[1] for a in attacks]


def test_a_count_from_the_start_of_the_invasion_in_a_month_is_a_total():
    facts = wire_facts(
        "Russian attacks killed at least 12,300 civilians and injured 28,100 in Ukraine between "
        "the start of the full-scale invasion in February 2022 and the end of November, "
        "according to the UN monitoring mission.",
        date(2024, 12, 12),
    )
    assert facts.attacks == []
    assert [(t.figures.killed, t.figures.injured) for t in facts.totals] == [(12300, 28100)]


def test_a_town_near_another_inside_a_where_clause_telling_the_strike_is_where_it_hit():
    attacks = attacks_of(
        "Moscow said Ukrainian drones had struck the Kursk region, where Governor Alexander "
        "Khinshtein reported that a drone hit a car near the town of Rylsk on Sunday morning, "
        "killing the driver.",
        date(2025, 6, 2),
    )
    assert attacks == [("geo:695019", date(2025, 6, 1), "country:UA", (1, None))]


def test_talks_since_a_year_held_on_a_day_are_dated_and_a_meeting_not_on_the_agenda_is_none():
    facts = wire_facts(
        "The first round of direct talks between the two countries since 2022 was held on May "
        "16 in Istanbul, by delegations headed by Vladimir Medinsky and Rustem Umerov. Kremlin spokesman Dmitry "
        "Peskov said a meeting between Vladimir Putin and Volodymyr Zelensky was not on the "
        "agenda.",
        date(2025, 6, 3),
    )
    assert [(c.participants, c.when.day) for c in facts.calls] == [
        (("person:vladimir medinsky", "person:rustem umerov"), date(2025, 5, 16))
    ]


def test_attacks_told_as_a_habit_are_none_unless_given_a_day():
    attacks = attacks_of(
        "Overnight, mortar shells landed in Mogadishu's Hodan district, injuring three "
        "civilians, Somali police said. Al-Shabaab militants have frequently targeted the "
        "airport of Baidoa with mortar fire.",
        date(2025, 4, 5),
    )
    assert len(attacks) == 1 and attacks[0][3] == (None, 3)


def test_victims_named_in_an_aside_are_counted_and_a_semicolon_ends_a_period():
    text = (
        "On October 11, two residents of the Guzanli settlement of the Aghdam district, a "
        "father and his son, were killed when a shell hit the yard of their house, "
        "Azerbaijan's prosecutors said. Stepanakert itself has been under almost daily fire "
        "since then; on October 13, a strike hit the city's maternity hospital."
    )
    attacks = attacks_of(text, date(2020, 10, 15))
    assert [(a[0], a[1], a[3]) for a in attacks] == [
        ("geo:585736", date(2020, 10, 11), (2, None)),
        ("place:stepanakert", date(2020, 10, 13), None),
    ]


def test_a_toll_risen_and_a_total_since_in_one_sentence_go_each_to_its_own():
    facts = wire_facts(
        "A missile hit the village of Qarayusifli in the Barda district on Sunday, killing two "
        "civilians. Bayramov said the death toll had risen to three after a wounded woman died "
        "in hospital, and that a total of 92 civilians had been killed and 404 wounded since "
        "September 27.",
        date(2020, 11, 3),
    )
    assert [(a.figures.killed, a.figures.injured) for a in facts.attacks] == [(3, None)]
    assert [(t.figures.killed, t.figures.injured, t.since) for t in facts.totals] == [
        (92, 404, date(2020, 9, 27))
    ]


def test_a_sentence_opening_with_the_northern_port_city_of_x_places_its_toll_there():
    attacks = attacks_of(
        "Iranian missiles struck Israel on Monday. In the northern port city of Haifa, two "
        "people were killed and about 20 injured after a missile hit near the oil refinery, "
        "according to the Haifa municipality.",
        date(2025, 6, 17),
    )
    assert [(a[0], a[3]) for a in attacks if a[0]] == [("geo:294801", (2, 20))]


def test_a_three_letter_town_after_in_is_a_place_of_a_country_the_article_names():
    attacks = attacks_of(
        "In Indian-administered Kashmir, one woman was killed and two people were wounded when "
        "shells hit homes in Uri, in the Baramulla district, on Thursday, Indian police said.",
        date(2025, 5, 9),
    )
    assert [(a[0], a[1], a[3]) for a in attacks] == [("geo:1253694", date(2025, 5, 8), (1, 2))]


def test_a_count_since_a_day_said_in_a_statement_on_monday_is_a_total_not_an_attack():
    text = (
        "Turkish drones struck the power station around Qamishli on Thursday. "
        "The Autonomous Administration of North and East Syria said in a statement on Monday "
        "that since October 5 the Turkish attacks have killed 48 people, including 11 "
        "civilians, and wounded 59."
    )
    assert attacks_of(text, date(2023, 10, 9)) == [
        ("place:qamishli", date(2023, 10, 5), "country:TR", None)
    ]
    assert [
        (t.figures.killed, t.figures.injured) for t in wire_facts(text, date(2023, 10, 9)).totals
    ] == [(48, 59)]
