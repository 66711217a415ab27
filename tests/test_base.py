"""`build --base IRI`: the seeds built under a team's own base, exported, described, queried,
served and added to; the ontology and code lists keep their IRIs, and a default build its bytes."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.mapping import CKG, CKGR, ENTITIES_GRAPH, GRAPH, XSD
from conflictkg.pipeline import build
from conflictkg.rebase import DEFAULT_BASE, graphs, ids, rebase
from conflictkg.validate import validate

from .conftest import SEEDS
from .test_pages import Page, browse
from .test_serve import free_port, http, wait_for

BASE = "https://data.example.org/karabakh/"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}


def conflictkg(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "conflictkg", *args]
    return subprocess.run(command, capture_output=True, text=True, check=check, env=ENV)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seeds under BASE (N-Quads and a store, then Turtle) and under the default base."""
    folder = tmp_path_factory.mktemp("base")
    conflictkg("build", str(SEEDS), "-q", "--base", BASE, "-o", str(folder / "rebased/graph.nq"), "--store", str(folder / "store"))  # fmt: skip
    conflictkg("build", str(SEEDS), "-q", "--base", BASE, "-o", str(folder / "rebased/graph.ttl"))
    conflictkg("build", str(SEEDS), "-q", "-o", str(folder / "default/graph.nq"))
    return folder


def test_the_default_base_is_where_the_mapping_mints():
    assert (ids(DEFAULT_BASE), graphs(DEFAULT_BASE)) == (str(CKGR), str(GRAPH))


def test_rebased_exports_keep_no_default_iri(built):
    for name in ("graph.nq", "graph.ttl"):
        text = (built / "rebased" / name).read_text(encoding="utf-8")
        assert "w3id.org/conflictkg/id/" not in text and "w3id.org/conflictkg/graph/" not in text
    quads = list(ox.parse(path=str(built / "rebased/graph.nq"), format=ox.RdfFormat.N_QUADS))
    ganja = ox.NamedNode(BASE + "id/place/ganja")
    attack = ox.NamedNode(BASE + "id/attack/2020-10-17-ganja")
    ontology = "https://w3id.org/conflictkg/ontology#"
    triples = {q.triple for q in quads}
    assert ox.Triple(attack, ox.NamedNode(ontology + "location"), ganja) in triples
    assert (
        ox.Triple(
            attack,
            ox.NamedNode(ontology + "weapon"),
            ox.NamedNode("https://w3id.org/conflictkg/vocab/weapon/ballistic-missile"),
        )
        in triples
    )
    names = {q.graph_name.value for q in quads}
    assert {BASE + "graph/entities", BASE + "graph/inferred", BASE + "graph/vocab"} <= names
    assert BASE + "graph/article/002_a7289bc24cb9d376" in names
    # the same quads as the default build, every id/ and graph/ IRI moved and nothing else
    default = (built / "default/graph.nq").read_text(encoding="utf-8")
    moved = default.replace("<https://w3id.org/conflictkg/id/", f"<{BASE}id/").replace(
        "<https://w3id.org/conflictkg/graph/", f"<{BASE}graph/"
    )
    rebased = (built / "rebased/graph.nq").read_text(encoding="utf-8")
    assert sorted(rebased.splitlines()) == sorted(moved.splitlines())
    turtle = (built / "rebased/graph.ttl").read_text(encoding="utf-8")
    assert f"@prefix ckgr: <{BASE}id/> ." in turtle
    assert "@prefix ckg: <https://w3id.org/conflictkg/ontology#> ." in turtle
    assert " ckgr:place\\/ganja ," in turtle


def test_void_names_the_dataset_under_the_base(built):
    store = ox.Store()
    store.load(path=str(built / "rebased/void.ttl"), format=ox.RdfFormat.TURTLE)
    dataset = ox.NamedNode(BASE + "id/dataset")
    void = "http://rdfs.org/ns/void#"
    assert [
        q.object for q in store.quads_for_pattern(dataset, ox.NamedNode(void + "uriSpace"), None)
    ] == [ox.Literal(BASE + "id/")]
    assert ox.Quad(
        ox.NamedNode(BASE + "id/catalog"),
        ox.NamedNode("http://www.w3.org/ns/dcat#dataset"),
        dataset,
    ) in set(store)
    text = (built / "rebased/void.ttl").read_text(encoding="utf-8")
    assert "w3id.org/conflictkg/id/" not in text


def test_default_build_bytes_are_unchanged(built, tmp_path):
    conflictkg("build", str(SEEDS), "-q", "--base", DEFAULT_BASE, "-o", str(tmp_path / "graph.nq"))
    for name in ("graph.nq", "void.ttl"):
        assert (tmp_path / name).read_bytes() == (built / "default" / name).read_bytes()


def test_rebased_build_validates_as_the_default(seed_build):
    """The seeds conform under either base; broken (a figure that is no number, an event dated
    after its article), both give the same results, about the moved IRIs."""
    rebased = build([SEEDS], base=BASE).validation
    assert (rebased.conforms, seed_build.validation.conforms) == (True, True)
    attack = CKGR["attack/2020-10-17-ganja"]
    count = CKGR["attack/2020-10-17-ganja/casualties/003_c39f8755841239fa"]
    changed = {(count, CKG.killed), (attack, CKG.date)}
    broken = [q for q in seed_build.quads if (q.subject, q.predicate) not in changed] + [
        ox.Quad(count, CKG.killed, ox.Literal("many"), ENTITIES_GRAPH),
        ox.Quad(attack, CKG.date, ox.Literal("2021-01-01", datatype=XSD.date), ENTITIES_GRAPH),
    ]
    default = validate(broken)
    moved = validate(rebase(broken, BASE))
    assert moved.messages == [m.replace(str(CKGR), BASE + "id/") for m in default.messages]
    assert (moved.violations, moved.warnings) == (default.violations, default.warnings) == (5, 0)
    assert (
        f"Violation: {BASE}id/attack/2020-10-17-ganja: An event is dated 2021-01-01, after the "
        f"article {BASE}id/article/003_c39f8755841239fa that reports it was published "
        "(2020-10-19). [sh:sparql]"
    ) in moved.messages


def test_query_shortens_the_datas_ids(built):
    table = conflictkg("query", "calls-in-month", "--store", str(built / "store")).stdout
    assert "  call/2020-10-05-jeyhun-bayramov-sergey-lavrov\n" in table
    graph = built / "rebased/graph.ttl"  # its base read in the void.ttl beside it
    assert table == conflictkg("query", "calls-in-month", "--graph", str(graph)).stdout
    csv = conflictkg("query", "calls-in-month", "--store", str(built / "store"), "--format", "csv")
    assert f",{BASE}id/call/2020-10-05-jeyhun-bayramov-sergey-lavrov\n" in csv.stdout


@pytest.fixture(scope="module")
def server(built):
    """The rebased store served at the base: its pages link to the data's own IRIs."""
    port = free_port()
    command = [sys.executable, "-m", "conflictkg", "serve", "--store", str(built / "store"),
               "--port", str(port), "--base-url", BASE.rstrip("/")]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/queries", process)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def test_served_store_dereferences_under_its_base(server):
    status, headers, body = http(server + "/id/place/ganja", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    triples = {q.triple for q in ox.parse(body, format=ox.RdfFormat.TURTLE)}
    ganja = ox.NamedNode(BASE + "id/place/ganja")
    assert ox.Triple(ganja, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal("AZ-GA")) in triples  # fmt: skip
    assert (
        ox.Triple(
            ganja,
            ox.NamedNode("https://w3id.org/conflictkg/ontology#locatedIn"),
            ox.NamedNode(BASE + "id/country/az"),
        )
        in triples
    )
    status, _, body = http(server + "/graph/entities", headers={"Accept": "application/n-triples"})
    assert status == 200 and f"<{BASE}id/place/ganja> ".encode() in body
    status, _, body = http(server + "/.well-known/void")
    endpoint = ox.Triple(
        ox.NamedNode(BASE + "id/dataset"),
        ox.NamedNode("http://rdfs.org/ns/void#sparqlEndpoint"),
        ox.NamedNode(BASE + "sparql"),  # the server's, at --base-url
    )
    assert status == 200 and endpoint in {
        q.triple for q in ox.parse(body, format=ox.RdfFormat.TURTLE)
    }


def test_pages_link_to_the_datas_iris(server):
    status, _, body = http(server + "/id/attack/2020-10-17-ganja", headers={"Accept": "text/html"})
    page = body.decode()
    assert status == 200 and f"<code>{BASE}id/attack/2020-10-17-ganja</code>" in page
    links = set(re.findall(r'href="([^"]+)"', page))
    assert {BASE + "id/place/ganja", BASE + "id/country/am",
            BASE + "id/article/003_c39f8755841239fa"} <= links  # fmt: skip
    assert BASE.rstrip("/") + "/ontology#Attack" in links
    assert "https://w3id.org/conflictkg/vocab/weapon/ballistic-missile" not in links
    assert BASE.rstrip("/") + "/vocab/weapon/ballistic-missile" in links
    assert not any("w3id.org/conflictkg/id/" in link for link in links)


def test_query_page_and_map_link_the_rebased_ids(server, tmp_path):
    page = Page(browse(server + "/?saved=call-network", tmp_path))
    assert ["person/sergey-lavrov", "http://www.w3.org/2000/01/rdf-schema#label", "Sergey Lavrov"] in page.rows  # fmt: skip
    assert '<a href="/id/attack/2020-10-17-ganja"><circle' in browse(server + "/map", tmp_path)


def test_an_incremental_build_under_another_base_is_refused(built, tmp_path):
    store = built / "store"
    before = (store / "conflictkg-base.txt").read_text()
    refused = conflictkg(
        "build", str(SEEDS), "-q", "--base", "https://other.example.org/", "--store", str(store),
        "-o", str(tmp_path / "graph.nq"), check=False,
    )  # fmt: skip
    assert refused.returncode == 2
    assert (
        f"{store} holds IRIs under {BASE}, not https://other.example.org/: add to it with --base "
        f"{BASE} (or none)"
    ) in " ".join(refused.stderr.split())
    assert not (tmp_path / "graph.nq").exists()
    assert (store / "conflictkg-base.txt").read_text() == before == BASE + "\n"
    # without --base the store's own base is kept: the same graph as its first build
    conflictkg("build", str(SEEDS), "-q", "--store", str(store), "-o", str(tmp_path / "graph.nq"))
    assert (tmp_path / "graph.nq").read_bytes() == (built / "rebased/graph.nq").read_bytes()


@pytest.mark.parametrize(
    "value, reason",
    [
        ("", "is not an absolute http(s) IRI"),
        ("data.example.org/karabakh/", "is not an absolute http(s) IRI"),
        ("ftp://data.example.org/", "is not an absolute http(s) IRI"),
        ("https:///karabakh/", "is not an absolute http(s) IRI"),
        ("https://data.example.org/karabakh", "does not end in '/'"),
        ("https://data.example.org/karabakh#", "has a query or a fragment"),
        ("https://data.example.org/?x=1/", "has a query or a fragment"),
        ("https://data.example.org/kara bakh/", "holds a character an IRI cannot"),
    ],
)
def test_a_base_must_be_an_absolute_http_iri_ending_in_a_slash(value, reason):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--base", value])
    assert result.exit_code == 2
    assert f"Invalid value for '--base': {value!r} {reason}" in result.output
