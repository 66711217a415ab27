"""The event table: one row per event, as conflict analysts work with ACLED, UCDP GED or GDELT.

Read from the built graph with SPARQL, never from text: a UNION query gives each event's values
column by column, a second one its casualty figures, one per reporting article, of which the
table keeps the low, the high and the latest (figures of different sources are never added up).
Written as CSV, as GeoJSON (events with coordinates as points, the others without geometry) or
as Parquet (typed columns, for pandas, polars, DuckDB and R's arrow).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import date

import pyoxigraph as ox

CKGV = "https://w3id.org/conflictkg/vocab/"
PREFIXES = f"""PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
PREFIX ckgv: <{CKGV}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
"""
# the event-type concept of each event class, whose notations carry the CAMEO / ACLED codes
EVENT_TYPES = """VALUES (?class ?type) {
    (ckg:Attack <https://w3id.org/conflictkg/vocab/event-type/attack>)
    (ckg:PhoneCall <https://w3id.org/conflictkg/vocab/event-type/phone-call>)
    (ckg:Meeting <https://w3id.org/conflictkg/vocab/event-type/meeting>) }"""
# column -> a pattern binding ?value for ?event; several values of a column are joined with "; "
PATTERNS = {
    "event_label": "?event rdfs:label ?value",
    "event_date": "?event ckg:date ?value",
    "date_earliest": "?event ckg:earliestDate ?value",
    "date_latest": "?event ckg:latestDate ?value",
    "date_precision": "?event ckg:datePrecision/rdfs:label ?value",
    "time_precision": "?event ckg:datePrecision/skos:notation ?value FILTER (DATATYPE(?value) = ckgv:acledTimePrecision)",
    "event_type": f"{EVENT_TYPES} ?event a ?class . ?type rdfs:label ?value",
    "cameo_codes": f"{EVENT_TYPES} ?event a ?class . ?type skos:notation ?value FILTER (DATATYPE(?value) = ckgv:cameoCode)",
    "plover_type": f"{EVENT_TYPES} ?event a ?class . ?type skos:notation ?value FILTER (DATATYPE(?value) = ckgv:ploverCode)",
    "acled_sub_event_type": f"{EVENT_TYPES} ?event a ?class . ?type skos:notation ?value FILTER (DATATYPE(?value) = ckgv:acledSubEventType)",
    # perpetrators, participants and victims make the columns actor1 and actor2
    "perpetrators": "?event ckg:perpetrator/rdfs:label ?value",
    "participants": "?event ckg:participant/rdfs:label ?value",
    "victims": "?event ckg:casualties/ckg:victimKind/rdfs:label ?value",
    "targets": "?event ckg:targetKind/rdfs:label ?value",
    "weapons": "?event ckg:weapon/rdfs:label ?value",
    "place": "?event ckg:location/rdfs:label ?value",
    "place_iri": "?event ckg:location ?value",
    # admin1: the place itself or the one holding it that lies directly in a country
    "admin1": """?event ckg:location/ckg:locatedIn* ?admin1 . ?admin1 ckg:locatedIn/a ckg:Country ; rdfs:label ?value .
        FILTER NOT EXISTS { ?admin1 a ckg:Country }
        FILTER NOT EXISTS { ?admin1 ckg:locatedIn ?higher . FILTER NOT EXISTS { ?higher a ckg:Country } }""",
    "country_iso": "?event ckg:location/ckg:locatedIn* ?country . ?country a ckg:Country ; ckg:iso3166Code ?value",
    "wkt": "?event ckg:location/geo:hasGeometry/geo:asWKT ?value",
    "place_precision": "?event ckg:placePrecision/rdfs:label ?value",
    "geo_precision": "?event ckg:placePrecision/skos:notation ?value FILTER (DATATYPE(?value) = ckgv:acledGeoPrecision)",
    "source_articles": "?event ckg:reportedIn/dcterms:identifier ?value",
    "publishers": "?event ckg:reportedIn/dcterms:publisher/rdfs:label ?value",
}
FIGURES = (
    PREFIXES
    + """SELECT DISTINCT ?event ?id ?published ?killed ?injured WHERE {
  ?event ckg:casualties ?count . ?count ckg:reportedIn ?article .
  ?article dcterms:identifier ?id ; dcterms:date ?published .
  OPTIONAL { ?count ckg:killed ?killed }
  OPTIONAL { ?count ckg:injured ?injured }
}"""
)
COLUMNS = [
    "event_id", "event_label", "event_date", "date_earliest", "date_latest", "date_precision",
    "time_precision", "event_type", "cameo_codes", "plover_type", "acled_sub_event_type",
    "actor1", "actor2", "weapons", "targets", "place", "place_iri", "admin1", "country_iso",
    "latitude", "longitude", "place_precision", "geo_precision",
    "fatalities_low", "fatalities_high", "fatalities_latest",
    "injuries_low", "injuries_high", "injuries_latest", "figures_by_source",
    "sources", "source_articles", "publishers",
]  # fmt: skip
# columns of several values (joined with "; " in CSV and GeoJSON, lists in Parquet); the others
# hold one value, which Parquet types
LISTS = [
    "cameo_codes", "actor1", "actor2", "weapons", "targets", "place", "place_iri", "admin1",
    "country_iso", "figures_by_source", "source_articles", "publishers",
]  # fmt: skip
DATES = ["event_date", "date_earliest", "date_latest"]
NUMBERS = ["time_precision", "geo_precision", "sources"] + [
    c for c in COLUMNS if c.startswith(("fatalities_", "injuries_"))
]
COORDINATES = ["latitude", "longitude"]


def values_query() -> str:
    branches = " UNION ".join(
        f'{{ BIND("{column}" AS ?column) {pattern} }}' for column, pattern in PATTERNS.items()
    )
    return f"""{PREFIXES}SELECT DISTINCT ?event ?column ?value WHERE {{
  VALUES ?eventClass {{ ckg:Attack ckg:PhoneCall ckg:Meeting }}
  ?event a ?eventClass .
  {branches}
}}"""


def event_rows(store: ox.Store) -> list[dict]:
    """One dict per event, keyed by COLUMNS, in date order (an undated event by the first day of
    its window, one without either last), then by IRI."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.query(values_query(), use_default_graph_as_union=True):
        found[row["event"].value][row["column"].value].add(row["value"].value)
    figures = defaultdict(list)
    for row in store.query(FIGURES, use_default_graph_as_union=True):
        figures[row["event"].value].append(
            (row["published"].value, row["id"].value, number(row["killed"]), number(row["injured"]))
        )
    rows = [table_row(event, found[event], sorted(figures[event])) for event in found]
    return sorted(rows, key=lambda r: (r["event_date"] or r["date_earliest"] or "~", r["event_id"]))


def table_row(event: str, values: dict[str, set[str]], figures: list[tuple]) -> dict:
    """The event's cells: a list of strings in the LISTS columns, a string in the others."""
    listed = {column: sorted(v) for column, v in values.items()}
    row = {c: listed.get(c, []) if c in LISTS else "; ".join(listed.get(c, [])) for c in COLUMNS}
    # actor 1 is the perpetrator of an attack, or the first participant of a call; actor 2 the
    # victims of an attack (as its figures count them), or the other participants
    participants = listed.get("participants", [])
    places = values.get("wkt", set())
    lon, lat = point(next(iter(places))) if len(places) == 1 else ("", "")
    row |= {
        "event_id": event,
        "actor1": listed.get("perpetrators") or participants[:1],
        "actor2": listed.get("victims") or participants[1:],
        "latitude": lat,
        "longitude": lon,
    }
    for name, index in (("fatalities", 2), ("injuries", 3)):
        numbers = [f[index] for f in figures if f[index] is not None]  # oldest article first
        if numbers:
            low_high_latest = (min(numbers), max(numbers), numbers[-1])
            for suffix, n in zip(("low", "high", "latest"), low_high_latest, strict=True):
                row[f"{name}_{suffix}"] = str(n)
    row["figures_by_source"] = [
        f"{id_}: {stated(killed, injured)}"
        for _, id_, killed, injured in figures
        if killed is not None or injured is not None
    ]
    row["sources"] = str(len(values.get("source_articles", ())))
    return row


def stated(killed: int | None, injured: int | None) -> str:
    """One source's figures as words: '13 killed, 48 injured'."""
    parts = [(killed, "killed"), (injured, "injured")]
    return ", ".join(f"{n} {what}" for n, what in parts if n is not None)


def number(term) -> int | None:
    return None if term is None else int(term.value)


def point(wkt: str) -> tuple[str, str]:
    """Longitude and latitude of a WKT point, as written (GeoSPARQL's default CRS is lon/lat)."""
    lon, lat = wkt.strip().removeprefix("POINT").strip(" ()").split()
    return lon, lat


def flat(row: dict) -> dict[str, str]:
    """The row as CSV cells: the values of a list joined with '; '."""
    return {column: "; ".join(v) if column in LISTS else v for column, v in row.items()}


def to_csv(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(map(flat, rows))
    return out.getvalue().encode("utf-8")


def typed(column: str, value: str):
    """A cell as a JSON value: null when empty, a number for coordinates and counts."""
    if value == "":
        return None
    if column in COORDINATES:
        return float(value)
    return int(value) if column in NUMBERS else value


def to_geojson(rows: list[dict]) -> bytes:
    """A FeatureCollection (RFC 7946): a Point for an event with coordinates, else a null
    geometry, so that no event is lost; figures are numbers, empty columns null."""
    features = []
    for row in map(flat, rows):
        properties = {column: typed(column, value) for column, value in row.items()}
        geometry = None
        if row["longitude"]:
            geometry = {
                "type": "Point",
                "coordinates": [float(row["longitude"]), float(row["latitude"])],
            }
        features.append(
            {
                "type": "Feature",
                "id": row["event_id"],
                "geometry": geometry,
                "properties": properties,
            }
        )
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
    ).encode("utf-8")


def to_parquet(rows: list[dict]) -> bytes:
    """The table as Parquet with typed columns: dates as date32, counts and codes as int64,
    coordinates as float64, LISTS as list<string>, the rest as strings; an empty cell is null
    (an empty list stays []). The same rows give the same bytes: the file holds no time.

    pyarrow is imported here: it takes a moment to load, which only this format pays."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(column: str) -> pa.DataType:
        if column in LISTS:
            return pa.list_(pa.string())
        if column in DATES:
            return pa.date32()
        if column in NUMBERS:
            return pa.int64()
        return pa.float64() if column in COORDINATES else pa.string()

    def cell(column: str, value):
        if column in DATES and value:
            return date.fromisoformat(value)
        return value if column in LISTS else typed(column, value)

    schema = pa.schema([(column, kind(column)) for column in COLUMNS])
    table = pa.table(
        {column: [cell(column, row[column]) for row in rows] for column in COLUMNS}, schema=schema
    )
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


# format -> writer and media type, for `export events --format` and the server's /events.FORMAT
FORMATS = {
    "csv": (to_csv, "text/csv; charset=utf-8"),
    "geojson": (to_geojson, "application/geo+json"),
    "parquet": (to_parquet, "application/vnd.apache.parquet"),
}
