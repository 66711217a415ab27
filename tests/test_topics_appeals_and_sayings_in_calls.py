"""Who takes part in a meeting when other people are named in the same sentence (invented
wording, real people and places): a person named in what the talks were about ('to discuss
Trump's push'), in what the host said while there (', saying he was ready to meet Putin'), or
in an appeal to come to a summit ('called on world leaders, including A and B, to attend')
takes no part; nor does one named in a quote before the meeting."""

from __future__ import annotations

from datetime import date

from .wire import call_rows

SUNDAY = date(2025, 4, 13)


def test_a_person_named_in_the_topic_of_the_talks_takes_no_part():
    rows = call_rows(
        "U.S. special envoy Steve Witkoff met Russian President Vladimir Putin in St Petersburg "
        "on Friday for more than four hours to discuss Donald Trump's push to end the war.",
        SUNDAY,
    )
    assert rows == [
        ("Meeting", ("person:steve witkoff", "person:vladimir putin"), date(2025, 4, 11))
    ]


def test_a_person_named_in_what_the_visitor_said_takes_no_part():
    rows = call_rows(
        "Volodymyr Zelensky flew to Ankara on Thursday for talks with Turkish President Recep "
        "Tayyip Erdogan, saying he was ready to meet Russian President Vladimir Putin in person.",
        SUNDAY,
    )
    assert rows == [
        (
            "Meeting",
            ("person:volodymyr zelensky", "person:recep tayyip erdogan"),
            date(2025, 4, 10),
        )
    ]


def test_an_appeal_to_leaders_to_attend_a_summit_is_no_meeting():
    assert (
        call_rows(
            "President Volodymyr Zelensky also called on world leaders, including U.S. "
            "President Joe Biden and Chinese President Xi Jinping, to attend the peace summit "
            "that Switzerland will host in June.",
            SUNDAY,
        )
        == []
    )


def test_a_person_named_in_a_quote_takes_no_part_in_the_meeting_told_after_it():
    rows = call_rows(
        'President Volodymyr Zelensky spoke to reporters in Helsinki. "Unfortunately, it is '
        "precisely Putin's words that diverge from reality,\" the President said at a press "
        "conference in Helsinki, where he held talks today with President of Finland Alexander "
        "Stubb.",
        date(2025, 3, 19),
    )
    assert rows == [
        (
            "Meeting",
            ("person:volodymyr zelensky", "person:alexander stubb"),
            date(2025, 3, 19),
        )
    ]
