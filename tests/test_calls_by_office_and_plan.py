"""Calls and meetings told by office, by pair and by plan: 'met the foreign ministers of Armenia
and Azerbaijan separately' are a meeting with each holder the article names; 'Biden told
Netanyahu on Thursday that ... The two leaders spoke by phone' is on Thursday; 'said he had
spoken to B on Tuesday' is a call; 'met C on Monday and is due to hold talks with D on Tuesday'
leaves D out; 'invited to Moscow for consultations with Lavrov' is no meeting yet; 'spoke by
phone a week earlier' is seven days before; 'The two were received by Zelensky' is a meeting of
the pair told with him (invented events, real offices)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

FRIDAY = date(2020, 10, 23)
POMPEO = "person:mike pompeo"


def test_the_foreign_ministers_of_two_countries_met_separately():
    assert call_rows(
        "U.S. Secretary of State Mike Pompeo met the foreign ministers of Armenia and "
        "Azerbaijan separately on Friday. Armenian Foreign Minister Zohrab Mnatsakanyan was "
        "received first. Azerbaijan's Jeyhun Bayramov arrived an hour later.",
        FRIDAY,
    ) == [
        ("Meeting", (POMPEO, "person:zohrab mnatsakanyan"), FRIDAY),
        ("Meeting", (POMPEO, "person:jeyhun bayramov"), FRIDAY),
    ]


def test_the_pair_of_a_dated_sentence_spoke_on_its_day():
    assert call_rows(
        "President Joe Biden told Israeli Prime Minister Benjamin Netanyahu on Thursday that "
        "U.S. support would depend on new steps. The two leaders spoke by phone for about "
        "30 minutes.",
        date(2024, 4, 5),
    ) == [("PhoneCall", ("person:joe biden", "person:benjamin netanyahu"), date(2024, 4, 4))]


def test_had_spoken_to_is_a_call():
    assert call_rows(
        "Australian Prime Minister Anthony Albanese said he had spoken to Israeli Prime "
        "Minister Benjamin Netanyahu on Tuesday.",
        date(2024, 4, 5),
    ) == [
        (
            "PhoneCall",
            ("person:anthony albanese", "person:benjamin netanyahu"),
            date(2024, 4, 2),
        )
    ]


def test_people_of_talks_still_due_take_no_part():
    assert call_rows(
        "Israeli Defense Minister Yoav Gallant met White House national security adviser Jake "
        "Sullivan on Monday and is due to hold talks with Secretary of State Antony Blinken on "
        "Tuesday.",
        date(2024, 3, 26),
    ) == [("Meeting", ("person:yoav gallant", "person:jake sullivan"), date(2024, 3, 25))]


def test_an_invitation_to_consultations_is_no_meeting():
    assert (
        call_rows(
            "The Kremlin said that Armenia's Foreign Minister Zohrab Mnatsakanyan had been "
            "invited to Moscow for consultations with Russian Foreign Minister Sergey Lavrov.",
            date(2020, 10, 9),
        )
        == []
    )


def test_a_week_earlier_is_seven_days_before():
    assert call_rows(
        "Netanyahu's office said on Monday the visit had been agreed when Israeli Prime Minister "
        "Benjamin Netanyahu and U.S. President Joe Biden spoke by phone a week earlier.",
        date(2024, 3, 25),
    ) == [("PhoneCall", ("person:benjamin netanyahu", "person:joe biden"), date(2024, 3, 18))]


def test_the_two_received_by_a_host_met_him():
    assert call_rows(
        "U.S. Secretary of State Antony Blinken and U.K. Foreign Secretary David Lammy arrived "
        "in Kyiv by train on Sept. 11. The two were received by President Volodymyr Zelensky.",
        date(2024, 9, 12),
    ) == [
        (
            "Meeting",
            ("person:volodymyr zelensky", "person:antony blinken", "person:david lammy"),
            date(2024, 9, 11),
        )
    ]
