"""Places an attack is given from elsewhere in the article (invented events, real places): an
attack told on a day without a town ('a train station in eastern Ukraine') is the one the
article places on that day, unless its own sentence names that place as something else ('fired
from the Rafah area toward central Israel'); 'the Mayo neighbourhood of southern Khartoum' is
no Mayo of another country the article names."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, wire_facts

SATURDAY = date(2022, 4, 9)
KRAMATORSK = "geo:704508"


def test_an_attack_told_without_its_town_takes_the_town_told_that_day():
    rows = attack_rows(
        "A Russian rocket slammed into a train station in eastern Ukraine on Friday, killing at least "
        "50 people, Ukrainian authorities said. Bodies lay on the platform. Russia denied it "
        "had fired on Kramatorsk on Friday.",
        SATURDAY,
    )
    assert {(row[0], row[1]) for row in rows} == {(KRAMATORSK, date(2022, 4, 8))}


def test_an_attack_whose_sentence_names_the_town_as_its_origin_stays_placeless():
    rows = attack_rows(
        "An Israeli airstrike on a camp in Rafah killed 45 people on Sunday night. The strike "
        "came hours after Hamas fired a barrage of rockets from the Rafah area toward central "
        "Israel on Sunday afternoon.",
        date(2024, 5, 27),
    )
    assert sorted(row[0] or "" for row in rows) == ["", "geo:281102"]


def test_a_neighbourhood_of_a_town_lies_in_the_towns_country():
    facts = wire_facts(
        "At least 43 people were killed on Sunday when a drone struck the Qouro market in the "
        "Mayo neighbourhood of southern Khartoum, the ministry said. The United States "
        "condemned the attack.",
        date(2023, 9, 11),
    )
    assert "place+:mayo" in facts.entities
    assert [a.place for a in facts.attacks] == ["geo:379252"]


def test_an_earlier_years_meeting_told_with_its_month_is_kept_and_a_but_clause_takes_no_part():
    from .wire import call_rows

    rows = call_rows(
        "Cambodian Foreign Minister Prak Sokhonn, who served as envoy before, met junta chief "
        "Min Aung Hlaing on March 5, 2022, but the generals have since refused to let envoys meet "
        "Aung San Suu Kyi. In the 1990s, the junta met no envoy at all.",
        date(2024, 1, 12),
    )
    assert rows == [
        ("Meeting", ("person:prak sokhonn", "person:min aung hlaing"), date(2022, 3, 5))
    ]


def test_an_attack_where_another_struck_before_is_told_on_its_own_day():
    rows = attack_rows(
        "Twin car bombs killed 100 people at the Zobe junction in Mogadishu on Saturday. The "
        "bombings took place at the same junction where a truck bomb killed 587 people on "
        "October 14, 2017, the deadliest attack in the country's history.",
        date(2022, 10, 30),
    )
    assert [(row[1], row[3]) for row in rows] == [
        (date(2022, 10, 29), (100, None)),
        (date(2017, 10, 14), (587, None)),
    ]


def test_the_capital_is_the_capital_told_before():
    rows = attack_rows(
        "Twin car bombs killed 100 people in Mogadishu on Saturday. In August this year, "
        "al-Shabaab fighters stormed a hotel in the capital, killing 21 people.",
        date(2022, 10, 30),
    )
    assert [row[0] for row in rows] == ["geo:53654", "geo:53654"]


def test_the_capital_is_no_town_told_before_that_is_not_one():
    rows = attack_rows(
        "Gunmen attacked a police post in Kismayo on Friday, killing four officers. Hours "
        "later, gunmen stormed a hotel in the capital, killing 21 people.",
        date(2022, 10, 30),
    )
    assert [row[0] for row in rows] == ["geo:55671"]


def test_a_schools_name_is_no_place_when_the_sentence_names_its_town():
    rows = attack_rows(
        "More than 90 people were killed on Saturday when Israeli aircraft bombed al-Tabi'in "
        "school, which shelters displaced families in the Daraj neighbourhood of Gaza City. "
        "On Friday, strikes on the Ras Isa port in Hodeidah province killed 74 people.",
        date(2024, 8, 11),
    )
    assert [row[0] for row in rows] == ["place:gaza-city", "place+:ras isa"]


def test_an_attack_told_days_after_the_main_clause_is_that_many_days_before_its_day():
    rows = attack_rows(
        "President Joe Biden told Prime Minister Benjamin Netanyahu on Thursday that US support "
        "would depend on new steps, three days after Israeli strikes killed seven aid workers. "
        "The convoy was struck late Monday in Deir al-Balah. The bombing comes two days after "
        "the army struck two schools in Gaza City on Saturday, killing 18 people.",
        date(2024, 4, 5),
    )
    assert {(row[0], row[1]) for row in rows} == {
        ("place+:deir al-balah", date(2024, 4, 1)),
        ("place:gaza-city", date(2024, 3, 30)),
    }
    assert (7, None) in {row[3] for row in rows if row[1] == date(2024, 4, 1)}


def test_a_town_in_the_possessive_is_a_place_and_another_sides_attack_does_not_lend_its_town():
    rows = attack_rows(
        "Two people were killed and nine injured in a Russian strike on Odesa's port on Tuesday. "
        "Three were wounded in a Russian strike on a port on Tuesday. An Israeli strike on a "
        "tent camp in Khan Younis killed at least 19 people on Tuesday. Hezbollah said it fired "
        "rockets at the kibbutz of Ayelet HaShahar on Tuesday.",
        date(2024, 9, 11),
    )
    assert [row[0] for row in rows] == ["geo:698740", "geo:698740", "geo:281124", "geo:295587"]


def test_a_camp_that_opens_the_sentence_is_the_place_and_a_school_near_it_is_not():
    rows = attack_rows(
        "Israeli warplanes bombed a building in Beit Lahia on Tuesday. In Jabalia refugee camp, "
        "five people were killed on Tuesday afternoon when the army shelled a house near "
        "Al-Fakhura school, medical sources said.",
        date(2024, 10, 30),
    )
    assert [row[0] for row in rows] == ["geo:281145", "geo:281129"]


def test_a_district_owned_by_a_town_named_is_in_that_town_and_news_elsewhere_borrows_no_place():
    rows = attack_rows(
        "A missile strike on the railway station in Kramatorsk, Ukraine, killed 60 people on "
        "Monday. "
        "Meanwhile, in the south, a Russian shell hit a bus stop in Kherson's Dniprovskyi "
        "district on Tuesday morning, killing a man, the city military administration said.",
        date(2023, 8, 8),
    )
    assert [(row[0], row[1]) for row in rows] == [
        ("geo:704508", date(2023, 8, 7)),
        ("geo:706448", date(2023, 8, 8)),
    ]


def test_news_from_elsewhere_borrows_no_town_told_before():
    rows = attack_rows(
        "A missile strike on the railway station in Kramatorsk, Ukraine, killed 60 people on "
        "Monday. Meanwhile, in the south, a Russian shell hit a bus stop in the city on Tuesday "
        "morning, killing a man.",
        date(2023, 8, 8),
    )
    assert [row[0] for row in rows] == ["geo:704508", None]
