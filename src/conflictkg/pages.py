"""The HTML pages of the server: a resource's page (its statements, the sentences they come
from, its casualty figures per source and a small map), the ontology's page with an anchor per
term, and the frame they share. Pages name their other forms with rel="alternate" links."""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import DCTERMS

from .events_table import point
from .mapping import CKG, CKGV
from .rebase import DEFAULT_BASE, graphs, ids
from .resources import resource_dir

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


@dataclass(frozen=True)
class Site:
    """Where the server answers (`url`, its public URL) and the base IRI of the data it serves:
    an IRI under the base, or of the vocabulary, has its page here."""

    url: str
    base: str = DEFAULT_BASE

    def local(self) -> list[tuple[str, str]]:
        """(IRI prefix, path) of what this server dereferences."""
        return [(ids(self.base), "/id/"), (str(CKGV), "/vocab/"), (graphs(self.base), "/graph/"),
                (str(CKG), "/ontology#")]  # fmt: skip

    def link(self, iri: str, label: str | None = None) -> str:
        """A link to this server's page for the IRI, else to the IRI itself."""
        href = iri
        for prefix, path in self.local():
            if iri.startswith(prefix):
                href = self.url + path + iri[len(prefix) :]
        return f'<a href="{html.escape(href)}">{html.escape(label or iri)}</a>'


def facts_query(iri: str) -> str:
    """What a page shows beyond the statements: a place's (or an event's place's) point, and
    an event's figures, one row per reporting article, oldest first. The IRI reaches the query
    only as pyoxigraph writes it (it refuses what is not an IRI)."""
    node = str(ox.NamedNode(iri))
    return f"""PREFIX ckg: <{CKG}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?wkt ?article ?id ?published ?killed ?injured ?claimant WHERE {{
  {{ {node} geo:hasGeometry/geo:asWKT ?wkt }}
  UNION {{ {node} ckg:location/geo:hasGeometry/geo:asWKT ?wkt }}
  UNION {{
    {node} ckg:casualties ?count . ?count ckg:reportedIn ?article .
    ?article dcterms:identifier ?id ; dcterms:date ?published .
    OPTIONAL {{ ?count ckg:killed ?killed }}
    OPTIONAL {{ ?count ckg:injured ?injured }}
    OPTIONAL {{ ?count ckg:claimedBy/rdfs:label ?claimant }}
  }}
}} ORDER BY ?published ?id"""


def facts_html(facts: list[dict], site: Site) -> str:
    value = lambda row, name: html.escape(row[name]["value"]) if name in row else ""  # noqa: E731
    figures = [row for row in facts if "article" in row]
    out = ""
    if figures:
        out += "<h2>Casualty figures, per source</h2><table><tr><th>article</th><th>published</th><th>killed</th><th>injured</th><th>claimed by</th></tr>"
        for row in figures:
            article = site.link(row["article"]["value"], row["id"]["value"])
            cells = [value(row, n) for n in ("published", "killed", "injured", "claimant")]
            out += f"<tr><td>{article}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        out += "</table>"
    points = sorted({row["wkt"]["value"] for row in facts if "wkt" in row})
    for wkt in points:
        lon, lat = (float(v) for v in point(wkt))
        out += f"<h2>Where</h2><p>latitude {lat}, longitude {lon}</p>{small_map(lon, lat)}"
    return out


@cache
def country_outlines() -> list[list[tuple[float, float]]]:
    """The rings (lon, lat) of the Natural Earth country outlines shipped for the maps: their
    TopoJSON's quantized, delta-encoded arcs decoded and joined (~i is arc i reversed)."""
    topology = json.loads((resource_dir("data") / "countries-110m.topojson").read_text())
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    rings = []
    for country in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [country.get("arcs")], "MultiPolygon": country.get("arcs")}
        for polygon in polygons.get(country["type"]) or []:
            for indexes in polygon:
                ring = []
                for i in indexes:
                    arc = arcs[~i][::-1] if i < 0 else arcs[i]
                    ring.extend(arc[1:] if ring else arc)
                rings.append(ring)
    return rings


def small_map(lon: float, lat: float, span: float = 3.0, size: int = 240) -> str:
    """An SVG of the country outlines within `span` degrees of a point, the point marked."""
    k = math.cos(math.radians(lat))
    scale = size / (2 * span)
    project = lambda p: (size / 2 + (p[0] - lon) * k * scale, size / 2 - (p[1] - lat) * scale)  # noqa: E731
    near = [
        r
        for r in country_outlines()
        if any(abs(x - lon) < 3 * span and abs(y - lat) < 3 * span for x, y in r)
    ]
    paths = "".join(
        '<path d="M' + "L".join(f"{x:.1f},{y:.1f}" for x, y in map(project, ring)) + 'Z"/>'
        for ring in near
    )
    return (
        f'<svg class="small-map" width="{size}" height="{size}" viewBox="0 0 {size} {size}" role="img" aria-label="map">'
        f'<rect width="{size}" height="{size}" fill="#eef4f8"/><g fill="#fbfaf5" stroke="#999" stroke-width=".6">{paths}</g>'
        f'<circle cx="{size / 2}" cy="{size / 2}" r="5" fill="#c0392b"/></svg>'
    )


def resource_page(iri: str, bindings: list[dict], site: Site, path: str, facts=()) -> str:
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
            site.link(obj["value"], b.get("ol", {}).get("value"))
            if obj["type"] == "uri"
            else html.escape(obj["value"][:300])
        )
        row = f"<tr><td>{site.link(prop, short(prop))}</td><td>{shown}</td></tr>"
        (out_rows if b["dir"]["value"] == "out" else in_rows).append(row)
        if "text" in b:
            sentences.append(f"<blockquote>{html.escape(b['text']['value'])}</blockquote>")
    body = f"<p><code>{html.escape(iri)}</code></p>"
    body += facts_html(list(facts), site)
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


def ontology_page(g: Graph, site: Site, path: str) -> str:
    """The ontology for people: its header, then each ckg term in a section whose id is the
    term's local name, so that https://w3id.org/conflictkg/ontology#Attack lands on Attack;
    then the code lists."""
    ontology = URIRef(str(CKG).rstrip("#"))
    text = lambda node, p: html.escape(str(g.value(node, p) or ""))  # noqa: E731
    body = f"<p>{text(ontology, DCTERMS.description)}</p><p><code>{html.escape(str(ontology))}</code>, version {text(ontology, OWL.versionInfo)}"
    licence = g.value(ontology, DCTERMS.license)
    if licence:
        body += f", licence {site.link(str(licence))}"
    body += ". Also as Turtle, JSON-LD, RDF/XML and N-Triples by content negotiation.</p>"
    for heading, kind in TERM_KINDS:
        terms = sorted(t for t in g.subjects(RDF.type, kind) if str(t).startswith(str(CKG)))
        if not terms:
            continue
        body += f"<h2>{heading}</h2>" + "".join(
            f'<a href="#{html.escape(t[len(str(CKG)) :])}">{html.escape(t[len(str(CKG)) :])}</a> '
            for t in terms
        )
        body += "".join(term_section(g, term, kind, site) for term in terms)
    body += "<h2>Code lists</h2><ul>"
    for scheme in sorted(g.subjects(RDF.type, SKOS.ConceptScheme)):
        concepts = sorted(g.subjects(SKOS.inScheme, scheme), key=str)
        links = ", ".join(site.link(str(c), str(g.value(c, SKOS.prefLabel))) for c in concepts)
        body += f"<li>{site.link(str(scheme), str(g.value(scheme, SKOS.prefLabel)))}: {links}</li>"
    body += "</ul>"
    return page(
        str(g.value(ontology, DCTERMS.title)),
        str(g.value(ontology, DCTERMS.title)),
        body,
        path,
        ONTOLOGY_TYPES,
    )


def term_section(g: Graph, term: URIRef, kind: URIRef, site: Site) -> str:
    """A term's section: its label and comment, and what the ontology says of it."""
    name = html.escape(term[len(str(CKG)) :])
    rows = []
    for label, p in TERM_FACTS:
        objects = sorted(o for o in g.objects(term, p) if isinstance(o, URIRef) and o != kind)
        if objects:
            links = ", ".join(site.link(str(o), term_name(o)) for o in objects)
            rows.append(f"<tr><td>{label}</td><td>{links}</td></tr>")
    about = f"<b>{html.escape(str(g.value(term, RDFS.label)))}</b>: {html.escape(str(g.value(term, RDFS.comment)))}"
    return f'<section id="{name}"><h3>ckg:{name}</h3><p>{about}</p><table>{"".join(rows)}</table></section>'


def term_name(iri: URIRef) -> str:
    return "ckg:" + iri[len(str(CKG)) :] if str(iri).startswith(str(CKG)) else str(iri)
