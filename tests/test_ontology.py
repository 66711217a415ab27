"""The ontology files as OWL 2 DL tools read them: every entity declared, once, with the kind it
is used as (OWL 2 DL's typing constraints), and both files with an ontology header."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from conflictkg import __version__
from conflictkg.resources import resource_dir

XSD = "http://www.w3.org/2001/XMLSchema#"  # a string: rdflib's XSD namespace upsets pytest
BUILT_IN = (str(RDF), str(RDFS), str(OWL), XSD)
PROPERTY_KINDS = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
FILES = ["conflictkg.ttl", "vocab.ttl"]


def load(name: str) -> Graph:
    return Graph().parse(resource_dir("ontology") / name, format="turtle")


def used_as(g: Graph) -> dict[URIRef, str]:
    """Each entity the file uses, outside the built-in vocabularies: a class or a property."""
    datatypes = set(g.subjects(RDF.type, RDFS.Datatype))
    found = {}
    for s, p, o in g:
        found[p] = "property"
        if p == RDF.type:
            found[o] = "class"
        elif p in (RDFS.subClassOf, OWL.equivalentClass, OWL.disjointWith):
            found[s] = found[o] = "class"
        elif p in (RDFS.subPropertyOf, OWL.inverseOf, OWL.equivalentProperty):
            found[s] = found[o] = "property"
        elif p in (RDFS.domain, RDFS.range):
            found[s] = "property"
            if not str(o).startswith(XSD) and o not in datatypes:
                found[o] = "class"
    return {e: kind for e, kind in found.items() if not str(e).startswith(BUILT_IN)}


@pytest.mark.parametrize("name", FILES)
def test_every_entity_is_declared_once_with_its_kind(name):
    g = load(name)
    for entity, kind in used_as(g).items():
        declared = set(g.objects(entity, RDF.type))
        if kind == "class":
            assert OWL.Class in declared, f"{entity} is used as a class but not declared one"
        else:
            assert len(declared & PROPERTY_KINDS) == 1, f"{entity}: {declared & PROPERTY_KINDS}"


@pytest.mark.parametrize("name", FILES)
def test_values_fit_the_property_kind(name):
    g = load(name)
    for s, p, o in g:
        if (p, RDF.type, OWL.ObjectProperty) in g:
            assert not isinstance(o, Literal), (s, p, o)
        if (p, RDF.type, OWL.DatatypeProperty) in g:
            assert isinstance(o, Literal), (s, p, o)


def test_the_reused_terms_are_declared():
    g = load("conflictkg.ttl")
    schema, sem = "https://schema.org/", "http://semanticweb.cs.vu.nl/2009/11/sem/"
    assert (URIRef(schema + "Event"), RDF.type, OWL.Class) in g
    assert (URIRef(sem + "hasActor"), RDF.type, OWL.ObjectProperty) in g
    assert (URIRef(sem + "hasTimeStamp"), RDF.type, OWL.DatatypeProperty) in g
    assert (DCTERMS.title, RDF.type, OWL.AnnotationProperty) in g


@pytest.mark.parametrize(
    "name, iri",
    [("conflictkg.ttl", "https://w3id.org/conflictkg/ontology"), ("vocab.ttl", "https://w3id.org/conflictkg/vocab/")],
)  # fmt: skip
def test_headers_with_version_and_licence(name, iri):
    g = load(name)
    (ontology,) = g.subjects(RDF.type, OWL.Ontology)
    assert ontology == URIRef(iri)
    assert g.value(ontology, OWL.versionInfo) == Literal(__version__)
    assert g.value(ontology, OWL.versionIRI) == URIRef(f"{iri.rstrip('/')}/{__version__}")
    assert g.value(ontology, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert g.value(ontology, DCTERMS.title)
