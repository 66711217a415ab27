"""The shipped reference data: every external code it links to is one pycountry confirms."""

import json

import pycountry

from conflictkg.extract.gazetteer import gazetteer
from conflictkg.extract.vocab import load_vocabulary
from conflictkg.resources import resource_dir


def places():
    return json.loads((resource_dir("data") / "places.json").read_text(encoding="utf-8"))["places"]


def test_every_iso_3166_2_code_exists():
    for place in places():
        if "iso3166_2" in place:
            assert pycountry.subdivisions.get(code=place["iso3166_2"]) is not None, place["id"]


def test_no_region_takes_the_name_of_a_subdivision_in_one_part_of_it():
    """'North Kordofan' is no other name of Kordofan: it is a state of its own (SD-KN)."""
    subdivisions = {s.name for s in pycountry.subdivisions}
    for place in (p for p in places() if p["kind"] == "region"):
        for alias in place.get("aliases", []):
            part, _, rest = alias.partition(" ")
            compass = part in ("North", "South", "East", "West", "Central")
            assert not (compass and rest == place["name"] and alias in subdivisions), alias


def test_codes_name_the_right_places():
    codes = {p["id"]: p.get("iso3166_2") for p in places()}
    assert pycountry.subdivisions.get(code=codes["ganja"]).name == "Gəncə"
    assert pycountry.subdivisions.get(code=codes["gadabay"]).name == "Gədəbəy"
    assert pycountry.subdivisions.get(code=codes["absheron"]).name == "Abşeron"


def test_containers_and_coordinates_are_consistent():
    ids = {p["id"] for p in places()}
    loaded = load_vocabulary().places
    for place in places():
        within = place.get("within")
        assert within is None or within in ids or pycountry.countries.get(alpha_2=within), place[
            "id"
        ]
        info = loaded[place["id"]]
        if info.lat is None:
            assert place["kind"] in ("sea", "strait", "cape", "lake", "region"), place["id"]
            continue
        assert -90 <= info.lat <= 90 and -180 <= info.lon <= 180
        if place.get("iso3166_2", "").startswith("AZ-"):
            assert 38.3 < info.lat < 41.95 and 44.7 < info.lon < 50.7, place["id"]


def test_coordinates_come_from_geonames_unless_it_lacks_the_place():
    for place in places():
        assert not ("geonames" in place and "lat" in place), place["id"]
        assert ("coordinates_source" in place) != ("geonames" in place), place["id"]
        if "geonames" in place:
            feature = gazetteer().place(place["geonames"])
            country = place.get("iso3166_2", "")[:2] or place.get("within")
            assert feature is not None, place["id"]
            assert country is None or not country.isupper() or feature.country == country
    ganja = load_vocabulary().places["ganja"]
    assert (ganja.geonames, round(ganja.lat, 2), round(ganja.lon, 2)) == (586523, 40.68, 46.36)


def test_country_names_and_demonyms():
    vocab = load_vocabulary()
    assert vocab.surfaces["Russian"].key == "demonym:RU"
    assert vocab.surfaces["Russia"].key == vocab.surfaces["Russian Federation"].key == "country:RU"
    assert vocab.countries["AZ"] == "Azerbaijan"
    for code in json.loads((resource_dir("data") / "countries.json").read_text(encoding="utf-8"))[
        "countries"
    ]:
        assert pycountry.countries.get(alpha_2=code) is not None, code


def test_a_local_affiliate_is_its_own_group_not_the_parent_and_a_country():
    vocab = load_vocabulary()
    assert vocab.surfaces["ISIS-Somalia"].key == "org:islamic-state-somalia"
    assert vocab.surfaces["ISIS"].key == "org:islamic-state"
    assert {"org:islamic-state-somalia", "org:hezbollah"} <= vocab.armed_groups
    assert "org:un" not in vocab.armed_groups
