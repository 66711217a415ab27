"""Map the resolved knowledge base to RDF: one named graph per article, one for shared entities.

This module reads records only, never text. See docs/rdf-model.md for every term it writes.
"""

from __future__ import annotations

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from .records import ArticleRecord, Entity, Event, Evidence, Figures, KnowledgeBase, Sentence, Total
from .resolve import slugify

CKG = Namespace("https://w3id.org/conflictkg/ontology#")
CKGR = Namespace("https://w3id.org/conflictkg/id/")
CKGV = Namespace("https://w3id.org/conflictkg/vocab/")
GRAPH = Namespace("https://w3id.org/conflictkg/graph/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ENTITIES_GRAPH = GRAPH["entities"]
INFERRED_GRAPH = GRAPH["inferred"]
VOCAB_GRAPH = GRAPH["vocab"]

PREFIXES = {
    "ckg": CKG, "ckgr": CKGR, "ckgv": CKGV, "dcterms": DCTERMS, "geo": GEO, "nif": NIF,
    "owl": OWL, "rdfs": RDFS, "skos": SKOS, "xsd": XSD,
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


def article_graph(article_id: str) -> URIRef:
    return GRAPH[f"article/{article_id}"]


def new_dataset() -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, replace=True)
    return dataset


def to_rdf(kb: KnowledgeBase) -> Dataset:
    dataset = new_dataset()
    shared = dataset.graph(ENTITIES_GRAPH)
    for entity in kb.entities.values():
        add_entity(shared, entity)
    for resolution in kb.resolutions.values():
        node = CKGR[resolution.id]
        shared.add((node, RDF.type, CKG.Resolution))
        body = "UN Security Council" if resolution.body == "organization/unsc" else "Resolution"
        shared.add((node, RDFS.label, Literal(f"{body} resolution {resolution.number}", lang="en")))
        shared.add((node, CKG.number, Literal(resolution.number, datatype=XSD.positiveInteger)))
        if resolution.body:
            shared.add((node, CKG.adoptedBy, CKGR[resolution.body]))
        if resolution.year:
            shared.add((node, CKG.year, Literal(str(resolution.year), datatype=XSD.gYear)))
    writer = ReportWriter(dataset, kb.articles, kb.entities)
    for event in kb.events:
        writer.add_event(event)
    for total in kb.totals:
        writer.add_total(total)
    return dataset


def add_entity(g: Graph, entity: Entity):
    node = CKGR[entity.id]
    g.add((node, RDF.type, KIND_CLASS[entity.kind]))
    g.add((node, RDFS.label, Literal(entity.label)))
    for name in sorted(entity.names - {entity.label}):
        g.add((node, SKOS.altLabel, Literal(name)))
    if entity.iso_code:
        g.add((node, CKG.iso3166Code, Literal(entity.iso_code)))
    if entity.lat is not None:
        geometry = URIRef(f"{node}/geometry")
        g.add((node, GEO.hasGeometry, geometry))
        g.add((geometry, RDF.type, GEO.Geometry))
        g.add(
            (
                geometry,
                GEO.asWKT,
                Literal(f"POINT({entity.lon} {entity.lat})", datatype=GEO.wktLiteral),
            )
        )
    if entity.geonames:
        g.add((node, SKOS.exactMatch, URIRef(f"https://sws.geonames.org/{entity.geonames}/")))
    if entity.within:
        g.add((node, CKG.locatedIn, CKGR[entity.within]))
    if entity.forces_of:
        g.add((node, CKG.forcesOf, CKGR[entity.forces_of]))
    for article_id, note in sorted(entity.merge_notes.items()):
        g.add((node, CKG.mergeNote, Literal(f"{article_id}: {note}")))
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
        g.add((position, CKG.title, Literal(title)))
        label = f"{title} of {of.split('/')[-1]}" if of else title
        g.add((position, RDFS.label, Literal(label)))
        if of:
            g.add((position, CKG.positionOf, CKGR[of]))


def add_article(g: Graph, record: ArticleRecord):
    article = record.article
    node = CKGR[f"article/{article.id}"]
    g.add((node, RDF.type, CKG.Article))
    g.add((node, DCTERMS.identifier, Literal(article.id)))
    g.add((node, DCTERMS.date, Literal(article.published.isoformat(), datatype=XSD.date)))
    g.add(
        (
            node,
            RDFS.label,
            Literal(f"{article.source}, {article.published.isoformat()} ({article.id})"),
        )
    )
    g.add((node, NIF.isString, Literal(article.text)))
    if record.publisher:
        g.add((node, DCTERMS.publisher, CKGR[record.publisher]))
    if record.author:
        g.add((node, DCTERMS.creator, CKGR[record.author]))
    for entity in sorted(record.mentions | record.resolutions):
        g.add((node, CKG.mentions, CKGR[entity]))


class ReportWriter:
    """Writes what each article reports into that article's graph, with its text anchors."""

    def __init__(
        self, dataset: Dataset, articles: list[ArticleRecord], entities: dict[str, Entity]
    ):
        self.entities = entities
        self.graphs = {a.article.id: dataset.graph(article_graph(a.article.id)) for a in articles}
        self.sentences: dict[str, list[Sentence]] = {a.article.id: a.sentences for a in articles}
        for record in articles:
            add_article(self.graphs[record.article.id], record)

    def anchor(self, evidence: Evidence) -> URIRef:
        """The sentence a fact came from, with who claims it there and how."""
        g = self.graphs[evidence.article]
        sentence = self.sentences[evidence.article][evidence.sentence]
        node = CKGR[f"article/{evidence.article}/char/{sentence.start}-{sentence.end}"]
        g.add((node, RDF.type, CKG.TextAnchor))
        g.add((node, NIF.beginIndex, Literal(sentence.start, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.endIndex, Literal(sentence.end, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.anchorOf, Literal(sentence.text)))
        g.add((node, NIF.referenceContext, CKGR[f"article/{evidence.article}"]))
        g.add((node, CKG.stance, CKGV[f"stance/{evidence.stance}"]))
        if evidence.claimant:
            g.add((node, CKG.claimedBy, CKGR[evidence.claimant]))
        return node

    def add_event(self, event: Event):
        node = CKGR[event.id]
        for article_id in sorted(event.reports):
            g = self.graphs[article_id]
            g.add((node, RDF.type, KIND_CLASS[event.kind]))
            g.add((node, RDFS.label, Literal(event_label(event))))
            g.add((node, CKG.reportedIn, CKGR[f"article/{article_id}"]))
            for note in event.merge_notes:
                if note.startswith(article_id):
                    g.add((node, CKG.mergeNote, Literal(note)))
            if event.when.day:
                g.add((node, CKG.date, Literal(event.when.day.isoformat(), datatype=XSD.date)))
            elif event.when.earliest:
                g.add(
                    (
                        node,
                        CKG.earliestDate,
                        Literal(event.when.earliest.isoformat(), datatype=XSD.date),
                    )
                )
                g.add(
                    (
                        node,
                        CKG.latestDate,
                        Literal(event.when.latest.isoformat(), datatype=XSD.date),
                    )
                )
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
            evidence = [e for e in event.evidence if e.article == article_id]
            anchors = [self.anchor(e) for e in evidence]
            for a in anchors:
                g.add((node, CKG.evidence, a))
            figures = event.reports[article_id]
            if figures:
                count = CKGR[f"{event.id}/casualties/{article_id}"]
                g.add((node, CKG.casualties, count))
                add_figures(g, count, figures, article_id, evidence[-1], anchors[-1])

    def add_total(self, total: Total):
        g = self.graphs[total.article]
        node = CKGR[f"article/{total.article}/casualties/{total.index + 1}"]
        source = self.anchor(total.evidence)
        add_figures(g, node, total.figures, total.article, total.evidence, source)
        if total.since:
            g.add((node, CKG.since, Literal(total.since.isoformat(), datatype=XSD.date)))
        for n, damage in enumerate(total.damage, 1):
            count = URIRef(f"{node}/damage/{n}")
            g.add((node, CKG.damage, count))
            g.add((count, RDF.type, CKG.DamageCount))
            g.add((count, CKG.reportedIn, CKGR[f"article/{total.article}"]))
            g.add((count, CKG.structureKind, CKGV[f"structure/{damage.structure}"]))
            g.add((count, CKG["count"], Literal(damage.count, datatype=XSD.nonNegativeInteger)))
            g.add((count, CKG.statedAs, Literal(damage.stated)))
            g.add((count, CKG.evidence, source))


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
    g: Graph, node: URIRef, figures: Figures, article_id: str, evidence: Evidence, source: URIRef
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
            g.add((node, prop, Literal(value, datatype=XSD.nonNegativeInteger)))
    if figures.approximate:
        g.add((node, CKG.approximate, Literal(True)))
    if figures.stated:
        g.add((node, CKG.statedAs, Literal(figures.stated)))
    if figures.victims:
        g.add((node, CKG.victimKind, CKGV[f"victim/{figures.victims}"]))
