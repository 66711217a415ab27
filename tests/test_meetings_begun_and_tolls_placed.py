"""Meetings told by their course, one call with several people, groups named with a capital,
and tolls given with the town they were counted in (invented events, real places and offices):
'A, B and C began meeting in Vienna on Tuesday'; 'in a phone call with A and B'; 'the
Co-Chairs held a separate meeting with D'; 'struck X and Y, killing four people in Y'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows, total_rows, wire_facts

FRIDAY = date(2024, 3, 15)


def test_people_who_began_meeting_met_on_the_day_told():
    rows = call_rows(
        "Turkish Foreign Minister Hakan Fidan, Saudi Foreign Minister Faisal bin Farhan and "
        "Jordanian Foreign Minister Ayman Safadi began meeting in Vienna on Tuesday. Fidan and "
        "Safadi resumed their talks on Thursday.",
        FRIDAY,
    )
    assert rows == [
        (
            "Meeting",
            ("person:hakan fidan", "person:faisal bin farhan", "person:ayman safadi"),
            date(2024, 3, 12),
        ),
        ("Meeting", ("person:hakan fidan", "person:ayman safadi"), date(2024, 3, 14)),
    ]


def test_a_phone_call_with_two_leaders_is_one_call_and_telephoning_two_is_a_call_each():
    rows = call_rows(
        "French President Emmanuel Macron spoke to reporters on Thursday. Later that day Macron "
        "discussed the crisis in a phone call with German Chancellor Olaf Scholz and Italian "
        "Prime Minister Giorgia Meloni, the Elysee said. On Friday Macron telephoned Polish "
        "President Andrzej Duda and Romanian President Klaus Iohannis.",
        FRIDAY,
    )
    assert rows == [
        (
            "PhoneCall",
            ("person:emmanuel macron", "person:olaf scholz", "person:giorgia meloni"),
            date(2024, 3, 14),
        ),
        ("PhoneCall", ("person:emmanuel macron", "person:andrzej duda"), FRIDAY),
        ("PhoneCall", ("person:emmanuel macron", "person:klaus iohannis"), FRIDAY),
    ]


def test_a_speaker_no_list_knows_is_not_the_last_person_named_before_said():
    facts = wire_facts(
        "Later on Thursday French President Emmanuel Macron spoke by phone with German "
        "Chancellor Olaf Scholz, the Elysee said.",
        FRIDAY,
    )
    assert [(c.participants, c.claim.claimant) for c in facts.calls] == [
        (("person:emmanuel macron", "person:olaf scholz"), None)
    ]


def test_a_group_named_with_capitals_is_the_group_met_before():
    rows = call_rows(
        "Armenian Foreign Minister Ararat Mirzoyan met in Vienna on Tuesday with the Co-Chairs "
        "of the OSCE Minsk Group Igor Khovaev of Russia, Brice Roquefeuil of France and Michael "
        "Carpenter of the United States. Earlier the same day the Co-Chairs held a separate "
        "meeting with Azerbaijani Foreign Minister Jeyhun Bayramov.",
        FRIDAY,
    )
    cochairs = ("person:igor khovaev", "person:brice roquefeuil", "person:michael carpenter")
    assert rows == [
        ("Meeting", ("person:ararat mirzoyan", *cochairs), date(2024, 3, 12)),
        ("Meeting", ("person:jeyhun bayramov", *cochairs), date(2024, 3, 12)),
    ]


def test_a_toll_goes_to_the_town_named_with_it():
    rows = attack_rows(
        "Russian missiles struck Zaporizhzhia and Dnipro on Wednesday, killing four people in "
        "Dnipro. On Thursday, residential areas of Nikopol and Marhanets came under artillery "
        "fire; a woman was killed in Marhanets.",
        FRIDAY,
    )
    wednesday, thursday = date(2024, 3, 13), date(2024, 3, 14)
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("geo:687700", wednesday, None),  # Zaporizhzhia
        ("geo:709930", wednesday, (4, None)),  # Dnipro
        ("geo:700051", thursday, None),  # Nikopol
        ("geo:701855", thursday, (1, None)),  # Marhanets
    ]


def test_talks_told_over_two_days_are_dated_by_their_first():
    rows = call_rows(
        "The truce followed ten hours of talks between Russian Foreign Minister Sergei Lavrov, "
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
        "Bayramov in Moscow on March 11-12.",
        FRIDAY,
    )
    assert rows == [
        (
            "Meeting",
            ("person:sergei lavrov", "person:ararat mirzoyan", "person:jeyhun bayramov"),
            date(2024, 3, 11),
        )
    ]


def test_the_attack_an_attack_came_after_is_told_on_its_own_earlier_day():
    rows = attack_rows(
        "Israeli jets struck the port of Hodeidah on Thursday, two days after a Houthi drone "
        "hit Tel Aviv, killing one man.",
        FRIDAY,
    )
    assert rows == [
        ("place:hodeidah", date(2024, 3, 14), "country:IL", None),
        ("geo:293397", date(2024, 3, 12), "org:houthis", (1, None)),  # Tel Aviv
    ]


def test_a_town_held_by_a_group_does_not_make_the_group_or_its_country_the_attacker():
    rows = attack_rows(
        "Israeli air strikes on the rebel-held Yemeni port of Hodeidah killed six people on "
        "Thursday.",
        FRIDAY,
    )
    assert rows == [("place:hodeidah", date(2024, 3, 14), "country:IL", (6, None))]


def test_an_accusation_of_something_other_than_an_attack_blames_no_attack():
    rows = attack_rows(
        "Shells hit the village of Garayusifli on Wednesday, killing five people. Baku accused "
        "Armenia of shelling the village. A missile hit Barda on Thursday, killing three people. "
        "Yerevan accused Baku of staging provocations.",
        FRIDAY,
    )
    assert [(day, attacker) for _, day, attacker, _ in rows] == [
        (date(2024, 3, 13), "country:AM"),
        (date(2024, 3, 14), "country:AM"),
    ]


def test_a_minister_received_by_his_country_adjective_and_title_is_the_one_named_before():
    rows = call_rows(
        "Azerbaijani Foreign Minister Jeyhun Bayramov met Hungarian Foreign Minister Peter "
        "Szijjarto in Baku on Thursday. Earlier in the day, President Ilham Aliyev received the "
        "Hungarian foreign minister.",
        FRIDAY,
    )
    thursday = date(2024, 3, 14)
    assert rows == [
        ("Meeting", ("person:jeyhun bayramov", "person:peter szijjarto"), thursday),
        ("Meeting", ("person:ilham aliyev", "person:peter szijjarto"), thursday),
    ]


def test_a_town_after_a_description_set_off_by_commas_is_struck_too():
    rows = attack_rows(
        "On Wednesday Armenian forces fired missiles at Ganja, the second largest city of "
        "Azerbaijan, killing one civilian, as well as at the industrial city of Mingachevir, "
        "where the largest power station is located.",
        FRIDAY,
    )
    wednesday = date(2024, 3, 13)
    assert rows == [
        ("place:ganja", wednesday, "forces:AM", (1, None)),
        ("place:mingachevir", wednesday, "forces:AM", None),
    ]


def test_a_count_with_a_thousands_comma_after_a_date_is_no_second_day():
    assert total_rows(
        "The health ministry said 9,061 people had been killed since October 7 and 22,911 wounded.",
        FRIDAY,
    ) == [(9061, 22911)]


def test_an_agency_word_after_a_rank_and_a_headline_verb_are_no_names():
    facts = wire_facts(
        "Lavrov, Bayramov Hold Talks in Moscow\n\nRussian Foreign Minister Sergei Lavrov and "
        "Azerbaijani Foreign Minister Jeyhun Bayramov met in Moscow on Thursday. Jordanian "
        "General Intelligence chief Ahmad Husni attended.",
        FRIDAY,
    )
    assert sorted(key for key in facts.entities if key.startswith("person:")) == [
        "person:ahmad husni",
        "person:jeyhun bayramov",
        "person:sergei lavrov",
    ]


def test_one_town_struck_on_two_days_told_in_two_clauses_is_two_attacks():
    rows = attack_rows(
        "Barda lies far from the front line. On March 4 officials said a rocket had killed a "
        "civilian there, and on March 11 a missile strike on an apartment block killed 10 "
        "people, according to Baku.",
        FRIDAY,
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("place:barda", date(2024, 3, 4), (1, None)),
        ("place:barda", date(2024, 3, 11), (10, None)),
    ]


def test_a_facility_word_is_no_town_of_that_name():
    rows = attack_rows(
        "US Secretary of State Antony Blinken spoke with Turkish Foreign Minister Hakan Fidan on "
        "Thursday. On Wednesday, an airstrike on a residential neighborhood near the University "
        "of Aleppo killed at least 12 people, rescuers said.",
        FRIDAY,
    )
    assert [(place, day, figures) for place, day, _, figures in rows] == [
        ("geo:170063", date(2024, 3, 13), (12, None)),  # Aleppo
    ]


def test_a_name_that_begins_like_a_denial_denies_nothing():
    facts = wire_facts(
        "A Russian missile hit a market in Kostiantynivka on Wednesday, killing 16 people. "
        "Prime Minister Denys Shmyhal put the toll at 16 killed and 32 wounded.",
        FRIDAY,
    )
    assert [(a.perpetrator, a.claim.stance) for a in facts.attacks] == [("country:RU", "asserted")]


def test_a_toll_as_of_this_morning_updates_the_attack_told():
    rows = attack_rows(
        "The number of people killed in Russia's missile strike on a market in Kostiantynivka "
        'has risen to 17, the interior minister said on Friday. "As of this morning, 17 people '
        'are known to have been killed. Another 32 people were injured," he wrote. The missile '
        "hit the market at around 14:00 on Thursday.",
        FRIDAY,
    )
    assert rows == [("geo:705104", date(2024, 3, 14), "country:RU", (17, 32))]
    # told with no attack before it, the same count is a running total
    assert total_rows("As of this morning, 17 people are known to have been killed.", FRIDAY) == [
        (17, None)
    ]
