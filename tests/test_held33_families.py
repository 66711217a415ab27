"""Families first seen in held-out 33, on articles written for these tests: 'the deadliest
attack since Washington launched its campaign' names no place struck; 'Yemen's Ras Isa fuel
port' is a place; 'The strikes hit the Red Sea port in Hodeidah province late on Thursday' is
the port told before, now dated; 'The Houthis began attacking vessels in the Red Sea in November
2023' is a campaign, no attack; 'said on Telegram on Saturday' dates the report, not the strike
'on April 4' (invented wording, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

FRIDAY = date(2025, 4, 18)


def test_a_port_told_then_named_by_its_sea_in_its_province():
    assert attack_rows(
        "At least 74 people have been killed and 171 wounded in United States air raids on "
        "Yemen's Ras Isa fuel port, the deadliest attack since Washington launched its bombing "
        "campaign last month. The strikes hit the Red Sea port in Hodeidah province late on "
        "Thursday.",
        FRIDAY,
    ) == [("place+:ras isa", date(2025, 4, 17), "country:US", (74, 171))]


def test_attacks_begun_in_a_month_are_a_campaign():
    assert (
        attack_rows(
            "The Houthis began attacking vessels in the Red Sea and the Gulf of Aden in November "
            "2023, saying they were acting in solidarity with Gaza.",
            FRIDAY,
        )
        == []
    )


def test_a_day_said_on_telegram_is_the_report_not_the_attack():
    assert attack_rows(
        "The number of people killed by the Russian ballistic missile that hit a residential "
        "neighborhood of Kryvyi Rih on April 4 has risen to 20, Serhii Lysak, head of the "
        "regional administration, said on Telegram on Saturday.",
        date(2025, 4, 6),
    ) == [("geo:703845", date(2025, 4, 4), "country:RU", (20, None))]
