"""Talks between teams whose heads are named next, and a meeting talked of as a way forward,
not held (invented wording, real people): 'The Russian and Ukrainian delegations met ... The
Russian team was led by Medinsky and the Ukrainian team by Arakhamia, a lawmaker from
Zelensky's party'; 'the proposals could open the way to a meeting between Zelensky and
Putin'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows

TUESDAY = date(2022, 3, 29)


def test_teams_led_by_two_people_named_after_their_talks():
    rows = call_rows(
        "The Russian and Ukrainian delegations met for about four hours at the Dolmabahce "
        "Palace in Istanbul on Tuesday. The Russian team was led by Kremlin aide Vladimir "
        "Medinsky and the Ukrainian team by David Arakhamia, a senior lawmaker from President "
        "Volodymyr Zelensky's party.",
        TUESDAY,
    )
    assert rows == [("Meeting", ("person:vladimir medinsky", "person:david arakhamia"), TUESDAY)]


def test_a_meeting_the_proposals_could_open_the_way_to_was_not_held():
    assert (
        call_rows(
            "Presidential adviser Mykhailo Podolyak said on Tuesday the proposals could open the "
            "way to a meeting between Volodymyr Zelensky and Vladimir Putin.",
            TUESDAY,
        )
        == []
    )


def test_an_attack_told_in_a_clause_with_as_and_the_group_named_by_its_backer():
    rows = attack_rows(
        "The toll from Israeli strikes on the Houthi-held port of Hodeidah has risen to six, the "
        "Houthi-run health ministry said on Sunday, as the Iran-aligned group said it had fired "
        "missiles at the Israeli city of Eilat.",
        date(2024, 7, 21),
    )
    assert [(place, attacker, figures) for place, _, attacker, figures in rows] == [
        ("place:hodeidah", "country:IL", (6, None)),
        ("geo:295277", "org:houthis", None),  # Eilat
    ]


def test_a_clause_with_as_that_blames_is_no_other_attack():
    rows = attack_rows(
        "The death toll from the bombing of two camps on the outskirts of Goma has risen to 35, "
        "the government said, as Kinshasa and Washington blamed the M23 rebels and the Rwandan "
        "army for the attack.",
        date(2024, 5, 5),
    )
    assert [(place, figures) for place, _, _, figures in rows] == [("geo:216281", (35, None))]
