"""An attack told first by a window the text gives ('overnight') and then again with its day
is one attack on that day, with the toll told first; an attack on the same town on another day
stays another; a toll 'in the city' told by "Karabakh's emergency service" is the toll of the
city just struck, not of Karabakh; on articles written for these tests (invented events, real
places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, wire_facts


def test_an_overnight_attack_told_again_with_its_day_is_one_attack_with_the_first_toll():
    rows = attack_rows(
        "The number of civilians killed in the overnight rocket attack on the city of Mykolaiv "
        "has risen to 9, the regional governor said. At about 02:00 on March 29 the Russian "
        "army fired two rockets at the regional administration building in Mykolaiv. On March "
        "22, a rocket fired by Russian forces hit a school in the city, killing 3.",
        date(2022, 3, 29),
    )
    assert rows == [
        ("geo:700569", date(2022, 3, 29), "forces:RU", (9, None)),
        ("geo:700569", date(2022, 3, 22), "forces:RU", (3, None)),
    ]


def test_an_attack_told_without_a_window_is_not_dated_by_a_later_attack_on_the_town():
    rows = attack_rows(
        "Russian forces shelled Mykolaiv, killing two civilians, the governor said. On March 22, "
        "a rocket hit a school in Mykolaiv.",
        date(2022, 3, 29),
    )
    assert rows == [
        ("geo:700569", None, "forces:RU", (2, None)),
        ("geo:700569", date(2022, 3, 22), "forces:RU", None),
    ]


def test_a_toll_in_the_city_told_by_a_regions_own_service_is_the_toll_of_the_city_struck():
    rows = attack_rows(
        "Stepanakert came under renewed Azerbaijani rocket fire overnight. Karabakh's State "
        "Service of Emergency Situations said one civilian was wounded in the city.",
        date(2020, 10, 24),
    )
    assert rows == [("place:stepanakert", None, "country:AZ", (None, 1))]


def test_a_toll_risen_on_a_day_dates_the_news_and_the_next_sentence_dates_the_attack():
    rows = attack_rows(
        "The death toll from a Russian strike on a crowded market in the city of Kostiantynivka "
        "rose to 17 on Thursday, with 32 people wounded, Ukrainian officials said. A missile "
        "hit the market on Wednesday afternoon, when dozens of people were shopping there.",
        date(2023, 9, 7),
    )
    assert rows == [("geo:705104", date(2023, 9, 6), "country:RU", (17, 32))]


def test_a_town_is_the_one_whose_own_name_it_is_not_one_once_called_so():
    rows = attack_rows(
        "Russian forces shelled Pokrovsk in Ukraine's Donetsk region on Monday, killing two.",
        date(2024, 8, 21),
    )
    assert rows == [("geo:704422", date(2024, 8, 19), "forces:RU", (2, None))]  # not Engels


def test_a_lead_attack_retold_with_its_day_and_no_place_is_that_attack_on_that_day():
    rows = attack_rows(
        "Sudan's paramilitary Rapid Support Forces attacked the main hospital in the city of "
        "Kadugli, forcing it to close, aid groups said. RSF fighters stormed the hospital on "
        "Saturday afternoon, looting its pharmacy.",
        date(2024, 6, 10),
    )
    assert rows == [("geo:373141", date(2024, 6, 8), "org:rsf", None)]


def test_thousands_wounded_is_no_count_and_does_not_take_the_killed_told_before():
    facts = wire_facts(
        "The war has killed more than 14,000 people and wounded thousands of others, according "
        "to the United Nations.",
        date(2024, 6, 10),
    )
    assert [(t.figures.killed, t.figures.injured) for t in facts.totals] == [(14000, None)]


def test_two_massacres_on_two_days_told_by_weekday_and_date_are_one_attack_a_day():
    rows = attack_rows(
        "The Israeli occupation had committed two massacres in Jabalia refugee camp in the north "
        "of the Strip on Tuesday and Wednesday, October 31 and November 1, levelling entire "
        "residential blocks.",
        date(2023, 11, 5),
    )
    assert rows == [
        ("geo:281129", date(2023, 10, 31), "country:IL", None),
        ("geo:281129", date(2023, 11, 1), "country:IL", None),
    ]


def test_thursdays_attack_dates_the_attack_told_before_and_the_mourning_country_is_no_attacker():
    rows = attack_rows(
        "Syria has begun three days of official mourning after a drone attack on a military "
        "academy graduation ceremony in the city of Homs. The toll from Thursday's attack on the "
        "academy rose to 89 dead, with 277 people wounded, the Syrian health ministry said on "
        "Friday.",
        date(2023, 10, 6),
    )
    assert rows == [("geo:169577", date(2023, 10, 5), None, (89, 277))]


def test_the_town_told_again_beside_a_reference_point_is_the_town_and_its_attackers_are_named():
    rows = attack_rows(
        "Islamist militants killed at least 200 people in an attack on Saturday near the town of "
        "Barsalogho in north-central Burkina Faso, a security source told Reuters. Fighters "
        "from JNIM arrived on motorbikes and opened fire on villagers digging trenches on the "
        "outskirts of the town, about 80 km (50 miles) north of Kaya, residents said. About 140 "
        "people were wounded, according to the security source.",
        date(2024, 8, 27),
    )
    assert rows == [("place+:barsalogho", date(2024, 8, 24), "org:jnim", (200, 140))]


def test_a_day_after_counts_from_the_day_said_and_a_district_is_of_the_city_told():
    rows = attack_rows(
        "Mali's government said on Wednesday that the situation was under control a day after "
        "JNIM fighters attacked a gendarmerie school in the capital Bamako. The gunmen stormed "
        "the school in the Faladie district at dawn on Tuesday, witnesses said.",
        date(2024, 9, 18),
    )
    assert {(place, day) for place, day, _, _ in rows} == {("geo:2460596", date(2024, 9, 17))}


def test_each_clause_of_a_sentence_dates_its_own_places():
    rows = attack_rows(
        "Karabakh officials said Azerbaijani strikes on Wednesday damaged the maternity hospital "
        "in Stepanakert, and that on Thursday shells landed in Shushi and in Berdzor.",
        date(2020, 10, 30),
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("place:stepanakert", date(2020, 10, 28)),
        ("place:shusha", date(2020, 10, 29)),
        ("place:lachin", date(2020, 10, 29)),
    ]
