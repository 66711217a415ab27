"""The whole flow in one place: read → extract → resolve → map → reason → validate.

From the resolved records on, the graph flows in chunks (see `mapping.chunks`): each chunk is
written to the build's N-Quads dump, reasoned over and checked, then dropped; the store is
bulk-loaded from the dump. So no stage holds the quads of the whole corpus. Export, query and
serve take the BuildResult from here.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import pickle
import resource
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from spacy.language import Language

from .export import read_dump
from .extract import extract
from .extract.vocab import load_vocabulary
from .mapping import INFERRED_GRAPH, VOCAB_GRAPH, segments
from .read import read_paths
from .reason import Reasoner
from .rebase import rebase, rebase_iri
from .records import Article, ArticleFacts, KnowledgeBase, PackedFacts, ReadError, pack
from .resolve import resolve
from .resources import resource_dir
from .store import StoreBuilder, build_base, store_lock, stored_facts
from .validate import Checker, ValidationResult


class BuildResult:
    """What a build made. The store may still be loading (in a thread) when `build` returns, so
    that the export can be written from the dump meanwhile; `store` and `validation` wait for
    it, and the store's lock is let go once it is in place."""

    def __init__(
        self,
        kb: KnowledgeBase,
        errors: list[ReadError],
        dump: Path,
        base: str,
        clock: Clock,
        finish: Callable[[], tuple[ox.Store, ValidationResult | None, Path]],
    ):
        self.kb, self.errors, self.base = kb, errors, base
        self.seconds, self.cpu_seconds = clock.wall, clock.cpu
        self._dump, self._finish, self._finished = dump, finish, None

    def _done(self) -> tuple[ox.Store, ValidationResult | None, Path]:
        if self._finished is None:
            self._finished = self._finish()
        return self._finished

    @property
    def store(self) -> ox.Store:
        return self._done()[0]

    @property
    def validation(self) -> ValidationResult | None:
        return self._done()[1]

    @property
    def dump(self) -> Path:
        """The dataset as built, in N-Quads: what export writes (see export.py)."""
        return self._finished[2] if self._finished else self._dump

    @property
    def ok(self) -> bool:
        return not self.errors and (self.validation is None or self.validation.passes)

    @property
    def quads(self) -> list[ox.Quad]:
        """Every quad of the dump, in memory: for small builds."""
        return list(read_dump(self.dump))


def build(
    paths: Iterable[Path],
    *,
    reason: bool = True,
    check: bool = True,
    progress: Callable[[Article | ReadError], None] | None = None,
    ner: Language | None = None,
    store_dir: Path | None = None,
    jobs: int | None = None,
    facts: Iterable[ArticleFacts | ReadError] = (),
    base: str | None = None,
) -> BuildResult:
    """Build the graph of the articles under `paths`, kept in a pyoxigraph store (on disk in
    `store_dir`, else in memory). Extraction runs in `jobs` processes (default: every core).
    `facts` are articles extracted already (facts files, with their errors): they come first,
    and an article of `paths` with the id of one of them is refused. What the build mints is
    under `base` (default: the store's, else rebase.DEFAULT_BASE).

    A store on disk that exists already gets the articles added: they are resolved together
    with the ones it holds, and an article built again replaces its earlier version. A store
    built under another base is refused (store.OtherBase) before anything is read."""
    with ExitStack() as lock:
        if store_dir:
            lock.enter_context(store_lock(store_dir))
        return build_locked(
            paths, reason, check, progress, ner, store_dir, jobs, facts, base, lock.pop_all()
        )


def build_locked(
    paths, reason, check, progress, ner, store_dir, jobs, given, base, lock: ExitStack
) -> BuildResult:
    base = build_base(store_dir, base)
    seconds: dict[str, float] = {}
    cpu_seconds: dict[str, float] = {}
    clock = Clock(seconds, cpu_seconds)
    vocab = load_vocabulary()
    given = list(given)
    facts = [pack(item) for item in given if isinstance(item, ArticleFacts)]
    errors = [item for item in given if isinstance(item, ReadError)]
    known = {item.article.id: item.article.path for item in given if isinstance(item, ArticleFacts)}
    items = read_paths(paths, known)
    extracted, failed = extract_all(items, ner, jobs or available_cores(), progress)
    facts, errors = facts + extracted, errors + failed
    if store_dir and store_dir.exists():
        facts = added(stored_facts(store_dir), facts)
    clock.lap("read+extract")
    # beside the store, so that the dump moves into it without a copy
    workspace = tempfile.TemporaryDirectory(dir=store_dir.parent if store_dir else None)
    with cyclic_gc_paused():
        kb = resolve(facts, vocab)
        clock.lap("resolve")
        dump = Path(workspace.name) / "graph.nq"
        checker = Checker() if check else None
        builder = StoreBuilder(store_dir)
        helper = (jobs or available_cores()) > 1 and len(kb.articles) >= ARTICLES_FOR_A_HELPER
        reasoner = Reasoner() if reason else None
        write_dump(kb, dump, base, reasoner, checker, builder, clock, helper)

    def finish() -> tuple[ox.Store, ValidationResult | None, Path]:
        with lock, clock.stage("store"):
            store = builder.keep(dump, facts, base)
        final = store_dir / dump.name if store_dir else dump
        if store_dir:
            workspace.cleanup()
        with clock.stage("validate"):
            validation = checker.finish(store) if checker else None
        return store, validation, final

    return BuildResult(kb, errors, dump, base, clock, finish)


# below this, a second process would cost more to start than it saves
ARTICLES_FOR_A_HELPER = 200


def write_dump(
    kb: KnowledgeBase,
    dump: Path,
    base: str,
    reasoner: Reasoner | None,
    checker: Checker | None,
    builder: StoreBuilder,
    clock: Clock,
    helper: bool,
):
    """Map the knowledge base chunk by chunk (under `base`) into the N-Quads dump, reasoning over
    and checking each chunk as it passes, the inferred quads after the asserted ones; the store
    builder gets the dump in parts as it grows. With `helper`, a second process (forked once the
    shared entities are made, so it has them) makes the second half of the articles' graphs
    meanwhile: the bytes are the same either way."""
    entities, first, second, events = segments(kb)
    files = [Segment(dump, n) for n in range(5)]
    parts = Parts(dump, builder.load)
    work = SegmentWork(base, reasoner, checker, clock)
    work.write(entities, files[0], parts)
    if helper:
        child = fork(lambda: work.write_in_parts(second, files[2]), files[2].state)
    work.write(first, files[1], parts)
    work.write(events, files[3], parts)
    work.write([code_lists()], files[4], parts)
    if helper:
        with clock.stage("map"):  # waiting for the helper
            child.join()
            if child.exitcode != 0:
                raise RuntimeError(f"the second mapping process failed (exit {child.exitcode})")
            state, made = pickle.loads(files[2].state.read_bytes())
            work.merge(state)
            files[2].state.unlink()
            for part in made:
                builder.load(part)
    else:
        work.write(second, files[2], parts)
    with files[4].inferred.open("ab") as out, clock.stage("reason"):
        if reasoner:
            data = inferred_quads(reasoner.close(), base)
            out.write(data)
            parts.add(data)
    parts.close()
    with dump.open("wb") as out:
        for path in [f.asserted for f in files] + [f.inferred for f in files]:
            with path.open("rb") as part:
                shutil.copyfileobj(part, out)
            path.unlink()


class Segment:
    """The files of one segment of the dump: its asserted and its inferred quads, and what a
    helper process that made them hands back."""

    def __init__(self, dump: Path, number: int):
        self.asserted = dump.with_suffix(f".{number}.nq")
        self.inferred = dump.with_suffix(f".{number}.inferred.nq")
        self.state = dump.with_suffix(f".{number}.state")


@dataclass
class SegmentWork:
    """Writes segments: each chunk mapped under the base, reasoned over and checked."""

    base: str
    reasoner: Reasoner | None
    checker: Checker | None
    clock: Clock

    def write(self, chunks: Iterable[list[ox.Quad]], segment: Segment, parts: Parts):
        """Write the segment's files; what the checker and reasoner gathered, for `merge`."""
        clock = self.clock
        with segment.asserted.open("wb") as out, segment.inferred.open("wb") as inferred_out:
            for chunk in clock.timed("map", chunks):
                with clock.stage("map"):
                    chunk = rebase(chunk, self.base)
                    data = ox.serialize(chunk, format=ox.RdfFormat.N_QUADS)
                    out.write(data)
                    parts.add(data)
                    triples = {(q.subject, q.predicate, q.object) for q in chunk}
                if self.reasoner:
                    with clock.stage("reason"):
                        data = inferred_quads(self.reasoner.infer(triples), self.base)
                        inferred_out.write(data)
                        parts.add(data)
                if self.checker:
                    with clock.stage("validate"):
                        self.checker.check(triples)
        return (
            self.checker.state() if self.checker else None,
            self.reasoner.links if self.reasoner else None,
        )

    def write_in_parts(self, chunks: Iterable[list[ox.Quad]], segment: Segment):
        """`write` in a helper process: its parts for the store are listed, for this process
        to load."""
        made: list[Path] = []
        parts = Parts(segment.asserted.with_suffix(".helper"), made.append)
        state = self.write(chunks, segment, parts)
        parts.close()
        return state, made

    def merge(self, state: tuple):
        """Take in what a helper process's `write` gathered."""
        checked, links = state
        if self.checker:
            self.checker.merge(checked)
        if self.reasoner:
            self.reasoner.merge(links)


def fork(work: Callable[[], object], state: Path) -> multiprocessing.Process:
    """Run `work` in a forked copy of this process (it shares what is made so far without
    copying it), its result pickled into `state`. Only plain Python and file writing happen
    there: no store is open in it."""

    def run():
        state.write_bytes(pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL))

    child = multiprocessing.get_context("fork").Process(target=run, daemon=True)
    child.start()
    return child


class Parts:
    """The dump cut into parts of about QUADS_PER_PART quads, each handed on (to the store
    builder) when full, so the store loads while the build goes on; small parts, because
    pyoxigraph holds a part's quads in memory while it loads them."""

    QUADS_PER_PART = 100_000

    def __init__(self, name: Path, load: Callable[[Path], None]):
        self.name, self.load = name, load
        self.count, self.quads, self.part = 0, 0, None

    def add(self, data: bytes):
        if self.part is None:
            self.count += 1
            self.part = self.name.with_suffix(f".part{self.count}.nq").open("wb")
        self.part.write(data)
        self.quads += data.count(b"\n")
        if self.quads >= self.QUADS_PER_PART:
            self.close()

    def close(self):
        if self.part is not None:
            self.part.close()
            self.load(Path(self.part.name))
            self.part, self.quads = None, 0


def inferred_quads(triples: set, base: str) -> bytes:
    """The inferred triples as N-Quads in the inferred graph, in one order whatever the hash
    seed."""
    graph = rebase_iri(INFERRED_GRAPH, base)
    ordered = sorted(triples, key=lambda t: (t[0].value, t[1].value, str(t[2])))
    quads = (ox.Quad(s, p, o, graph) for s, p, o in ordered)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


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


def added(earlier: list[PackedFacts], new: list[PackedFacts]) -> list[PackedFacts]:
    """The earlier articles, each replaced by its new version if there is one, then the others."""
    by_id = {f.id: f for f in new}
    kept = [by_id.pop(f.id, f) for f in earlier]
    return kept + [f for f in new if f.id in by_id]


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
) -> tuple[list[PackedFacts], list[ReadError]]:
    """Extract every article, in `jobs` processes when more than one: extraction is a pure
    function of one article, so the facts and errors come out the same, in input order. The
    facts come packed (see `PackedFacts`), by the worker that made them; the articles are read
    as the workers need them, so a corpus larger than memory streams through."""
    facts, errors = [], []
    for item, outcome in extracted(iter(items), ner, jobs):
        (errors if isinstance(outcome, ReadError) else facts).append(outcome)
        if progress:
            progress(item)
    return facts, errors


BATCH = 32  # articles a task: fewer round trips, yet every worker busy to the end
IN_FLIGHT = 4  # batches a worker has waiting, so none waits for work


def extracted(
    items: Iterator[Article | ReadError], ner: Language | None, jobs: int
) -> Iterator[tuple[Article | ReadError, PackedFacts | ReadError]]:
    """Each item with its outcome, in input order. A corpus too small to pay for the workers'
    start (ARTICLES_PER_WORKER each) is extracted here."""
    head = list(itertools.islice(items, ARTICLES_PER_WORKER * (jobs - 1)))
    jobs = min(jobs, 1 + len(head) // ARTICLES_PER_WORKER)
    batches = batched(itertools.chain(head, items), BATCH)
    if jobs == 1:
        use_ner(ner)
        for batch in batches:
            yield from zip(batch, extract_batch(batch), strict=True)
        return
    # forkserver, not fork: a fork of this process would copy the locks its other threads
    # (pyoxigraph's, SQLite's) hold at that moment, and a worker could wait on one forever
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["conflictkg.pipeline"])
    with ProcessPoolExecutor(jobs, context, initializer=start_worker, initargs=(ner,)) as pool:
        waiting: deque = deque()
        for batch in batches:
            waiting.append((batch, pool.submit(extract_batch, batch)))
            if len(waiting) >= jobs * IN_FLIGHT:
                batch, outcomes = waiting.popleft()
                yield from zip(batch, outcomes.result(), strict=True)
        for batch, outcomes in waiting:
            yield from zip(batch, outcomes.result(), strict=True)


def batched(items: Iterator, size: int) -> Iterator[tuple]:
    while batch := tuple(itertools.islice(items, size)):
        yield batch


def extract_batch(batch: tuple[Article | ReadError, ...]) -> list[PackedFacts | ReadError]:
    return [item if isinstance(item, ReadError) else extract_or_error(item) for item in batch]


worker_ner: Language | None = None  # the NER model of this process, set by use_ner


def use_ner(ner: Language | None):
    global worker_ner
    worker_ner = ner


def start_worker(ner: Language | None):
    """A worker loads the vocabulary (and the GeoNames index) once, before its first article."""
    use_ner(ner)
    load_vocabulary()


def extract_or_error(article: Article) -> PackedFacts | ReadError:
    try:
        return pack(extract(article, load_vocabulary(), worker_ner))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
        return ReadError(article.path, f"extraction failed: {type(exc).__name__}: {exc}")


class Clock:
    """Wall and CPU seconds per stage: on a shared machine wall time alone misleads. CPU
    counts the worker processes too, once they have ended. Stages that take turns on each
    chunk add up their turns (`stage`, `timed`)."""

    def __init__(self, wall: dict[str, float], cpu: dict[str, float]):
        self.wall, self.cpu = wall, cpu
        self.wall_start, self.cpu_start = time.perf_counter(), cpu_time()

    def lap(self, stage: str):
        """The time since the last lap or turn goes to `stage`."""
        wall, cpu = time.perf_counter(), cpu_time()
        self.wall[stage] = self.wall.get(stage, 0) + wall - self.wall_start
        self.cpu[stage] = self.cpu.get(stage, 0) + cpu - self.cpu_start
        self.wall_start, self.cpu_start = wall, cpu

    @contextmanager
    def stage(self, stage: str):
        self.wall_start, self.cpu_start = time.perf_counter(), cpu_time()
        yield
        self.lap(stage)

    def timed(self, stage: str, items: Iterable) -> Iterator:
        """The items, the time taken to make each going to `stage`."""
        iterator = iter(items)
        while True:
            with self.stage(stage):
                item = next(iterator, None)
            if item is None:
                return
            yield item


def cpu_time() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def code_lists() -> list[ox.Quad]:
    """The SKOS code lists (weapons, stances...) go with the data, so queries can show labels."""
    triples = ox.parse(path=str(resource_dir("ontology") / "vocab.ttl"), format=ox.RdfFormat.TURTLE)
    return [ox.Quad(t.subject, t.predicate, t.object, VOCAB_GRAPH) for t in triples]
