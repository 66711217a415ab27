"""Talks between teams whose heads are named next, and a meeting talked of as a way forward,
not held (invented wording, real people): 'The Russian and Ukrainian delegations met ... The
Russian team was led by Medinsky and the Ukrainian team by Arakhamia, a lawmaker from
Zelensky's party'; 'the proposals could open the way to a meeting between Zelensky and
Putin'."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows

TUESDAY = date(2022, 3, 29)


def test_teams_led_by_two_people_named_after_their_talks():
    rows = call_rows(
        "The Russian and Ukrainian delegations met for about four hours at the Dolmabahce "
        "Palace in Istanbul on Tuesday. The Russian team was led by Kremlin aide Vladimir "
        "Medinsky and the Ukrainian team by David Arakhamia, a senior lawmaker from President "
        "Volodymyr Zelensky's party.",
        TUESDAY,
    )
    assert rows == [("Meeting", ("person:vladimir medinsky", "person:david arakhamia"), TUESDAY)]


def test_a_meeting_the_proposals_could_open_the_way_to_was_not_held():
    assert (
        call_rows(
            "Presidential adviser Mykhailo Podolyak said on Tuesday the proposals could open the "
            "way to a meeting between Volodymyr Zelensky and Vladimir Putin.",
            TUESDAY,
        )
        == []
    )


def test_an_attack_told_in_a_clause_with_as_and_the_group_named_by_its_backer():
    rows = attack_rows(
        "The toll from Israeli strikes on the Houthi-held port of Hodeidah has risen to six, the "
        "Houthi-run health ministry said on Sunday, as the Iran-aligned group said it had fired "
        "missiles at the Israeli city of Eilat.",
        date(2024, 7, 21),
    )
    assert [(place, attacker, figures) for place, _, attacker, figures in rows] == [
        ("place:hodeidah", "country:IL", (6, None)),
        ("geo:295277", "org:houthis", None),  # Eilat
    ]


def test_a_clause_with_as_that_blames_is_no_other_attack():
    rows = attack_rows(
        "The death toll from the bombing of two camps on the outskirts of Goma has risen to 35, "
        "the government said, as Kinshasa and Washington blamed the M23 rebels and the Rwandan "
        "army for the attack.",
        date(2024, 5, 5),
    )
    assert [(place, figures) for place, _, _, figures in rows] == [("geo:216281", (35, None))]


def test_calls_told_earlier_on_a_day_with_two_generals():
    rows = call_rows(
        "Secretary of State Antony Blinken said on Tuesday that a convoy had been fired on. "
        "Blinken spoke earlier on Tuesday with army chief General Abdel Fattah al-Burhan and "
        "with RSF commander General Mohamed Hamdan Dagalo, known as Hemedti.",
        date(2023, 4, 18),
    )
    assert rows == [
        (
            "PhoneCall",
            ("person:antony blinken", "person:abdel fattah al-burhan"),
            date(2023, 4, 18),
        ),
        ("PhoneCall", ("person:antony blinken", "person:mohamed hamdan dagalo"), date(2023, 4, 18)),
    ]


def test_an_attack_carried_out_by_forces_associated_with_a_group_and_a_flag_flown():
    rows = attack_rows(
        "Blinken said the convoy, which had diplomatic plates and was flying a U.S. flag, came "
        "under fire in Khartoum on Monday. Everyone in it was safe, he said. Initial reports "
        "indicated that it had been carried out by forces associated with the paramilitary "
        "Rapid Support Forces (RSF), he added.",
        date(2023, 4, 18),
    )
    assert rows == [("geo:379252", date(2023, 4, 17), "org:rsf", None)]  # Khartoum


def test_the_speaker_who_says_he_proposed_during_talks_hosted_by_a_third():
    rows = call_rows(
        "Ukrainian Foreign Minister Dmytro Kuleba said that during the talks with Russian "
        "Foreign Minister Sergey Lavrov on Thursday, hosted by Turkish Foreign Minister Mevlut "
        "Cavusoglu in Antalya, he proposed a 24-hour ceasefire, but Lavrov made no commitment.",
        date(2022, 3, 10),
    )
    assert rows == [
        (
            "Meeting",
            ("person:dmytro kuleba", "person:sergey lavrov", "person:mevlut cavusoglu"),
            date(2022, 3, 10),
        )
    ]


def test_calls_between_two_pairs_told_in_one_sentence():
    rows = call_rows(
        "The Riyadh round follows the telephone conversation between Russian President Vladimir "
        "Putin and U.S. President Donald Trump on February 12, which lasted almost an hour and a half, and a phone call between Russian "
        "Foreign Minister Sergey Lavrov and Secretary of State Marco Rubio three days later.",
        date(2025, 2, 18),
    )
    assert [(people, day) for _, people, day in rows] == [
        (("person:vladimir putin", "person:donald trump"), date(2025, 2, 12)),
        (("person:sergey lavrov", "person:marco rubio"), date(2025, 2, 15)),
    ]


def test_talks_of_two_states_whose_sides_are_named_in_two_sentences():
    rows = call_rows(
        "The consultations between Russia and the United States, held at the Diriyah Palace in "
        "Riyadh on February 18, lasted about four and a half hours. The Russian delegation was "
        "headed by Foreign Minister Sergey Lavrov and presidential aide Yury Ushakov. The "
        "American side was represented by Secretary of State Marco Rubio and Special Envoy "
        "Steven Witkoff.",
        date(2025, 2, 18),
    )
    assert rows == [
        (
            "Meeting",
            (
                "person:sergey lavrov",
                "person:yury ushakov",
                "person:marco rubio",
                "person:steven witkoff",
            ),
            date(2025, 2, 18),
        )
    ]


def test_what_one_told_the_other_in_their_first_call_since_an_attack():
    rows = call_rows(
        "President Joe Biden told Israeli Prime Minister Benjamin Netanyahu on Thursday that U.S. "
        "policy would depend on Israel protecting aid workers, in their first call since an "
        "Israeli strike killed seven aid workers.",
        date(2024, 4, 4),
    )
    assert rows == [
        ("PhoneCall", ("person:joe biden", "person:benjamin netanyahu"), date(2024, 4, 4))
    ]


def test_delegations_met_with_a_chair_and_their_heads_named_next():
    rows = call_rows(
        "On Friday, Ukrainian and Russian delegations met for less than two hours at "
        "Istanbul's Dolmabahce Palace, with Turkish Foreign Minister Hakan Fidan chairing the "
        "session. The Ukrainian team was led by Defence Minister Rustem Umerov and the Russian "
        "side by presidential aide Vladimir Medinsky.",
        date(2025, 5, 17),
    )
    assert rows == [
        (
            "Meeting",
            ("person:rustem umerov", "person:vladimir medinsky", "person:hakan fidan"),
            date(2025, 5, 16),
        )
    ]
