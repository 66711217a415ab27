"""The same genre from other wars, on articles written for these tests: armed groups and armed
forces as perpetrators, towns from the gazetteer, tolls and calls, as an analyst would read them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article
from conflictkg.resolve import resolve


def kb_of(text: str, published: date, source: str = "Reuters"):
    return resolve([extract(Article("war", published, source, text, Path("war.txt")))])


def attack_rows(kb):
    return {
        (e.places[0], e.when.day, tuple(e.perpetrators))
        for e in kb.events
        if e.kind == "Attack" and e.places
    }


def test_sudan_an_armed_group_shells_a_city():
    kb = kb_of(
        "The Rapid Support Forces shelled El Fasher on June 3, killing 14 civilians and wounding "
        "40, the Sudanese Armed Forces said.",
        date(2024, 6, 4),
    )
    assert attack_rows(kb) == {("place/el-fasher", date(2024, 6, 3), ("organization/rsf",))}
    (event,) = [e for e in kb.events if e.kind == "Attack"]
    assert (event.reports["war"].killed, event.reports["war"].injured) == (14, 40)


def test_yemen_houthi_missiles_and_a_strike_in_return():
    kb = kb_of(
        "Houthi rebels fired two missiles at a tanker near Hodeidah on January 12. "
        "Hours later, British and American warplanes struck Sanaa, the group said.",
        date(2024, 1, 13),
    )
    assert attack_rows(kb) == {
        ("place/hodeidah", date(2024, 1, 12), ("organization/houthis",)),
        # two attackers named together, not the Houthis; one report keeps one: the first named
        ("place/sanaa", date(2024, 1, 12), ("country/gb",)),
    }


def test_gaza_forces_named_by_their_initials():
    kb = kb_of(
        "An IDF airstrike hit a school in Khan Younis on March 2, killing at least 9 people, "
        "Palestinian health officials said.",
        date(2024, 3, 3),
    )
    assert attack_rows(kb) == {
        ("place/khan-yunis", date(2024, 3, 2), ("organization/armed-forces-il",))
    }
    assert kb.entities["organization/armed-forces-il"].forces_of == "country/il"


def test_ukraine_a_drone_attack_and_a_phone_call():
    kb = kb_of(
        "Russian forces attacked Odesa with Shahed drones overnight, wounding 5 people, the "
        "regional governor said. Ukrainian Foreign Minister Dmytro Kuleba spoke by phone with "
        "Turkish Foreign Minister Hakan Fidan on September 25.",
        date(2023, 9, 26),
    )
    (attack,) = [e for e in kb.events if e.kind == "Attack"]
    assert attack.places == ["place/odesa"]
    assert attack.perpetrators == ["organization/armed-forces-ru"]
    assert "drone" in attack.weapons
    assert (attack.when.earliest, attack.when.latest) == (date(2023, 9, 25), date(2023, 9, 26))
    (call,) = [e for e in kb.events if e.kind == "PhoneCall"]
    assert sorted(call.participants) == ["person/dmytro-kuleba", "person/hakan-fidan"]
    assert call.when.day == date(2023, 9, 25)


def test_an_armed_group_with_its_fighters_and_a_campaigns_toll():
    kb = kb_of(
        "The war broke out when Hamas militants launched an attack on southern Israel on "
        "October 7, killing around 1,200 people. Israel's bombardment since then has killed "
        "11,320 people in Gaza, the health ministry said.",
        date(2023, 11, 15),
    )
    assert [(e.when.day, e.perpetrators) for e in kb.events if e.kind == "Attack"] == [
        (date(2023, 10, 7), ["organization/hamas"])
    ]
    assert [t.figures.killed for t in kb.totals] == [11320]
