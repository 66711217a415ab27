"""The dataset's description: VoID statistics, DCAT dataset and distributions, PROV of the build.

Written beside every build as void.ttl and served at /.well-known/void. Statistics are counted
with SPARQL on the store. The build time honours SOURCE_DATE_EPOCH, so a build can fix it.
"""

from __future__ import annotations

import os
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, RDF, VOID, XSD

from . import __version__
from .mapping import CKG, CKGR, PREFIXES

DATASET = URIRef("https://w3id.org/conflictkg/id/dataset")
SOFTWARE = URIRef(f"https://w3id.org/conflictkg/software/{__version__}")
MEDIA_TYPES = {
    ".ttl": "text/turtle", ".nt": "application/n-triples", ".trig": "application/trig",
    ".nq": "application/n-quads", ".jsonld": "application/ld+json",
}  # fmt: skip
VOCABULARIES = [
    "https://w3id.org/conflictkg/ontology", "http://purl.org/dc/terms/",
    "http://www.w3.org/2004/02/skos/core#", "http://www.opengis.net/ont/geosparql#",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
]  # fmt: skip
DISTINCT = "{ SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"


def build_time() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.replace(microsecond=0)


def count(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    return list(store.query(query, use_default_graph_as_union=True))


def describe(
    store: ox.Store, dumps: list[Path], endpoint: str | None = None, base_url: str | None = None
) -> bytes:
    """The description of what the store holds, as Turtle."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for prefix, ns in (("void", VOID), ("dcat", DCAT), ("prov", PROV), ("foaf", FOAF)):
        g.bind(prefix, ns)
    d = DATASET
    g.add((d, RDF.type, VOID.Dataset))
    g.add((d, RDF.type, DCAT.Dataset))
    g.add((d, DCTERMS.title, Literal("conflictkg knowledge graph", lang="en")))
    g.add(
        (
            d,
            DCTERMS.description,
            Literal(
                "Actors, calls, attacks, places and resolutions extracted from news articles; every fact is traceable to its article and sentence.",
                lang="en",
            ),
        )
    )
    g.add((d, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    g.add((d, VOID.uriSpace, Literal(str(CKGR))))
    for vocabulary in VOCABULARIES:
        g.add((d, VOID.vocabulary, URIRef(vocabulary)))
    (total,) = count(store, f"SELECT (COUNT(*) AS ?n) {DISTINCT}")
    g.add((d, VOID.triples, Literal(int(total["n"].value), datatype=XSD.integer)))
    (subjects,) = count(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) {DISTINCT}")
    g.add((d, VOID.distinctSubjects, Literal(int(subjects["n"].value), datatype=XSD.integer)))
    classes = count(
        store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c"
    )
    properties = count(store, f"SELECT ?p (COUNT(*) AS ?n) {DISTINCT} GROUP BY ?p ORDER BY ?p")
    g.add((d, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
    g.add((d, VOID.properties, Literal(len(properties), datatype=XSD.integer)))
    for row in classes:
        part = URIRef(f"{d}/class/{key(row['c'].value)}")
        g.add((d, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(row["c"].value)))
        g.add((part, VOID.entities, Literal(int(row["n"].value), datatype=XSD.integer)))
    for row in properties:
        part = URIRef(f"{d}/property/{key(row['p'].value)}")
        g.add((d, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(row["p"].value)))
        g.add((part, VOID.triples, Literal(int(row["n"].value), datatype=XSD.integer)))
    for dump in dumps:
        url = URIRef(f"{base_url}/{dump.name}" if base_url else dump.resolve().as_uri())
        g.add((d, VOID.dataDump, url))
        dist = URIRef(f"{d}/distribution/{dump.suffix.lstrip('.')}")
        g.add((d, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, url))
        g.add(
            (
                dist,
                DCAT.mediaType,
                URIRef(
                    f"https://www.iana.org/assignments/media-types/{MEDIA_TYPES.get(dump.suffix, 'text/turtle')}"
                ),
            )
        )
    if endpoint:
        g.add((d, VOID.sparqlEndpoint, URIRef(endpoint)))
        service = URIRef(f"{d}/service")
        g.add((service, RDF.type, DCAT.DataService))
        g.add((service, DCAT.endpointURL, URIRef(endpoint)))
        g.add((service, DCAT.servesDataset, d))
        g.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    activity = URIRef(f"{d}/build")
    g.add((d, PROV.wasGeneratedBy, activity))
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, PROV.endedAtTime, Literal(build_time().isoformat(), datatype=XSD.dateTime)))
    g.add((activity, PROV.wasAssociatedWith, SOFTWARE))
    g.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
    g.add((SOFTWARE, FOAF.name, Literal(f"conflictkg {__version__}")))
    for row in count(store, f"SELECT DISTINCT ?a {{ ?a a <{CKG}Article> }} ORDER BY ?a"):
        article = URIRef(row["a"].value)
        g.add((activity, PROV.used, article))
        g.add((d, PROV.wasDerivedFrom, article))
    return g.serialize(format="turtle").encode("utf-8")


def key(iri: str) -> str:
    """A stable short key for a partition IRI (Python's hash() changes per process)."""
    return f"{zlib.crc32(iri.encode('utf-8')):08x}"
