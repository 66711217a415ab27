"""The event table from the seed graph: `conflictkg export events`, exact rows and columns, as CSV,
GeoJSON and Parquet."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conflictkg.events_table import COLUMNS, LISTS

from .conftest import SEEDS

ID = "https://w3id.org/conflictkg/id/"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """The seed graph built with and without the OWL RL inferences."""
    folder = tmp_path_factory.mktemp("events")
    for name, extra in (("graph.ttl", []), ("plain.ttl", ["--no-reason"])):
        command = [sys.executable, "-m", "conflictkg", "build", str(SEEDS), "-o", str(folder / name), "-q", *extra]  # fmt: skip
        subprocess.run(command, check=True)
    return folder


def export(graph, fmt: str) -> str:
    command = [sys.executable, "-m", "conflictkg", "export", "events", "--graph", str(graph), "--format", fmt]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def table(graphs):
    return export(graphs / "graph.ttl", "csv")


def rows(text: str) -> dict[str, dict[str, str]]:
    return {row["event_id"][len(ID) :]: row for row in csv.DictReader(io.StringIO(text))}


def test_one_row_per_event(table):
    found = rows(table)
    assert next(csv.reader(io.StringIO(table))) == COLUMNS
    assert len(found) == 21  # 14 attacks, 6 phone calls, 1 meeting
    assert sum(r["event_type"] == "attack" for r in found.values()) == 14
    assert sum(r["event_type"] == "meeting" for r in found.values()) == 1


def test_attack_with_figures_of_two_sources(table):
    ganja = rows(table)["attack/2020-10-17-ganja"]
    assert {k: ganja[k] for k in COLUMNS if k not in ("event_id", "place_iri")} == {
        "event_label": "Attack, 2020-10-17: Ganja",
        "event_date": "2020-10-17",
        "date_earliest": "",
        "date_latest": "",
        "date_precision": "day",
        "time_precision": "1",
        "event_type": "attack",
        "cameo_codes": "194; 195",
        "plover_type": "FIGHT",
        "acled_sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Armenia; Armenian Armed Forces",
        "actor2": "civilian",
        "weapons": "ballistic missile; missile",
        "targets": "civilian infrastructure; civilians",
        "place": "Ganja",
        "admin1": "Ganja",
        "country_iso": "AZ",
        "latitude": "40.68157",  # GeoNames 586523
        "longitude": "46.36134",
        "place_precision": "town",
        "geo_precision": "1",
        "fatalities_low": "13",
        "fatalities_high": "13",
        "fatalities_latest": "13",
        "injuries_low": "48",
        "injuries_high": "48",
        "injuries_latest": "48",
        "figures_by_source": "003_c39f8755841239fa: 13 killed, 48 injured; 001_7a404ea2dabfdd28: 13 killed",
        "sources": "2",
        "source_articles": "001_7a404ea2dabfdd28; 003_c39f8755841239fa",
        "publishers": "Azernews",
    }
    assert ganja["place_iri"] == ID + "place/ganja"


def test_town_in_a_district_and_undated_call(table):
    found = rows(table)
    hadrut = found["attack/undated-hadrut"]
    assert (hadrut["place"], hadrut["admin1"], hadrut["country_iso"]) == (
        "Hadrut",
        "Khojavend",
        "AZ",
    )
    assert (hadrut["event_date"], hadrut["date_earliest"], hadrut["date_latest"]) == (
        "",
        "2020-10-13",
        "2020-10-19",
    )
    assert (hadrut["date_precision"], hadrut["time_precision"]) == ("unknown", "3")
    meeting = found["call/undated-jeyhun-bayramov-roberto-mardini"]
    assert (meeting["actor1"], meeting["actor2"], meeting["cameo_codes"]) == (
        "Jeyhun Bayramov",
        "Roberto Mardini",
        "042; 043; 044",
    )
    assert (meeting["place"], meeting["country_iso"], meeting["publishers"]) == (
        "Geneva",
        "CH",
        "Azernews; Trend",
    )
    assert list(found)[:2] == ["attack/2020-09-27-unlocated", "attack/2020-10-04-absheron"]


def test_table_needs_no_inference(graphs, table):
    assert export(graphs / "plain.ttl", "csv") == table


def test_geojson(graphs, table):
    data = json.loads(export(graphs / "graph.ttl", "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 21
    barda = next(f for f in data["features"] if f["id"] == ID + "attack/2020-10-28-barda")
    assert barda["geometry"] == {
        "type": "Point",
        "coordinates": [47.12619, 40.37577],
    }  # GeoNames 587057
    assert (barda["properties"]["fatalities_latest"], barda["properties"]["injuries_high"]) == (
        21,
        70,
    )
    unlocated = next(f for f in data["features"] if f["id"].endswith("2020-09-27-unlocated"))
    assert unlocated["geometry"] is None and unlocated["properties"]["sources"] == 5
    located = [f["id"][len(ID) :] for f in data["features"] if f["geometry"]]
    assert len(located) == 14 and "call/undated-jeyhun-bayramov-roberto-mardini" in located


def read_parquet(data: bytes) -> list[dict]:
    return pq.read_table(pa.BufferReader(data)).to_pylist()


def parquet(graph, tmp_path) -> bytes:
    out = tmp_path / "events.parquet"
    command = [sys.executable, "-m", "conflictkg", "export", "events", "--graph", str(graph), "--format", "parquet", "-o", str(out)]  # fmt: skip
    subprocess.run(command, check=True)
    return out.read_bytes()


def from_csv(column: str, cell: str):
    """What a CSV cell is in Parquet: lists split at '; ', dates, integers, floats, or null."""
    if column in LISTS:
        return cell.split("; ") if cell else []
    if cell == "":
        return None
    if column in ("event_date", "date_earliest", "date_latest"):
        return date.fromisoformat(cell)
    if column in ("latitude", "longitude"):
        return float(cell)
    if column in ("time_precision", "geo_precision", "sources") or column.startswith(
        ("fatalities_", "injuries_")
    ):
        return int(cell)
    return cell


def test_parquet_is_the_csv_typed(graphs, table, tmp_path):
    data = parquet(graphs / "graph.ttl", tmp_path)
    schema = pq.read_schema(pa.BufferReader(data))
    assert schema.names == COLUMNS
    assert (schema.field("event_date").type, schema.field("fatalities_low").type) == (
        pa.date32(),
        pa.int64(),
    )
    assert (schema.field("latitude").type, schema.field("sources").type) == (
        pa.float64(),
        pa.int64(),
    )
    assert schema.field("source_articles").type == pa.list_(pa.string())
    assert schema.field("event_label").type == pa.string()
    found = read_parquet(data)
    expected = [
        {column: from_csv(column, cell) for column, cell in row.items()}
        for row in csv.DictReader(io.StringIO(table))
    ]
    assert found == expected and len(found) == 21
    ganja = next(r for r in found if r["event_id"] == ID + "attack/2020-10-17-ganja")
    assert (ganja["event_date"], ganja["fatalities_low"], ganja["injuries_latest"]) == (
        date(2020, 10, 17),
        13,
        48,
    )
    assert (ganja["place"], ganja["latitude"], ganja["longitude"]) == (
        ["Ganja"],
        40.68157,
        46.36134,
    )
    assert ganja["actor1"] == ["Armenia", "Armenian Armed Forces"]
    assert ganja["figures_by_source"] == [
        "003_c39f8755841239fa: 13 killed, 48 injured",
        "001_7a404ea2dabfdd28: 13 killed",
    ]
    hadrut = next(r for r in found if r["event_id"] == ID + "attack/undated-hadrut")
    assert (hadrut["event_date"], hadrut["date_earliest"], hadrut["fatalities_low"]) == (
        None,
        date(2020, 10, 13),
        None,
    )


def test_parquet_same_graph_same_bytes(graphs, tmp_path):
    first = parquet(graphs / "graph.ttl", tmp_path)
    assert parquet(graphs / "plain.ttl", tmp_path) == first
    metadata = pq.read_metadata(pa.BufferReader(first))
    assert list(metadata.metadata) == [b"ARROW:schema"]  # the types pandas and R read; no time
