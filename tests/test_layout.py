"""The graph layout that keeps queries linear: each fact stated once, each subject in one chunk,
and validation chunk by chunk equal to validation of the whole."""

from __future__ import annotations

import pyoxigraph as ox

from conflictkg.mapping import CKG, CKGR, EVENTS_GRAPH, RDF, RDFS, chunks
from conflictkg.validate import Checker, validate

INFERRED = "https://w3id.org/conflictkg/graph/inferred"


def test_every_triple_is_stated_once(seed_build):
    quads = seed_build.quads
    assert len(quads) == len({q.triple for q in quads})


def test_an_event_is_typed_once_however_many_report_it(seed_build):
    attacks = [
        q.subject for q in seed_build.quads if q.predicate == RDF.type and q.object == CKG.Attack
    ]
    assert len(attacks) == len(set(attacks)) == 14
    ganja = CKGR["attack/2020-10-17-ganja"]
    reports = seed_build.store.query(
        f"SELECT ?a WHERE {{ <{ganja.value}> <{CKG.reportedIn.value}> ?a }}",
        use_default_graph_as_union=True,
    )
    assert len(list(reports)) == 2  # two articles report the Ganja attack of October 17
    rows = seed_build.store.query(
        "PREFIX ckg: <https://w3id.org/conflictkg/ontology#> SELECT ?d ?p ?a "
        f"WHERE {{ <{ganja.value}> a ckg:Attack ; ckg:date ?d ; ckg:location ?p ; ckg:reportedIn ?a }}",
        use_default_graph_as_union=True,
    )
    assert len(list(rows)) == 2  # one row per report, not one per report to the fourth power


def test_events_live_in_the_events_graph_and_figures_in_their_articles(seed_build):
    graphs = {
        q.graph_name.value
        for q in seed_build.quads
        if q.subject == CKGR["attack/2020-10-17-ganja/casualties/003_c39f8755841239fa"]
        and q.graph_name.value != INFERRED
    }
    assert graphs == {"https://w3id.org/conflictkg/graph/article/003_c39f8755841239fa"}
    assert {
        q.graph_name.value
        for q in seed_build.quads
        if q.subject == CKGR["attack/2020-10-17-ganja"] and q.graph_name.value != INFERRED
    } == {EVENTS_GRAPH.value}


def test_each_subject_is_stated_in_one_chunk(seed_kb):
    owner: dict[ox.NamedNode, int] = {}
    for number, chunk in enumerate(chunks(seed_kb)):
        for quad in chunk:
            assert owner.setdefault(quad.subject, number) == number, quad


def test_a_class_stated_in_a_later_chunk_is_found_and_a_missing_one_reported(seed_build):
    """Each graph of the seeds is a chunk, the articles' graphs (which state the class of the
    articles that events are reported in) last; then the same with one event reported in an
    article that no chunk states."""
    quads = [q for q in seed_build.quads if q.graph_name.value != INFERRED]
    graphs = sorted({q.graph_name.value for q in quads}, key=lambda g: ("/article/" in g, g))

    def chunked(quads):
        checker = Checker()
        for graph in graphs:
            checker.check(
                {(q.subject, q.predicate, q.object) for q in quads if q.graph_name.value == graph}
            )
        return checker.finish(seed_build.store)

    assert chunked(quads).conforms
    nowhere = ox.NamedNode("http://example.org/article/nowhere")
    ganja = CKGR["attack/2020-10-17-ganja"]
    extra = ox.Quad(ganja, CKG.reportedIn, nowhere, EVENTS_GRAPH)
    result = chunked([*quads, extra])
    assert [(str(f.focus), str(f.value), f.component.split("#")[1]) for f in result.findings] == [
        (ganja.value, nowhere.value, "ClassConstraintComponent")
    ]


def test_chunked_validation_equals_the_reference_on_a_broken_graph(seed_build):
    """Broken across chunks (a place no chunk types, an entity without its label): the checker
    fed graph by graph reports what pyshacl reports on the whole graph."""
    quads = [q for q in seed_build.quads if q.graph_name.value != INFERRED]
    nowhere = ox.NamedNode("http://example.org/place/nowhere")
    broken = [
        ox.Quad(q.subject, q.predicate, nowhere, q.graph_name) if q.predicate == CKG.location else q
        for q in quads
        if not (q.subject == CKGR["place/ganja"] and q.predicate == RDFS.label)
    ]
    checker = Checker()
    for graph in sorted({q.graph_name.value for q in broken}):
        checker.check(
            {(q.subject, q.predicate, q.object) for q in broken if q.graph_name.value == graph}
        )
    fast = checker.finish(seed_build.store)
    reference = validate(broken, engine="pyshacl")
    assert fast.violations == 15  # 14 attacks at nowhere, Ganja unnamed
    assert sorted(fast.messages) == sorted(reference.messages)
