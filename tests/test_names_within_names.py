"""Names that hold other names: a person's surname that is an organization's name, a body 'in'
a city, a town named with its country ('Port Sudan'); and offices that are no people; on
articles written for these tests (invented events, real places and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article
from conflictkg.resolve import resolve


def facts_of(text: str, published: date = date(2025, 2, 13)):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def kinds(facts) -> dict[str, str]:
    return {k: e.kind for k, e in facts.entities.items() if not k.startswith("outlet:")}


def test_a_surname_that_names_an_organization_stays_in_the_name_after_a_title():
    facts = facts_of(
        "Foreign Minister Therese Kayikwamba Wagner met Kenya's Prime Cabinet Secretary "
        "Musalia Mudavadi in Nairobi on Wednesday."
    )
    assert [(c.kind, c.participants) for c in facts.calls] == [
        ("Meeting", ("person:therese kayikwamba wagner", "person:musalia mudavadi"))
    ]
    assert not any(k.startswith("org") for k in facts.entities)  # no Wagner, no 'Prime Cabinet'


def test_a_body_met_in_a_city_on_a_day_ends_before_the_city():
    facts = facts_of(
        "The two ministers spoke on the sidelines of the AU Executive Council in Addis Ababa "
        "on Wednesday."
    )
    assert kinds(facts) == {"org+:au executive council": "Organization", "geo:344979": "Place"}


def test_the_principal_of_a_representative_is_an_office_not_a_person():
    facts = facts_of(
        "Foreign Minister Jeyhun Bayramov today received Andrzej Kasprzyk, Personal "
        "Representative of the OSCE Chairperson-in-Office.",
        date(2020, 10, 14),
    )
    assert [c.participants for c in facts.calls] == [
        ("person:jeyhun bayramov", "person:andrzej kasprzyk")
    ]


def test_resistance_committees_are_an_organization():
    facts = facts_of(
        "RSF shells hit the Naivasha market in El Fasher, killing three, the El Fasher "
        "Resistance Committees reported."
    )
    assert kinds(facts)["org+:el fasher resistance committees"] == "Organization"


def test_a_town_named_with_its_country_is_one_place_and_a_short_name_no_curated_look_alike():
    facts = facts_of(
        "The envoy met army chief Abdel Fattah al-Burhan in Port Sudan. They discussed aid "
        "through the Adre crossing."
    )
    places = {k for k, kind in kinds(facts).items() if kind == "Place"}
    assert places == {"geo:377039", "place+:adre"}  # not Martakert, spelled 'Agdere' too


def test_countries_go_by_the_names_the_news_uses():
    kb = resolve(
        [
            facts_of(
                "Shelling hit a village in eastern Democratic Republic of Congo. The DRC "
                "army blamed M23, which Congo says Rwanda backs. The State of Palestine "
                "condemned it.",
            )
        ]
    )
    labels = {e.label for e in kb.entities.values() if e.kind == "Country"}
    assert labels == {"Democratic Republic of the Congo", "Palestine", "Rwanda"}


def test_a_title_s_long_tail_after_its_owner_is_no_part_of_the_name():
    facts = facts_of(
        "President Mahmoud Abbas received UN Special Coordinator for the Middle East Peace "
        "Process Tor Wennesland in Ramallah on Wednesday.",
        date(2024, 12, 12),
    )
    assert [c.participants for c in facts.calls] == [
        ("person:mahmoud abbas", "person:tor wennesland")
    ]


def test_an_acronym_may_take_letters_from_the_last_word_of_its_name():
    facts = facts_of(
        "They discussed the African Union Support and Stabilization Mission in Somalia "
        "(AUSSOM). AUSSOM troops patrol the capital. Armenia and Azerbaijan (AA) are no body."
    )
    orgs = {k for k, e in facts.entities.items() if e.kind == "Organization"}
    assert orgs - {"outlet:wire"} == {"org+:aussom"}


def test_a_name_after_near_is_no_person():
    facts = facts_of("The army killed 30 fighters near Adan Yabaal on Monday.")
    assert not any(k.startswith("person:") for k in facts.entities)


def test_a_capital_urged_to_act_is_its_government_not_a_place_struck():
    facts = facts_of(
        "Beirut (AFP) - Israeli strikes on south Lebanon killed three people on Wednesday and "
        "Thursday, the health ministry said, as President Joseph Aoun urged Washington to press "
        "Israel to respect a six-month-old ceasefire.",
        date(2025, 5, 23),
    )
    assert [a.when.day for a in facts.attacks] == [date(2025, 5, 21)]
    assert all(a.place != "place:washington" for a in facts.attacks)


def test_palestinians_name_a_people_and_not_the_state():
    facts = facts_of(
        "Palestinian health officials said 40 Palestinians were killed. Palestinian President "
        "Mahmoud Abbas condemned the strike."
    )
    assert "country:PS" not in kinds(facts)
