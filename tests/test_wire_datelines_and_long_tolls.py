"""A dateline with the agency after the year ('GAZA, March 1, 2024, WAFA -', or with no comma:
'GAZA, June 9, 2024 WAFA -') is no date of the attack and its year no figure; a toll whose noun stands far from its figure ('The number of
martyrs of the massacre committed by ... at ..., southwest of Gaza City, yesterday morning has
risen to 112') is still read (invented wording, real places)."""

from __future__ import annotations

from datetime import date

from .wire import attack_rows

FRIDAY = date(2024, 3, 1)
GAZA_CITY = "place:gaza-city"


def test_a_dateline_with_the_agency_after_the_year_leaves_the_day_to_the_text():
    assert attack_rows(
        "KHAN YUNIS, March 1, 2024, WAFA - Nine people were killed and 30 injured yesterday "
        "evening when Israeli warplanes bombed a house in Gaza City, medical sources said.",
        FRIDAY,
    ) == [(GAZA_CITY, date(2024, 2, 29), "country:IL", (9, 30))]


def test_a_dateline_with_the_agency_after_the_year_and_no_comma():
    rows = attack_rows(
        "GAZA, June 9, 2024 WAFA - The Ministry of Health announced on Sunday that the toll of "
        "the massacre committed by Israeli forces in Nuseirat refugee camp, in the central Gaza "
        "Strip, yesterday has risen to 274 dead.",
        date(2024, 6, 9),
    )
    assert rows == [("geo:281109", date(2024, 6, 8), "forces:IL", (274, None))]


def test_a_toll_risen_to_a_figure_after_a_long_description_of_the_attack():
    assert attack_rows(
        "The number of martyrs of the massacre committed by Israeli forces against civilians "
        "queuing for flour at the Kuwait roundabout on Salah al-Din Street, on the southern "
        "edge of Gaza City, yesterday afternoon has risen to 37, with 140 others injured, "
        "the Ministry of Health said. In its first statement, the ministry had reported 20 "
        "martyrs.",
        FRIDAY,
    ) == [(GAZA_CITY, date(2024, 2, 29), "forces:IL", (37, 140))]
