"""The whole flow in one place: read → extract → resolve → map → reason → validate.

Export, query and serve take the BuildResult from here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from spacy.language import Language

from .extract import extract
from .extract.vocab import load_vocabulary
from .mapping import INFERRED_GRAPH, VOCAB_GRAPH, to_quads
from .read import read_paths
from .reason import infer
from .records import Article, ArticleFacts, KnowledgeBase, ReadError
from .resolve import resolve
from .resources import resource_dir
from .store import load_quads, open_store
from .validate import ValidationResult, validate


@dataclass
class BuildResult:
    quads: list[ox.Quad]  # what export writes: the store turns derived integer types to xsd:integer
    store: ox.Store
    kb: KnowledgeBase
    errors: list[ReadError]
    validation: ValidationResult | None
    seconds: dict[str, float] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and (self.validation is None or self.validation.conforms)


def build(
    paths: Iterable[Path],
    *,
    reason: bool = True,
    check: bool = True,
    progress: Callable[[Article | ReadError], None] | None = None,
    ner: Language | None = None,
    store_dir: Path | None = None,
) -> BuildResult:
    """Build the graph of the articles under `paths`, kept in a pyoxigraph store (on disk in
    `store_dir`, else in memory)."""
    seconds: dict[str, float] = {}
    cpu_seconds: dict[str, float] = {}
    clock = Clock(seconds, cpu_seconds)
    vocab = load_vocabulary()
    facts: list[ArticleFacts] = []
    errors: list[ReadError] = []
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            try:
                facts.append(extract(item, vocab, ner))
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
                errors.append(
                    ReadError(item.path, f"extraction failed: {type(exc).__name__}: {exc}")
                )
        if progress:
            progress(item)
    clock.lap("read+extract")
    kb = resolve(facts, vocab)
    clock.lap("resolve")
    quads = to_quads(kb) + code_lists()
    clock.lap("map")
    if reason:
        inferred = infer({quad.triple for quad in quads})
        quads += [ox.Quad(s, p, o, INFERRED_GRAPH) for s, p, o in inferred]
        clock.lap("reason")
    store = load_quads(open_store(store_dir), quads)
    clock.lap("store")
    validation = None
    if check:
        validation = validate(quads, inferred=reason, store=store)
        clock.lap("validate")
    return BuildResult(quads, store, kb, errors, validation, seconds, cpu_seconds)


class Clock:
    """Wall and CPU seconds per stage: on a shared machine wall time alone misleads."""

    def __init__(self, wall: dict[str, float], cpu: dict[str, float]):
        self.wall, self.cpu = wall, cpu
        self.wall_start, self.cpu_start = time.perf_counter(), time.process_time()

    def lap(self, stage: str):
        wall, cpu = time.perf_counter(), time.process_time()
        self.wall[stage] = wall - self.wall_start
        self.cpu[stage] = cpu - self.cpu_start
        self.wall_start, self.cpu_start = wall, cpu


def code_lists() -> list[ox.Quad]:
    """The SKOS code lists (weapons, stances...) go with the data, so queries can show labels."""
    triples = ox.parse(path=str(resource_dir("ontology") / "vocab.ttl"), format=ox.RdfFormat.TURTLE)
    return [ox.Quad(t.subject, t.predicate, t.object, VOCAB_GRAPH) for t in triples]
