"""Attacks as the genre tells them, on sentences written for these tests: capitals that stand
for governments, places in a clause about another place, a dated attack that points back to the
place told before, villages put in their district, numeric dates, named victims counted, and
victims in two groups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article
from conflictkg.resolve import resolve


def kb_of(text: str, published: date = date(2024, 5, 20)):
    return resolve([extract(Article("attacks", published, "Reuters", text, Path("attacks.txt")))])


def attacks(kb) -> set[tuple[tuple[str, ...], date | None]]:
    return {(tuple(e.places), e.when.day) for e in kb.events if e.kind == "Attack"}


def figures(kb, place: str):
    (event,) = [e for e in kb.events if e.kind == "Attack" and e.places[0] == place]
    report = event.reports["attacks"]
    return report.killed, report.injured


def test_a_capital_that_speaks_is_a_government_not_an_attacked_place():
    kb = kb_of(
        "On May 19, a missile hit a market in Kharkiv, killing 3 people, but Moscow denied that "
        "it had carried out the strike."
    )
    assert attacks(kb) == {(("place/kharkiv",), date(2024, 5, 19))}


def test_places_in_a_clause_about_the_attacked_place_are_not_attacked():
    kb = kb_of(
        "On May 19, a missile struck an apartment block in Kharkiv, which after the capital Kyiv "
        "is the country's second largest city."
    )
    assert attacks(kb) == {(("place/kharkiv",), date(2024, 5, 19))}


def test_a_dated_attack_that_points_back_to_the_place_told_before():
    kb = kb_of(
        "The shelling of mourners at a funeral in Kharkiv was condemned by the archbishop. "
        "Russian forces shelled the cemetery on May 15, and four people were wounded."
    )
    assert attacks(kb) == {(("place/kharkiv",), date(2024, 5, 15))}
    assert figures(kb, "place/kharkiv") == (None, 4)


def test_a_village_of_a_district_is_located_at_both():
    kb = kb_of(
        "On May 18, a shell struck Kebirli village of Tartar district, killing one civilian."
    )
    (event,) = [e for e in kb.events if e.kind == "Attack"]
    assert event.places == ["place/kebirli", "place/tartar"]


def test_numeric_dates_day_first():
    kb = kb_of("On 18.05.2024 at 13:00, a drone hit the town of Sumy, killing 2 civilians.")
    assert attacks(kb) == {(("place/sumy",), date(2024, 5, 18))}


def test_named_victims_with_ages_are_counted():
    kb = kb_of(
        "Russian forces shelled Kupiansk on May 18. Those who died on the spot were 58-year-old "
        "Ivan Petrenko, 31-year-old Oksana Bondar and thirteen-year-old Artem Koval."
    )
    assert figures(kb, "place/kupyansk")  # the GeoNames spelling == (3, None)


def test_victims_in_two_groups_are_summed():
    kb = kb_of(
        "On May 18, two Ukrainian and three French journalists were wounded by shelling in Kramatorsk."
    )
    assert figures(kb, "place/kramatorsk") == (None, 5)


def test_a_town_in_a_region_is_the_place_and_the_toll_that_rose_is_a_total():
    kb = kb_of(
        "Two citizens were martyred at dawn today, when Israeli warplanes raided a house in the "
        "town of Khiam, in the Marjayoun district. The town of Khiam had also been targeted on "
        "Sunday by an airstrike. The total number of martyrs since October 8 had risen to 455, "
        "while the number of wounded reached 1,410.",
        published=date(2024, 6, 4),
    )
    assert attacks(kb) == {
        (("place/khiam",), date(2024, 6, 4)),
        (("place/khiam",), date(2024, 6, 2)),
    }
    (total,) = kb.totals
    assert (total.figures.killed, total.figures.injured) == (455, 1410)


def test_where_an_attack_came_from_or_passed_by_is_not_where_it_struck():
    kb = kb_of(
        "On May 18, drones launched from occupied Crimea struck Odesa, wounding 2 people. "
        "Shipping firms divert vessels around the Cape of Good Hope after attacks on May 18."
    )
    assert attacks(kb) == {(("place/odesa",), date(2024, 5, 18))}


def test_a_place_standing_for_its_government_and_an_apposition_about_the_target():
    kb = kb_of(
        "On May 18, the RSF shelled El Fasher, the capital of North Darfur, killing 4 people. "
        "Moscow said the strike showed the nature of the Kyiv regime."
    )
    assert attacks(kb) == {(("place/el-fasher",), date(2024, 5, 18))}


def test_a_campaign_since_a_month_is_no_single_attack():
    kb = kb_of(
        "The Houthis have attacked commercial ships in the Red Sea since November, saying they "
        "act in solidarity with Gaza."
    )
    assert attacks(kb) == set()


def test_a_birth_year_is_no_background():
    kb = kb_of(
        "On 18.05.2024, shelling hit the village of Nova Zorya, and a resident born in 1997 was "
        "killed."
    )
    assert attacks(kb) == {(("place/nova-zorya",), date(2024, 5, 18))}
