"""The dataset's description: VoID statistics, DCAT dataset and distributions, PROV of the build.

Written beside every build as void.ttl and served at /.well-known/void. The build time honours
SOURCE_DATE_EPOCH, so reproducible builds can fix it.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, RDF, VOID, XSD

from . import __version__
from .export import union
from .mapping import CKG, CKGR, PREFIXES

DATASET = URIRef("https://w3id.org/conflictkg/id/dataset")
MEDIA_TYPES = {
    ".ttl": "text/turtle", ".nt": "application/n-triples", ".trig": "application/trig",
    ".nq": "application/n-quads", ".jsonld": "application/ld+json",
}  # fmt: skip
SOFTWARE = URIRef(f"https://w3id.org/conflictkg/software/{__version__}")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


def build_time() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.replace(microsecond=0)


def describe(
    result, dumps: list[Path], endpoint: str | None = None, base_url: str | None = None
) -> Graph:
    graph = union(result.dataset)
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    g.bind("prov", PROV)
    d = DATASET
    g.add((d, RDF.type, VOID.Dataset))
    g.add((d, RDF.type, DCAT.Dataset))
    g.add((d, DCTERMS.title, Literal("conflictkg knowledge graph", lang="en")))
    g.add(
        (
            d,
            DCTERMS.description,
            Literal(
                "Actors, calls, attacks, places and resolutions extracted from news articles, each fact traceable to its sentence.",
                lang="en",
            ),
        )
    )
    g.add((d, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    g.add((d, VOID.uriSpace, Literal(str(CKGR))))
    g.add((d, VOID.vocabulary, URIRef(str(CKG).rstrip("#"))))
    for vocab in (
        "http://purl.org/dc/terms/",
        "http://www.w3.org/2004/02/skos/core#",
        "http://www.opengis.net/ont/geosparql#",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    ):
        g.add((d, VOID.vocabulary, URIRef(vocab)))
    g.add((d, VOID.triples, Literal(len(graph), datatype=XSD.integer)))
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef)}
    g.add((d, VOID.distinctSubjects, Literal(len(subjects), datatype=XSD.integer)))
    classes = Counter(o for _, o in graph.subject_objects(RDF.type))
    properties = Counter(p for _, p, _ in graph)
    g.add((d, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
    g.add((d, VOID.properties, Literal(len(properties), datatype=XSD.integer)))
    for cls, n in sorted(classes.items()):
        part = URIRef(f"{d}/class/{hash_text(str(cls))}")
        g.add((d, VOID.classPartition, part))
        g.add((part, VOID["class"], cls))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    for prop, n in sorted(properties.items()):
        part = URIRef(f"{d}/property/{hash_text(str(prop))}")
        g.add((d, VOID.propertyPartition, part))
        g.add((part, VOID.property, prop))
        g.add((part, VOID.triples, Literal(n, datatype=XSD.integer)))
    for dump in dumps:
        url = URIRef(f"{base_url.rstrip('/')}/{dump.name}" if base_url else dump.resolve().as_uri())
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
    for record in result.kb.articles:
        article = CKGR[f"article/{record.article.id}"]
        g.add((activity, PROV.used, article))
        g.add((d, PROV.wasDerivedFrom, article))
    return g


def hash_text(text: str) -> str:
    """A stable short key for a partition IRI (Python's hash() changes per process)."""
    return f"{zlib.crc32(text.encode('utf-8')):08x}"
