"""Talks between teams whose heads are named next, and a meeting talked of as a way forward,
not held (invented wording, real people): 'The Russian and Ukrainian delegations met ... The
Russian team was led by Medinsky and the Ukrainian team by Arakhamia, a lawmaker from
Zelensky's party'; 'the proposals could open the way to a meeting between Zelensky and
Putin'."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

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
