"""Export: write the dataset as Turtle, N-Triples, TriG, N-Quads or JSON-LD, atomically.

Turtle and N-Triples hold one graph, so they get the union of all named graphs (asserted and
inferred); TriG and N-Quads keep the graphs apart. Output is deterministic: the same input gives
the same bytes (statements sorted, no blank nodes).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .mapping import PREFIXES
from .resources import resource_dir

FORMATS = {"turtle": ".ttl", "nt": ".nt", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld"}
SUFFIX_FORMATS = {suffix: name for name, suffix in FORMATS.items()} | {".json": "jsonld"}


def format_for(path: Path, requested: str | None) -> str:
    if requested:
        return requested
    return SUFFIX_FORMATS.get(path.suffix, "turtle")


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def jsonld_context() -> dict:
    return json.loads((resource_dir("data") / "context.jsonld").read_text(encoding="utf-8"))


def serialize(dataset: Dataset, fmt: str) -> bytes:
    if fmt == "turtle":
        return union(dataset).serialize(format="turtle").encode("utf-8")
    if fmt == "nt":
        lines = union(dataset).serialize(format="nt").splitlines()
        return ("\n".join(sorted(set(filter(None, lines)))) + "\n").encode("utf-8")
    if fmt == "nquads":
        lines = dataset.serialize(format="nquads").splitlines()
        return ("\n".join(sorted(set(filter(None, lines)))) + "\n").encode("utf-8")
    if fmt == "trig":
        return dataset.serialize(format="trig").encode("utf-8")
    if fmt == "jsonld":
        context = jsonld_context()
        text = union(dataset).serialize(
            format="json-ld", context=context["@context"], auto_compact=True
        )
        return text.encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def write_atomic(path: Path, data: bytes):
    """Write to a temporary file beside the target, then rename: no half-written files."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
