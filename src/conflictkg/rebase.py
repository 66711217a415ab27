"""The base IRI of what the build mints, which a team sets to its own domain (`build --base`).

Under a base B, the entities, events, articles, anchors and positions are B + "id/...", and
the named graphs B + "graph/...", the paths under which `conflictkg serve` answers them. The
mapping always mints under DEFAULT_BASE; a build under another base moves every such IRI in one
pass as the quads leave the pipeline, so the mapping stays simple and a default build does not
pay for it. The ontology (ontology#) and the code lists (vocab/) are the tool's vocabulary, not
the team's data: they are never moved.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pyoxigraph as ox

# where mapping.py mints (its CKGR and GRAPH), written out: the store and the server's query
# workers read the base, and must not load the mapping's imports (spaCy) to do it
DEFAULT_BASE = "https://w3id.org/conflictkg/"


def ids(base: str) -> str:
    return base + "id/"


def graphs(base: str) -> str:
    return base + "graph/"


def check_base(value: str) -> str:
    """The value, if it can be a base: an absolute http(s) IRI with a host, ending in '/',
    without query or fragment (so that B + "id/" + a path is an IRI of the same site)."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an absolute http(s) IRI")
    if "?" in value or "#" in value:
        raise ValueError(f"{value!r} has a query or a fragment; a base is a path")
    if not value.endswith("/"):
        raise ValueError(f"{value!r} does not end in '/'; did you mean {value + '/'!r}?")
    if re.search(r"[\s<>\"{}|\\^`]", value):
        raise ValueError(f"{value!r} holds a character an IRI cannot")
    return value


def rebase_iri(iri: ox.NamedNode, base: str) -> ox.NamedNode:
    """The IRI moved under `base` if it is under the default id/ or graph/ prefix."""
    for old, new in ((ids(DEFAULT_BASE), ids(base)), (graphs(DEFAULT_BASE), graphs(base))):
        if iri.value.startswith(old):
            return ox.NamedNode(new + iri.value[len(old) :])
    return iri


def rebase(quads: list[ox.Quad], base: str) -> list[ox.Quad]:
    """The quads with every IRI under the default id/ and graph/ prefixes moved under `base`,
    in subjects, objects and graph names (predicates are the ontology's); the same list when
    `base` is the default."""
    if base == DEFAULT_BASE:
        return quads
    moved: dict[ox.NamedNode, ox.NamedNode] = {}  # each IRI is rewritten once, then looked up

    def move(term):
        if not isinstance(term, ox.NamedNode):
            return term
        if term not in moved:
            moved[term] = rebase_iri(term, base)
        return moved[term]

    return [
        ox.Quad(move(q.subject), q.predicate, move(q.object), move(q.graph_name)) for q in quads
    ]
