"""What `conflictkg serve` offers beside the SPARQL endpoint, with real clients: the event table,
and the query page in a real browser (Debian's chromium, headless: what a user sees after the
page's own scripts ran; those tests are skipped when chromium is not installed)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from html.parser import HTMLParser

import httpx
import pyarrow as pa
import pyarrow.parquet as pq
import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from conflictkg.pages import country_outlines
from conflictkg.resources import resource_dir

from .conftest import SEEDS
from .test_serve import free_port, http, wait_for

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


BUILT = "2023-11-14T22:13:20Z"  # SOURCE_DATE_EPOCH 1700000000, as oxigraph writes it
LICENSE = "https://creativecommons.org/licenses/by-sa/4.0/"


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    """The seed graph, built at a fixed time under a licence, before the server starts."""
    out = tmp_path_factory.mktemp("pages") / "graph.ttl"
    subprocess.run(
        [sys.executable, "-m", "conflictkg", "build", str(SEEDS), "-o", str(out), "-q", "--license", LICENSE],
        check=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"},
    )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def server(graph_file):
    port = free_port()
    command = [sys.executable, "-m", "conflictkg", "serve", "--graph", str(graph_file), "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/queries", process)
        yield base
    finally:
        process.terminate()
        process.wait(10)


def test_event_table_downloads(server, graph_file):
    status, headers, body = http(server + "/events.csv")
    assert status == 200 and headers["content-type"] == "text/csv; charset=utf-8"
    exported = subprocess.run(
        [sys.executable, "-m", "conflictkg", "export", "events", "--graph", str(graph_file)],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    assert body == exported and len(body.splitlines()) == 22
    status, headers, body = http(server + "/events.geojson")
    features = json.loads(body)["features"]
    assert status == 200 and headers["content-type"] == "application/geo+json"
    assert len(features) == 21 and features[0]["id"].endswith("attack/2020-09-27-unlocated")
    status, headers, body = http(server + "/events.parquet")
    assert status == 200 and headers["content-type"] == "application/vnd.apache.parquet"
    exported = subprocess.run(
        [sys.executable, "-m", "conflictkg", "export", "events", "--graph", str(graph_file), "--format", "parquet"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    assert body == exported
    barda = pq.read_table(pa.BufferReader(body)).to_pylist()[-1]  # the latest event
    assert (barda["event_id"], barda["fatalities_latest"], barda["latitude"]) == (
        "https://w3id.org/conflictkg/id/attack/2020-10-28-barda",
        21,
        40.37577,
    )


VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def test_dataset_description_is_true(server, graph_file):
    status, _, body = http(server + "/.well-known/void")
    assert status == 200 and b"file:" not in body
    graph = ox.Store()
    graph.load(body, format=ox.RdfFormat.TURTLE)

    def objects(subject, predicate) -> list[str]:
        s = ox.NamedNode(subject) if isinstance(subject, str) else subject
        return sorted(
            q.object.value for q in graph.quads_for_pattern(s, ox.NamedNode(predicate), None)
        )

    dataset = "https://w3id.org/conflictkg/id/dataset"
    assert objects(dataset + "/build", "http://www.w3.org/ns/prov#endedAtTime") == [BUILT]
    assert objects(dataset, DCT + "license") == [LICENSE]
    assert objects(dataset, VOID + "dataDump") == [server + "/dumps/graph.ttl"]
    # the dump named resolves to the build's file, byte for byte, as many triples as VoID counts
    status, headers, turtle = http(server + "/dumps/graph.ttl")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert turtle == graph_file.read_bytes()
    triples = list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))
    assert [str(len(triples))] == objects(dataset, VOID + "triples")
    # DCAT-AP's mandatory parts: catalog with title, description and dataset; an access URL on
    # every distribution; the service's title and endpoint
    catalog = "https://w3id.org/conflictkg/id/catalog"
    assert objects(catalog, RDF_TYPE) == [DCAT + "Catalog"]
    assert objects(catalog, DCAT + "dataset") == [dataset]
    assert objects(catalog, DCT + "title") and objects(catalog, DCT + "description")
    distributions = objects(dataset, DCAT + "distribution")
    assert sorted(a for d in distributions for a in objects(d, DCAT + "accessURL")) == [
        server + "/dumps/graph.ttl", server + "/sparql",
    ]  # fmt: skip
    (service,) = objects(catalog, DCAT + "service")
    assert objects(service, DCAT + "endpointURL") == [server + "/sparql"]
    assert objects(service, DCT + "title") == ["conflictkg knowledge graph: SPARQL endpoint"]


def test_store_served_with_its_dump(tmp_path):
    """Serving a store: the build's time from the void.ttl beside it, an N-Quads dump of it."""
    command = [sys.executable, "-m", "conflictkg", "build", str(SEEDS), "-q"]
    out, store = tmp_path / "graph.trig", tmp_path / "store"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    subprocess.run([*command, "-o", str(out), "--store", str(store)], check=True, env=env)
    port = free_port()
    serve = [
        sys.executable,
        "-m",
        "conflictkg",
        "serve",
        "--store",
        str(store),
        "--port",
        str(port),
    ]
    process = subprocess.Popen(serve, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/queries", process)
        description = http(base + "/.well-known/void")[2].decode()
        assert f"<{base}/dumps/graph.nq>" in description
        licences = [
            q for q in ox.parse(description.encode(), format=ox.RdfFormat.TURTLE)
            if q.predicate.value == DCT + "license" and q.subject.value.endswith("/id/dataset")
        ]  # fmt: skip
        assert licences == []  # the build was given none
        assert '"2023-11-14T22:13:20+00:00"^^xsd:dateTime' in description
        status, _, body = http(base + "/dumps/graph.nq")
        quads = set(ox.parse(body, format=ox.RdfFormat.N_QUADS))
        built = set(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))
        assert status == 200 and len(quads) == len(built) > 1000
        assert {q.graph_name for q in quads} == {q.graph_name for q in built}
    finally:
        process.terminate()
        process.wait(10)


def test_cors_for_browser_clients_on_other_origins(server):
    origin = {"Origin": "https://analyst.example.org"}
    answer = httpx.get(server + "/sparql", params={"query": "ASK {}"}, headers=origin)
    assert answer.status_code == 200 and answer.headers["access-control-allow-origin"] == "*"
    assert (
        httpx.get(server + "/events.csv", headers=origin).headers["access-control-allow-origin"]
        == "*"
    )
    preflight = httpx.options(
        server + "/sparql",
        headers={**origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"},
    )  # fmt: skip
    assert preflight.status_code == 204 and preflight.headers["access-control-allow-origin"] == "*"
    assert preflight.headers["access-control-allow-methods"] == "GET, HEAD, POST, OPTIONS"
    assert preflight.headers["access-control-allow-headers"] == "content-type"
    plain = httpx.options(server + "/id/place/ganja")
    assert (plain.status_code, plain.headers["allow"]) == (204, "GET, HEAD, OPTIONS")
    assert "origin" not in answer.headers.get("vary", "").lower()  # the same answer for all
    assert httpx.options(server + "/sparql").headers["allow"] == "GET, HEAD, POST, OPTIONS"


def test_rdf_xml_and_alternates_on_resource_pages(server):
    ganja = URIRef("https://w3id.org/conflictkg/id/place/ganja")
    answer = httpx.get(server + "/id/place/ganja", headers={"Accept": "application/rdf+xml"})
    assert answer.headers["content-type"] == "application/rdf+xml"
    graph = Graph().parse(data=answer.content, format="xml")
    assert graph.value(ganja, RDFS.label) == Literal("Ganja")
    page = httpx.get(server + "/id/place/ganja", headers={"Accept": "text/html"})
    assert '<link rel="alternate" type="application/rdf+xml" href="/id/place/ganja">' in page.text
    assert '</id/place/ganja>; rel="alternate"; type="text/turtle"' in page.headers["link"]
    concept = httpx.get(server + "/vocab/weapon/missile", headers={"Accept": "application/rdf+xml"})
    assert concept.status_code == 200 and b"A guided or unguided missile." in concept.content


def test_ontology_page_with_an_anchor_per_term(server):
    terms = Graph()
    for path in resource_dir("ontology").glob("*.ttl"):
        terms.parse(path, format="turtle")
    ckg = "https://w3id.org/conflictkg/ontology#"
    names = {
        str(t)[len(ckg) :]
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for t in terms.subjects(RDF.type, kind)
        if str(t).startswith(ckg)
    }
    page = httpx.get(server + "/ontology", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    anchors = set(re.findall(r'<section id="([^"]+)">', page.text))
    assert anchors == names and "Attack" in names and "locatedIn" in names
    assert (
        '<a href="http://127.0.0.1' in page.text and '/ontology#Event">ckg:Event</a>' in page.text
    )
    assert httpx.get(server + "/ontology").headers["content-type"].startswith("text/turtle")
    xml = httpx.get(server + "/ontology/0.1.0", headers={"Accept": "application/rdf+xml"})
    assert len(Graph().parse(data=xml.content, format="xml")) == len(terms)
    assert httpx.get(server + "/ontology/0.0.9").status_code == 404


def test_attack_and_place_pages_show_figures_and_a_map(server):
    attack = httpx.get(server + "/id/attack/2020-10-17-ganja", headers={"Accept": "text/html"}).text
    table = attack.split("<h2>Casualty figures, per source</h2>")[1].split("</table>")[0]
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td>(.*?)</td>", table)]
    assert cells == [
        "003_c39f8755841239fa", "2020-10-19", "13", "48", "Jeyhun Bayramov",
        "001_7a404ea2dabfdd28", "2020-10-20", "13", "", "",
    ]  # fmt: skip
    assert "latitude 40.68157, longitude 46.36134" in attack and '<svg class="small-map"' in attack
    place = httpx.get(server + "/id/place/ganja", headers={"Accept": "text/html"}).text
    assert "latitude 40.68157, longitude 46.36134" in place and "Casualty figures" not in place
    call = httpx.get(
        server + "/id/call/2020-10-05-jeyhun-bayramov-sergey-lavrov",
        headers={"Accept": "text/html"},
    ).text
    assert "<h2>Where</h2>" not in call and "small-map" not in call


def inside(point, ring) -> bool:
    """Ray casting: whether a (lon, lat) point lies inside a ring."""
    x, y = point
    crossings = 0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
    return crossings % 2 == 1


def test_country_outlines_are_decoded_in_place():
    rings = country_outlines()
    assert len(rings) > 200
    for place in [(46.361, 40.683), (6.143, 46.204), (44.51, 40.18)]:  # Ganja, Geneva, Yerevan
        assert sum(inside(place, r) for r in rings) == 1
    assert not any(inside((35.0, 34.0), r) for r in rings)  # the Mediterranean, off Cyprus


def browse(url: str, tmp_path) -> str:
    """The page's DOM once its scripts ran."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=15000", "--dump-dom",
    ]  # fmt: skip
    done = subprocess.run(
        [*command, url], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class Page(HTMLParser):
    """The results table, the status line and the CSV link of the query page."""

    def __init__(self, dom: str):
        super().__init__()
        self.rows: list[list[str]] = []
        self.status = ""
        self.csv_href = None
        self._in = None
        self.feed(dom)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.rows[-1].append("")
            self._in = "cell"
        elif attrs.get("id") == "status":
            self._in = "status"
        elif attrs.get("id") == "download" and "hidden" not in attrs:
            self.csv_href = attrs.get("href")

    def handle_endtag(self, tag):
        if tag in ("td", "th", "span"):
            self._in = None

    def handle_data(self, data):
        if self._in == "cell":
            self.rows[-1][-1] += data
        elif self._in == "status":
            self.status += data


def cli_csv(graph_file, name: str, *params: str) -> str:
    args = [arg for p in params for arg in ("--param", p)]
    return subprocess.run(
        [sys.executable, "-m", "conflictkg", "query", name, "--graph", str(graph_file), "--format", "csv", *args],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def test_saved_query_with_parameter_runs_in_the_page(server, graph_file, tmp_path):
    """The page's answer to calls-in-month is the CLI's, 4 calls, and so is its CSV."""
    page = Page(browse(server + "/?saved=calls-in-month&month=2020-10", tmp_path))
    assert page.rows[0] == ["date", "kind", "aLabel", "bLabel", "call"]
    assert [r[:4] for r in page.rows[1:]] == [
        ["2020-10-05", "phone call", "Jeyhun Bayramov", "Sergey Lavrov"],
        ["2020-10-17", "phone call", "Baghdad Amreyev", "Jeyhun Bayramov"],
        ["2020-10-19", "phone call", "Darkhan Kydyrali", "Jeyhun Bayramov"],
        ["2020-10-19", "phone call", "Jean Yves Le Drian", "Jeyhun Bayramov"],
    ]
    assert page.status.startswith("4 rows")
    prefix = "data:text/csv;charset=utf-8,"
    assert page.csv_href.startswith(prefix)
    csv = urllib.parse.unquote(page.csv_href[len(prefix) :])
    assert csv.replace("\r\n", "\n") == cli_csv(graph_file, "calls-in-month", "month=2020-10")


def test_default_optional_and_enumerated_parameters(server, tmp_path):
    default = Page(browse(server + "/?saved=calls-in-month", tmp_path))
    assert default.status.startswith("4 rows")  # the decorator's default month, 2020-10
    september = Page(browse(server + "/?saved=calls-in-month&month=2020-09", tmp_path))
    assert september.status.startswith("0 rows") and len(september.rows) == 1
    dom = browse(server + "/?saved=attacks-by-date&from=2020-10-20", tmp_path)
    assert [r[0] for r in Page(dom).rows[1:]] == ["2020-10-27", "2020-10-28"]
    inputs = re.findall(r'<input ([^>]*)name="(\w+)"', dom)  # the form the decorators made
    types = {name: re.search(r'type="(\w+)"', attributes)[1] for attributes, name in inputs}
    assert types == {"from": "date", "to": "date"}
    stance = urllib.parse.quote("https://w3id.org/conflictkg/vocab/stance/denied")
    dom = browse(f"{server}/?saved=claims&stance={stance}", tmp_path)
    assert Page(dom).status.startswith("0 rows")
    options = re.search(r'<select name="stance">(.*?)</select>', dom)[1]
    assert re.findall(r'<option value="([^"]*)">', options) == [
        "",
        *(
            f"https://w3id.org/conflictkg/vocab/stance/{s}"
            for s in ("alleged", "asserted", "denied")
        ),
    ]
    assert Page(browse(server + "/?saved=claims", tmp_path)).status.startswith(
        "9 rows"
    )  # a figure told over two sentences


def test_construct_answer_is_a_table(server, tmp_path):
    page = Page(browse(server + "/?saved=call-network", tmp_path))
    assert page.rows[0] == ["subject", "predicate", "object"]
    assert ["person/sergey-lavrov", "http://www.w3.org/2000/01/rdf-schema#label", "Sergey Lavrov"] in page.rows  # fmt: skip
    assert any(r[0] == "person/sergey-lavrov" and r[1].endswith("knows") for r in page.rows)
    assert page.status.startswith(f"{len(page.rows) - 1} triples")


def test_map_and_timeline_in_the_browser(server, tmp_path):
    """Every located event is a circle; the map frames the attacks (Geneva's meeting is drawn
    outside it); the timeline has every dated event and the three running totals."""
    status, _, body = http(server + "/map")
    assert status == 200 and not re.search(rb"<(?:script|link|img)[^>]+(?:src|href)=", body)
    topology = json.loads(http(server + "/assets/countries-110m.topojson")[2])
    assert topology["type"] == "Topology"
    dom = browse(server + "/map", tmp_path)
    world, timeline = dom.split('id="timeline"')
    assert world.count('class="country"') == sum(
        1 for g in topology["objects"]["countries"]["geometries"] if g.get("arcs")
    )
    assert world.count('class="attack"') == 13 and world.count('class="call"') == 1
    assert "13 events on the map, 1 outside its frame, 7 without a known place." in world
    assert '<a href="/id/attack/2020-10-17-ganja"><circle' in world
    assert timeline.count('class="attack') == 14 and timeline.count('class="call') == 7
    assert (
        timeline.count('class="total-point"') == 3
        and "91 killed, 404 injured (Azernews)" in timeline
    )
