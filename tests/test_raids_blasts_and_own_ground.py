"""Attacks told by their toll or their purpose (invented events, real places): 'the toll from
Tuesday's explosion at a hospital in Gaza City has risen to 300' is an attack; 'the previous
evening' is the day before the statement; 'four were killed in Azerbaijan's Tartar district'
is no attack by Azerbaijan's own forces, and is placed there; 'a raid to free hostages in the
Bureij camp' was in the camp; 'killed 40 Palestinians' names victims, not the attacker; 'an
Israeli military operation' is the forces' attack."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

BUREIJ = "geo:281161"


def test_a_weak_attack_word_with_a_toll_is_an_attack():
    rows = attack_rows(
        "The death toll from Tuesday evening's explosion at a hospital in Gaza City has risen to "
        "300, the health ministry said on Wednesday.",
        date(2023, 10, 18),
    )
    assert rows == [("place:gaza-city", date(2023, 10, 17), None, (300, None))]


def test_the_previous_evening_is_the_day_before_the_statement():
    rows = attack_rows(
        "The army said on Wednesday that a senior commander was killed in an airstrike on Tyre "
        "the previous evening.",
        date(2024, 7, 31),
    )
    assert [row[1] for row in rows] == [date(2024, 7, 30)]


def test_a_place_given_as_a_countrys_is_not_struck_by_that_countrys_forces():
    rows = attack_rows(
        "Azerbaijani forces shelled Martakert on Saturday, the Armenian side said. Two days "
        "earlier, four people were killed and four wounded in Azerbaijan's Tartar district when "
        "shells landed on a cemetery during a funeral.",
        date(2020, 10, 18),
    )
    assert rows[-1] == ("place:tartar", date(2020, 10, 15), None, (4, 4))


def test_a_raid_to_free_hostages_in_a_camp_was_in_the_camp_and_its_victims_are_not_its_authors():
    rows = attack_rows(
        "On Saturday, an Israeli military operation to free two hostages in the Bureij refugee "
        "camp in central Gaza killed 40 Palestinians and wounded 90 others, the health ministry "
        "said.",
        date(2024, 6, 10),
    )
    assert rows == [(BUREIJ, date(2024, 6, 8), "forces:IL", (40, 90))]


def test_a_holiday_is_no_place_and_a_mall_is_a_facility_struck():
    from .wire import wire_facts

    facts = wire_facts(
        "The Security Council demanded a ceasefire in Gaza for the month of Ramadan. For "
        "Ramadan, aid must flow. A Russian missile hit a shopping mall in Kremenchuk on Monday.",
        date(2024, 3, 26),
    )
    assert not any("ramadan" in key for key in facts.entities)
    assert [(a.place, a.facility) for a in facts.attacks] == [
        ("geo:704147", "facility:shopping mall|geo:704147")
    ]


def test_an_operation_that_killed_people_is_an_attack_where_hostages_were_rescued_from():
    rows = attack_rows(
        "Palestinian health officials said Sunday that 40 people were killed and nearly 90 "
        "wounded during the Israeli operation that rescued two hostages from the Bureij refugee "
        "camp a day earlier. A rescue operation was under way in Khan Younis.",
        date(2024, 6, 9),
    )
    assert rows == [(BUREIJ, date(2024, 6, 8), "country:IL", (40, 90))]


def test_the_heaviest_loss_so_far_is_one_attack_and_days_told_again_are_each_an_attack():
    rows = attack_rows(
        "The heaviest single loss of civilian life so far was recorded in Barda, where a rocket "
        "fired by the Armenian army struck the city centre on October 28, killing 21 people and "
        "wounding about 70. Ganja was hit by Armenian missiles on October 11 and again on "
        "October 17. A shell exploded in a house in Tartar on October 30, killing its owner.",
        date(2020, 10, 31),
    )
    assert [(row[0], row[1], row[3]) for row in rows] == [
        ("place:barda", date(2020, 10, 28), (21, 70)),
        ("place:ganja", date(2020, 10, 11), None),
        ("place:ganja", date(2020, 10, 17), None),
        ("place:tartar", date(2020, 10, 30), (1, None)),
    ]
