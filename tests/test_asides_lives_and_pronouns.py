"""Attackers named before an aside, tolls told as lives taken, a toll over a whole country, and
a guest named by a pronoun (invented events, real places and offices): 'Armenia, in violation
of the truce, continues to fire missiles at'; 'taking the lives of 13'; 'Across Ukraine, at
least 41 died'; 'Putin hosted him for dinner'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows, total_rows, wire_facts

SATURDAY = date(2024, 3, 16)


def test_the_attacker_of_a_habit_told_past_an_aside_is_the_attacker_of_what_follows():
    rows = attack_rows(
        "The minister stressed that Russia, in flagrant violation of its own pledges, continues "
        "to fire missiles at Ukrainian cities far from the front. On March 11 a missile "
        "destroyed a residential building in Sumy and killed nine civilians.",
        SATURDAY,
    )
    assert rows == [("geo:692194", date(2024, 3, 11), "country:RU", (9, None))]  # Sumy


def test_lives_taken_or_claimed_are_the_killed():
    rows = attack_rows(
        "A ballistic missile struck Odesa on Friday, taking the lives of 13 people and leaving "
        "more than 50 wounded. A drone hit Kherson on Thursday, claiming the lives of four "
        "civilians.",
        SATURDAY,
    )
    assert [(day, figures) for _, day, _, figures in rows] == [
        (date(2024, 3, 15), (13, 50)),
        (date(2024, 3, 14), (4, None)),
    ]


def test_a_toll_across_a_named_country_is_a_total_beside_the_towns():
    text = (
        "Russia's combined missile attack on Friday killed 22 people in Kyiv. In Dnipro, one "
        "person was killed and six were injured, the governor said. Across Ukraine, at least 36 "
        "people died in the attack."
    )
    assert [figures for *_, figures in attack_rows(text, SATURDAY)] == [(22, None), (1, 6)]
    assert total_rows(text, SATURDAY) == [(36, None)]


def test_a_guest_named_by_a_pronoun_is_the_one_named_last():
    rows = call_rows(
        "The UN monitor Danielle Bell said the hospital had taken a direct hit. Indian Prime "
        "Minister Narendra Modi arrived in Moscow on Thursday. Vladimir Putin hosted him for "
        "dinner on Thursday evening, and the two leaders held talks at the Kremlin on Friday.",
        SATURDAY,
    )
    pair = ("person:vladimir putin", "person:narendra modi")
    assert rows == [
        ("Meeting", pair, date(2024, 3, 14)),
        ("Meeting", pair, date(2024, 3, 15)),
    ]


def test_a_surname_named_again_in_another_spelling_is_the_same_person():
    rows = call_rows(
        "President Volodymyr Zelensky met British Prime Minister Rishi Sunak in Kyiv on "
        "Saturday. Earlier the same day, Austrian Chancellor Karl Nehammer also met with "
        "Zelenskyy in the capital.",
        SATURDAY,
    )
    assert rows == [
        ("Meeting", ("person:volodymyr zelensky", "person:rishi sunak"), SATURDAY),
        ("Meeting", ("person:karl nehammer", "person:volodymyr zelensky"), SATURDAY),
    ]


def test_they_after_a_sentence_naming_two_people_are_those_two():
    rows = call_rows(
        "President Volodymyr Zelensky thanked his allies on Friday. European Commission "
        "President Ursula von der Leyen and EU foreign policy chief Josep Borrell arrived in "
        "Kyiv by train on Friday. Together with Slovak Prime Minister Eduard Heger, they held "
        "talks with Zelensky later in the day.",
        SATURDAY,
    )
    assert rows == [
        (
            "Meeting",
            (
                "person:ursula von der leyen",
                "person:josep borrell",
                "person:eduard heger",
                "person:volodymyr zelensky",
            ),
            date(2024, 3, 15),
        )
    ]


def test_victims_listed_with_one_and_a_number_are_added_up():
    rows = attack_rows(
        "A missile hit Odesa on Friday. A woman and two children were killed and 14 people were "
        "wounded. A drone struck Kherson on Thursday; two women and a child were killed. "
        "Shells hit Nikopol on Wednesday; a man and his three sons were killed.",
        SATURDAY,
    )
    assert [figures for *_, figures in rows] == [(3, 14), (3, None), (4, None)]


def test_a_partisan_adjective_names_the_state_it_stands_for():
    rows = attack_rows(
        'Hamas said its official Saleh al-Arouri had been killed on Friday in "a treacherous '
        'Zionist raid" on an office in Beirut.',
        SATURDAY,
    )
    assert [(day, attacker) for _, day, attacker, _ in rows] == [(date(2024, 3, 15), "country:IL")]


def test_a_neighbourhood_described_within_a_suburb_is_struck_and_the_suburb_is_not():
    rows = attack_rows(
        "The strike hit a residential building in Haret Hreik, a densely populated "
        "neighbourhood in the Dahiyeh area, on Friday. A woman and two children were killed.",
        SATURDAY,
    )
    assert rows == [("place+:haret hreik", date(2024, 3, 15), None, (3, None))]


def test_a_toll_of_attacks_on_many_towns_listed_is_their_total_and_the_region_is_not_struck():
    text = (
        "Rescuers said that attacks on Idlib city, Sarmin, Ariha and Darat Izza in the western "
        "countryside of Aleppo killed at least 11 civilians and injured about 40 on Friday. In "
        "Sarmin, five members of one family were killed when a shell hit their house on Friday "
        "evening."
    )
    rows = attack_rows(text, SATURDAY)
    friday = date(2024, 3, 15)
    assert [(place, day) for place, day, *_ in rows] == [
        ("geo:169389", friday),  # Idlib
        ("geo:164782", friday),  # Sarmin
        ("geo:172994", friday),  # Ariha, in Syria: not Jericho, which also goes by Ariha
        ("place+:darat izza", friday),  # the list's last name, after 'and'
        ("geo:164782", friday),  # Sarmin again, with its own toll (one attack once resolved)
    ]
    assert [figures for *_, figures in rows] == [None, None, None, None, (5, None)]
    assert total_rows(text, SATURDAY) == [(11, 40)]


def test_a_title_ending_a_headline_names_no_one_on_the_next_line():
    facts = wire_facts(
        "Death toll in Kursk rises to 12 - governor\n\nKURSK, March 16. The toll from the "
        "attack of the Ukrainian armed forces on Kursk on Friday has risen to 12, Kursk Region "
        "Governor Alexei Smirnov said. Kursk was shelled again overnight.",
        SATURDAY,
    )
    assert sorted(k for k in facts.entities if k.startswith("person:")) == ["person:alexei smirnov"]


def test_denying_is_a_denial():
    facts = wire_facts(
        "A missile hit Ganja on Friday, killing three civilians, Azerbaijan said. Armenia issued "
        "a statement denying any involvement.",
        SATURDAY,
    )
    assert [a.claim.stance for a in facts.attacks] == ["asserted", "denied"]
