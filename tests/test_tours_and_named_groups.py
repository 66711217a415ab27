"""A minister's tour told stop by stop, and mediators named after the meeting that met them as
a group (invented meetings, real places and offices): 'The following day she flew to X for
talks with A'; 'made a surprise visit to X to meet A'; 'stopped in X, where she was received by
A, before flying to Y for talks with B'; 'The talks with A of Russia, B of France ... also
involved C'; 'the three co-chairs had received D'; 'Earlier that day' after a flashback."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

MONDAY = date(2024, 3, 11)

TOUR_OPENING = (
    "German Foreign Minister Annalena Baerbock returned to Berlin late Sunday at the end of a "
    "three-day trip to the South Caucasus. Baerbock began her trip in Baku on Friday, where she "
    "held talks with Azerbaijani Foreign Minister Jeyhun Bayramov. "
)


def test_a_pronoun_after_the_opening_day_is_the_traveller():
    rows = call_rows(
        TOUR_OPENING + "The following day she travelled to Tbilisi for talks with Georgian "
        "Foreign Minister Ilia Darchiashvili, who later hosted a dinner with diplomats.",
        MONDAY,
    )
    assert rows == [
        (
            "Meeting",
            ("person:annalena baerbock", "person:jeyhun bayramov"),
            date(2024, 3, 8),
        ),
        (
            "Meeting",
            ("person:annalena baerbock", "person:ilia darchiashvili"),
            date(2024, 3, 9),
        ),
    ]


def test_a_trip_taken_to_meet_someone_is_a_meeting_and_a_trip_still_to_come_is_not():
    rows = call_rows(
        TOUR_OPENING + "On Saturday, Baerbock made a surprise visit to Yerevan to meet Armenian "
        "Prime Minister Nikol Pashinyan. Bayramov arrived in Brussels on Monday and is expected to "
        "meet NATO Secretary General Jens Stoltenberg.",
        MONDAY,
    )
    assert rows[1:] == [
        (
            "Meeting",
            ("person:annalena baerbock", "person:nikol pashinyan"),
            date(2024, 3, 9),
        )
    ]


def test_a_stop_on_the_way_and_the_talks_at_the_next_are_two_meetings():
    rows = call_rows(
        TOUR_OPENING + "On Saturday the minister stopped briefly in Tbilisi, where she was "
        "received by President Salome Zourabichvili, before flying to Yerevan for talks with "
        "Armenian Foreign Minister Ararat Mirzoyan.",
        MONDAY,
    )
    assert rows[1:] == [
        (
            "Meeting",
            ("person:annalena baerbock", "person:salome zourabichvili"),
            date(2024, 3, 9),
        ),
        (
            "Meeting",
            ("person:annalena baerbock", "person:ararat mirzoyan"),
            date(2024, 3, 9),
        ),
    ]


MEDIATORS = (
    "Armenian Foreign Minister Zohrab Mnatsakanyan met with the co-chairs of the OSCE Minsk Group "
    "in Geneva on Thursday. The talks with Igor Popov of Russia, Stephane Visconti of France and "
    "Andrew Schofer of the United States also involved Andrzej Kasprzyk, the OSCE chairman's "
    "personal representative. "
)


def test_the_talks_with_the_people_named_are_the_group_met_before():
    rows = call_rows(MEDIATORS, date(2020, 10, 30))
    assert rows == [
        (
            "Meeting",
            (
                "person:zohrab mnatsakanyan",
                "person:igor popov",
                "person:stephane visconti",
                "person:andrew schofer",
                "person:andrzej kasprzyk",
            ),
            date(2020, 10, 29),
        )
    ]


def test_the_group_as_subject_is_the_people_who_hold_its_title():
    rows = call_rows(
        "The co-chairs of the OSCE Minsk Group, Igor Popov, Stephane Visconti and Andrew "
        "Schofer, met Azerbaijani Foreign Minister Jeyhun Bayramov in Geneva on Thursday. "
        "Bayramov reminded them of the missile strike on Ganja on October 11. Earlier that day, "
        "the three co-chairs had received Armenian Foreign Minister Zohrab Mnatsakanyan.",
        date(2020, 10, 30),
    )
    assert rows[1] == (
        "Meeting",
        (
            "person:zohrab mnatsakanyan",
            "person:igor popov",
            "person:stephane visconti",
            "person:andrew schofer",
        ),
        date(2020, 10, 29),
    )


def test_a_day_earlier_counts_from_the_meeting_not_from_a_truce_named_after_it():
    rows = call_rows(
        MEDIATORS + "They discussed the humanitarian truce agreed in Moscow on October 10 and "
        "reaffirmed in Washington on October 25. A day earlier, Mnatsakanyan had a telephone "
        "conversation with his Russian counterpart Sergei Lavrov.",
        date(2020, 10, 30),
    )
    assert rows[1] == (
        "PhoneCall",
        ("person:zohrab mnatsakanyan", "person:sergei lavrov"),
        date(2020, 10, 28),
    )


def test_the_countrys_minister_is_the_one_minister_of_that_country_named():
    rows = call_rows(
        "U.S. Secretary of State Mike Pompeo held separate talks in Washington on Friday with "
        "Armenian Foreign Minister Zohrab Mnatsakanyan and his Azerbaijani counterpart Jeyhun "
        "Bayramov. Earlier on Friday, the Armenian minister had met with Philip Reeker, the "
        "acting U.S. assistant secretary of state.",
        date(2020, 10, 24),
    )
    assert rows[-1] == (
        "Meeting",
        ("person:zohrab mnatsakanyan", "person:philip reeker"),
        date(2020, 10, 23),
    )


def test_a_princes_name_goes_without_the_honorific():
    rows = call_rows(
        "US Secretary of State Antony Blinken spoke with Saudi Foreign Minister Prince Faisal "
        "bin Farhan on Sunday.",
        date(2024, 1, 12),
    )
    assert rows == [
        ("PhoneCall", ("person:antony blinken", "person:faisal bin farhan"), date(2024, 1, 7))
    ]


def test_the_first_meeting_since_is_the_one_told_and_an_earlier_one_told_after_is_its_own():
    rows = call_rows(
        "Felix Tshisekedi and Paul Kagame met in Doha on Tuesday in an encounter hosted by "
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani. It was the first direct meeting between "
        "the two leaders since the M23 launched an offensive in January. It is the second "
        "meeting between Tshisekedi and Kagame this year, after the two met in Luanda on "
        "January 5.",
        date(2025, 3, 19),
    )
    assert rows == [
        (
            "Meeting",
            ("person:felix tshisekedi", "person:paul kagame", "person:tamim bin hamad al thani"),
            date(2025, 3, 18),
        ),
        ("Meeting", ("person:felix tshisekedi", "person:paul kagame"), date(2025, 1, 5)),
    ]


def test_each_minister_holds_a_meeting_of_his_own_with_the_group():
    rows = call_rows(
        "Armenia's Foreign Minister Zohrab Mnatsakanyan was received by U.S. Secretary of State "
        "Mike Pompeo on Friday. Pompeo held a separate meeting with Azerbaijan's Foreign Minister "
        "Jeyhun Bayramov later the same day. Each minister also held a separate meeting that day "
        "with the OSCE Minsk Group co-chairs, Igor Popov of Russia, Stephane Visconti of France "
        "and Andrew Schofer of the United States.",
        date(2020, 10, 24),
    )
    cochairs = ("person:igor popov", "person:stephane visconti", "person:andrew schofer")
    assert sorted(rows[2:]) == [
        ("Meeting", ("person:jeyhun bayramov", *cochairs), date(2020, 10, 23)),
        ("Meeting", ("person:zohrab mnatsakanyan", *cochairs), date(2020, 10, 23)),
    ]
