"""A meeting named by whose it was ('a meeting of A and B', 'consultations with A and B'), and
the day a meeting told again gives ('The consultations ... began on Friday') (invented meetings,
real offices)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows

MONDAY = date(2020, 10, 12)
SATURDAY = date(2020, 10, 10)
BAYRAMOV, MNATSAKANYAN = "person:jeyhun bayramov", "person:zohrab mnatsakanyan"


def test_a_meeting_of_two_ministers_is_their_meeting():
    assert call_rows(
        "Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Zohrab "
        "Mnatsakanyan arrived in Moscow. The truce was agreed at a meeting of Bayramov and "
        "Mnatsakanyan in Moscow on Friday.",
        MONDAY,
    ) == [("Meeting", (BAYRAMOV, MNATSAKANYAN), date(2020, 10, 9))]


def test_a_meeting_of_a_group_unnamed_is_no_meeting_and_hides_no_attack():
    assert (
        call_rows(
            "Speaking in Karuizawa, where he was attending a meeting of G7 foreign ministers, "
            "Secretary of State Antony Blinken said a convoy came under fire in Khartoum on Monday.",
            date(2023, 4, 18),
        )
        == []
    )
    rows = attack_rows(
        "Speaking in Karuizawa, where he was attending a meeting of G7 foreign ministers, "
        "Secretary of State Antony Blinken said a convoy came under fire in Khartoum on Monday.",
        date(2023, 4, 18),
    )
    assert [(place, day) for place, day, _, _ in rows] == [("geo:379252", date(2023, 4, 17))]


def test_consultations_told_again_give_the_day_of_the_meeting():
    assert call_rows(
        "Russian Foreign Minister Sergey Lavrov announced the truce after trilateral "
        "consultations with Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign "
        "Minister Zohrab Mnatsakanyan. The consultations, convened in Moscow at the initiative "
        "of President Vladimir Putin, began on Friday afternoon and went on for ten hours.",
        SATURDAY,
    ) == [("Meeting", ("person:sergey lavrov", BAYRAMOV, MNATSAKANYAN), date(2020, 10, 9))]


def test_talks_with_another_counterpart_do_not_redate_the_meeting():
    rows = call_rows(
        "Russian Foreign Minister Sergey Lavrov met Azerbaijani Foreign Minister Jeyhun "
        "Bayramov on Saturday. The talks with Armenian Foreign Minister Zohrab Mnatsakanyan "
        "began on Friday.",
        SATURDAY,
    )
    assert rows[0] == ("Meeting", ("person:sergey lavrov", BAYRAMOV), date(2020, 10, 10))
