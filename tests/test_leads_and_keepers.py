"""A dateline after a headline ('Toll rises ... / GAZA, June 9, 2024 (WAFA) - ...') is the day of
the news, not of the attack the lead tells of 'yesterday'; 'a school run by UNRWA' and 'a village
held by the army' name who keeps the place, not who struck it (invented events, real places)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article

from .wire import attack_rows


def test_a_dateline_after_the_headline_does_not_date_the_attack():
    text = (
        "Death toll of strike on Maghazi camp rises to 31\n\n"
        "GAZA, June 9, 2024 (WAFA) - The toll of the Israeli airstrike on Maghazi refugee camp "
        "yesterday has risen to 31 martyrs, the Ministry of Health said on Sunday.\n"
    )
    facts = extract(Article("lead", date(2024, 6, 9), "WAFA", text, Path("lead.txt")))
    assert [(a.place, a.when.day, a.figures.killed) for a in facts.attacks] == [
        ("place+:maghazi", date(2024, 6, 8), 31)
    ]


def test_who_runs_the_place_struck_is_not_the_attacker():
    assert attack_rows(
        "Warplanes bombed a school run by the UN Relief and Works Agency (UNRWA) in Jabalia on "
        "Thursday, killing 12 people.",
        date(2024, 6, 9),
    ) == [("geo:281129", date(2024, 6, 6), None, (12, None))]
    assert (
        attack_rows(
            "Rapid Support Forces shelled a village held by the Sudanese army near El Fasher on "
            "Friday, killing five civilians.",
            date(2024, 6, 9),
        )[0][2]
        == "org:rsf"
    )
