"""The HTTP server with real clients and a real second server: SPARQLWrapper against
`conflictkg serve`, and the Oxigraph server from PyPI loaded with the Turtle export."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

from conflictkg.query import load_queries, run, serialize
from conflictkg.store import load_files, open_store

from .conftest import SEEDS

ID = "https://w3id.org/conflictkg/id/"
RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # minutes, little memory


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stderr.read().decode()}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in {seconds} s")


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("served") / "graph.ttl"
    subprocess.run(
        [sys.executable, "-m", "conflictkg", "build", str(SEEDS), "-o", str(out), "-q"], check=True
    )
    return out


@pytest.fixture(scope="module")
def trig_file(graph_file) -> Path:
    """The TriG export, so that the named graphs are there to name."""
    trig = graph_file.with_suffix(".trig")
    subprocess.run(
        [sys.executable, "-m", "conflictkg", "build", str(SEEDS), "-o", str(trig), "-q"], check=True
    )
    return trig


@contextmanager
def running(trig: Path, *options: str):
    """`conflictkg serve` on the file with these options, on a free loopback port: its URL and
    its process."""
    port = free_port()
    command = [sys.executable, "-m", "conflictkg", "serve", "--graph", str(trig),
               "--port", str(port), "--timeout", "3", "--row-limit", "1000", *options]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/queries", process)
        yield base, process
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def server(trig_file):
    with running(trig_file) as (base, _):
        yield base


def http(url: str, data: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def get(base: str, query: str, accept: str = "application/sparql-results+json"):
    return http(
        f"{base}/sparql?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept}
    )


def test_sparqlwrapper_select(server):
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(
        "PREFIX ckg: <https://w3id.org/conflictkg/ontology#> SELECT DISTINCT ?a WHERE { ?a a ckg:Attack }"
    )
    client.setReturnFormat(JSON)
    bindings = client.queryAndConvert()["results"]["bindings"]
    assert len(bindings) == 14
    client.setReturnFormat(CSV)
    assert client.queryAndConvert().decode().splitlines()[0] == "a"


def test_sparqlwrapper_construct_and_post(server):
    client = SPARQLWrapper(server + "/sparql")
    client.setMethod("POST")
    client.setQuery(f"CONSTRUCT {{ <{ID}place/ganja> ?p ?o }} WHERE {{ <{ID}place/ganja> ?p ?o }}")
    client.setReturnFormat(TURTLE)
    triples = list(ox.parse(client.queryAndConvert(), format=ox.RdfFormat.TURTLE))
    assert any(t.object == ox.Literal("AZ-GA") for t in triples)


@pytest.mark.parametrize(
    "accept, media",
    [("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
     ("application/sparql-results+xml", "application/sparql-results+xml"),
     ("text/html;q=0.9, application/sparql-results+json", "application/sparql-results+json")],
)  # fmt: skip
def test_content_negotiation(server, accept, media):
    status, headers, _ = get(server, "SELECT * { ?s ?p ?o } LIMIT 1", accept)
    assert (status, headers["content-type"].split(";")[0]) == (200, media)
    assert headers["vary"] == "Accept"


def test_protocol_errors(server):
    assert get(server, "SELECT * { ?s ?p ?o } LIMIT 1", "image/png")[0] == 406
    assert get(server, "SELECT * WHERE { ?s ?p")[0] == 400
    status, _, body = http(server + "/sparql", b"query=ASK{}", {"Content-Type": "text/plain"})
    assert status == 415
    status, _, _ = http(
        server + "/sparql",
        b"query=ASK%7B%7D",
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 200


def test_updates_are_forbidden(server):
    update = b"INSERT DATA { <http://a> <http://b> <http://c> }"
    assert http(server + "/sparql", update, {"Content-Type": "application/sparql-update"})[0] == 403
    form = urllib.parse.urlencode({"update": update.decode()}).encode()
    assert (
        http(server + "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0]
        == 403
    )
    assert http(server + "/sparql", update, {"Content-Type": "application/sparql-query"})[0] == 403


@pytest.mark.parametrize(
    "query, status",
    [
        ("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400),
        ("LOAD <http://127.0.0.1:9/data.ttl>", 403),
        ("SELECT * FROM <http://example.org/not-here> { ?s ?p ?o }", 400),
        ("SELECT * FROM NAMED <http://example.org/not-here> { GRAPH ?g { ?s ?p ?o } }", 400),
    ],
)
def test_dangerous_queries_fail_closed(server, query, status):
    assert get(server, query)[0] == status


def test_from_a_graph_in_the_store_is_allowed(server):
    query = "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/conflictkg/graph/article/003_c39f8755841239fa> { ?s a ?t }"
    status, _, body = get(server, query)
    assert status == 200
    assert (
        int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == 7
    )  # what is the article's own: itself, the five sentences facts came from, its one figure
    status, _, body = get(server, query.replace("003_c39f8755841239fa", "999_missing"))
    assert status == 400 and b"graph not in this dataset" in body


def test_runaway_query_is_stopped_and_the_server_lives(server):
    started = time.monotonic()
    status, _, body = get(server, RUNAWAY)
    assert status == 503 and b"time limit" in body
    assert time.monotonic() - started < 15
    assert get(server, "ASK { ?s ?p ?o }")[0] == 200


def test_row_limit_refuses_rather_than_cuts(server):
    status, _, body = get(server, "SELECT * { ?s ?p ?o }", "text/csv")
    assert status == 413 and body.startswith(b"more than 1000 rows")
    assert get(server, "SELECT * { ?s ?p ?o } LIMIT 1000", "text/csv")[0] == 200


def test_saved_queries_api(server):
    status, _, body = http(server + "/queries")
    listing = {q["name"]: q for q in json.loads(body)}
    assert status == 200 and "calls-by-person" in listing
    assert listing["calls-in-month"]["parameters"] == [
        {
            "name": "month",
            "variable": "_month",
            "required": True,
            "type": None,
            "datatype": None,
            "lang": None,
            "default": "2020-10",
            "enum": [],
        }
    ]
    status, _, body = http(
        server + "/queries/calls-in-month?month=2020-10", headers={"Accept": "text/csv"}
    )
    lines = body.decode().splitlines()
    assert (
        status == 200
        and len(lines) == 5
        and lines[1].startswith("2020-10-05,phone call,Jeyhun Bayramov,Sergey Lavrov")
    )


def test_parameter_is_bound_not_injected(server):
    hostile = urllib.parse.quote('x" } ; DROP ALL ; SELECT * { "')
    status, _, body = http(
        f"{server}/queries/calls-in-month?month={hostile}",
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200
    assert json.loads(body)["results"]["bindings"] == []
    assert http(server + "/queries/calls-by-person?person=not%20an%20iri")[0] == 400


def test_linked_data_pages(server):
    status, headers, body = http(server + "/id/place/ganja", headers={"Accept": "text/html"})
    assert status == 200 and headers["vary"] == "Accept"
    page = body.decode()
    assert "<h1>Ganja</h1>" in page and "AZ-GA" in page
    status, _, body = http(server + "/id/attack/2020-10-17-ganja", headers={"Accept": "text/html"})
    assert "13 civilians including 3 kids were killed" in body.decode()
    status, headers, body = http(server + "/id/place/ganja", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    status, headers, body = http(
        server + "/id/place/ganja", headers={"Accept": "application/ld+json"}
    )
    assert status == 200 and json.loads(body)
    assert http(server + "/id/place/atlantis", headers={"Accept": "text/html"})[0] == 404
    status, _, body = http(server + "/ontology", headers={"Accept": "text/turtle"})
    assert status == 200 and b"ckg:Attack" in body


def test_code_lists_and_graphs_dereference(server):
    status, _, body = http(
        server + "/vocab/weapon/ballistic-missile", headers={"Accept": "text/turtle"}
    )
    assert status == 200 and b"ballistic missile" in body
    status, _, body = http(
        server + "/graph/article/002_a7289bc24cb9d376", headers={"Accept": "application/n-triples"}
    )
    triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    assert status == 200 and any(t.object == ox.Literal("002_a7289bc24cb9d376") for t in triples)
    assert http(server + "/graph/article/nothing-here", headers={"Accept": "text/turtle"})[0] == 404


def test_dataset_description(server):
    status, _, body = http(server + "/.well-known/void")
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    endpoints = [
        t.object.value
        for t in triples
        if t.predicate.value == "http://rdfs.org/ns/void#sparqlEndpoint"
    ]
    assert status == 200 and endpoints == [server + "/sparql"]


def test_query_page_is_offline(server):
    status, _, body = http(server + "/", headers={"Accept": "text/html"})
    assert status == 200 and b"<textarea" in body
    assert not re.search(
        rb"<(?:script|link|img)[^>]+(?:src|href)=", body
    )  # nothing fetched from elsewhere


@pytest.fixture(scope="module")
def oxigraph_server(graph_file, tmp_path_factory):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    location = tmp_path_factory.mktemp("oxigraph")
    subprocess.run(
        [binary, "load", "--location", str(location), "--file", str(graph_file)],
        check=True,
        capture_output=True,
    )
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        process.terminate()
        process.wait(10)


CONCATENATED = {"places": ", ", "perpetrators": ", ", "weapons": ", ", "articleIds": " "}


def canonical(results, kind: str) -> list:
    """Rows in a comparable form; GROUP_CONCAT lists have no defined order, so sort them."""
    if kind in ("CONSTRUCT", "DESCRIBE"):
        return sorted(str(t) for t in results)
    rows = json.loads(serialize(results, "json"))["results"]["bindings"]
    for row in rows:
        for name, separator in CONCATENATED.items():
            if name in row:
                row[name]["value"] = separator.join(sorted(row[name]["value"].split(separator)))
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def test_every_saved_query_gives_the_same_rows_on_oxigraph_server(graph_file, oxigraph_server):
    from conflictkg.query import run_remote

    store = load_files(open_store(), [graph_file])
    for name, query in load_queries().items():
        local = canonical(run(store, query), query.kind)
        remote = canonical(run_remote(oxigraph_server, query), query.kind)
        assert local == remote, name
        assert local or name in ("denials", "conflicting-figures"), name


def test_cli_endpoint_option(server):
    proc = subprocess.run(
        [sys.executable, "-m", "conflictkg", "query", "running-totals", "--endpoint", server + "/sparql", "--format", "csv"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert proc.stdout.splitlines()[1:] == [
        "2020-10-06,Azernews,,27,141,https://w3id.org/conflictkg/id/article/000_dedf0a42f71b5f5c",
        "2020-10-20,Azernews,2020-09-27,61,282,https://w3id.org/conflictkg/id/article/001_7a404ea2dabfdd28",
        "2020-11-02,Azernews,2020-09-27,91,404,https://w3id.org/conflictkg/id/article/002_a7289bc24cb9d376",
    ]


def test_saved_queries_page(server, graph_file):
    """/queries/NAME?limit=&offset= answers the page `conflictkg query --limit --offset` does."""
    status, _, body = http(
        server + "/queries/claims?limit=3&offset=3", headers={"Accept": "text/csv"}
    )
    cli = subprocess.run(
        [sys.executable, "-m", "conflictkg", "query", "claims", "--graph", str(graph_file),
         "--format", "csv", "--limit", "3", "--offset", "3"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = body.decode().replace("\r\n", "\n").splitlines()
    assert status == 200 and len(lines) == 4
    assert lines == cli.stdout.replace("\r\n", "\n").splitlines()
    whole = http(server + "/queries/claims", headers={"Accept": "text/csv"})[2].decode()
    assert lines[1:] == whole.replace("\r\n", "\n").splitlines()[4:7]
    stance = urllib.parse.quote("https://w3id.org/conflictkg/vocab/stance/asserted")
    status, _, body = http(
        f"{server}/queries/claims?stance={stance}&limit=1",
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 1
    for bad in ("limit=-1", "limit=x", "offset=1.5"):
        status, _, body = http(f"{server}/queries/claims?{bad}")
        assert status == 400 and b"whole number" in body, bad
    status, _, body = http(server + "/queries/call-network?limit=5")
    assert status == 400 and b"only SELECT answers are paged" in body
