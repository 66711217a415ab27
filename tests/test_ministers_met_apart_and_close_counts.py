"""Meetings held one after another with two ministers the sentence names by office, a clause
after the meeting that names someone else, and a count 'close to' a number (invented events,
real offices): 'Pompeo met separately on Friday with the foreign ministers of Armenia and
Azerbaijan, as ... Putin says ...'; 'held back-to-back meetings with A and B'; 'may have
killed close to 5,000 people'."""

from __future__ import annotations

from datetime import date

from .wire import call_rows, total_rows

FRIDAY = date(2020, 10, 23)
ARMENIAN = "person:zohrab mnatsakanyan"
AZERBAIJANI = "person:jeyhun bayramov"
POMPEO = "person:mike pompeo"


def test_met_separately_with_the_ministers_of_two_countries_named_next():
    rows = call_rows(
        "U.S. Secretary of State Mike Pompeo met separately on Friday with the foreign "
        "ministers of Armenia and Azerbaijan, as Washington stepped up efforts to end a war "
        "that Russian President Vladimir Putin says may have killed close to 5,000 people. "
        "Pompeo held talks at the State Department with Armenian Foreign Minister Zohrab "
        "Mnatsakanyan and Azerbaijani Foreign Minister Jeyhun Bayramov.",
        FRIDAY,
    )
    assert rows == [
        ("Meeting", (POMPEO, ARMENIAN), FRIDAY),
        ("Meeting", (POMPEO, AZERBAIJANI), FRIDAY),
    ]


def test_back_to_back_meetings_are_one_meeting_each():
    rows = call_rows(
        "Mike Pompeo held back-to-back meetings on Friday with Armenian Foreign Minister Zohrab "
        "Mnatsakanyan and Azerbaijani Foreign Minister Jeyhun Bayramov.",
        FRIDAY,
    )
    assert rows == [
        ("Meeting", (POMPEO, ARMENIAN), FRIDAY),
        ("Meeting", (POMPEO, AZERBAIJANI), FRIDAY),
    ]


def test_a_count_close_to_a_number_is_that_number():
    assert total_rows(
        "The fighting has killed close to 5,000 people since September 27, Putin said.", FRIDAY
    ) == [(5000, None)]


def test_separate_talks_in_a_city_on_a_day_with_the_ministers_of_two_countries():
    rows = call_rows(
        "Pompeo Meets Armenian, Azerbaijani Foreign Ministers Separately. U.S. Secretary of "
        "State Mike Pompeo held separate talks in Washington on October 23 with the foreign "
        "ministers of Armenia and Azerbaijan. Azerbaijani Foreign Minister Jeyhun Bayramov was "
        "the first to arrive. Armenian Foreign Minister Zohrab Mnatsakanyan was received "
        "moments after Bayramov left the building.",
        FRIDAY,
    )
    assert rows == [
        ("Meeting", (POMPEO, ARMENIAN), FRIDAY),
        ("Meeting", (POMPEO, AZERBAIJANI), FRIDAY),
    ]


def test_met_first_separately_and_then_jointly_is_one_meeting_of_all():
    rows = call_rows(
        "The statement was issued on Friday by the co-chairs of the Minsk Group, Igor Popov of "
        "Russia, Stephane Visconti of France and Andrew Schofer of the United States. They met "
        "Armenian Foreign Minister Zohrab Mnatsakanyan and his Azerbaijani counterpart Jeyhun "
        "Bayramov first separately and then jointly in Geneva on Friday.",
        date(2020, 10, 31),
    )
    assert [set(people) for _, people, _ in rows] == [
        {
            "person:igor popov",
            "person:stephane visconti",
            "person:andrew schofer",
            ARMENIAN,
            AZERBAIJANI,
        }
    ]
