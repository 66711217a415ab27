"""The HTML pages of the server: a resource's page (its statements, the sentences they come
from, its casualty figures per source and a small map), the ontology's page with an anchor per
term, and the frame they share. Pages name their other forms with rel="alternate" links."""

from __future__ import annotations

import html
import re

from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import DCTERMS

from .mapping import CKG, CKGR
from .resources import resource_dir

ID_BASE = str(CKGR)
VOCAB_BASE = "https://w3id.org/conflictkg/vocab/"
GRAPH_BASE = "https://w3id.org/conflictkg/graph/"
# media type -> rdflib format, for the ontology; the pages' RDF comes from the store
ONTOLOGY_TYPES = {  # Turtle first: what a client that takes anything (*/*) gets
    "text/turtle": "turtle",
    "text/html": None,
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/n-triples": "nt",
}
RESOURCE_TYPES = [
    "text/html", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
]  # fmt: skip


def page(title: str, heading: str, body: str, path: str | None = None, alternates=()) -> str:
    links = "".join(
        f'<link rel="alternate" type="{m}" href="{html.escape(path or "")}">'
        for m in alternates
        if m != "text/html"
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>{links}
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}td,th{{text-align:left;padding:.2rem .6rem;vertical-align:top}}blockquote{{border-left:3px solid #999;margin:.5rem 0;padding-left:.8rem}}section{{margin:1rem 0}}:target{{background:#ffd}}</style>
</head><body><h1>{html.escape(heading)}</h1>{body}</body></html>"""


def local_link(iri: str, base_url: str, label: str | None = None) -> str:
    """A link to this server's page for an IRI the build minted, else to the IRI itself."""
    href = iri
    for base, path in ((ID_BASE, "/id/"), (VOCAB_BASE, "/vocab/"), (GRAPH_BASE, "/graph/")):
        if iri.startswith(base):
            href = base_url + path + iri[len(base) :]
    if iri.startswith(str(CKG)):
        href = base_url + "/ontology#" + iri[len(str(CKG)) :]
    return f'<a href="{html.escape(href)}">{html.escape(label or iri)}</a>'


def resource_page(iri: str, bindings: list[dict], base_url: str, path: str) -> str:
    label = next(
        (
            b["o"]["value"]
            for b in bindings
            if b["dir"]["value"] == "out" and b["p"]["value"].endswith("rdf-schema#label")
        ),
        iri,
    )
    out_rows, in_rows, sentences = [], [], []
    for b in bindings:
        prop, obj = b["p"]["value"], b["o"]
        shown = (
            local_link(obj["value"], base_url, b.get("ol", {}).get("value"))
            if obj["type"] == "uri"
            else html.escape(obj["value"][:300])
        )
        row = f"<tr><td>{local_link(prop, base_url, short(prop))}</td><td>{shown}</td></tr>"
        (out_rows if b["dir"]["value"] == "out" else in_rows).append(row)
        if "text" in b:
            sentences.append(f"<blockquote>{html.escape(b['text']['value'])}</blockquote>")
    body = f"<p><code>{html.escape(iri)}</code></p>"
    if sentences:
        body += "<h2>Source sentences</h2>" + "".join(sorted(set(sentences)))
    body += "<h2>Statements</h2><table>" + "".join(sorted(set(out_rows))) + "</table>"
    if in_rows:
        body += "<h2>Referenced by</h2><table>" + "".join(sorted(set(in_rows))) + "</table>"
    return page(label, label, body, path, RESOURCE_TYPES)


def short(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1] or iri


def ontology_turtle() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(resource_dir("ontology").glob("*.ttl"))
    )


def ontology_graph() -> Graph:
    return Graph().parse(data=ontology_turtle(), format="turtle")


TERM_KINDS = [
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Annotation properties", OWL.AnnotationProperty),
]
TERM_FACTS = [
    ("subclass of", RDFS.subClassOf),
    ("sub-property of", RDFS.subPropertyOf),
    ("inverse of", OWL.inverseOf),
    ("domain", RDFS.domain),
    ("range", RDFS.range),
    ("type", RDF.type),
]


def ontology_page(g: Graph, base_url: str, path: str) -> str:
    """The ontology for people: its header, then each ckg term in a section whose id is the
    term's local name, so that https://w3id.org/conflictkg/ontology#Attack lands on Attack;
    then the code lists."""
    ontology = URIRef(str(CKG).rstrip("#"))
    text = lambda node, p: html.escape(str(g.value(node, p) or ""))  # noqa: E731
    body = f"<p>{text(ontology, DCTERMS.description)}</p><p><code>{html.escape(str(ontology))}</code>, version {text(ontology, OWL.versionInfo)}"
    licence = g.value(ontology, DCTERMS.license)
    if licence:
        body += f", licence {local_link(str(licence), base_url)}"
    body += ". Also as Turtle, JSON-LD, RDF/XML and N-Triples by content negotiation.</p>"
    for heading, kind in TERM_KINDS:
        terms = sorted(t for t in g.subjects(RDF.type, kind) if str(t).startswith(str(CKG)))
        if not terms:
            continue
        body += f"<h2>{heading}</h2>" + "".join(
            f'<a href="#{html.escape(t[len(str(CKG)) :])}">{html.escape(t[len(str(CKG)) :])}</a> '
            for t in terms
        )
        body += "".join(term_section(g, term, kind, base_url) for term in terms)
    body += "<h2>Code lists</h2><ul>"
    for scheme in sorted(g.subjects(RDF.type, SKOS.ConceptScheme)):
        concepts = sorted(g.subjects(SKOS.inScheme, scheme), key=str)
        links = ", ".join(
            local_link(str(c), base_url, str(g.value(c, SKOS.prefLabel))) for c in concepts
        )
        body += f"<li>{local_link(str(scheme), base_url, str(g.value(scheme, SKOS.prefLabel)))}: {links}</li>"
    body += "</ul>"
    return page(
        str(g.value(ontology, DCTERMS.title)),
        str(g.value(ontology, DCTERMS.title)),
        body,
        path,
        ONTOLOGY_TYPES,
    )


def term_section(g: Graph, term: URIRef, kind: URIRef, base_url: str) -> str:
    """A term's section: its label and comment, and what the ontology says of it."""
    name = html.escape(term[len(str(CKG)) :])
    rows = []
    for label, p in TERM_FACTS:
        objects = sorted(o for o in g.objects(term, p) if isinstance(o, URIRef) and o != kind)
        if objects:
            links = ", ".join(local_link(str(o), base_url, term_name(o)) for o in objects)
            rows.append(f"<tr><td>{label}</td><td>{links}</td></tr>")
    about = f"<b>{html.escape(str(g.value(term, RDFS.label)))}</b>: {html.escape(str(g.value(term, RDFS.comment)))}"
    return f'<section id="{name}"><h3>ckg:{name}</h3><p>{about}</p><table>{"".join(rows)}</table></section>'


def term_name(iri: URIRef) -> str:
    return "ckg:" + iri[len(str(CKG)) :] if str(iri).startswith(str(CKG)) else str(iri)
