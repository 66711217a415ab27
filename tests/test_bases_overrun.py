"""A base or camp overrun or raided 'at' a place is an attack there, known to the gazetteer or
not ('overran the base at Buulo Mareer'), not at the town it is measured from; 'In a statement
on Saturday, X said' dates the statement, not the attack; on articles written for these tests
(invented events, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows


def test_a_base_overrun_at_a_place_is_attacked_there_on_the_day_the_statement_gives():
    rows = attack_rows(
        "In a statement on Saturday, the army said al-Shabaab fighters overran the base at "
        "Jannaale, about 80 km southwest of Mogadishu, on May 20.",
        date(2023, 6, 4),
    )
    assert rows == [("place+:jannaale", date(2023, 5, 20), "org:al-shabaab", None)]


def test_a_camp_raided_at_a_place_is_attacked_there():
    rows = attack_rows(
        "Al-Shabaab militants raided the army camp at Kulbiyow near the Kenyan border on "
        "Tuesday, killing 9 soldiers.",
        date(2023, 6, 8),
    )
    assert rows == [("place+:kulbiyow", date(2023, 6, 6), "org:al-shabaab", (9, None))]


def test_speaking_on_a_day_dates_the_speech_not_the_attack():
    rows = attack_rows(
        "Speaking on Sunday, the governor said Russian missiles hit Kharkiv on Friday.",
        date(2024, 5, 26),
    )
    assert rows == [("geo:706483", date(2024, 5, 24), "country:RU", None)]
