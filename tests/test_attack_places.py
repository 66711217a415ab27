"""Where an attack was when a sentence names a town and the region it lies in; articles written
for these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def places_of(text: str, published: date) -> list[str | None]:
    return [a.place for a in facts_of(text, published).attacks]


def test_the_town_not_the_region_it_lies_in():
    assert places_of(
        "Eight civilians were killed on Wednesday as Pakistani troops shelled Poonch town in "
        "India's Jammu and Kashmir, officials said.",
        date(2025, 5, 8),
    ) == ["geo:1167718"]
    assert places_of(
        "Two bombs fell on Tuesday on a market in Goma (North Kivu), killing five people.",
        date(2024, 3, 6),
    ) == ["geo:216281"]


def test_a_region_alone_is_the_place_when_no_town_is_named():
    assert places_of(
        "Army jets bombed villages in Sagaing Region on Monday, killing 12 people.",
        date(2024, 1, 9),
    ) == ["place:sagaing"]


def test_a_town_described_in_apposition_that_came_under_fire():
    assert places_of(
        "Stepanakert, the capital of the region, came under rocket fire on Sunday. One "
        "civilian was killed.",
        date(2020, 10, 12),
    ) == ["place:stepanakert"]


def test_a_village_in_a_country_s_city_is_the_village():
    facts = extract(
        Article(
            "wire",
            date(2020, 9, 28),
            "Wire",
            "Five members of one family were killed when Armenian forces shelled the village "
            "of Qaralar in Azerbaijan's Naftalan city on September 27.",
            Path("wire.txt"),
        )
    )
    [attack] = facts.attacks
    assert facts.entities[attack.place].label == "Qaralar"
    assert (attack.when.day, attack.figures.killed) == (date(2020, 9, 27), 5)


def test_a_city_whose_claim_is_dismissed_is_no_attack_place():
    assert (
        places_of(
            "Investigators found fragments of a cruise missile at the hospital, dismissing "
            "Moscow's claim that the damage was caused by an interceptor.",
            date(2024, 7, 9),
        )
        == []
    )


def test_where_attackers_are_positioned_is_not_attacked_and_a_town_in_a_countryside_is():
    assert places_of(
        "On Sunday, terrorist groups positioned in Idlib countryside targeted the city of "
        "Mhardeh in the northern countryside of Hama with drones, killing a child.",
        date(2024, 1, 29),
    ) == ["geo:166742"]


def test_a_town_reported_to_have_come_under_fire():
    assert places_of(
        "The authorities reported that Stepanakert had come under fire from Azerbaijani "
        "artillery on Sunday, with three civilians injured.",
        date(2020, 10, 19),
    ) == ["place:stepanakert"]


def test_a_sentence_opening_in_a_city_is_not_a_place_named_in_city():
    facts = facts_of(
        "In Gaza City, four people were killed on Sunday when a drone fired at residents.",
        date(2025, 1, 13),
    )
    assert [(m.ref, m.text) for m in facts.mentions] == [("place:gaza-city", "Gaza City")]


def test_a_fronted_city_with_an_adjective_outranks_a_landmark_near_the_strike():
    facts = facts_of(
        "In the central city of Deir el-Balah, an air strike hit a tent near Al-Aqsa Martyrs "
        "Hospital on Monday, killing six people.",
        date(2025, 1, 13),
    )
    assert [(a.place, a.when.day, a.figures.killed) for a in facts.attacks] == [
        ("geo:281141", date(2025, 1, 13), 6)
    ]


def test_the_camp_the_sentence_named_before_its_strike_is_where_the_strike_was():
    facts = facts_of(
        "Displaced people in Zamzam camp, south of El Fasher, reported that an RSF drone struck "
        "a water point in the camp on Monday morning, killing four women.",
        date(2025, 2, 4),
    )
    assert [
        (facts.entities[a.place].label, a.perpetrator, a.figures.killed) for a in facts.attacks
    ] == [("Zamzam", "org:rsf", 4)]


def test_a_government_named_by_its_capital_denying_is_no_place_of_the_attack():
    facts = facts_of("Yerevan has denied targeting the city.", date(2020, 10, 12))
    assert [a.place for a in facts.attacks if a.place == "place:yerevan"] == []


def test_the_sudan_doctors_network_is_one_organization():
    facts = facts_of(
        "The Sudan Doctors Network said women and children were among the dead.", date(2025, 2, 4)
    )
    assert [m.ref for m in facts.mentions] == ["org:sudan-doctors-network"]


def test_a_community_s_name_before_a_word_of_place_is_no_place():
    facts = facts_of(
        "Missiles hit Tel Aviv. On Saturday night, four women from one family were killed in the "
        "northern Arab town of Tamra when a missile hit their home.",
        date(2025, 6, 16),
    )
    assert [(m.ref, m.text) for m in facts.mentions] == [
        ("geo:293397", "Tel Aviv"),
        ("geo:293426", "Tamra"),
    ]
    assert [(a.place, a.when.day, a.figures.killed) for a in facts.attacks if a.figures] == [
        ("geo:293426", date(2025, 6, 14), 4)
    ]


def test_bare_gaza_is_the_strip_and_gaza_city_the_city():
    facts = facts_of(
        "Israeli strikes across Gaza killed 20 people on Monday, including four in Gaza City.",
        date(2025, 1, 14),
    )
    assert {(m.ref, m.text) for m in facts.mentions if "Gaza" in m.text} == {
        ("place:gaza-strip", "Gaza"),
        ("place:gaza-city", "Gaza City"),
    }


def test_a_city_that_owns_the_neighbourhood_struck_is_the_one_place_struck():
    facts = facts_of(
        "A strike on Wednesday on a building in Gaza City's Sheikh Radwan neighborhood killed 11 "
        "people, officials said.",
        date(2025, 8, 21),
    )
    assert [a.place for a in facts.attacks] == ["place:gaza-city"]
    assert facts.entities["place+:sheikh radwan"].label == "Sheikh Radwan"
