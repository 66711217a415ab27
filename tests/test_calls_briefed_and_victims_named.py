"""A call dated when told again, a speaker's pronoun, a call one was told of, a village named
with its district, and a victim named with his age (invented events, real places and offices):
'During the phone talk on October 2'; 'Michel expressed concern. He said he had also spoken
with Pashinyan'; 'He also informed Michel of his conversation with Erdogan'; 'Qiyasli village
of Aghdam district came under fire'; 'resident Sabir Mammadli, 62, was killed'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows, wire_facts

FRIDAY = date(2020, 10, 2)


def test_a_call_told_again_with_its_day_takes_that_day():
    rows = call_rows(
        "President Ilham Aliyev has held a telephone conversation with President of the "
        "European Council Charles Michel, the presidential press service said. During the phone "
        "talk on October 1, the head of state said Armenia was shelling Azerbaijani villages.",
        FRIDAY,
    )
    assert rows == [
        ("PhoneCall", ("person:ilham aliyev", "person:charles michel"), date(2020, 10, 1))
    ]


def test_a_pronoun_that_speaks_on_is_who_opened_the_sentence_before():
    rows = call_rows(
        "President Ilham Aliyev held a telephone conversation with President of the European "
        "Council Charles Michel on Friday. Charles Michel expressed concern over the escalation. "
        "He said he had also spoken by phone with Armenian Prime Minister Nikol Pashinyan on "
        "Thursday.",
        FRIDAY,
    )
    assert rows[1] == (
        "PhoneCall",
        ("person:charles michel", "person:nikol pashinyan"),
        date(2020, 10, 1),
    )


def test_one_told_of_a_call_takes_no_part_in_it():
    rows = call_rows(
        "President Ilham Aliyev held a telephone conversation with President of the European "
        "Council Charles Michel on Friday. The Azerbaijani leader stressed that Azerbaijan was "
        "fighting on its own territory. He also informed Michel of his phone conversation with "
        "Turkish President Recep Tayyip Erdogan on Monday.",
        FRIDAY,
    )
    assert rows[1] == (
        "PhoneCall",
        ("person:ilham aliyev", "person:recep tayyip erdogan"),
        date(2020, 9, 28),
    )


def test_a_village_named_with_its_district_and_a_victim_named_with_his_age():
    rows = attack_rows(
        "On Thursday, Qiyasli village of Aghdam district came under fire from large-calibre "
        "weapons, damaging a school. Overnight, shells hit Husanli. Husanli resident Sabir "
        "Mammadli, 62, was killed when a shell landed in his yard, and three of his neighbours "
        "were wounded.",
        FRIDAY,
    )
    assert [(place, figures) for place, _, _, figures in rows] == [
        ("place+:qiyasli", None),
        ("place+:husanli", (1, 3)),
    ]


def test_a_helicopter_hit_where_it_flew_by_the_forces_of_the_subject():
    rows = attack_rows(
        "Azerbaijan apologised to Russia on Monday after its forces shot down a Russian military "
        "helicopter over Armenia, killing two crew members. The Mi-24 helicopter was escorting a "
        "convoy close to the village of Yeraskh when it was hit by a shoulder-fired missile at "
        "around 17:30 Moscow time.",
        date(2020, 11, 10),
    )
    assert rows == [("geo:391241", date(2020, 11, 9), "country:AZ", (2, None))]  # Yeraskh


def test_mediators_met_unnamed_are_their_organization_and_a_road_through_a_town_is_struck():
    text = (
        "The foreign ministers of Armenia and Azerbaijan, Zohrab Mnatsakanyan and Jeyhun "
        "Bayramov, met mediators from the OSCE Minsk Group in Geneva on Friday. Karabakh "
        "officials accused Azerbaijani forces of targeting the road through Berdzor, the last "
        "link to Armenia, on Thursday."
    )
    assert call_rows(text, FRIDAY) == [
        (
            "Meeting",
            ("person:zohrab mnatsakanyan", "person:jeyhun bayramov", "org:osce-minsk-group"),
            FRIDAY,
        )
    ]
    assert [(place, day) for place, day, *_ in attack_rows(text, FRIDAY)] == [
        ("place:lachin", date(2020, 10, 1))  # Berdzor, as Armenians call Lachin
    ]


def test_the_day_a_sentence_opens_with_dates_its_meeting_and_the_two_are_those_named():
    text = (
        "A Russian missile strike on the Ukrainian port of Odesa killed five people on Wednesday. "
        "Earlier in the day, "
        "President Volodymyr Zelenskiy and Greek Prime Minister Kyriakos Mitsotakis held talks "
        "and laid flowers at the apartment block hit by a Russian drone on March 2. Ambassador "
        "Bridget Brink said she was horrified. Foreign Minister Andrii Sybiha raised the attack "
        "with U.S. Secretary of State Marco Rubio when the two met in Brussels on Wednesday."
    )
    wednesday = date(2024, 3, 6)
    assert call_rows(text, wednesday) == [
        ("Meeting", ("person:volodymyr zelenskiy", "person:kyriakos mitsotakis"), wednesday),
        ("Meeting", ("person:andrii sybiha", "person:marco rubio"), wednesday),
    ]
    assert [place for place, *_ in attack_rows(text, wednesday)] == ["geo:698740"]  # Odesa


def test_a_day_counted_from_another_event_does_not_beat_the_date_given():
    rows = call_rows(
        "Azerbaijani Foreign Minister Jeyhun Bayramov met Pompeo in Washington on October 23. "
        "He recalled that a missile killed 13 people in Ganja on October 17. "
        "Two days before the Washington talks, "
        "on October 21, Bayramov held a phone conversation with Turkish Foreign Minister Mevlut "
        "Cavusoglu.",
        date(2020, 10, 24),
    )
    assert rows[-1] == (
        "PhoneCall",
        ("person:jeyhun bayramov", "person:mevlut cavusoglu"),
        date(2020, 10, 21),
    )


def test_dismissing_another_claim_is_no_denial_of_the_attack():
    facts = wire_facts(
        "Russian missiles struck Kyiv on Monday, killing 20 people. Ukrainian investigators said "
        "they had found fragments of a cruise missile, dismissing the claim that the damage was "
        "caused by an interceptor.",
        date(2024, 7, 9),
    )
    assert [a.claim.stance for a in facts.attacks] == ["asserted"]
