"""Places beyond the curated list, on sentences written for these tests from several wars: towns
from GeoNames with their ids and coordinates, regions from ISO 3166-2, villages by their context,
lists of places, and words that only look like places."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article
from conflictkg.resolve import resolve


def kb_of(text: str, published: date = date(2024, 5, 20)):
    return resolve([extract(Article("places", published, "Reuters", text, Path("places.txt")))])


def places(kb) -> dict[str, object]:
    return {e.id: e for e in kb.entities.values() if e.kind == "Place"}


def attacks(kb) -> set[tuple[str, date | None]]:
    return {(e.places[0], e.when.day) for e in kb.events if e.kind == "Attack" and e.places}


def test_towns_of_other_wars_come_from_geonames_with_ids_and_coordinates():
    kb = kb_of(
        "Russian missiles struck Kharkiv on May 18, killing four civilians. On May 19, Israeli "
        "strikes near Khan Younis killed 12 people, and RSF shelling in El Fasher wounded 30."
    )
    found = places(kb)
    kharkiv, khan_younis, fasher = (
        found["place/kharkiv"],
        found["place/khan-yunis"],
        found["place/el-fasher"],
    )
    assert (kharkiv.geonames, kharkiv.within) == (706483, "country/ua")
    assert (round(kharkiv.lat, 2), round(kharkiv.lon, 2)) == (49.98, 36.25)
    assert khan_younis.geonames == 281124 and "Khan Younis" in khan_younis.names
    assert fasher.geonames == 379555
    assert attacks(kb) == {
        ("place/kharkiv", date(2024, 5, 18)),
        ("place/khan-yunis", date(2024, 5, 19)),
        ("place/el-fasher", date(2024, 5, 19)),
    }


def test_a_region_and_its_capital_are_two_places():
    kb = kb_of("Shelling hit Kharkiv region and the city of Kharkiv on May 18.")
    found = places(kb)
    assert found["place/kharkivska-oblast"].iso_code == "UA-63"
    assert found["place/kharkiv"].geonames == 706483


def test_villages_by_their_context_and_places_in_a_list():
    kb = kb_of(
        "Shells hit the village of Nova Zorya and Pryvilne, another border village, on May 18. "
        "They struck Kharkiv, Sumy, Bilopillia, and Zolochiv in Ukraine the next day."
    )
    names = set().union(*(e.names for e in places(kb).values()))
    assert {"Nova Zorya", "Pryvilne", "Kharkiv", "Sumy", "Bilopillia", "Zolochiv"} <= names


def test_words_that_only_look_like_places():
    kb = kb_of(
        "Peaceful settlements, the capital among them, came under fire. Civilian settlements in "
        "the region were hit. The minister arrived in May for talks."
    )
    assert {e.label for e in places(kb).values()} == set()


def test_a_town_stormed_a_district_of_a_city_and_a_name_that_ends_its_line():
    kb = kb_of(
        "Deadly strike on Kramatorsk\n\nMinister of Defence Rustem Umerov spoke on May 19. "
        "On May 18, RSF fighters stormed Wad al-Noura and shelled Omdurman's Karari district, "
        "killing 5. A resident born in 1997 was among the dead."
    )
    names = set().union(*(e.names for e in places(kb).values()))
    assert {"Wad al-Noura", "Karari"} <= names
    assert not any("Minister" in n or "Omdurman's" in n for n in names)
    assert {p for p, _ in attacks(kb)} >= {"place/wad-al-noura", "place/karari"}
    assert 1997 not in {f.killed for e in kb.events for f in e.reports.values() if f is not None}


def test_russian_regions_by_their_adjective_names():
    kb = kb_of("On May 18, drones hit Russia's Belgorod region and the Kursk region.")
    regions = {e.iso_code: e.names for e in places(kb).values() if e.iso_code}
    assert set(regions) == {"RU-BEL", "RU-KRS"}
    assert "Belgorod region" in regions["RU-BEL"] and "Kursk region" in regions["RU-KRS"]


def test_a_village_struck_in_a_district_is_located_at_both_but_one_in_a_state_at_itself():
    kb = kb_of(
        "On May 18, a shell struck Kebirli village of Tartar district, killing one civilian. On "
        "June 5, RSF fighters attacked the village of Wad al-Nourah in Al-Jazirah state, killing "
        "more than 100 people.",
        date(2024, 6, 10),
    )
    located = sorted(e.places for e in kb.events if e.kind == "Attack")
    assert located == [
        ["place/kebirli", "place/tartar"],
        ["place/wad-al-nourah"],
    ]
    assert places(kb)["place/wad-al-nourah"].within == "place/gezira"  # still located in it
