"""The day of a call told by the sentences around it: 'During today's conversation', a call 'the
day before' the one told last, 'last Friday' in Friday's news, and an aside about the host ('A
was received by B, who held separate talks with C the same day'); on articles written for these
tests (invented events, real people and offices)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows as calls_of
from .wire import wire_facts


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


def test_talks_held_between_two_named_after_a_speaker_are_theirs_alone():
    calls = calls_of(
        "Turkish President Recep Tayyip Erdogan on Tuesday received Ukrainian President "
        "Volodymyr Zelensky in Ankara. Zelensky said Ukraine would not recognize any deal reached "
        "behind its back, referring to talks held the same day in Riyadh between US Secretary of "
        "State Marco Rubio and Russian Foreign Minister Sergey Lavrov.",
        date(2025, 2, 19),
    )
    assert calls == [
        (
            "Meeting",
            ("person:recep tayyip erdogan", "person:volodymyr zelensky"),
            date(2025, 2, 18),
        ),
        ("Meeting", ("person:marco rubio", "person:sergey lavrov"), date(2025, 2, 18)),
    ]


def test_a_meeting_only_talked_about_has_not_taken_place():
    calls = calls_of(
        "Kremlin spokesman Dmitry Peskov said it was too early to talk about a meeting between "
        "Russian President Vladimir Putin and US President Donald Trump.",
        date(2025, 2, 19),
    )
    assert calls == []


def test_a_palace_that_speaks_is_no_person():
    facts = wire_facts(
        "French President Emmanuel Macron spoke by phone with US President Donald Trump on "
        "Monday, the Elysee Palace said.",
        date(2025, 2, 19),
    )
    assert sorted(k for k in facts.entities if k.startswith("person:")) == [
        "person:donald trump",
        "person:emmanuel macron",
    ]


def test_the_diplomat_of_a_country_is_the_one_person_holding_its_office():
    calls = calls_of(
        "Azerbaijani Foreign Minister Jeyhun Bayramov has today received Deputy Foreign Minister "
        "of Iran Seyed Abbas Araghchi in Baku. Araghchi presented Tehran's proposals. The "
        "Iranian diplomat was also received by President Ilham Aliyev on the same day.",
        date(2020, 11, 5),
    )
    assert calls == [
        ("Meeting", ("person:jeyhun bayramov", "person:seyed abbas araghchi"), date(2020, 11, 5)),
        ("Meeting", ("person:seyed abbas araghchi", "person:ilham aliyev"), date(2020, 11, 5)),
    ]


def test_talks_held_between_two_delegations_are_their_leaders_meeting():
    calls = calls_of(
        "Ukrainian and Russian delegations met in Istanbul on Friday for their first direct "
        "talks in three years. The talks lasted about two hours and were held between the Ukrainian delegation, led by Defense Minister Rustem "
        "Umerov, and the Russian delegation, headed by presidential aide Vladimir Medinsky.",
        date(2025, 5, 17),
    )
    assert calls == [
        ("Meeting", ("person:rustem umerov", "person:vladimir medinsky"), date(2025, 5, 16))
    ]


def test_a_meeting_said_to_be_possible_has_not_taken_place():
    calls = calls_of(
        "Kremlin spokesman Dmitry Peskov said a meeting between Vladimir Putin and Volodymyr "
        "Zelensky was possible only as a result of the work of the two delegations.",
        date(2025, 5, 17),
    )
    assert calls == []


def test_a_surname_with_a_particle_is_found_again_capitalized_at_a_sentence_start():
    calls = calls_of(
        "On Friday, Prime Minister Muhammad Shehbaz Sharif received Saudi Minister of State for "
        "Foreign Affairs Adel al-Jubeir in Islamabad. Al-Jubeir had visited New Delhi a day "
        "earlier, where he held talks with Indian External Affairs Minister S. Jaishankar.",
        date(2025, 5, 9),
    )
    assert calls == [
        ("Meeting", ("person:muhammad shehbaz sharif", "person:adel al-jubeir"), date(2025, 5, 9)),
        ("Meeting", ("person:adel al-jubeir", "person:s. jaishankar"), date(2025, 5, 8)),
    ]


def test_calling_on_a_person_at_a_place_is_a_visit_calling_on_one_to_act_is_not():
    calls = calls_of(
        "Prime Minister Muhammad Shehbaz Sharif on Sunday called on President Asif Ali Zardari "
        "at the Aiwan-e-Sadr and briefed him on the ceasefire. UN Secretary-General Antonio "
        "Guterres called on Indian Foreign Minister S. Jaishankar to exercise restraint. On "
        "Saturday, the prime minister received a telephone call from US Secretary of State "
        "Marco Rubio.",
        date(2025, 5, 12),
    )
    assert calls == [
        (
            "Meeting",
            ("person:muhammad shehbaz sharif", "person:asif ali zardari"),
            date(2025, 5, 11),
        ),
        ("PhoneCall", ("person:muhammad shehbaz sharif", "person:marco rubio"), date(2025, 5, 10)),
    ]


def test_an_appeal_called_on_before_a_meeting_leaves_the_meeting():
    calls = calls_of(
        "Turkish President Recep Tayyip Erdogan called on Israel to halt its offensive when he "
        "met UN Secretary-General Antonio Guterres in Ankara on Monday. Pakistani Prime "
        "Minister Shehbaz Sharif called on President Asif Ali Zardari at his residence to "
        "discuss the ceasefire on Tuesday.",
        date(2025, 5, 14),
    )
    assert calls == [
        ("Meeting", ("person:recep tayyip erdogan", "person:antonio guterres"), date(2025, 5, 12)),
        ("Meeting", ("person:shehbaz sharif", "person:asif ali zardari"), date(2025, 5, 13)),
    ]


def test_an_aside_about_the_counterpart_keeps_its_own_kind_of_exchange():
    facts = wire_facts(
        "Turkish Foreign Minister Hakan Fidan spoke by phone with Russian Foreign Minister "
        "Sergey Lavrov, who met with US Secretary of State Antony Blinken in Brussels on Monday.",
        date(2024, 12, 4),
    )
    assert sorted((c.kind, c.participants) for c in facts.calls) == [
        ("Meeting", ("person:sergey lavrov", "person:antony blinken")),
        ("PhoneCall", ("person:hakan fidan", "person:sergey lavrov")),
    ]
