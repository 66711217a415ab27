"""Places struck 'also', told without a day right after a dated attack, were struck that day
('The strike on Odesa was part of a massive attack launched by Russia on March 22 ...
Explosions were also heard in Lviv'); a campaign told with 'also' ('has also been shelling')
or more news ('the ministry also reported') keeps no day it does not give (invented wording,
real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

SUNDAY = date(2024, 3, 24)
WAVE = (
    "The strike on Odesa was part of a massive attack launched by Russia on March 22 against "
    "Ukraine's power plants. "
)


def test_places_struck_also_in_the_next_sentence_take_the_waves_day():
    rows = attack_rows(
        WAVE + "Explosions were also heard in Lviv, where a substation was damaged, and in "
        "Kharkiv, where the governor said missiles hit two power plants.",
        SUNDAY,
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("geo:698740", date(2024, 3, 22)),
        ("geo:702550", date(2024, 3, 22)),
        ("geo:706483", date(2024, 3, 22)),
    ]


def test_a_campaign_told_with_also_keeps_no_day():
    rows = attack_rows(
        WAVE + "Russia has also been shelling Kharkiv, the governor said.",
        SUNDAY,
    )
    assert [(place, day) for place, day, _, _ in rows] == [
        ("geo:698740", date(2024, 3, 22)),
        ("geo:706483", None),
    ]
