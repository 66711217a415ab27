"""Who takes part in a call or meeting, and who is only named beside it: an envoy's principal,
a mediator, a venue; and two people of one family name, on articles written for these tests
(invented events, real people and offices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article
from conflictkg.resolve import resolve


def facts_of(text: str, published: date):
    return extract(Article("wire", published, "Wire", text, Path("wire.txt")))


def calls_of(facts):
    return [(c.kind, c.participants) for c in facts.calls]


def test_the_principal_of_an_envoy_takes_no_part():
    facts = facts_of(
        "Qatar's prime minister met Hamas negotiators on Sunday. Earlier in the day, he held talks "
        "with President Donald Trump's Middle East envoy Steve Witkoff and President Joe Biden's "
        "envoy Brett McGurk.",
        date(2025, 1, 13),
    )
    assert ("Meeting", ("person:steve witkoff", "person:brett mcgurk")) in calls_of(facts)
    assert not any(
        "person:donald trump" in c[1] or "person:joe biden" in c[1] for c in calls_of(facts)
    )


def test_a_mediator_and_a_venue_take_no_part():
    facts = facts_of(
        "Presidents Felix Tshisekedi and Paul Kagame met on Tuesday in Doha under the mediation "
        "of the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani. On Wednesday, Speaker Nabih Berri "
        "received US Ambassador Lisa Johnson at Ain el-Tineh.",
        date(2025, 3, 20),
    )
    assert calls_of(facts) == [
        ("Meeting", ("person:felix tshisekedi", "person:paul kagame")),
        ("Meeting", ("person:nabih berri", "person:lisa johnson")),
    ]


def test_the_host_whose_invitation_brought_them_together_takes_part():
    facts = facts_of(
        "Zohrab Mnatsakanyan and his Azerbaijani counterpart Jeyhun Bayramov met in Moscow on October 9 "
        "at Sergey Lavrov's invitation.",
        date(2020, 10, 12),
    )
    assert calls_of(facts) == [
        (
            "Meeting",
            ("person:zohrab mnatsakanyan", "person:jeyhun bayramov", "person:sergey lavrov"),
        )
    ]


def test_a_phone_call_with_one_leader_and_with_another_is_two_calls():
    facts = facts_of(
        "Joe Biden spoke by phone on Sunday with the Emir of Qatar, Sheikh Tamim bin Hamad Al "
        "Thani, and with Egyptian President Abdel Fattah el-Sisi, the White House said.",
        date(2025, 1, 13),
    )
    assert calls_of(facts) == [
        ("PhoneCall", ("person:joe biden", "person:tamim bin hamad al thani")),
        ("PhoneCall", ("person:joe biden", "person:abdel fattah el-sisi")),
    ]


def test_a_rank_without_its_full_stop_is_no_part_of_the_name():
    facts = facts_of(
        "On Monday, army commander Gen Abdel Fattah al-Burhan received the UN envoy Ramtane "
        "Lamamra in Port Sudan.",
        date(2025, 2, 4),
    )
    assert calls_of(facts) == [
        ("Meeting", ("person:abdel fattah al-burhan", "person:ramtane lamamra"))
    ]


def test_two_sheikhs_of_one_family_name_are_two_people():
    facts = facts_of(
        "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, met Khalil al-Hayya on "
        "Sunday. Joe Biden spoke by phone with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.",
        date(2025, 1, 13),
    )
    kb = resolve([facts])
    people = sorted(e.label for e in kb.entities.values() if e.kind == "Person")
    assert people == [
        "Joe Biden",
        "Khalil al-Hayya",
        "Mohammed bin Abdulrahman Al Thani",
        "Tamim bin Hamad Al Thani",
    ]


def test_a_call_told_in_an_aside_is_a_call_of_its_own():
    facts = facts_of(
        "Turkish Foreign Minister Hakan Fidan, who spoke with Sergei Lavrov by phone on "
        "Tuesday, also had a call with Ukrainian Foreign Minister Dmytro Kuleba.",
        date(2024, 4, 4),
    )
    assert [(c.participants, c.when.day) for c in facts.calls] == [
        (("person:hakan fidan", "person:sergei lavrov"), date(2024, 4, 2)),
        (("person:hakan fidan", "person:dmytro kuleba"), None),
    ]


def test_two_met_separately_by_an_unnamed_group_did_not_meet_each_other():
    facts = facts_of(
        "Foreign Ministers Jeyhun Bayramov and Zohrab Mnatsakanyan arrived in Geneva. The "
        "co-chairs met separately with Bayramov and Mnatsakanyan on Friday.",
        date(2020, 10, 31),
    )
    assert calls_of(facts) == []


def test_talks_told_as_the_setting_of_what_two_discussed_are_a_meeting():
    facts = facts_of(
        "During the talks in Baku on Monday, Iranian Deputy Foreign Minister Abbas Araghchi "
        "and Foreign Minister Jeyhun Bayramov discussed the ceasefire.",
        date(2020, 10, 29),
    )
    assert [(c.kind, c.participants, c.when.day) for c in facts.calls] == [
        ("Meeting", ("person:abbas araghchi", "person:jeyhun bayramov"), date(2020, 10, 26))
    ]
