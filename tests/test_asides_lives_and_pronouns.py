"""Attackers named before an aside, tolls told as lives taken, a toll over a whole country, and
a guest named by a pronoun (invented events, real places and offices): 'Armenia, in violation
of the truce, continues to fire missiles at'; 'taking the lives of 13'; 'Across Ukraine, at
least 41 died'; 'Putin hosted him for dinner'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows, total_rows

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
