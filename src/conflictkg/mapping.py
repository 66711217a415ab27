"""Map the resolved knowledge base to RDF: one named graph per article, one for shared entities.

This module reads records only, never text. It writes pyoxigraph quads straight away (an rdflib
graph costs ~1.2 KB and ~85 µs a triple); see docs/rdf-model.md for every term it writes.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox

from .records import (
    ArticleRecord,
    Entity,
    Event,
    Evidence,
    Figures,
    KnowledgeBase,
    Resolution,
    Total,
)  # fmt: skip
from .resolve import slugify


class Namespace:
    """An IRI prefix; `NS.name` and `NS["path"]` give the pyoxigraph node of prefix + name.

    Not a str subclass, so names such as `title` or `count` cannot hit a str method."""

    def __init__(self, iri: str):
        self.iri = iri

    def __str__(self) -> str:
        return self.iri

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        node = ox.NamedNode(self.iri + name)
        setattr(self, name, node)  # the next NS.name is a plain attribute read
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self.iri + name)


CKG = Namespace("https://w3id.org/conflictkg/ontology#")
CKGR = Namespace("https://w3id.org/conflictkg/id/")
CKGV = Namespace("https://w3id.org/conflictkg/vocab/")
GRAPH = Namespace("https://w3id.org/conflictkg/graph/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ENTITIES_GRAPH = GRAPH["entities"]
EVENTS_GRAPH = GRAPH["events"]
INFERRED_GRAPH = GRAPH["inferred"]
VOCAB_GRAPH = GRAPH["vocab"]

PREFIXES = {
    prefix: namespace.iri
    for prefix, namespace in [
        ("ckg", CKG), ("ckgr", CKGR), ("ckgv", CKGV), ("dcterms", DCTERMS), ("geo", GEO),
        ("nif", NIF), ("owl", OWL), ("rdfs", RDFS), ("skos", SKOS), ("xsd", XSD),
    ]
}  # fmt: skip
KIND_CLASS = {
    "Person": CKG.Person, "Organization": CKG.Organization, "Country": CKG.Country,
    "Place": CKG.Place, "Facility": CKG.Facility, "PhoneCall": CKG.PhoneCall,
    "Meeting": CKG.Meeting, "Attack": CKG.Attack,
}  # fmt: skip
FIGURE_FIELDS = {
    "killed": CKG.killed, "injured": CKG.injured, "children_killed": CKG.childrenKilled,
    "children_injured": CKG.childrenInjured, "killed_at_least": CKG.killedAtLeast,
    "injured_at_least": CKG.injuredAtLeast,
}  # fmt: skip


class Graph:
    """The quads of one named graph, added as triples."""

    def __init__(self, name: ox.NamedNode, quads: list[ox.Quad]):
        self.name, self.quads = name, quads

    def add(self, triple: tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]):
        self.quads.append(ox.Quad(*triple, self.name))


def literal(
    value: object, datatype: ox.NamedNode | None = None, lang: str | None = None
) -> ox.Literal:
    """A literal with the lexical form rdflib gave these values (booleans as true/false)."""
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=XSD.boolean)
    if lang:
        return ox.Literal(str(value), language=lang)
    return ox.Literal(str(value), datatype=datatype)


def article_graph(article_id: str) -> ox.NamedNode:
    return GRAPH[f"article/{article_id}"]


CHUNK = 1000  # entities or events a chunk


def segments(kb: KnowledgeBase) -> list[Iterator[list[ox.Quad]]]:
    """The asserted quads in chunks, which later stages take one at a time (so no stage holds
    the whole corpus), in four segments: the shared entities and resolutions; the graphs of the
    first half of the articles in identifier order; of the second half; the events. Once the
    entities are made, the segments need nothing of each other, so two processes can make them.

    Every subject's statements are in one chunk, and each fact is stated once: an event's type,
    date, place, actors, the articles that report it and the figures each gives live in the
    `events` graph; an article's graph holds what is the article's own (its text, sentences,
    figures and claims). So a query joining five facts of an event never multiplies its rows by
    the number of reports, and a chunk can be reasoned over and validated alone."""
    writer = ReportWriter(kb)
    articles = sorted(kb.articles, key=lambda r: r.article.id)
    half = (len(articles) + 1) // 2
    return [
        entity_chunks(kb),
        (by_subject(writer.article_graph(record)) for record in articles[:half]),
        (by_subject(writer.article_graph(record)) for record in articles[half:]),
        event_chunks(kb, writer),
    ]


def chunks(kb: KnowledgeBase) -> Iterator[list[ox.Quad]]:
    """Every chunk of every segment, in order."""
    return itertools.chain.from_iterable(segments(kb))


def entity_chunks(kb: KnowledgeBase) -> Iterator[list[ox.Quad]]:
    entities = list(kb.entities.values())
    for start in range(0, len(entities), CHUNK):
        g = Graph(ENTITIES_GRAPH, [])
        for entity in entities[start : start + CHUNK]:
            add_entity(g, entity, kb.entities)
        yield by_subject(g.quads)
    g = Graph(ENTITIES_GRAPH, [])
    for resolution in kb.resolutions.values():
        add_resolution(g, resolution)
    yield by_subject(g.quads)


def event_chunks(kb: KnowledgeBase, writer: ReportWriter) -> Iterator[list[ox.Quad]]:
    for start in range(0, len(kb.events), CHUNK):
        g = Graph(EVENTS_GRAPH, [])
        for event in kb.events[start : start + CHUNK]:
            writer.add_event(g, event)
        yield by_subject(g.quads)


def by_subject(quads: list[ox.Quad]) -> list[ox.Quad]:
    """Each quad once, a subject's statements together (Turtle writes them as one block), in an
    order that depends on the data only."""
    return sorted(dict.fromkeys(quads), key=lambda q: (q.subject.value, q.predicate.value))


def add_resolution(g: Graph, resolution: Resolution):
    node = CKGR[resolution.id]
    g.add((node, RDF.type, CKG.Resolution))
    body = "UN Security Council" if resolution.body == "organization/unsc" else "Resolution"
    g.add((node, RDFS.label, literal(f"{body} resolution {resolution.number}", lang="en")))
    g.add((node, CKG.number, literal(resolution.number, datatype=XSD.positiveInteger)))
    if resolution.body:
        g.add((node, CKG.adoptedBy, CKGR[resolution.body]))
    if resolution.year:
        g.add((node, CKG.year, literal(str(resolution.year), datatype=XSD.gYear)))


def figure_evidence(
    figures: Figures, evidence: list[Evidence], article_id: str, spans: list[tuple[int, int]]
) -> list[Evidence]:
    """The sentences that gave the figures, each with its claimant; a sentence that told no more
    than figures ('As a result, two civilians were wounded') is the publisher's."""
    if not figures.sentences:
        return evidence[-1:]
    by_sentence = {e.sentence: e for e in reversed(evidence)}
    return [
        by_sentence.get(index, Evidence(article_id, index, None, "asserted", spans[index]))
        for index in figures.sentences
    ]


def add_entity(g: Graph, entity: Entity, entities: dict[str, Entity]):
    node = CKGR[entity.id]
    g.add((node, RDF.type, KIND_CLASS[entity.kind]))
    g.add((node, RDFS.label, literal(entity.label)))
    for name in sorted(entity.names - {entity.label}):
        g.add((node, SKOS.altLabel, literal(name)))
    if entity.iso_code:
        g.add((node, CKG.iso3166Code, literal(entity.iso_code)))
    if entity.lat is not None:
        geometry = ox.NamedNode(f"{node.value}/geometry")
        g.add((node, GEO.hasGeometry, geometry))
        g.add((geometry, RDF.type, GEO.Geometry))
        g.add(
            (
                geometry,
                GEO.asWKT,
                literal(f"POINT({entity.lon} {entity.lat})", datatype=GEO.wktLiteral),
            )
        )
    if entity.geonames:
        g.add((node, SKOS.exactMatch, ox.NamedNode(f"https://sws.geonames.org/{entity.geonames}/")))
    if entity.within:
        g.add((node, CKG.locatedIn, CKGR[entity.within]))
    if entity.forces_of:
        g.add((node, CKG.forcesOf, CKGR[entity.forces_of]))
    for article_id, note in sorted(entity.merge_notes.items()):
        g.add((node, CKG.mergeNote, literal(f"{article_id}: {note}")))
    owned = {title for title, of in entity.positions if of}
    for title, of in sorted(entity.positions, key=lambda p: (p[0], p[1] or "")):
        if of is None and title in owned:
            continue
        position = CKGR[
            f"position/{slugify(title)}/{entity.id.split('/')[-1]}"
            + (f"/{of.split('/')[-1]}" if of else "")
        ]
        g.add((node, CKG.holdsPosition, position))
        g.add((position, RDF.type, CKG.Position))
        g.add((position, CKG.title, literal(title)))
        holder = entities[of].label if of in entities else of  # 'Foreign Minister of Azerbaijan'
        label = f"{title} of {holder}" if of else title
        g.add((position, RDFS.label, literal(label)))
        if of:
            g.add((position, CKG.positionOf, CKGR[of]))


def add_article(g: Graph, record: ArticleRecord, text: str):
    article = record.article
    node = CKGR[f"article/{article.id}"]
    g.add((node, RDF.type, CKG.Article))
    g.add((node, DCTERMS.identifier, literal(article.id)))
    g.add((node, DCTERMS.date, literal(article.published.isoformat(), datatype=XSD.date)))
    g.add(
        (
            node,
            RDFS.label,
            literal(f"{article.source}, {article.published.isoformat()} ({article.id})"),
        )
    )
    g.add((node, NIF.isString, literal(text)))
    if record.publisher:
        g.add((node, DCTERMS.publisher, CKGR[record.publisher]))
    if record.author:
        g.add((node, DCTERMS.creator, CKGR[record.author]))
    for entity in sorted(record.mentions | record.resolutions):
        g.add((node, CKG.mentions, CKGR[entity]))


class ReportWriter:
    """Writes each event once into the events graph, and each article's own statements (its
    text, the sentences facts came from, the figures it gives, its running totals) into its
    graph."""

    def __init__(self, kb: KnowledgeBase):
        self.entities = kb.entities
        self.reports: dict[str, list[Event]] = defaultdict(list)  # article id -> events it reports
        for event in kb.events:
            for article_id in event.reports:
                self.reports[article_id].append(event)
        self.totals: dict[str, list[Total]] = defaultdict(list)
        for total in kb.totals:
            self.totals[total.article].append(total)

    def add_anchor(self, g: Graph, evidence: Evidence, text: str) -> ox.NamedNode:
        """The sentence a fact came from, with who claims it there and how."""
        start, end = evidence.span
        node = anchor_iri(evidence)
        g.add((node, RDF.type, CKG.TextAnchor))
        g.add((node, NIF.beginIndex, literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.endIndex, literal(end, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.anchorOf, literal(text[start:end])))
        g.add((node, NIF.referenceContext, CKGR[f"article/{evidence.article}"]))
        g.add((node, CKG.stance, CKGV[f"stance/{evidence.stance}"]))
        if evidence.claimant:
            g.add((node, CKG.claimedBy, CKGR[evidence.claimant]))
        return node

    def article_graph(self, record: ArticleRecord) -> list[ox.Quad]:
        article_id = record.article.id
        text, spans = record.packed.text_and_spans()
        g = Graph(article_graph(article_id), [])
        add_article(g, record, text)
        for event in self.reports[article_id]:
            evidence = [e for e in event.evidence if e.article == article_id]
            for e in evidence:
                self.add_anchor(g, e, text)
            figures = event.reports[article_id]
            if figures:
                told = figure_evidence(figures, evidence, article_id, spans)
                anchors = [self.add_anchor(g, e, text) for e in told]
                count = CKGR[f"{event.id}/casualties/{article_id}"]
                add_figures(g, count, figures, article_id, told[-1], anchors[-1])
                for a in anchors[:-1]:
                    g.add((count, CKG.evidence, a))
            for n, (other, said) in enumerate(event.other_counts.get(article_id, ()), 2):
                count = CKGR[f"{event.id}/casualties/{article_id}/{n}"]
                add_figures(g, count, other, article_id, said, self.add_anchor(g, said, text))
        for total in self.totals[article_id]:
            self.add_total(g, total, text)
        return g.quads

    def add_event(self, g: Graph, event: Event):
        node = CKGR[event.id]
        g.add((node, RDF.type, KIND_CLASS[event.kind]))
        g.add((node, RDFS.label, literal(event_label(event))))
        for note in event.merge_notes:
            g.add((node, CKG.mergeNote, literal(note)))
        if event.when.day:
            g.add((node, CKG.date, literal(event.when.day.isoformat(), datatype=XSD.date)))
        elif event.when.earliest:
            earliest, latest = event.when.earliest.isoformat(), event.when.latest.isoformat()
            g.add((node, CKG.earliestDate, literal(earliest, datatype=XSD.date)))
            g.add((node, CKG.latestDate, literal(latest, datatype=XSD.date)))
        g.add((node, CKG.datePrecision, CKGV[f"date-precision/{event.when.precision}"]))
        precision = place_precision(event, self.entities)
        if precision:
            g.add((node, CKG.placePrecision, CKGV[f"place-precision/{precision}"]))
        links = [
            (CKG.location, event.places), (CKG.participant, event.participants),
            (CKG.perpetrator, event.perpetrators), (CKG.target, event.facilities),
        ]  # fmt: skip
        for prop, ids in links:
            for ident in ids:
                g.add((node, prop, CKGR[ident]))
        codes = [
            ("weapon", CKG.weapon, event.weapons),
            ("target", CKG.targetKind, event.targets),
            ("topic", CKG.topic, event.topics),
        ]
        for scheme, prop, values in codes:
            for code in sorted(values):
                g.add((node, prop, CKGV[f"{scheme}/{code}"]))
        for article_id in sorted(event.reports):
            g.add((node, CKG.reportedIn, CKGR[f"article/{article_id}"]))
            if event.reports[article_id]:
                g.add((node, CKG.casualties, CKGR[f"{event.id}/casualties/{article_id}"]))
            for n in range(2, 2 + len(event.other_counts.get(article_id, ()))):
                g.add((node, CKG.casualties, CKGR[f"{event.id}/casualties/{article_id}/{n}"]))
        for e in event.evidence:
            g.add((node, CKG.evidence, anchor_iri(e)))

    def add_total(self, g: Graph, total: Total, text: str):
        node = CKGR[f"article/{total.article}/casualties/{total.index + 1}"]
        source = self.add_anchor(g, total.evidence, text)
        add_figures(g, node, total.figures, total.article, total.evidence, source)
        if total.since:
            g.add((node, CKG.since, literal(total.since.isoformat(), datatype=XSD.date)))
        for n, damage in enumerate(total.damage, 1):
            count = ox.NamedNode(f"{node.value}/damage/{n}")
            g.add((node, CKG.damage, count))
            g.add((count, RDF.type, CKG.DamageCount))
            g.add((count, CKG.reportedIn, CKGR[f"article/{total.article}"]))
            g.add((count, CKG.structureKind, CKGV[f"structure/{damage.structure}"]))
            g.add((count, CKG["count"], literal(damage.count, datatype=XSD.nonNegativeInteger)))
            g.add((count, CKG.statedAs, literal(damage.stated)))
            g.add((count, CKG.evidence, source))


def anchor_iri(evidence: Evidence) -> ox.NamedNode:
    start, end = evidence.span
    return CKGR[f"article/{evidence.article}/char/{start}-{end}"]


def place_precision(event: Event, entities: dict[str, Entity]) -> str | None:
    if event.facilities:
        return "facility"
    if event.places:
        return entities[event.places[0]].precision
    return None


def event_label(event: Event) -> str:
    when = event.when.day.isoformat() if event.when.day else "undated"
    kind = {"PhoneCall": "Phone call", "Meeting": "Meeting", "Attack": "Attack"}[event.kind]
    names = [
        i.split("/")[-1].replace("-", " ").title() for i in (event.participants or event.places)
    ]
    return f"{kind}, {when}" + (f": {', '.join(names)}" if names else "")


def add_figures(
    g: Graph,
    node: ox.NamedNode,
    figures: Figures,
    article_id: str,
    evidence: Evidence,
    source: ox.NamedNode,
):
    g.add((node, RDF.type, CKG.CasualtyCount))
    g.add((node, CKG.reportedIn, CKGR[f"article/{article_id}"]))
    g.add((node, CKG.evidence, source))
    g.add((node, CKG.stance, CKGV[f"stance/{evidence.stance}"]))
    claimant = evidence.claimant
    if claimant:
        g.add((node, CKG.claimedBy, CKGR[claimant]))
    for name, prop in FIGURE_FIELDS.items():
        value = getattr(figures, name)
        if value is not None:
            g.add((node, prop, literal(value, datatype=XSD.nonNegativeInteger)))
    if figures.approximate:
        g.add((node, CKG.approximate, literal(True)))
    if figures.stated:
        g.add((node, CKG.statedAs, literal(figures.stated)))
    if figures.victims:
        g.add((node, CKG.victimKind, CKGV[f"victim/{figures.victims}"]))
