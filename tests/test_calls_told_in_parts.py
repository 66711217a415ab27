"""A call announced in one sentence and told in the next ('held separate phone calls with his
Egyptian and Jordanian counterparts. X and Y discussed ...'), a call 'in a later call', and a day
told against the event told last ('Hours later'); on articles written for these tests
(invented events, real people and offices)."""

from __future__ import annotations

from datetime import date

from .wire import wire_facts


def calls_of(text: str, published: date):
    facts = wire_facts(text, published)
    return [(c.kind, c.participants, c.when.day) for c in facts.calls]


def test_the_pair_who_discuss_after_calls_announced_without_counterparts_held_them():
    calls = calls_of(
        "Saudi Foreign Minister Faisal bin Farhan held separate phone calls with his Egyptian "
        "and Jordanian counterparts on Tuesday, the ministry said. Faisal bin Farhan and Egypt's "
        "Foreign Minister Badr Abdelatty discussed the truce in Gaza. In a later call, Faisal "
        "bin Farhan and Jordanian Foreign Minister Ayman Safadi exchanged views on the West Bank.",
        date(2025, 2, 12),
    )
    assert calls == [
        ("PhoneCall", ("person:faisal bin farhan", "person:badr abdelatty"), date(2025, 2, 11)),
        ("PhoneCall", ("person:faisal bin farhan", "person:ayman safadi"), date(2025, 2, 11)),
    ]


def test_a_pair_who_discuss_with_no_call_announced_held_none():
    calls = calls_of(
        "Egypt's Foreign Minister Badr Abdelatty and Jordanian Foreign Minister Ayman Safadi "
        "discussed the truce in Gaza, the ministry said on Tuesday.",
        date(2025, 2, 12),
    )
    assert calls == []


def test_hours_later_is_the_day_of_the_call_told_last_not_the_latest_day():
    calls = calls_of(
        "French Foreign Minister Jean-Noel Barrot spoke by phone with Ukrainian Foreign Minister "
        "Andrii Sybiha on Monday. On Saturday, President Emmanuel Macron had a phone "
        "conversation with Ukrainian President Volodymyr Zelensky. Hours later, Macron also "
        "spoke by phone with US President Donald Trump.",
        date(2025, 3, 4),
    )
    assert calls == [
        ("PhoneCall", ("person:jean-noel barrot", "person:andrii sybiha"), date(2025, 3, 3)),
        ("PhoneCall", ("person:emmanuel macron", "person:volodymyr zelensky"), date(2025, 3, 1)),
        ("PhoneCall", ("person:emmanuel macron", "person:donald trump"), date(2025, 3, 1)),
    ]


def test_two_who_held_separate_meetings_with_a_third_each_met_the_third():
    calls = calls_of(
        "Foreign Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov held separate "
        "meetings with Secretary of State Antony Blinken in Washington on Tuesday.",
        date(2024, 5, 2),
    )
    assert calls == [
        ("Meeting", ("person:ararat mirzoyan", "person:antony blinken"), date(2024, 4, 30)),
        ("Meeting", ("person:jeyhun bayramov", "person:antony blinken"), date(2024, 4, 30)),
    ]


def test_one_who_spoke_with_an_official_held_a_call_and_not_with_reporters():
    calls = calls_of(
        "Iran's Foreign Minister Abbas Araghchi, who spoke with his Omani counterpart Badr "
        "Albusaidi on Tuesday, has offered to host talks. Araghchi spoke to reporters in Tehran "
        "on Wednesday. Araghchi spoke with Turkish Foreign Minister Hakan Fidan in Antalya on "
        "Thursday.",
        date(2025, 4, 11),
    )
    assert calls == [
        ("PhoneCall", ("person:abbas araghchi", "person:badr albusaidi"), date(2025, 4, 8)),
        ("Meeting", ("person:abbas araghchi", "person:hakan fidan"), date(2025, 4, 10)),
    ]
