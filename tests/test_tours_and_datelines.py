"""A leader's tour told in one sentence ('travelled to Juba, where he met A on September 4, and to
Doha, where he was received by B last Thursday': two meetings); 'al-Burhan' named again as
'Burhan'; a dateline with the day first ('September 11, 2023 (KHARTOUM) –'); a neighbourhood of
a town is no namesake abroad, and the attack is placed in the town (invented events, real places
and offices)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows, call_rows

MONDAY = date(2023, 9, 11)
BURHAN = "person:abdel fattah al-burhan"


def test_a_tour_told_in_one_sentence_is_a_meeting_at_each_stop():
    assert call_rows(
        "Sudan's army chief, Gen. Abdel Fattah al-Burhan, arrived in Asmara on Monday. On "
        "August 29, Burhan met Egyptian President Abdel Fattah al-Sisi in El Alamein. He then "
        "travelled to Juba, where he met South Sudanese President Salva Kiir on September 4, and "
        "to Doha, where he was received by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, "
        "last Thursday.",
        MONDAY,
    ) == [
        ("Meeting", (BURHAN, "person:abdel fattah al-sisi"), date(2023, 8, 29)),
        ("Meeting", (BURHAN, "person:salva kiir"), date(2023, 9, 4)),
        ("Meeting", (BURHAN, "person:tamim bin hamad al thani"), date(2023, 9, 7)),
    ]


def test_a_dateline_with_the_day_first_leaves_the_attack_its_own_day():
    rows = attack_rows(
        "September 11, 2023 (KHARTOUM) – At least 43 people were killed on Sunday when a drone "
        "struck a market in the Mayo neighbourhood of southern Khartoum, the ministry said.",
        MONDAY,
    )
    assert rows == [("geo:379252", date(2023, 9, 10), None, (43, None))]
