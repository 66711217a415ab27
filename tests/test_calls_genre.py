"""Calls and meetings as the genre tells them, on sentences written for these tests: verbs of
every kind, the addressee of 'told', the present tense, a date given one sentence before, lists
of people met, wounds that are no reception, and outlets that are no people."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article
from conflictkg.resolve import resolve

PUBLISHED = date(2022, 7, 6)


def facts_of(text: str, ident: str = "calls", source: str = "Reuters"):
    return extract(Article(ident, PUBLISHED, source, text, Path(f"{ident}.txt")))


def calls(text: str) -> set[tuple[str, frozenset[str], date | None]]:
    facts = facts_of(text)
    return {
        (
            c.kind,
            frozenset(facts.entities[p].label for p in c.participants),
            c.when.day,
        )
        for c in facts.calls
    }


def test_spoke_by_telephone():
    text = (
        "Foreign Minister Dmytro Kuleba and Annalena Baerbock, the Foreign Minister of Germany, "
        "spoke by telephone on July 4."
    )
    assert calls(text) == {
        ("PhoneCall", frozenset({"Dmytro Kuleba", "Annalena Baerbock"}), date(2022, 7, 4))
    }


def test_the_addressee_of_told_takes_part_and_the_date_comes_from_the_sentence_before():
    text = (
        "The Ukrainian foreign minister and his Polish counterpart discussed the grain corridor "
        "on July 3. Speaking by phone, Dmytro Kuleba told Zbigniew Rau that the port of Odesa "
        "was shelled again."
    )
    assert calls(text) == {
        ("PhoneCall", frozenset({"Dmytro Kuleba", "Zbigniew Rau"}), date(2022, 7, 3))
    }


def test_a_meeting_told_in_the_present_is_of_the_day_of_publication():
    text = "In Ankara, Foreign Minister Dmytro Kuleba is holding a meeting with his Turkish counterpart Mevlut Cavusoglu."
    assert calls(text) == {("Meeting", frozenset({"Dmytro Kuleba", "Mevlut Cavusoglu"}), PUBLISHED)}


def test_one_meeting_with_everyone_listed():
    text = (
        "Foreign Minister Dmytro Kuleba held a meeting on July 5 with the foreign ministers "
        "Anna Lindqvist of Sweden, Mr. Paolo Ricci of Italy and Hans Weber of Germany."
    )
    (call,) = calls(text)
    assert call == (
        "Meeting",
        frozenset({"Dmytro Kuleba", "Anna Lindqvist", "Paolo Ricci", "Hans Weber"}),
        date(2022, 7, 5),
    )


def test_received_wounds_is_no_reception():
    text = (
        "The shelling hit the market on July 5, and residents Olena Kovalenko and Mykola "
        "Petrenko received severe wounds."
    )
    assert calls(text) == set()


def test_a_meeting_and_a_phone_call_of_one_week_stay_two_events():
    first = facts_of(
        "Foreign Minister Dmytro Kuleba spoke by phone with Foreign Minister Zbigniew Rau on July 4.",
        ident="phone",
    )
    second = facts_of(
        "Foreign Minister Dmytro Kuleba met with Foreign Minister Zbigniew Rau.", ident="meeting"
    )
    kb = resolve([first, second])
    assert sorted((e.kind, tuple(e.reports)) for e in kb.events) == [
        ("Meeting", ("meeting",)),
        ("PhoneCall", ("phone",)),
    ]


def test_an_outlet_in_the_text_is_an_organization_never_a_person():
    facts = facts_of(
        "ANKARA- Anadolu Agency\n\nForeign Minister Mevlut Cavusoglu met with Foreign Minister "
        "Dmytro Kuleba in Lviv, Anadolu Agency reports.",
        source="Anadolu Agency",
    )
    kinds = {e.label: e.kind for e in facts.entities.values()}
    assert kinds["Anadolu Agency"] == "Organization"
    assert {c.participants for c in facts.calls} == {
        ("person:mevlut cavusoglu", "person:dmytro kuleba")
    }


def test_explain_shows_each_sentence_and_the_pass_behind_each_name(tmp_path):
    from click.testing import CliRunner

    from conflictkg.cli import main

    article = tmp_path / "talks.txt"
    article.write_text(
        " date 2022-07-06 By Reuters\n\nForeign Minister Dmytro Kuleba spoke by telephone with "
        "Annalena Baerbock on July 4. Russian forces shelled Kharkiv on July 5, killing 3.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["explain", str(article)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "talks  published 2022-07-06"
    assert "    name     'Dmytro Kuleba' -> person:dmytro kuleba  [people by title]" in lines
    assert "    name     'Annalena Baerbock' -> person:annalena baerbock  [people by name]" in lines
    assert "    PhoneCall person:dmytro kuleba + person:annalena baerbock, on 2022-07-04" in lines
    assert "    attack   at geo:706483, on 2022-07-05, by forces:RU, killed 3" in lines


def test_a_trilateral_meeting_is_one_meeting_of_three():
    text = (
        "On July 5, Foreign Minister Hakan Fidan held a trilateral meeting with his Romanian and "
        "Bulgarian counterparts, Luminita Odobescu and Maria Gabriel."
    )
    assert calls(text) == {
        (
            "Meeting",
            frozenset({"Hakan Fidan", "Luminita Odobescu", "Maria Gabriel"}),
            date(2022, 7, 5),
        )
    }
