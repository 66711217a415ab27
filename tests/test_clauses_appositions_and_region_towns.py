"""'A attended the swearing-in of B on Tuesday and met C the same day' is a meeting of A and C;
'three people, a woman and two children, were killed' is three; 'a rocket slammed into a field
in the Golan Heights town' is the town told before, not the whole region (invented events, real
places and offices); 'a missile fired from Yemen toward Eilat was intercepted on Sunday' dates
the attack on Eilat told without its day."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows

WEDNESDAY = date(2024, 7, 31)


def test_a_person_of_another_verb_before_and_met_takes_no_part():
    assert call_rows(
        "Hamas leader Ismail Haniyeh attended the swearing-in of Iranian President Masoud "
        "Pezeshkian on Tuesday and met Iran's Supreme Leader Ali Khamenei the same day.",
        WEDNESDAY,
    ) == [("Meeting", ("person:ismail haniyeh", "person:ali khamenei"), date(2024, 7, 30))]


def test_who_the_victims_were_counts_no_one_again():
    assert attack_rows(
        "An Israeli strike hit a building in Tyre on Tuesday. Lebanon's Health Ministry said "
        "that three people, a woman and two children, were killed and 74 others were wounded.",
        WEDNESDAY,
    ) == [("geo:267008", date(2024, 7, 30), "country:IL", (3, 74))]


def test_a_town_named_by_its_region_is_the_town_told():
    rows = attack_rows(
        "Israel blamed Hezbollah for the rocket attack on the Druze town of Majdal Shams. Twelve "
        "youngsters were killed when a rocket slammed into a soccer field in the Golan Heights "
        "town on Saturday evening.",
        WEDNESDAY,
    )
    assert {(place, day) for place, day, _, _ in rows} == {
        ("geo:167444", None),
        ("geo:167444", date(2024, 7, 27)),
    }
    assert ("geo:167444", date(2024, 7, 27), "org:hezbollah", (12, None)) in rows


def test_an_interception_on_a_day_dates_the_attack_told_there():
    assert attack_rows(
        "Houthi military spokesman Yahya Saree said on Sunday that the group had fired "
        "ballistic missiles at the Israeli city of Eilat. The Israeli army said a missile fired "
        "from Yemen toward Eilat was intercepted on Sunday before it crossed into Israeli "
        "territory.",
        date(2024, 7, 21),
    ) == [("geo:295277", date(2024, 7, 21), "org:houthis", None)]
