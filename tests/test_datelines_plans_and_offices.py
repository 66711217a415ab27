"""An attack dated when told again by its object, a dateline naming a country of several words,
a meeting still to be held, and an office by its abbreviation (invented events, real places and
offices): '... when two missiles hit it on the morning of March 8'; 'GOMA, Democratic Republic of
Congo, May 4 (Reuters) -'; 'to discuss a possible meeting with Kagame'; 'the Armenian FM'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows, wire_facts

SATURDAY = date(2024, 3, 9)


def test_an_attack_told_again_by_what_it_hit_takes_the_day_then_given():
    rows = attack_rows(
        "The number of people killed in the Russian missile strike on the railway station in "
        "Kramatorsk has risen to 31, the governor said on Saturday. Hundreds of people were "
        "waiting at the station when two missiles hit it on the morning of March 8.",
        SATURDAY,
    )
    assert rows == [("geo:704508", date(2024, 3, 8), "country:RU", (31, None))]


def test_a_dateline_naming_a_country_of_several_words_gives_no_day_of_the_attack():
    rows = attack_rows(
        "GOMA, Democratic Republic of Congo, March 9 (Reuters) - Bombs struck displacement "
        "camps on the outskirts of Goma on Friday, killing at least 12 people, a government "
        "spokesman said.",
        SATURDAY,
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("geo:216281", date(2024, 3, 8), (12, None))  # Goma
    ]


def test_a_meeting_discussed_is_not_held():
    rows = call_rows(
        "Congolese President Felix Tshisekedi met Angolan President Joao Lourenco in Luanda on "
        "Tuesday to discuss a possible meeting with Rwandan President Paul Kagame.",
        SATURDAY,
    )
    assert rows == [
        ("Meeting", ("person:felix tshisekedi", "person:joao lourenco"), date(2024, 3, 5))
    ]


def test_a_country_adjective_and_an_abbreviated_office_name_its_holder():
    rows = call_rows(
        "Armenian Foreign Minister Ararat Mirzoyan spoke by phone with Russian Foreign Minister "
        "Sergei Lavrov on Wednesday. Azerbaijani Foreign Minister Jeyhun Bayramov met the OSCE "
        "co-chairs on Thursday. On Friday, the Armenian FM also had a phone talk with his French "
        "counterpart Stephane Sejourne.",
        SATURDAY,
    )
    assert rows[-1] == (
        "PhoneCall",
        ("person:ararat mirzoyan", "person:stephane sejourne"),
        date(2024, 3, 8),
    )


def test_an_area_of_the_camp_is_the_camp_and_a_hospital_named_for_a_country_names_none():
    text = (
        "Israeli air raids hit the Nuseirat refugee camp in central Gaza on Friday. Saturday's "
        "strike hit the Al-Awda area of the camp, killing at least 20 people, according to the "
        "director of the Indonesian Hospital. On Thursday, at least 50 people were killed when "
        "six bombs struck the camp, the hospital said."
    )
    rows = attack_rows(text, SATURDAY)
    assert [(day, attacker, figures) for _, day, attacker, figures in rows] == [
        (date(2024, 3, 8), "country:IL", None),
        (date(2024, 3, 9), "country:IL", (20, None)),
        (date(2024, 3, 7), "country:IL", (50, None)),
    ]
    assert len({place for place, *_ in rows}) == 1  # all in the camp
    facts = wire_facts(text, SATURDAY)
    assert "country:ID" not in facts.entities


def test_a_downing_is_an_attack_its_building_is_the_town_named_before_and_a_habit_is_none():
    rows = attack_rows(
        "On Friday, Putin spoke by phone with Aliyev. In the conversation, Aliyev apologized for "
        "the downing of a Russian Mi-24 helicopter earlier that day over Armenian territory near "
        "the village of Yeraskh. "
        "Two crew members were killed. The deal came two days after Azerbaijan took Shusha, the "
        "second largest town of Karabakh. Its cathedral was damaged by two strikes on March 1. "
        "Azerbaijan said a strike on Barda on March 2 killed 21 people, while Karabakh "
        "authorities said Stepanakert was shelled almost daily.",
        SATURDAY,
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("geo:391241", date(2024, 3, 8), (2, None)),  # Yeraskh
        ("place:shusha", date(2024, 3, 1), None),
        ("place:barda", date(2024, 3, 2), (21, None)),
    ]
