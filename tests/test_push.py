"""`conflictkg push` against the real Oxigraph server (PyPI's `oxigraph`, read-write): the seeds'
store sent graph by graph with the Graph Store protocol, then asked over SPARQL."""

from __future__ import annotations

import gc
import json
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.push import authorization, file_graphs, store_graphs

from .conftest import SEEDS
from .test_serve import free_port, http, wait_for

CKG = "https://w3id.org/conflictkg/ontology#"
BARDA = "https://w3id.org/conflictkg/id/attack/2020-10-28-barda"
ARTICLE_GRAPH = "https://w3id.org/conflictkg/graph/article/002_a7289bc24cb9d376"
XSD = "http://www.w3.org/2001/XMLSchema#"


def run(*args, env=None):
    return CliRunner().invoke(main, [*map(str, args)], catch_exceptions=False, env=env)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seeds built into a store, with their N-Quads export beside it."""
    out = tmp_path_factory.mktemp("built")
    result = run("build", SEEDS, "-o", out / "graph.nq", "--store", out / "store", "-q")
    assert result.exit_code == 0, result.output
    gc.collect()  # the in-process build's store lingers in a traceback cycle until collected
    return out


@pytest.fixture(scope="module")
def store_facts(built):
    """Named graphs and triples of the store."""
    store = ox.Store.read_only(str(built / "store"))
    return sum(1 for _ in store.named_graphs()), len(store)


@pytest.fixture
def server(tmp_path):
    """An empty Oxigraph server on a free port: its base URL."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    port = free_port()
    command = [
        binary,
        "serve",
        "--location",
        str(tmp_path / "oxigraph"),
        "--bind",
        f"127.0.0.1:{port}",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/query?query=ASK%7B%7D", process)
        yield base
    finally:
        process.terminate()
        process.wait(10)


def select(base: str, query: str) -> list[dict]:
    status, _, body = http(
        f"{base}/query",
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200, body
    return [
        {name: term["value"] for name, term in row.items()}
        for row in json.loads(body)["results"]["bindings"]
    ]


def counts(base: str) -> dict:
    (row,) = select(base, "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?triples) { GRAPH ?g { ?s ?p ?o } }")  # fmt: skip
    return {"graphs": int(row["graphs"]), "triples": int(row["triples"])}


def test_a_store_is_pushed_graph_by_graph(built, store_facts, server):
    result = run("push", "--store", built / "store", "--endpoint", f"{server}/store")
    assert result.exit_code == 0, result.output
    graphs, triples = store_facts
    assert (graphs, triples) == (9, 2135)  # five articles, entities, events, inferred, vocab
    assert result.stderr.startswith(f"9 graphs, 2135 triples sent to {server}/store in ")
    assert counts(server) == {"graphs": graphs, "triples": triples}
    rows = select(
        server,
        f"PREFIX ckg: <{CKG}> SELECT ?g ?date ?killed {{ GRAPH ?e {{ <{BARDA}> ckg:date ?date ; "
        f"ckg:casualties ?c }} GRAPH ?g {{ ?c ckg:killed ?killed }} }}",
    )
    assert rows == [{"g": ARTICLE_GRAPH, "date": "2020-10-28", "killed": "21"}]  # the event is
    # in the events graph, the figure in the graph of the article that gives it


def test_a_second_push_replaces_each_graph(built, store_facts, server):
    def push():
        args = ("--store", built / "store", "--endpoint", f"{server}/store", "-q")
        assert run("push", *args).exit_code == 0

    push()
    push()
    assert counts(server) == {"graphs": store_facts[0], "triples": store_facts[1]}
    stray = f"INSERT DATA {{ GRAPH <{ARTICLE_GRAPH}> {{ <{BARDA}> <{CKG}killed> 99 }} }}"
    headers = {"Content-Type": "application/sparql-update"}
    assert http(f"{server}/update", data=stray.encode(), headers=headers)[0] == 204
    push()
    assert counts(server) == {"graphs": store_facts[0], "triples": store_facts[1]}
    query = f"SELECT ?k {{ GRAPH ?g {{ <{BARDA}> <{CKG}killed> ?k }} }}"
    assert select(server, query) == []  # the stray figure went with the graph it was in


def test_the_export_keeps_the_datatypes_the_store_makes_canonical(built, server):
    def killed_types(graphs):
        return {
            t.object.datatype.value
            for _, triples in graphs
            for t in triples
            if t.predicate.value == CKG + "killed"
        }

    store = ox.Store.read_only(str(built / "store"))
    assert killed_types(store_graphs(store)) == {XSD + "integer"}
    assert killed_types(file_graphs(built / "graph.nq")) == {XSD + "nonNegativeInteger"}
    result = run("push", "--graph", built / "graph.nq", "--endpoint", f"{server}/store")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"9 graphs, 2135 triples sent to {server}/store in ")


def test_a_server_that_refuses_is_reported_with_the_graph_and_status(built, server):
    result = run("push", "--store", built / "store", "--endpoint", f"{server}/nothing", "-q")
    assert result.exit_code == 1
    assert result.stderr == (
        "error: graph <https://w3id.org/conflictkg/graph/article/000_dedf0a42f71b5f5c>: "
        f"{server}/nothing answered 404 Not Found: PUT /nothing is not supported by this server\n"
    )


def test_no_server_is_reported_with_the_graph(built):
    endpoint = f"http://127.0.0.1:{free_port()}/store"
    result = run("push", "--store", built / "store", "--endpoint", endpoint, "-q")
    assert result.exit_code == 1
    assert result.stderr == (
        "error: graph <https://w3id.org/conflictkg/graph/article/000_dedf0a42f71b5f5c>: "
        f"cannot reach {endpoint}: [Errno 111] Connection refused\n"
    )


def test_credentials_become_the_authorization_header(built, server):
    assert authorization("ckg", "s3cret", None) == "Basic Y2tnOnMzY3JldA=="
    assert authorization(None, None, "abc.def") == "Bearer abc.def"
    assert authorization(None, None, None) is None
    args = ("push", "--store", built / "store", "--endpoint", f"{server}/store", "-q")
    assert run(*args, "--token-env", "CKG_TOKEN", env={"CKG_TOKEN": "abc.def"}).exit_code == 0
    unset = run(*args, "--token-env", "CKG_TOKEN", env={"CKG_TOKEN": ""})
    assert unset.exit_code == 2 and "$CKG_TOKEN holds no token" in unset.stderr
    both = run(*args, "--user", "ckg", "--token-env", "CKG_TOKEN")
    assert both.exit_code == 2 and "give --user or --token-env, not both" in both.stderr
    no_password = run(*args, "--user", "ckg", env={"CONFLICTKG_PASSWORD": None})
    assert no_password.exit_code == 2
    assert "--user needs --password or $CONFLICTKG_PASSWORD" in no_password.stderr
    basic = run(*args, "--user", "ckg", env={"CONFLICTKG_PASSWORD": "s3cret"})
    assert basic.exit_code == 0  # the Oxigraph server asks for no credentials: it takes them


def test_what_to_push_is_checked_before_sending(tmp_path, built):
    endpoint = ("--endpoint", "http://127.0.0.1:9/store")
    neither = run("push", *endpoint)
    assert neither.exit_code == 2 and "give one of --store DIR and --graph FILE" in neither.stderr
    turtle = tmp_path / "graph.ttl"
    turtle.write_text("<http://a> <http://b> <http://c> .\n")
    one_graph = run("push", "--graph", turtle, *endpoint)
    assert one_graph.exit_code == 2
    assert "--graph takes an N-Quads (.nq) or TriG (.trig) file" in one_graph.stderr
    not_a_store = run("push", "--store", tmp_path, *endpoint)
    assert not_a_store.exit_code == 1
    assert not_a_store.stderr.startswith(f"Error: {tmp_path}: not a store (")
