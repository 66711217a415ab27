"""A region named again as 'the region', then the town where the attack fell; an attack that
'came a day after' another, told on its own day; a strike 'hours after' another, each read on
its own; the places a list names after an attack told without a place take its day; names of
unknown villages listed after one (invented events, real places): 'On Monday, the military
again attacked the region. In the town of Rylsk, a woman was injured'; 'The strike on Lviv
came a day after Russian forces fired missiles ... on January 8. Officials said civilians
were killed in Kharkiv, Zaporizhzhia and Dnipro'; 'jets hit launchers in Ramyeh, Markaba and
Yaroun'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, wire_facts


def test_the_region_named_again_is_where_the_town_told_next_lies():
    rows = attack_rows(
        "A missile struck Kursk on Saturday, killing two people. Debris fell across the Kursk "
        "Region. On Monday, the Ukrainian military again attacked the region. In the town of "
        "Rylsk, a woman was injured when a drone struck a car, the governor said.",
        date(2024, 8, 13),
    )
    assert rows == [
        ("geo:538560", date(2024, 8, 10), None, (2, None)),  # Kursk, on Saturday
        ("geo:695019", date(2024, 8, 12), "forces:UA", (None, 1)),  # Rylsk, on Monday
    ]


def test_an_attack_that_came_a_day_after_another_is_told_on_its_own_day():
    rows = attack_rows(
        "The strike on Lviv came a day after Russian forces fired missiles at energy facilities "
        "across Ukraine on January 8. Ukrainian officials said homes had been hit and civilians "
        "killed in Kharkiv, Zaporizhzhia and Dnipro.",
        date(2024, 1, 10),
    )
    assert rows == [
        ("geo:702550", None, None, None),  # Lviv, not on January 8
        ("geo:706483", date(2024, 1, 8), "forces:RU", None),  # Kharkiv
        ("geo:687700", date(2024, 1, 8), "forces:RU", None),  # Zaporizhzhia
        ("geo:709930", date(2024, 1, 8), "forces:RU", None),  # Dnipro
    ]


def test_strikes_hours_after_another_attack_and_the_villages_they_hit():
    facts = wire_facts(
        "Israeli jets struck targets across southern Lebanon late on Saturday, the army said, "
        "hours after a drone launched from Lebanon hit a house in Metula, wounding two people. "
        "The army said the jets hit rocket launchers in Ramyeh, Markaba and Yaroun.",
        date(2024, 3, 10),
    )
    rows = [(a.place, a.when.day, a.perpetrator) for a in facts.attacks]
    assert rows == [
        ("geo:294247", None, None),  # Metula: hours before the strikes, no day of its own
        ("place+:ramyeh", date(2024, 3, 9), "country:IL"),
        ("place+:markaba", date(2024, 3, 9), "country:IL"),
        ("place+:yaroun", date(2024, 3, 9), "country:IL"),
    ]
    assert facts.attacks[0].figures.injured == 2


def test_a_title_after_a_place_and_a_comma_is_no_place():
    facts = wire_facts(
        "Rockets hit Stepanakert on Thursday, Human Rights Defender of Artsakh Artak Beglaryan "
        "said. In Yerevan, Defence Ministry spokeswoman Shushan Stepanyan said the shelling "
        "went on.",
        date(2020, 10, 9),
    )
    places = {ref for ref, e in facts.entities.items() if e.kind == "Place"}
    assert places == {"place:stepanakert", "place:nagorno-karabakh", "place:yerevan"}


def test_a_town_struck_after_an_aside_that_describes_it():
    rows = attack_rows(
        "A missile hit Ganja at 01:00 on October 17, killing 13 civilians. The ministry said "
        "that Mingachevir, home to the country's largest hydropower plant, was also targeted "
        "the same night. Tartar, a town of 100,000 people, was shelled on Friday.",
        date(2020, 10, 18),
    )
    assert [(place, day) for place, day, *_ in rows] == [
        ("place:ganja", date(2020, 10, 17)),
        ("place:mingachevir", date(2020, 10, 17)),
        ("place:tartar", date(2020, 10, 16)),
    ]


def test_a_town_described_is_the_one_the_sentence_named_not_its_dateline():
    rows = attack_rows(
        "Baku - Rescue teams in Ganja were pulling bodies from the debris on Saturday after a "
        "missile fired from Armenia slammed into a residential quarter of Azerbaijan's "
        "second-largest city at about 01:00 on October 17, killing 13 people.",
        date(2020, 10, 17),
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("place:ganja", date(2020, 10, 17), (13, None))
    ]


def test_a_town_described_without_a_town_named_is_no_town_told_before():
    rows = attack_rows(
        "A missile hit Ganja on October 17, killing 13. Armenia called the reports from Baku a "
        "lie. Saturday's strike was the third attack on Azerbaijan's second-largest city this "
        "month.",
        date(2020, 10, 18),
    )
    assert "place:baku" not in {place for place, *_ in rows}


def test_a_toll_told_a_day_earlier_is_no_update_and_said_on_the_morning_of_is_no_day():
    rows = attack_rows(
        "The number of people killed by a Russian missile that hit a building in Dnipro on Jan. "
        "14 has risen to 40, the governor said on the morning of Jan. 16. A day earlier the "
        "toll stood at 30.",
        date(2023, 1, 16),
    )
    assert rows == [("geo:709930", date(2023, 1, 14), "country:RU", (40, None))]


def test_explosions_also_reported_in_two_towns_are_two_more_attacks():
    rows = attack_rows(
        "A missile hit a building in Dnipro on Jan. 14, killing 40. The attack came on Saturday "
        "afternoon as part of a mass missile strike that Russia launched against Ukraine's "
        "energy infrastructure. Explosions were also reported in Kyiv, where debris fell in the "
        "Dniprovskyi district in the morning, and in Kharkiv, where Governor Oleh Syniehubov "
        "said missiles hit critical infrastructure facilities.",
        date(2023, 1, 16),
    )
    assert [(place, day) for place, day, *_ in rows] == [
        ("geo:709930", date(2023, 1, 14)),  # Dnipro, told again on Saturday: one attack
        ("place:kyiv", date(2023, 1, 14)),  # in the same mass strike, on Saturday
        ("geo:706483", date(2023, 1, 14)),  # Kharkiv
    ]


def test_a_town_struck_after_an_aside_one_of_its_kind():
    rows = attack_rows(
        "The Holy Savior Ghazanchetsots Cathedral in Shushi, one of the main spiritual symbols "
        "of Artsakh, was struck twice on Thursday by the Azerbaijani armed forces.",
        date(2020, 10, 8),
    )
    assert rows == [("place:shusha", date(2020, 10, 8), "forces:AZ", None)]


def test_a_town_that_remained_under_fire():
    rows = attack_rows(
        "The capital Stepanakert also remained under fire on Thursday, with air-raid sirens "
        "sounding through the day, while the town of Martuni was shelled again.",
        date(2020, 10, 8),
    )
    assert [(place, day) for place, day, *_ in rows] == [
        ("place:stepanakert", date(2020, 10, 8)),
        ("place:martuni", date(2020, 10, 8)),
    ]


def test_the_attack_told_again_in_a_village_of_the_region_is_that_attack_on_its_day():
    rows = attack_rows(
        "The death toll from an air attack by Myanmar's military on a gathering in the central "
        "region of Sagaing rose to about 100 on Wednesday. The attack took place at about 8 a.m. "
        "on Tuesday in Pazigyi village in Kanbalu township. Reports late on Tuesday had put the "
        "number of dead at 53.",
        date(2023, 4, 12),
    )
    assert rows == [("place+:pazigyi", date(2023, 4, 11), "forces:MM", (100, None))]


def test_a_state_of_a_country_and_a_camp_some_kilometres_from_a_town():
    facts = wire_facts(
        "An attack on a camp for displaced people in Myanmar's northern Kachin state killed 29 "
        "people and wounded 56 others, an ethnic armed group said on Tuesday. The blast hit the "
        "Mung Lai Hkyet camp, about 5 km (3 miles) from the town of Laiza, at around 11:30 p.m. "
        "on Monday. A spokesman of the State Service of Emergency Situations said the strike "
        "had hit houses.",
        date(2023, 10, 10),
    )
    assert "region:MM-11" in facts.entities  # Kachin State, ISO 3166-2
    rows = [
        (a.place, a.when.day, (a.figures.killed, a.figures.injured) if a.figures else None)
        for a in facts.attacks
    ]
    assert rows == [("place+:mung lai hkyet", date(2023, 10, 9), (29, 56))]


def test_a_city_described_as_facing_the_capital_and_a_district_of_another_city():
    rows = attack_rows(
        "An air strike on a residential area of Omdurman, the city facing the capital Khartoum "
        "across the Nile, killed at least 22 people on Saturday, health authorities said. On "
        "June 17, at least 17 people were killed when an air strike hit homes in the Yarmouk "
        "district of southern Khartoum, according to the ministry.",
        date(2023, 7, 9),
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("geo:365137", date(2023, 7, 8), (22, None)),  # Omdurman, not Khartoum
        ("geo:379252", date(2023, 6, 17), (17, None)),  # Khartoum, not Omdurman told before
    ]


def test_a_town_that_names_a_truce_is_no_town_struck():
    rows = attack_rows(
        "A missile hit Ganja on October 17, killing 13. On October 11, only hours after the "
        "Moscow truce took effect, a missile destroyed an apartment building in the centre of "
        "the city, killing 10 civilians. The city also came under missile fire on October 4.",
        date(2020, 10, 18),
    )
    assert [(place, day) for place, day, *_ in rows] == [
        ("place:ganja", date(2020, 10, 17)),
        ("place:ganja", date(2020, 10, 11)),
        ("place:ganja", date(2020, 10, 4)),
    ]


def test_a_peoples_state_is_no_place():
    facts = wire_facts(
        "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, a move "
        "Israel denounced.",
        date(2024, 5, 28),
    )
    assert not [ref for ref, e in facts.entities.items() if e.kind == "Place"]


def test_the_attack_named_by_its_place_is_at_that_place_and_an_attack_named_in_passing_is_not():
    rows = attack_rows(
        "Tanks pushed into Rafah, where displaced people live in the Tel al-Sultan neighbourhood. "
        "The Tel al-Sultan attack, late on Sunday, 26 May, hit a camp for displaced people near "
        "a UN base in the northwest of Rafah, killing 45 people.",
        date(2024, 5, 28),
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("place+:tel al-sultan", date(2024, 5, 26), (45, None))
    ]
    rows = attack_rows(
        "Hezbollah, which has denied any involvement in the Majdal Shams attack, had not "
        "confirmed the death by Wednesday afternoon.",
        date(2024, 7, 31),
    )
    assert [day for _, day, *_ in rows if day] == []


def test_an_attack_that_came_after_an_order_to_halt_an_offensive_is_the_only_one():
    rows = attack_rows(
        "An Israeli strike set a tent camp ablaze in Rafah on Sunday, killing 45 people. The "
        "attack came two days after the International Court of Justice ordered Israel to halt "
        "its military offensive in Rafah.",
        date(2024, 5, 28),
    )
    assert [(place, day) for place, day, *_ in rows] == [("geo:281102", date(2024, 5, 26))]
