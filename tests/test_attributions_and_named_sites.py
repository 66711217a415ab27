"""Attackers named by attribution ('attributed to ADF rebels'), attacks told by their weapon
alone ('when a roadside bomb ripped through'), sites named after people or by a kind word after
the name ('Aden Adde International Airport', 'the Cal Miskaad mountains', 'the surroundings of
Nyabibwe'), 'the Head of State' who received a guest, a summit joined by videoconference, and
'The attacks come two weeks after' a meeting; on articles written for these tests (invented
events, real places and people)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts


def attacks_of(text: str, published: date):
    facts = wire_facts(text, published)
    return [(a.place, a.when.day, a.perpetrator) for a in facts.attacks]


def test_an_attack_attributed_to_a_group_is_the_groups():
    attacks = attacks_of(
        "At least 12 civilians were killed in an attack attributed to ADF rebels on the village "
        "of Mangina, in Beni territory, on Sunday.",
        date(2025, 3, 4),
    )
    assert attacks == [("geo:11905965", date(2025, 3, 2), "org:adf")]


def test_sources_who_attribute_the_shelling_in_the_next_sentence_name_its_attacker():
    attacks = attacks_of(
        "Shells fell on the locality of Sake on Wednesday, killing two people. Local sources "
        "attributed the shelling to the M23 rebels.",
        date(2025, 1, 24),
    )
    assert attacks == [("geo:205970", date(2025, 1, 22), "org:m23")]


def test_the_surroundings_of_a_village_are_the_village():
    attacks = attacks_of(
        "The rebels said an aircraft of the Congolese army had bombed the surroundings of "
        "Minova, in Kalehe territory, on Friday, killing four civilians.",
        date(2025, 1, 27),
    )
    assert attacks == [("place+:minova", date(2025, 1, 24), "forces:CD")]


def test_an_attack_told_by_its_weapon_alone_is_an_attack():
    facts = wire_facts(
        "At least five soldiers were killed on Sunday when a roadside bomb ripped through their "
        "vehicle near Jowhar, an officer said.",
        date(2025, 4, 1),
    )
    assert [(a.place, a.when.day, a.figures.killed) for a in facts.attacks] == [
        ("geo:56335", date(2025, 3, 30), 5)  # Jowhar (GeoNames: Jawhar)
    ]


def test_a_site_named_after_a_person_or_by_a_kind_word_is_no_person():
    facts = wire_facts(
        "Mortar shells landed near the Aden Adde International Airport in Mogadishu on Monday. "
        "US forces struck militants in the Cal Miskaad mountains on Tuesday.",
        date(2025, 3, 12),
    )
    assert not any(key.startswith("person:") for key in facts.entities)
    assert "place+:cal miskaad" in facts.entities


def test_the_head_of_state_who_received_a_guest_is_the_president_named_before():
    facts = wire_facts(
        "President Felix Tshisekedi said the army would retake Goma. On Friday, the Head of "
        "State received in Kinshasa his Angolan counterpart Joao Lourenco.",
        date(2025, 2, 10),
    )
    assert [(c.kind, c.participants, c.when.day) for c in facts.calls] == [
        ("Meeting", ("person:felix tshisekedi", "person:joao lourenco"), date(2025, 2, 7))
    ]


def test_leaders_who_joined_a_summit_by_videoconference_held_no_call():
    facts = wire_facts(
        "Rwandan President Paul Kagame attended the summit in person, while President Felix "
        "Tshisekedi took part by videoconference.",
        date(2025, 2, 10),
    )
    assert facts.calls == []


def test_the_attacks_set_against_a_meeting_after_them_are_no_attack_at_its_venue():
    facts = wire_facts(
        "The attacks come two weeks after President Hassan Sheikh Mohamud met Ethiopian Prime "
        "Minister Abiy Ahmed in Addis Ababa on February 27.",
        date(2025, 3, 12),
    )
    assert facts.attacks == []
    assert [c.participants for c in facts.calls] == [
        ("person:hassan sheikh mohamud", "person:abiy ahmed")
    ]


def test_the_village_of_a_region_is_struck_not_the_places_of_the_campaign_around_it():
    facts = wire_facts(
        "An Israeli drone strike killed three gunmen near the northern West Bank village of "
        "Tammun on Wednesday, the military said, as troops pressed on with an offensive in the "
        "Jenin and Tubas areas.",
        date(2025, 1, 30),
    )
    assert [(a.place, a.when.day, a.figures.killed) for a in facts.attacks] == [
        ("geo:281657", date(2025, 1, 29), 3)  # Tammun
    ]


def test_those_shot_dead_are_counted_killed():
    facts = wire_facts(
        "On Tuesday, troops shot dead two Palestinians in the Jenin refugee camp. Gunmen "
        "gunned down three farmers near Tera on Monday.",
        date(2025, 1, 30),
    )
    assert [(a.when.day, a.figures.killed) for a in facts.attacks] == [
        (date(2025, 1, 28), 2),
        (date(2025, 1, 27), 3),
    ]
