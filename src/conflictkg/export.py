"""Export: write the built quads as Turtle, N-Triples, TriG, N-Quads or JSON-LD, atomically.

Turtle and N-Triples hold one graph, so they get the union of all named graphs (asserted and
inferred); TriG and N-Quads keep the graphs apart. Output is deterministic: the same input gives
the same bytes (statements sorted, no blank nodes). pyoxigraph writes all but JSON-LD; JSON-LD
goes through rdflib, whose writer compacts with our context.

The export reads the quads the mapping made, not the pyoxigraph store: the store (pyoxigraph
0.5) keeps xsd:nonNegativeInteger and xsd:positiveInteger values as xsd:integer, which the
shapes and the ontology's ranges reject.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .mapping import PREFIXES
from .rebase import DEFAULT_BASE, ids
from .resources import resource_dir

FORMATS = {"turtle": ".ttl", "nt": ".nt", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld"}
SUFFIX_FORMATS = {suffix: name for name, suffix in FORMATS.items()} | {".json": "jsonld"}


def format_for(path: Path, requested: str | None) -> str:
    if requested:
        return requested
    return SUFFIX_FORMATS.get(path.suffix, "turtle")


def union_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """Every distinct triple of all graphs, sorted (by subject, then predicate, then object)."""
    return sorted({quad.triple for quad in quads}, key=str)


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Every distinct quad, sorted by graph, then subject, predicate and object."""
    return sorted(set(quads), key=lambda quad: (str(quad.graph_name), str(quad.triple)))


def union(quads: Iterable[ox.Quad]) -> Graph:
    """The union of all graphs as one rdflib graph, for the tools that need rdflib."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    data = ox.serialize(union_triples(quads), format=ox.RdfFormat.N_TRIPLES)
    return graph.parse(data=data.decode("utf-8"), format="nt")


def jsonld_context() -> dict:
    return json.loads((resource_dir("data") / "context.jsonld").read_text(encoding="utf-8"))


def serialize(quads: list[ox.Quad], fmt: str, base: str = DEFAULT_BASE) -> bytes:
    """The quads in a format; the prefix ckgr: names the ids under `base`, the build's."""
    prefixes = PREFIXES | {"ckgr": ids(base)}
    if fmt == "turtle":
        return ox.serialize(union_triples(quads), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    if fmt == "nt":
        return ox.serialize(union_triples(quads), format=ox.RdfFormat.N_TRIPLES)
    if fmt == "nquads":
        return ox.serialize(sorted_quads(quads), format=ox.RdfFormat.N_QUADS)
    if fmt == "trig":
        return ox.serialize(sorted_quads(quads), format=ox.RdfFormat.TRIG, prefixes=prefixes)
    if fmt == "jsonld":
        context = jsonld_context()
        context["@context"]["ckgr"] = ids(base)
        text = union(quads).serialize(
            format="json-ld", context=context["@context"], auto_compact=True
        )
        return canonical_json(json.loads(text))
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def canonical_json(document) -> bytes:
    """JSON-LD in one order whatever the hash seed: rdflib writes nodes and values in the order
    of its sets; every array here is unordered (no @list), so sorting it changes no meaning."""

    def ordered(value):
        if isinstance(value, dict):
            return {key: ordered(item) for key, item in value.items()}
        if isinstance(value, list):
            items = [ordered(item) for item in value]
            return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
        return value

    text = json.dumps(ordered(document), indent=2, sort_keys=True, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def write_atomic(*files: tuple[Path, bytes]):
    """Write (path, data) files whole: each to a temporary file beside its target, then all
    renamed at once, so no reader sees a half-written file, and a graph and its void.ttl are
    replaced together (a process killed while writing leaves the old pair and no temporary
    file). Files get the user's umask (mkstemp's 0600 would keep a web server from serving
    them)."""
    umask = os.umask(0)
    os.umask(umask)
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            temps.append((temp, path))
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.chmod(temp, 0o666 & ~umask)
        for temp, path in temps:
            os.replace(temp, path)
    except BaseException:
        for temp, _ in temps:
            Path(temp).unlink(missing_ok=True)
        raise
