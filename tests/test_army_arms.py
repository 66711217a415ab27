"""'army warplanes' without 'the' is the army named last, as 'the army' is: the attacker of what
they strike (invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_army_warplanes_are_the_army_named_before():
    assert attack_rows(
        "Fighting between the Sudanese army and the RSF entered a fourth day. Witnesses said "
        "army warplanes struck RSF positions in Omdurman on Tuesday.",
        date(2023, 4, 20),
    ) == [("geo:365137", date(2023, 4, 18), "forces:SD", None)]


def test_an_army_word_before_no_arms_is_no_army():
    rows = attack_rows(
        "Fighting between the Sudanese army and the RSF entered a fourth day. RSF fighters "
        "shelled an army base in Omdurman on Tuesday.",
        date(2023, 4, 20),
    )
    assert rows == [("geo:365137", date(2023, 4, 18), "org:rsf", None)]
