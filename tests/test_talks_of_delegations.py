"""Talks between delegations name their heads after them: 'Russian and Ukrainian delegations held
talks in Istanbul on Monday. The Russian delegation was led by A, the Ukrainian side by B' is a
meeting of A and B on Monday in Istanbul; 'The talks were chaired by C' adds C (invented
meetings, real places and offices)."""

from __future__ import annotations

from datetime import date

from .wire import call_rows, wire_facts

TUESDAY = date(2025, 6, 3)


def test_the_heads_named_next_met_on_the_day_and_in_the_place_told():
    facts = wire_facts(
        "Russian and Ukrainian delegations held talks in Istanbul on Monday, Turkish Foreign "
        "Minister Hakan Fidan said. The Russian delegation was led by presidential aide "
        "Vladimir Medinsky, and the Ukrainian side by Defence Minister Rustem Umerov.",
        TUESDAY,
    )
    assert [(c.kind, c.participants, c.when.day, c.place) for c in facts.calls] == [
        (
            "Meeting",
            ("person:vladimir medinsky", "person:rustem umerov"),
            date(2025, 6, 2),
            "place:istanbul",
        )
    ]


def test_who_chaired_the_talks_took_part():
    assert call_rows(
        "Delegations of the Sudanese army and the Rapid Support Forces met in Jeddah on "
        "Saturday. The army delegation was headed by General Dafallah al-Haj, while the RSF "
        "delegation was led by Omar Hamdan. The talks were chaired by Saudi Foreign Minister "
        "Faisal bin Farhan.",
        TUESDAY,
    ) == [
        (
            "Meeting",
            ("person:dafallah al-haj", "person:omar hamdan", "person:faisal bin farhan"),
            date(2025, 5, 31),
        )
    ]


def test_a_delegation_that_visits_meets_no_one_named():
    assert (
        call_rows(
            "A delegation led by Deputy Foreign Minister Sergei Ryabkov visited Kyiv on Friday. "
            "Its visit was planned by Ryabkov and Foreign Minister Sergei Lavrov.",
            TUESDAY,
        )
        == []
    )


def test_a_day_earlier_counts_from_a_day_named_after_the_last_meeting():
    rows = call_rows(
        "Russian and Ukrainian delegations held talks in Istanbul on Monday. The Russian "
        "delegation was led by presidential aide Vladimir Medinsky, and the Ukrainian side by "
        "Defence Minister Rustem Umerov. An earlier round of talks was held on May 16 at the "
        "Dolmabahce Palace. A day earlier, Turkish President Recep Tayyip Erdogan had received "
        "Ukrainian President Volodymyr Zelensky in Ankara.",
        TUESDAY,
    )
    assert rows[-1] == (
        "Meeting",
        ("person:recep tayyip erdogan", "person:volodymyr zelensky"),
        date(2025, 5, 15),
    )
