"""Victims told by who they were rather than by number, meetings told with a modifier, and days
told against the news day ('a day earlier', 'later in the day'), on articles written for these
tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.extract.figures import FigureReader
from conflictkg.extract.vocab import load_vocabulary
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def figures(text: str):
    found = load_vocabulary().derive(FigureReader).find(text, [])
    return found and (found.killed, found.injured)


def calls_of(facts):
    return [(c.kind, c.participants, c.when.day) for c in facts.calls]


def test_a_resident_of_a_village_named_by_apposition_is_one_victim_there():
    facts = facts_of(
        "Baku, October 3. A 71-year-old resident of the village of Shikharkh in the Tartar "
        "district, Elmira Aliyeva, was killed last night when a shell hit her yard, the "
        "prosecutor's office said.",
        date(2020, 10, 3),
    )
    assert [(a.place, a.when.day, a.figures.killed) for a in facts.attacks] == [
        ("geo:828645", date(2020, 10, 2), 1)
    ]


def test_an_aside_between_spaced_hyphens_is_not_between_the_count_and_its_verb():
    assert figures(
        "Three civilians - Anar Guliyev, born in 1975, his wife and their 10-year-old son - "
        "were killed, and four other people were wounded."
    ) == (3, 4)


def test_no_one_hurt_is_no_count():
    assert figures("No one was hurt, the city authorities said.") is None
    assert figures("Not one resident was injured.") is None
    assert figures("No one was killed, but two people were injured.") == (None, 2)


def test_victims_after_a_possessive_are_counted():
    assert figures("The shell hit a house, killing a woman and wounding her two sons.") == (1, 2)


def test_a_period_told_in_a_relative_clause_is_not_the_toll_s():
    facts = facts_of(
        "In Martuni, which has been shelled almost daily since the start of the war, a "
        "60-year-old woman was killed on Friday when a rocket hit her house.",
        date(2020, 10, 11),
    )
    assert [(a.place, a.when.day, a.figures.killed) for a in facts.attacks] == [
        ("place:martuni", date(2020, 10, 9), 1)
    ]
    assert facts.totals == []


def test_a_meeting_with_words_between_held_and_meeting_is_a_meeting():
    facts = facts_of(
        "Foreign Minister Jeyhun Bayramov and Georgian Foreign Minister David Zalkaliani held "
        "a one-on-one meeting in Baku on Wednesday, followed by talks of the delegations.",
        date(2020, 9, 30),
    )
    assert calls_of(facts) == [
        ("Meeting", ("person:jeyhun bayramov", "person:david zalkaliani"), date(2020, 9, 30))
    ]


def test_a_day_earlier_is_the_day_before_the_one_told():
    facts = facts_of(
        "Prime Minister Nikol Pashinyan spoke by phone with French President Emmanuel Macron on "
        "Tuesday. A day earlier, Foreign Minister Zohrab Mnatsakanyan had a telephone "
        "conversation with his Russian counterpart Sergei Lavrov.",
        date(2020, 9, 30),
    )
    assert [c[2] for c in calls_of(facts)] == [date(2020, 9, 29), date(2020, 9, 28)]


def test_later_in_the_day_is_the_news_day_not_the_day_of_an_attack_told_between():
    facts = facts_of(
        "Foreign Minister Jeyhun Bayramov had a telephone conversation with Russian Foreign "
        "Minister Sergey Lavrov today. Bayramov told him about the missile attack on Ganja on "
        "October 17, which killed 13 civilians. Later in the day, Bayramov received the UN "
        "Resident Coordinator in Azerbaijan, Ghulam Isaczai.",
        date(2020, 10, 19),
    )
    assert [c[2] for c in calls_of(facts)] == [date(2020, 10, 19), date(2020, 10, 19)]


def test_earlier_in_the_day_counts_from_the_day_the_speaker_spoke():
    facts = facts_of(
        "A ministry spokesman said on Tuesday that Hakan Fidan had a telephone conversation "
        "with Sergey Lavrov earlier in the day.",
        date(2024, 4, 4),
    )
    assert calls_of(facts) == [
        ("PhoneCall", ("person:hakan fidan", "person:sergey lavrov"), date(2024, 4, 2))
    ]


def test_victims_listed_after_the_verb_are_counted_one_by_one():
    assert figures("The strike killed a mother and her three children.") == (4, None)
    assert figures("The drone strike killed a man and his wife in their car.") == (2, None)
    assert figures("Shelling wounded a woman and her two grandsons in Kherson.") == (None, 3)
    assert figures("The strike killed a commander and his deputy.") is None  # no victim word
