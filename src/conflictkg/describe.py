"""The dataset's description: VoID statistics, a DCAT catalog, dataset, distributions and
service (DCAT-AP's mandatory parts where the build knows them), and the PROV of the build.

Written beside every build as void.ttl, and served at /.well-known/void with the server's own
parts added: its SPARQL endpoint and the dumps it serves. Nothing local is ever written (no
file paths); a dump is named only where it can be downloaded. Statistics are counted with SPARQL
on the store. The build time honours SOURCE_DATE_EPOCH, so a build can fix it; the server takes
the build's time, licence and base IRI from the build's void.ttl, not from its own start. The
dataset and catalog are named under the build's base, as its data is (void:uriSpace).
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
from .mapping import CKG, PREFIXES
from .rebase import DEFAULT_BASE, ids

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
# every statement of every graph: a build never states a triple in two graphs (tests hold it to
# that), so these are the union's triples, counted without a set of ten million of them
STATEMENTS = "{ ?s ?p ?o }"


def build_time() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.replace(microsecond=0)


def count(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    return list(store.query(query, use_default_graph_as_union=True))


def describe(
    store: ox.Store,
    *,
    built: datetime | None = None,
    license: str | None = None,
    endpoint: str | None = None,
    dumps: tuple[str, ...] = (),
    base: str = DEFAULT_BASE,
) -> bytes:
    """The description of what the store holds, as Turtle. `built` is the build's end (left out
    when unknown), `license` the IRI the publisher gives (left out when not given), `endpoint`
    and `dumps` the URLs a server answers at, `base` the base IRI the data was built under."""
    g = Graph()
    for prefix, ns in (PREFIXES | {"ckgr": ids(base)}).items():
        g.bind(prefix, ns)
    for prefix, ns in (("void", VOID), ("dcat", DCAT), ("prov", PROV), ("foaf", FOAF)):
        g.bind(prefix, ns)
    d, catalog = URIRef(ids(base) + "dataset"), URIRef(ids(base) + "catalog")
    title = "conflictkg knowledge graph"
    summary = "Actors, calls, attacks, places and resolutions extracted from news articles; every fact is traceable to its article and sentence."
    g.add((catalog, RDF.type, DCAT.Catalog))
    g.add((catalog, DCTERMS.title, Literal(f"{title}: catalog", lang="en")))
    g.add((catalog, DCTERMS.description, Literal(f"The {title} and how to get it.", lang="en")))
    g.add((catalog, DCAT.dataset, d))
    g.add((d, RDF.type, VOID.Dataset))
    g.add((d, RDF.type, DCAT.Dataset))
    g.add((d, DCTERMS.title, Literal(title, lang="en")))
    g.add((d, DCTERMS.description, Literal(summary, lang="en")))
    if license:
        g.add((d, DCTERMS.license, URIRef(license)))
    g.add((d, VOID.uriSpace, Literal(ids(base))))
    for vocabulary in VOCABULARIES:
        g.add((d, VOID.vocabulary, URIRef(vocabulary)))
    add_statistics(g, d, store)
    for url in dumps:
        suffix = Path(url).suffix
        g.add((d, VOID.dataDump, URIRef(url)))
        dist = URIRef(f"{d}/distribution/{suffix.lstrip('.')}")
        g.add((d, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(f"{title}, {suffix.lstrip('.')} dump", lang="en")))
        g.add((dist, DCAT.accessURL, URIRef(url)))
        g.add((dist, DCAT.downloadURL, URIRef(url)))
        media_type = MEDIA_TYPES.get(suffix, "text/turtle")
        g.add(
            (
                dist,
                DCAT.mediaType,
                URIRef(f"https://www.iana.org/assignments/media-types/{media_type}"),
            )
        )
        if license:
            g.add((dist, DCTERMS.license, URIRef(license)))
    if endpoint:
        g.add((d, VOID.sparqlEndpoint, URIRef(endpoint)))
        service = URIRef(f"{d}/service")
        g.add((catalog, DCAT.service, service))
        g.add((service, RDF.type, DCAT.DataService))
        g.add((service, DCTERMS.title, Literal(f"{title}: SPARQL endpoint", lang="en")))
        g.add((service, DCAT.endpointURL, URIRef(endpoint)))
        g.add((service, DCAT.servesDataset, d))
        g.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
        dist = URIRef(f"{d}/distribution/sparql")
        g.add((d, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(f"{title} over SPARQL", lang="en")))
        g.add((dist, DCAT.accessURL, URIRef(endpoint)))
        g.add((dist, DCAT.accessService, service))
    activity = URIRef(f"{d}/build")
    g.add((d, PROV.wasGeneratedBy, activity))
    g.add((activity, RDF.type, PROV.Activity))
    if built:
        g.add((activity, PROV.endedAtTime, Literal(built.isoformat(), datatype=XSD.dateTime)))
    g.add((activity, PROV.wasAssociatedWith, SOFTWARE))
    g.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
    g.add((SOFTWARE, FOAF.name, Literal(f"conflictkg {__version__}")))
    for row in count(store, f"SELECT DISTINCT ?a {{ ?a a <{CKG}Article> }} ORDER BY ?a"):
        article = URIRef(row["a"].value)
        g.add((activity, PROV.used, article))
        g.add((d, PROV.wasDerivedFrom, article))
    return g.serialize(format="turtle").encode("utf-8")


def add_statistics(g: Graph, d: URIRef, store: ox.Store):
    """VoID's counts of dataset `d`: triples, subjects, and a partition per class and per
    property."""
    (total,) = count(store, f"SELECT (COUNT(*) AS ?n) {STATEMENTS}")
    g.add((d, VOID.triples, Literal(int(total["n"].value), datatype=XSD.integer)))
    (subjects,) = count(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) {STATEMENTS}")
    g.add((d, VOID.distinctSubjects, Literal(int(subjects["n"].value), datatype=XSD.integer)))
    classes = count(
        store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c"
    )
    properties = count(store, f"SELECT ?p (COUNT(*) AS ?n) {STATEMENTS} GROUP BY ?p ORDER BY ?p")
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


def build_facts(description: Path) -> tuple[datetime | None, str | None, str]:
    """The build's end, licence and base IRI, read from the void.ttl a build wrote (None where
    absent; the default base when there is no void.ttl)."""
    if not description.is_file():
        return None, None, DEFAULT_BASE
    g = Graph().parse(description, format="turtle")
    dataset, space = next(g.subject_objects(VOID.uriSpace))
    ended = g.value(URIRef(f"{dataset}/build"), PROV.endedAtTime)
    license = g.value(dataset, DCTERMS.license)
    return (
        ended.toPython() if ended is not None else None,
        str(license) if license else None,
        str(space).removesuffix("id/"),
    )


def key(iri: str) -> str:
    """A stable short key for a partition IRI (Python's hash() changes per process)."""
    return f"{zlib.crc32(iri.encode('utf-8')):08x}"
