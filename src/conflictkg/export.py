"""Export: write the built quads as Turtle, N-Triples, TriG, N-Quads or JSON-LD, atomically.

Turtle and N-Triples hold one graph, so they get the union of all named graphs (asserted and
inferred); TriG and N-Quads keep the graphs apart. Output is deterministic: the same input gives
the same bytes (chunks in a fixed order, statements sorted within each, no blank nodes).
pyoxigraph writes all but JSON-LD, streaming: a build's N-Quads dump is read and written a
statement at a time, so exporting a corpus of any size takes little memory. JSON-LD goes through
rdflib, whose writer compacts with our context (it holds the whole graph: for small corpora).

A build exports its own dump, not the pyoxigraph store: the store (pyoxigraph 0.5) keeps
xsd:nonNegativeInteger and xsd:positiveInteger values as xsd:integer, which the shapes and the
ontology's ranges reject.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph

from .mapping import PREFIXES
from .rebase import DEFAULT_BASE, ids
from .resources import resource_dir

FORMATS = {"turtle": ".ttl", "nt": ".nt", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld"}
SUFFIX_FORMATS = {suffix: name for name, suffix in FORMATS.items()} | {".json": "jsonld"}
ONE_GRAPH = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
GRAPHS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


def format_for(path: Path, requested: str | None) -> str:
    if requested:
        return requested
    return SUFFIX_FORMATS.get(path.suffix, "turtle")


def read_dump(dump: Path) -> Iterable[ox.Quad]:
    """The quads of a build's N-Quads dump, one at a time."""
    return ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS)


def union(quads: Iterable[ox.Quad]) -> Graph:
    """The union of all graphs as one rdflib graph, for the tools that need rdflib."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    data = ox.serialize((quad.triple for quad in quads), format=ox.RdfFormat.N_TRIPLES)
    return graph.parse(data=data.decode("utf-8"), format="nt")


def jsonld_context() -> dict:
    return json.loads((resource_dir("data") / "context.jsonld").read_text(encoding="utf-8"))


def write(quads: Iterable[ox.Quad], fmt: str, output: BinaryIO, base: str = DEFAULT_BASE):
    """Stream the quads to `output` in the format; for one-graph formats, each quad's triple
    (the quads must not state a triple in two graphs: a build's never do). The prefix ckgr:
    names the ids under `base`, the build's."""
    prefixes = PREFIXES | {"ckgr": ids(base)}
    if fmt in ONE_GRAPH:
        triples = (quad.triple for quad in quads)
        ox.serialize(triples, output, ONE_GRAPH[fmt], prefixes=prefixes)
    elif fmt in GRAPHS:
        ox.serialize(quads, output, GRAPHS[fmt], prefixes=prefixes)
    elif fmt == "jsonld":
        context = jsonld_context()
        context["@context"]["ckgr"] = ids(base)
        text = union(quads).serialize(
            format="json-ld", context=context["@context"], auto_compact=True
        )
        output.write(canonical_json(json.loads(text)))
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_dump(dump: Path, fmt: str, base: str = DEFAULT_BASE) -> Callable[[BinaryIO], None]:
    """A writer of the build's dump in the format, for `write_atomic`."""
    if fmt == "nquads":
        return lambda output: shutil.copyfileobj(dump.open("rb"), output)
    return lambda output: write(read_dump(dump), fmt, output, base)


def serialize(quads: Iterable[ox.Quad], fmt: str, base: str = DEFAULT_BASE) -> bytes:
    """The quads (each once) in the format, in memory: for small graphs and tests."""
    buffer = io.BytesIO()
    unique = dict.fromkeys(quads)
    if fmt in ONE_GRAPH:
        unique = {ox.Quad(*q.triple): None for q in unique}  # one triple from several graphs
    write(unique, fmt, buffer, base)
    return buffer.getvalue()


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


def write_atomic(*files: tuple[Path, bytes | Callable[[BinaryIO], None]]):
    """Write (path, data) files whole, data as bytes or as a function that writes them to a
    file (to stream them): each to a temporary file beside its target, then all renamed at
    once, so no reader sees a half-written file, and a graph and its void.ttl are replaced
    together (a process killed while writing leaves the old pair and no temporary file). Files
    get the user's umask (mkstemp's 0600 would keep a web server from serving them)."""
    umask = os.umask(0)
    os.umask(umask)
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            temps.append((temp, path))
            with os.fdopen(handle, "wb") as out:
                data(out) if callable(data) else out.write(data)
            os.chmod(temp, 0o666 & ~umask)
        for temp, path in temps:
            os.replace(temp, path)
    except BaseException:
        for temp, _ in temps:
            Path(temp).unlink(missing_ok=True)
        raise
