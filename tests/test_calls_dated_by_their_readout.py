"""The day of a call told by the sentences around it: 'During today's conversation', a call 'the
day before' the one told last, 'last Friday' in Friday's news, and an aside about the host ('A
was received by B, who held separate talks with C the same day'); on articles written for these
tests (invented events, real people and offices)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts


def calls_of(text: str, published: date):
    facts = wire_facts(text, published)
    return [(c.kind, c.participants, c.when.day) for c in facts.calls]


def test_todays_conversation_dates_the_call_told_just_before():
    calls = calls_of(
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani has held a telephone "
        "conversation with Egyptian Foreign Minister Badr Abdelatty, the ministry said. During "
        "today's conversation, the two ministers discussed the exchange of hostages.",
        date(2025, 1, 9),
    )
    assert calls == [
        (
            "PhoneCall",
            ("person:mohammed bin abdulrahman al thani", "person:badr abdelatty"),
            date(2025, 1, 9),
        )
    ]


def test_a_call_the_day_before_counts_from_the_call_told_last_not_the_attack_recalled():
    calls = calls_of(
        "Ukrainian Foreign Minister Andrii Sybiha spoke by phone with Polish Foreign Minister "
        "Radoslaw Sikorski on Thursday. Sybiha recalled that on Monday a Russian missile hit a "
        "hospital in Kharkiv. Sybiha had discussed the same issues by phone with German Foreign "
        "Minister Annalena Baerbock the day before.",
        date(2024, 5, 24),
    )
    assert calls == [
        ("PhoneCall", ("person:andrii sybiha", "person:radoslaw sikorski"), date(2024, 5, 23)),
        ("PhoneCall", ("person:andrii sybiha", "person:annalena baerbock"), date(2024, 5, 22)),
    ]


def test_the_day_before_with_no_call_told_counts_from_the_day_named_last():
    calls = calls_of(
        "A drone hit a school in Sumy on Monday. Ukrainian Foreign Minister Andrii Sybiha had "
        "spoken by phone with Polish Foreign Minister Radoslaw Sikorski the day before.",
        date(2024, 5, 24),
    )
    assert calls == [
        ("PhoneCall", ("person:andrii sybiha", "person:radoslaw sikorski"), date(2024, 5, 19))
    ]


def test_last_friday_in_fridays_news_is_a_week_ago_and_on_friday_is_today():
    calls = calls_of(
        "Last Friday, Egyptian Foreign Minister Badr Abdelatty met Jordanian Foreign Minister "
        "Ayman Safadi in Amman. On Friday, Abdelatty spoke by phone with Saudi Foreign Minister "
        "Faisal bin Farhan.",
        date(2025, 1, 10),  # a Friday
    )
    assert calls == [
        ("Meeting", ("person:badr abdelatty", "person:ayman safadi"), date(2025, 1, 3)),
        ("PhoneCall", ("person:badr abdelatty", "person:faisal bin farhan"), date(2025, 1, 10)),
    ]


def test_the_host_who_held_separate_talks_met_the_third_not_his_first_guest():
    calls = calls_of(
        "On Tuesday, Kenyan President William Ruto was received in Addis Ababa by Ethiopian Prime "
        "Minister Abiy Ahmed, who held separate talks with Somali President Hassan Sheikh "
        "Mohamud the same day.",
        date(2024, 3, 7),
    )
    assert sorted(calls) == [
        ("Meeting", ("person:abiy ahmed", "person:hassan sheikh mohamud"), date(2024, 3, 5)),
        ("Meeting", ("person:william ruto", "person:abiy ahmed"), date(2024, 3, 5)),
    ]
