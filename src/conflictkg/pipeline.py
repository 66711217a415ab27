"""The whole flow in one place: read → extract → resolve → map → reason → validate.

Export, query and serve take the BuildResult from here.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from spacy.language import Language

from .extract import extract
from .extract.vocab import load_vocabulary
from .mapping import INFERRED_GRAPH, VOCAB_GRAPH, to_quads
from .read import read_paths
from .reason import infer
from .rebase import DEFAULT_BASE, rebase
from .records import Article, ArticleFacts, KnowledgeBase, ReadError
from .resolve import resolve
from .resources import resource_dir
from .store import build_base, store_lock, stored_facts, write_store
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
    base: str = DEFAULT_BASE  # the base IRI of what the build minted

    @property
    def ok(self) -> bool:
        return not self.errors and (self.validation is None or self.validation.passes)


def build(
    paths: Iterable[Path],
    *,
    reason: bool = True,
    check: bool = True,
    progress: Callable[[Article | ReadError], None] | None = None,
    ner: Language | None = None,
    store_dir: Path | None = None,
    jobs: int | None = None,
    base: str | None = None,
) -> BuildResult:
    """Build the graph of the articles under `paths`, kept in a pyoxigraph store (on disk in
    `store_dir`, else in memory). Extraction runs in `jobs` processes (default: every core).
    What the build mints is under `base` (default: the store's, else rebase.DEFAULT_BASE).

    A store on disk that exists already gets the articles added: they are resolved together
    with the ones it holds, and an article built again replaces its earlier version. A store
    built under another base is refused (store.OtherBase) before anything is read."""
    with store_lock(store_dir) if store_dir else nullcontext():
        return build_locked(paths, reason, check, progress, ner, store_dir, jobs, base)


def build_locked(paths, reason, check, progress, ner, store_dir, jobs, base) -> BuildResult:
    base = build_base(store_dir, base)
    seconds: dict[str, float] = {}
    cpu_seconds: dict[str, float] = {}
    clock = Clock(seconds, cpu_seconds)
    vocab = load_vocabulary()
    facts, errors = extract_all(read_paths(paths), ner, jobs or available_cores(), progress)
    if store_dir and store_dir.exists():
        facts = added(stored_facts(store_dir), facts)
    clock.lap("read+extract")
    with cyclic_gc_paused():
        kb = resolve(facts, vocab)
        clock.lap("resolve")
        quads = to_quads(kb) + code_lists()
        clock.lap("map")
        if reason:
            inferred = infer({(q.subject, q.predicate, q.object) for q in quads})
            quads += [ox.Quad(s, p, o, INFERRED_GRAPH) for s, p, o in inferred]
            clock.lap("reason")
        quads = rebase(quads, base)
        store = write_store(quads, store_dir, facts, base)
        clock.lap("store")
        validation = None
        if check:
            validation = validate(quads, store=store)
            clock.lap("validate")
    return BuildResult(quads, store, kb, errors, validation, seconds, cpu_seconds, base)


@contextmanager
def cyclic_gc_paused():
    """The build makes millions of small objects that live to its end; Python's cyclic garbage
    collector would walk them again and again as more are made (half of validation's time on
    2,000 articles). Reference counting still frees what the build drops. Extraction keeps the
    collector: spaCy's objects may hold cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def added(earlier: list[ArticleFacts], new: list[ArticleFacts]) -> list[ArticleFacts]:
    """The earlier articles, each replaced by its new version if there is one, then the others."""
    by_id = {f.article.id: f for f in new}
    kept = [by_id.pop(f.article.id, f) for f in earlier]
    return kept + [f for f in new if f.article.id in by_id]


# a worker costs a second or two to start (spaCy, the vocabulary, the GeoNames index): fewer
# articles than this are extracted faster by the processes already running
ARTICLES_PER_WORKER = 100


def available_cores() -> int:
    return len(os.sched_getaffinity(0))


def extract_all(
    items: Iterable[Article | ReadError],
    ner: Language | None,
    jobs: int,
    progress: Callable[[Article | ReadError], None] | None,
) -> tuple[list[ArticleFacts], list[ReadError]]:
    """Extract every article, in `jobs` processes when more than one: extraction is a pure
    function of one article, so the facts and errors come out the same, in input order."""
    items = list(items)
    articles = [item for item in items if isinstance(item, Article)]
    jobs = min(jobs, 1 + len(articles) // ARTICLES_PER_WORKER)
    if jobs > 1:
        chunk = max(1, min(64, len(articles) // (jobs * 8)))
        # forkserver, not fork: a fork of this process would copy the locks its other threads
        # (pyoxigraph's, SQLite's) hold at that moment, and a worker could wait on one forever
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["conflictkg.pipeline"])
        with ProcessPoolExecutor(jobs, context, initializer=start_worker, initargs=(ner,)) as pool:
            return gather(items, pool.map(extract_or_error, articles, chunksize=chunk), progress)
    use_ner(ner)
    return gather(items, map(extract_or_error, articles), progress)


def gather(
    items: list[Article | ReadError],
    outcomes: Iterable[ArticleFacts | ReadError],
    progress: Callable[[Article | ReadError], None] | None,
) -> tuple[list[ArticleFacts], list[ReadError]]:
    """Facts and errors in input order; progress hears of each item as its outcome arrives."""
    facts, errors, next_outcome = [], [], iter(outcomes)
    for item in items:
        outcome = item if isinstance(item, ReadError) else next(next_outcome)
        (errors if isinstance(outcome, ReadError) else facts).append(outcome)
        if progress:
            progress(item)
    return facts, errors


worker_ner: Language | None = None  # the NER model of this process, set by use_ner


def use_ner(ner: Language | None):
    global worker_ner
    worker_ner = ner


def start_worker(ner: Language | None):
    """A worker loads the vocabulary (and the GeoNames index) once, before its first article."""
    use_ner(ner)
    load_vocabulary()


def extract_or_error(article: Article) -> ArticleFacts | ReadError:
    try:
        return extract(article, load_vocabulary(), worker_ner)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
        return ReadError(article.path, f"extraction failed: {type(exc).__name__}: {exc}")


class Clock:
    """Wall and CPU seconds per stage: on a shared machine wall time alone misleads. CPU
    counts the worker processes too, once they have ended."""

    def __init__(self, wall: dict[str, float], cpu: dict[str, float]):
        self.wall, self.cpu = wall, cpu
        self.wall_start, self.cpu_start = time.perf_counter(), cpu_time()

    def lap(self, stage: str):
        wall, cpu = time.perf_counter(), cpu_time()
        self.wall[stage] = wall - self.wall_start
        self.cpu[stage] = cpu - self.cpu_start
        self.wall_start, self.cpu_start = wall, cpu


def cpu_time() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def code_lists() -> list[ox.Quad]:
    """The SKOS code lists (weapons, stances...) go with the data, so queries can show labels."""
    triples = ox.parse(path=str(resource_dir("ontology") / "vocab.ttl"), format=ox.RdfFormat.TURTLE)
    return [ox.Quad(t.subject, t.predicate, t.object, VOCAB_GRAPH) for t in triples]
