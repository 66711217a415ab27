"""Inferences land in their own graph: supertypes, inverses, transitive containment."""

import pyoxigraph as ox

from conflictkg.mapping import CKG, CKGR, INFERRED_GRAPH, RDF
from conflictkg.reason import infer


def asserted_and_inferred(seed_build):
    asserted, inferred = set(), set()
    for quad in seed_build.store:
        (inferred if quad.graph_name == INFERRED_GRAPH else asserted).add(
            (quad.subject, quad.predicate, quad.object)
        )
    return asserted, inferred


def test_supertypes_are_inferred_not_asserted(seed_build):
    asserted, inferred = asserted_and_inferred(seed_build)
    call = CKGR["call/2020-10-05-jeyhun-bayramov-sergey-lavrov"]
    assert (call, RDF.type, CKG.PhoneCall) in asserted
    assert (call, RDF.type, CKG.Call) not in asserted
    assert (call, RDF.type, CKG.Call) in inferred
    assert (call, RDF.type, CKG.Event) in inferred
    assert (CKGR["country/az"], RDF.type, CKG.Actor) in inferred
    assert (CKGR["country/az"], RDF.type, CKG.Place) in inferred


def test_inverse_properties(seed_build):
    _, inferred = asserted_and_inferred(seed_build)
    call = CKGR["call/2020-10-05-jeyhun-bayramov-sergey-lavrov"]
    assert (CKGR["person/sergey-lavrov"], CKG.participatesIn, call) in inferred
    article = CKGR["article/000_dedf0a42f71b5f5c"]
    assert (article, CKG.reports, call) in inferred


def test_containment_is_transitive(seed_build):
    asserted, inferred = asserted_and_inferred(seed_build)
    hadrut, khojavend, azerbaijan = (
        CKGR["place/hadrut"],
        CKGR["place/khojavend"],
        CKGR["country/az"],
    )
    assert (hadrut, CKG.locatedIn, khojavend) in asserted
    assert (hadrut, CKG.locatedIn, azerbaijan) in inferred
    assert (azerbaijan, CKG.contains, hadrut) in inferred


def test_alignment_to_schema_org(seed_build):
    _, inferred = asserted_and_inferred(seed_build)
    article = CKGR["article/000_dedf0a42f71b5f5c"]
    assert (article, RDF.type, ox.NamedNode("https://schema.org/NewsArticle")) in inferred


def test_what_is_asserted_is_not_inferred_again():
    person = CKGR["person/x"]
    inferred = infer({(person, RDF.type, CKG.Person), (person, RDF.type, CKG.Actor)})
    assert (person, RDF.type, CKG.Actor) not in inferred
    assert (person, RDF.type, ox.NamedNode("https://schema.org/Person")) in inferred


def test_the_inferred_graph_repeats_nothing_asserted(seed_build):
    asserted, inferred = asserted_and_inferred(seed_build)
    assert inferred and not inferred & asserted
