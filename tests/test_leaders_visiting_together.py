"""Two leaders told touring a city together on a day ('as Zelensky and Mitsotakis were visiting
the city on March 6'), of whom the article then says 'The two leaders discussed ...', met on
that day; so did two who signed a deal where one had arrived ('arrived in Madrid on Monday,
where he and Sanchez signed') (invented wording, real people and places)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

WEDNESDAY = date(2024, 3, 6)
VISIT = (
    "A Russian missile attack on Odesa's port killed five people on March 6 as President "
    "Volodymyr Zelensky and Greek Prime Minister Kyriakos Mitsotakis were {verb} the city, the "
    "navy reported. Mitsotakis told reporters the blast had been very close. "
)
MET = ("Meeting", ("person:volodymyr zelensky", "person:kyriakos mitsotakis"), WEDNESDAY)


def test_the_two_leaders_who_toured_and_discussed_met_on_the_visits_day():
    rows = call_rows(
        VISIT.format(verb="visiting") + "The two leaders discussed defence cooperation and the "
        "reconstruction of the ports, the President's Office said.",
        WEDNESDAY,
    )
    assert rows == [MET]


def test_talks_of_the_pair_who_were_touring_take_the_visits_day():
    rows = call_rows(
        VISIT.format(verb="touring") + "During the talks, Zelensky and Mitsotakis discussed air "
        "defence and the security of shipping in the Black Sea.",
        WEDNESDAY,
    )
    assert rows == [MET]


def test_two_leaders_who_discussed_without_a_visit_told_did_not_meet():
    rows = call_rows(
        "Mitsotakis told reporters in Athens that Greece would send more shells. The two "
        "leaders discussed defence cooperation, his office said.",
        WEDNESDAY,
    )
    assert rows == []


def test_two_who_signed_a_deal_where_one_arrived_met_there():
    rows = call_rows(
        "President Volodymyr Zelensky arrived in Madrid on Monday, where he and Spanish Prime "
        "Minister Pedro Sanchez signed a bilateral security agreement.",
        date(2024, 5, 27),
    )
    assert rows == [
        ("Meeting", ("person:volodymyr zelensky", "person:pedro sanchez"), date(2024, 5, 27))
    ]


def test_leaders_who_signed_a_statement_with_no_place_they_were_did_not_meet():
    rows = call_rows(
        "Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian "
        "Prime Minister Nikol Pashinyan have signed a joint statement on a complete ceasefire, "
        "the Kremlin said on Tuesday.",
        date(2020, 11, 10),
    )
    assert rows == []
