"""Meetings told several to a sentence or by the people they name again: a visitor's round of
meetings in one sentence, 'the two ministers' for the last two ministers named, a counterpart
who holds the office of the one named before, hosts who each met a whole group, and the day
of talks told with another day; on articles written for these tests (invented events, real
people and offices)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows as calls_of
from .wire import wire_facts


def test_a_round_of_meetings_in_one_sentence_is_one_meeting_per_verb_each_on_its_day():
    calls = calls_of(
        "Qatari Minister of State Mohammed Al-Khulaifi, who was received by Egyptian President "
        "Abdel Fattah el-Sisi in Cairo on Tuesday and met Jordanian Foreign Minister Ayman "
        "Safadi in Amman a day later, also stopped in Beirut, where he met Lebanese Prime "
        "Minister Najib Mikati on Friday.",
        date(2024, 10, 19),
    )
    assert calls == [
        (
            "Meeting",
            ("person:mohammed al-khulaifi", "person:abdel fattah el-sisi"),
            date(2024, 10, 15),
        ),
        ("Meeting", ("person:mohammed al-khulaifi", "person:ayman safadi"), date(2024, 10, 16)),
        ("Meeting", ("person:mohammed al-khulaifi", "person:najib mikati"), date(2024, 10, 18)),
    ]


def test_the_same_counterpart_met_and_hosted_is_one_meeting():
    calls = calls_of(
        "Prime Minister Benjamin Netanyahu was in Washington, where he met US President Donald "
        "Trump at the White House on Tuesday, becoming the first foreign leader to be hosted by "
        "Trump since the inauguration.",
        date(2025, 2, 5),
    )
    assert calls == [
        ("Meeting", ("person:benjamin netanyahu", "person:donald trump"), date(2025, 2, 4))
    ]


def test_the_two_ministers_are_the_last_two_ministers_named():
    calls = calls_of(
        "Ukrainian Foreign Minister Andrii Sybiha and his Moldovan counterpart Mihai Popsoi "
        "did not meet face to face. The talks followed separate meetings between US Secretary "
        "of State Antony Blinken and the two ministers in Brussels on Wednesday.",
        date(2024, 4, 6),
    )
    assert calls == [
        ("Meeting", ("person:antony blinken", "person:andrii sybiha"), date(2024, 4, 3)),
        ("Meeting", ("person:antony blinken", "person:mihai popsoi"), date(2024, 4, 3)),
    ]


def test_the_two_ministers_as_subject_join_the_mediators_they_met():
    calls = calls_of(
        "Blinken had met Ukrainian Foreign Minister Andrii Sybiha and Moldova's foreign minister "
        "Mihai Popsoi separately in Brussels on April 3. On Friday the two ministers held talks in Vienna with mediators "
        "of the OSCE - Helga Schmid and Thomas Greminger.",
        date(2024, 4, 6),
    )
    assert calls[-1] == (
        "Meeting",
        (
            "person:helga schmid",
            "person:thomas greminger",
            "person:andrii sybiha",
            "person:mihai popsoi",
        ),
        date(2024, 4, 5),
    )


def test_the_two_leaders_after_a_meeting_told_with_both_add_no_one():
    calls = calls_of(
        "Ukrainian Foreign Minister Andrii Sybiha spoke with Lithuanian President Gitanas "
        "Nauseda on Monday. President Volodymyr Zelensky was in Warsaw, where he met Polish "
        "Prime Minister Donald Tusk on Tuesday, and the two leaders signed a security "
        "agreement.",
        date(2024, 7, 10),
    )
    assert calls[-1] == (
        "Meeting",
        ("person:volodymyr zelensky", "person:donald tusk"),
        date(2024, 7, 9),
    )


def test_a_counterpart_holds_the_office_of_the_one_named_before_for_his_country():
    facts = wire_facts(
        "Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat "
        "Mirzoyan met in Almaty on Friday.",
        date(2024, 5, 11),
    )
    positions = facts.entities["person:ararat mirzoyan"].positions
    assert [(p.title, p.of) for p in positions] == [("Foreign Minister", "country:AM")]


def test_hosts_who_each_met_a_group_meet_it_whole_on_the_day_of_the_talks():
    calls = calls_of(
        "Serbia and Kosovo agreed to keep talking, the EU mediators said after talks with the "
        "two leaders in Brussels on Thursday, but protests went on on Friday. Serbian President "
        "Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held separate meetings with the "
        "mediators - Miroslav Lajcak of Slovakia and Josep Borrell of Spain.",
        date(2023, 8, 19),
    )
    assert calls == [
        (
            "Meeting",
            ("person:aleksandar vucic", "person:miroslav lajcak", "person:josep borrell"),
            date(2023, 8, 17),
        ),
        (
            "Meeting",
            ("person:albin kurti", "person:miroslav lajcak", "person:josep borrell"),
            date(2023, 8, 17),
        ),
    ]


def test_talks_between_two_ministers_with_unnamed_mediators_include_the_mediators_group():
    calls = calls_of(
        "The fighting went on despite talks in Geneva on Friday between Azerbaijani Foreign "
        "Minister Jeyhun Bayramov and his Armenian counterpart Zohrab Mnatsakanyan with "
        "mediators from the OSCE Minsk Group. Kremlin spokesman Dmitry Peskov said no "
        "conversation between Vladimir Putin and Ilham Aliyev was planned.",
        date(2020, 10, 31),
    )
    assert calls == [
        (
            "Meeting",
            ("person:jeyhun bayramov", "person:zohrab mnatsakanyan", "org:osce-minsk-group"),
            date(2020, 10, 30),
        )
    ]


def test_a_call_a_day_after_a_meeting_told_in_one_sentence_each_has_its_kind_and_day():
    calls = calls_of(
        "On Wednesday, Turkish Foreign Minister Hakan Fidan spoke by phone with Ukrainian "
        "Foreign Minister Andrii Sybiha, a day after President Recep Tayyip Erdogan received "
        "Ukrainian President Volodymyr Zelensky in Ankara.",
        date(2025, 2, 20),
    )
    assert calls == [
        ("PhoneCall", ("person:hakan fidan", "person:andrii sybiha"), date(2025, 2, 19)),
        (
            "Meeting",
            ("person:recep tayyip erdogan", "person:volodymyr zelensky"),
            date(2025, 2, 18),
        ),
    ]


def test_a_telephone_conversation_held_later_that_day_is_a_phone_call():
    calls = calls_of(
        "Russian Foreign Minister Sergey Lavrov on Monday spoke by phone with his Azerbaijani "
        "counterpart Jeyhun Bayramov and later that day had a separate telephone conversation "
        "with Armenian Foreign Minister Zohrab Mnatsakanyan.",
        date(2020, 10, 20),
    )
    assert calls == [
        ("PhoneCall", ("person:sergey lavrov", "person:jeyhun bayramov"), date(2020, 10, 19)),
        ("PhoneCall", ("person:sergey lavrov", "person:zohrab mnatsakanyan"), date(2020, 10, 19)),
    ]


def test_a_separate_meeting_with_three_mediators_is_one_meeting_and_separate_talks_are_one_each():
    assert calls_of(
        "Later on Tuesday, Azerbaijani Foreign Minister Jeyhun Bayramov held a separate meeting "
        "with the US, Russian and French co-chairs of the OSCE Minsk Group, Andrew Schofer, "
        "Igor Popov and Stephane Visconti.",
        date(2020, 10, 29),
    ) == [
        (
            "Meeting",
            (
                "person:jeyhun bayramov",
                "person:andrew schofer",
                "person:igor popov",
                "person:stephane visconti",
            ),
            date(2020, 10, 27),
        )
    ]
    assert calls_of(
        "On Tuesday, Azerbaijani Foreign Minister Jeyhun Bayramov held separate talks with "
        "Andrew Schofer and Igor Popov.",
        date(2020, 10, 29),
    ) == [
        ("Meeting", ("person:jeyhun bayramov", "person:andrew schofer"), date(2020, 10, 27)),
        ("Meeting", ("person:jeyhun bayramov", "person:igor popov"), date(2020, 10, 27)),
    ]


def test_hours_of_talks_held_by_the_two_men_are_a_meeting_of_the_two_named_before():
    assert calls_of(
        "Ukrainian Foreign Minister Dmytro Kuleba told his Chinese counterpart Wang Yi on "
        "Wednesday that Kyiv was ready to negotiate. The two men held more than three hours of "
        "talks in the southern city of Guangzhou, the ministry said.",
        date(2024, 7, 24),
    ) == [("Meeting", ("person:dmytro kuleba", "person:wang yi"), date(2024, 7, 24))]


def test_a_meeting_in_may_after_a_background_sentence_is_told_without_its_day():
    facts = wire_facts(
        "Beijing has never condemned Russia's February 2022 invasion. President Xi Jinping "
        "hosted Russian President Vladimir Putin in Beijing in May. Talks may resume.",
        date(2024, 7, 24),
    )
    assert [(c.participants, c.when.day, c.when.bounds()) for c in facts.calls] == [
        (
            ("person:xi jinping", "person:vladimir putin"),
            None,
            (date(2024, 5, 1), date(2024, 5, 31)),
        )
    ]


def test_he_after_a_fronted_day_is_the_one_named_before_and_also_met_is_that_day():
    assert calls_of(
        "US Secretary of State Antony Blinken visited Ramallah on Sunday, where he met "
        "Palestinian Authority President Mahmoud Abbas. On Friday he met in Tel Aviv with Prime "
        "Minister Benjamin Netanyahu, who told him Israel would not agree to a truce. Blinken "
        "also met separately with President Isaac Herzog.",
        date(2023, 11, 5),
    ) == [
        ("Meeting", ("person:antony blinken", "person:mahmoud abbas"), date(2023, 11, 5)),
        ("Meeting", ("person:antony blinken", "person:benjamin netanyahu"), date(2023, 11, 3)),
        ("Meeting", ("person:antony blinken", "person:isaac herzog"), date(2023, 11, 3)),
    ]


def test_two_ministers_received_one_after_the_other_are_two_meetings_and_the_ministers_are_not_the_premier():
    calls = calls_of(
        "Prime Minister Nikol Pashinyan thanked the mediators on Sunday. A day earlier, "
        "Secretary of State Mike Pompeo received Foreign Minister Zohrab Mnatsakanyan and his "
        "Azerbaijani counterpart Jeyhun Bayramov, one after the other, at the State Department. "
        "The ministers last sat down together in Moscow on October 9, in talks hosted by "
        "Russian Foreign Minister Sergei Lavrov.",
        date(2020, 10, 25),
    )
    assert calls == [
        ("Meeting", ("person:mike pompeo", "person:zohrab mnatsakanyan"), date(2020, 10, 24)),
        ("Meeting", ("person:mike pompeo", "person:jeyhun bayramov"), date(2020, 10, 24)),
        (
            "Meeting",
            ("person:sergei lavrov", "person:zohrab mnatsakanyan", "person:jeyhun bayramov"),
            date(2020, 10, 9),
        ),
    ]


def test_received_first_by_one_for_an_hour_then_by_another_is_a_meeting_with_each():
    calls = calls_of(
        "US envoy Amos Hochstein held talks in Beirut on Monday. Hochstein was received first by "
        "Parliament Speaker Nabih Berri in Ain al-Tineh for about an hour and a half, then by "
        "Prime Minister Najib Mikati at the Grand Serail.",
        date(2024, 10, 22),
    )
    assert [(kind, people) for kind, people, _ in calls] == [
        ("Meeting", ("person:amos hochstein", "person:nabih berri")),
        ("Meeting", ("person:amos hochstein", "person:najib mikati")),
    ]


def test_talks_between_each_of_the_two_ministers_and_a_mediator_are_one_meeting_each():
    assert calls_of(
        "Zohrab Mnatsakanyan and Jeyhun Bayramov met for several hours with the co-chairs of "
        "the OSCE Minsk Group on Friday. The meeting followed separate talks in Washington on "
        "October 24 between each of the two ministers and US Deputy Secretary of State Stephen "
        "Biegun.",
        date(2020, 10, 30),
    )[1:] == [
        ("Meeting", ("person:stephen biegun", "person:zohrab mnatsakanyan"), date(2020, 10, 24)),
        ("Meeting", ("person:stephen biegun", "person:jeyhun bayramov"), date(2020, 10, 24)),
    ]
