"""Running totals as wire copy tells them: two sources in one sentence, a war's toll after a
sentence about the war, a period between two months, a long war's start; and what is not an
attack's toll. Articles written for these tests (invented figures, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def totals(facts):
    return [(t.figures.killed, t.figures.injured, t.since) for t in facts.totals]


def test_two_sources_figures_in_one_sentence_are_two_totals():
    facts = facts_of(
        "Baku says 14 civilians have been killed and 40 injured by shelling since September "
        "27, while the ombudsman in Stepanakert has reported 16 civilian deaths and 61 people "
        "injured.",
        date(2020, 10, 2),
    )
    assert totals(facts) == [(14, 40, date(2020, 9, 27)), (16, 61, date(2020, 9, 27))]


def test_a_long_war_s_start_far_before_the_figure_keeps_the_total():
    facts = facts_of(
        "Since the beginning of the special military operation in February 2022, shelling "
        "has killed more than 150 civilians in the Kursk region and injured over 600, the "
        "governor said.",
        date(2024, 4, 6),
    )
    assert [(k, i) for k, i, _ in totals(facts)] == [(150, 600)]


def test_after_a_sentence_about_the_war_its_toll_is_a_total():
    facts = facts_of(
        "An airstrike hit a market in El Daein on Friday, killing 17 people. The war between "
        "the army and the RSF broke out in April 2023. More than 28,000 people have been "
        "killed, according to the United Nations.",
        date(2025, 1, 19),
    )
    assert [a.figures.killed for a in facts.attacks] == [17]
    assert [k for k, _, _ in totals(facts)] == [28000]


def test_figures_between_two_months_are_a_total():
    facts = facts_of(
        "Gang members attacked Mirebalais on Sunday, killing six people. At least 1,100 "
        "people were killed and 450 injured in gang violence between April and June, the UN "
        "said.",
        date(2025, 9, 30),
    )
    assert [a.figures.killed for a in facts.attacks] == [6]
    assert [(k, i) for k, i, _ in totals(facts)] == [(1100, 450)]


def test_thousands_killed_in_the_perfect_tense_are_no_attack():
    facts = facts_of(
        "The Houthis say their attacks aim to end Israel's offensive in Gaza, where more than "
        "36,000 Palestinians have been killed, according to the Health Ministry.",
        date(2024, 6, 20),
    )
    assert facts.attacks == []
    assert [k for k, _, _ in totals(facts)] == [36000]


def test_a_toll_dated_before_the_attack_told_is_not_its_update():
    facts = facts_of(
        "On Sunday, gang members attacked the town of Mirebalais, killing six people. In "
        "October 2024, members of another gang killed at least 115 people in a village.",
        date(2025, 9, 30),
    )
    assert [a.figures.killed for a in facts.attacks] == [6]


def test_the_toll_from_a_weekday_s_attack_is_that_attack_s():
    facts = facts_of(
        "The death toll from Wednesday's missile attack on the city of Barda has risen to 21, "
        "with 70 others injured, the office said on Thursday.",
        date(2020, 10, 29),
    )
    assert [(a.place, a.when.day, a.figures.killed, a.figures.injured) for a in facts.attacks] == [
        ("place:barda", date(2020, 10, 28), 21, 70)
    ]
    assert facts.totals == []


def test_a_sentence_opening_with_since_gives_a_total_and_no_attack():
    facts = facts_of(
        "Since September 27, Armenian attacks have killed 69 civilians and wounded 322 in "
        "Azerbaijan, the office said.",
        date(2020, 10, 28),
    )
    assert facts.attacks == []
    assert totals(facts) == [(69, 322, date(2020, 9, 27))]


def test_a_count_that_a_side_puts_at_a_number_is_a_total():
    facts = facts_of(
        "The Karabakh authorities put the number of civilian deaths on their side at 36.",
        date(2020, 10, 19),
    )
    assert [k for k, _, _ in totals(facts)] == [36]


def test_another_source_putting_the_toll_higher_does_not_replace_the_first():
    facts = facts_of(
        "Israeli air strikes on a building in Khan Younis killed at least 17 people on "
        "Tuesday, the health ministry said, while the civil defence agency put the toll at 22.",
        date(2023, 11, 15),
    )
    assert [(a.when.day, a.figures.killed) for a in facts.attacks] == [(date(2023, 11, 14), 17)]
