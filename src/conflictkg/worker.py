"""Query workers: separate processes that hold the store and answer one query at a time.

A worker is where a query could do harm, so it is walled in: it reads the query with the safety
check (query.check_safe) before the engine sees it, it has no network (a network namespace of its
own: SERVICE cannot reach any host, whatever the parser missed), and its memory is capped. The
time limit is enforced from outside, because pyoxigraph does not stop some ORDER BY and
cross-product queries when asked to: a worker that overruns, dies (a crash in the engine, the
memory cap) or works for a client that has gone is killed and replaced, and only that one query
fails.
"""

from __future__ import annotations

import asyncio
import ctypes
import json
import multiprocessing as mp
import os
import resource
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import pyoxigraph as ox

from .query import QueryError, UpdateRefused, check_safe

SELECT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000


@dataclass(frozen=True)
class Request:
    query: str
    accept: tuple[str, ...]  # media types the client takes, best first
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    union: bool = True


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes
    retry_after: int | None = None  # seconds, for a 503 the client may simply retry


def refusal(status: int, message: str, retry_after: int | None = None) -> Answer:
    return Answer(status, "text/plain", message.encode(), retry_after)


def open_data(store_dir: str | None, files: tuple[str, ...]) -> ox.Store:
    if store_dir:
        return ox.Store.read_only(store_dir)
    store = ox.Store()
    for name in files:
        store.bulk_load(
            path=name, format=ox.RdfFormat.from_extension(Path(name).suffix.lstrip("."))
        )
    return store


checked = lru_cache(maxsize=512)(partial(check_safe, allow_from=True))


def answer(store: ox.Store, request: Request, row_limit: int) -> Answer:
    try:
        dataset = checked(request.query)
    except QueryError as exc:
        return refusal(403 if isinstance(exc, UpdateRefused) else 400, str(exc))
    default_graphs = (*request.default_graphs, *dataset.default_graphs)
    named_graphs = (*request.named_graphs, *dataset.named_graphs)
    try:
        graphs = {g: ox.NamedNode(g) for g in (*default_graphs, *named_graphs)}
    except ValueError as exc:
        return refusal(400, f"a graph name is not an IRI: {exc}")
    missing = [g for g, node in graphs.items() if not store.contains_named_graph(node)]
    if missing:
        return refusal(400, f"graph not in this dataset: <{missing[0]}>")
    options = {}
    if default_graphs:
        options["default_graph"] = [graphs[g] for g in default_graphs]
    else:
        options["use_default_graph_as_union"] = request.union
    if named_graphs:
        options["named_graphs"] = [graphs[g] for g in named_graphs]
    try:
        results = store.query(request.query, **options)
    except SyntaxError as exc:
        return refusal(400, f"malformed query: {exc}")
    if isinstance(results, ox.QueryTriples):
        media = next((m for m in request.accept if m in GRAPH_TYPES), None)
        if media is None:
            return refusal(406, f"a graph result is served as {', '.join(GRAPH_TYPES)}")
        triples = take(results, row_limit)
        if triples is None:
            return too_many(row_limit, "triples; narrow the query")
        body = ox.serialize(triples, format=GRAPH_TYPES[media]) or b""
        return Answer(200, media, body)
    media = next((m for m in request.accept if m in SELECT_TYPES), None)
    if media is None:
        return refusal(406, f"results are served as {', '.join(SELECT_TYPES)}")
    if isinstance(results, ox.QuerySolutions):
        rows = take(results, row_limit)
        if rows is None:
            return too_many(
                row_limit, "rows; add a LIMIT (a saved query: ask a page, ?limit=&offset=)"
            )
        body = serialize_rows(results.variables, rows, SELECT_TYPES[media])
        return Answer(
            200, "application/sparql-results+json" if media == "application/json" else media, body
        )
    return Answer(200, media, results.serialize(format=SELECT_TYPES[media]))


def take(results, limit: int) -> list | None:
    """All the answers, or None when there are more than the limit: never a silent cut."""
    taken = []
    for item in results:
        if len(taken) == limit:
            return None
        taken.append(item)
    return taken


def too_many(limit: int, what: str) -> Answer:
    return refusal(413, f"more than {limit} {what}")


def serialize_rows(variables, rows, fmt) -> bytes:
    """Serialize solutions already read: written as SPARQL JSON (which holds any term, blank
    nodes and quoted triples too), read back by pyoxigraph and written in the asked format."""
    names = [v.value for v in variables]
    document = {
        "head": {"vars": names},
        "results": {
            "bindings": [
                {n: json_term(t) for n, t in zip(names, row, strict=True) if t is not None}
                for row in rows  # a row iterates its terms in order: 10x faster than row[v]
            ]
        },
    }
    results = ox.parse_query_results(json.dumps(document).encode(), ox.QueryResultsFormat.JSON)
    return results.serialize(format=fmt)


def json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        parts = ("subject", "predicate", "object")
        return {"type": "triple", "value": {p: json_term(getattr(term, p)) for p in parts}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def cut_network() -> str | None:
    """Move this process into a network namespace of its own, where no address can be reached.

    As root, a new network namespace; otherwise inside a new user namespace, which unprivileged
    users may create on most Linux systems. None when it worked, else the reason it did not (not
    Linux, or namespaces disabled): then the parse check is the only wall. Replacing Python's
    socket module would be no fallback, since the engine's HTTP client is Rust code.
    """
    if not sys.platform.startswith("linux"):
        return f"no network namespaces on {sys.platform}"
    libc = ctypes.CDLL(None, use_errno=True)
    for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return None
    return f"unshare failed: {os.strerror(ctypes.get_errno())}"


def serve_forever(conn, store_dir, files, row_limit, memory_mb):
    sys.setrecursionlimit(20_000)  # the SPARQL grammar recurses about 150 frames a nesting level
    network = cut_network()
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    store = open_data(store_dir, files)
    conn.send(("ready", network))
    while True:
        try:
            request = conn.recv()
        except EOFError:  # the server has gone
            return
        try:
            conn.send(answer(store, request, row_limit))
        except MemoryError:
            conn.send(
                refusal(
                    503, f"query stopped: the worker went over its memory limit of {memory_mb} MB"
                )
            )
        except Exception as exc:  # noqa: BLE001 - report, never die silently
            conn.send(refusal(500, f"query failed: {type(exc).__name__}: {exc}"))


class Worker:
    """One worker process and the pipe to it."""

    def __init__(self, args: tuple):
        self.args = args
        self.start()

    def start(self):
        context = mp.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=serve_forever, args=(child, *self.args), daemon=True)
        self.process.start()
        child.close()
        try:
            word, self.network = self.conn.recv() if self.conn.poll(120) else ("late", None)
        except EOFError:
            word = "died"
        if word != "ready":
            self.process.kill()
            self.process.join()
            raise RuntimeError(
                f"a query worker did not start ({word}, exit code {self.process.exitcode}); "
                f"are {self.args[3]} MB (--worker-memory) enough for the data?"
            )

    def stop(self):
        self.process.kill()
        self.process.join()
        self.conn.close()

    def restart(self):
        self.stop()
        self.start()


class WorkerPool:
    """A few workers and a bounded queue of requests waiting for one.

    A request's time limit counts from its arrival, waiting included. A request that finds the
    queue full is refused at once (503 with Retry-After) rather than kept waiting.
    """

    def __init__(
        self,
        size: int,
        store_dir: str | None,
        files: tuple[str, ...],
        row_limit: int,
        timeout: float,
        memory_mb: int = 2048,
        queue_limit: int = 32,
    ):
        self.timeout, self.memory_mb, self.queue_limit = timeout, memory_mb, queue_limit
        self.workers = [Worker((store_dir, files, row_limit, memory_mb)) for _ in range(size)]
        self.network = self.workers[0].network  # None: the workers have no network
        self.free: asyncio.Queue[Worker] = asyncio.Queue()
        for worker in self.workers:
            self.free.put_nowait(worker)
        self.waiting = 0
        self.replacing: set[asyncio.Task] = set()

    async def ask(
        self, request: Request, arrived: float, gone: Callable[[], Awaitable[bool]]
    ) -> Answer:
        """The answer to one request; `gone` tells whether its client has hung up."""
        if self.waiting >= self.queue_limit:
            return refusal(503, "too many queries waiting; try again shortly", retry_after=1)
        self.waiting += 1
        try:
            left = arrived + self.timeout - time.monotonic()
            worker = await asyncio.wait_for(self.free.get(), max(left, 0))
        except TimeoutError:
            return self.over_time()
        finally:
            self.waiting -= 1
        if await gone():
            self.free.put_nowait(worker)
            return refusal(499, "the client has gone")
        return await self.run(worker, request, arrived + self.timeout, gone)

    async def run(self, worker: Worker, request: Request, deadline: float, gone) -> Answer:
        """Send the request and wait for the answer; the worker goes back to the free queue, or
        is replaced when it overran, died or its client went away."""
        loop = asyncio.get_running_loop()
        ready = asyncio.Event()
        try:
            worker.conn.send(request)
        except OSError:  # it died while idle (the OOM killer, say)
            worker.process.join(5)
            return self.replace(worker, self.died(worker.process.exitcode))
        loop.add_reader(worker.conn.fileno(), ready.set)
        try:
            while not ready.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    return self.replace(worker, self.over_time())
                try:
                    await asyncio.wait_for(ready.wait(), min(left, 0.25))
                except TimeoutError:
                    if await gone():
                        return self.replace(worker, refusal(499, "the client has gone"))
        except asyncio.CancelledError:
            self.replace(worker, None)
            raise
        finally:
            loop.remove_reader(worker.conn.fileno())
        try:
            answer = await asyncio.to_thread(worker.conn.recv)
        except (EOFError, OSError):
            worker.process.join(5)
            return self.replace(worker, self.died(worker.process.exitcode))
        self.free.put_nowait(worker)
        return answer

    def over_time(self) -> Answer:
        return refusal(503, f"query stopped: over the time limit of {self.timeout:g} s")

    def died(self, exitcode: int | None) -> Answer:
        how = signal.Signals(-exitcode).name if exitcode and exitcode < 0 else f"exit {exitcode}"
        return refusal(
            503,
            f"query stopped: the query worker died ({how}): over its memory limit of "
            f"{self.memory_mb} MB, or a crash in the engine; a fresh worker takes its place",
        )

    def replace(self, worker: Worker, answer: Answer | None) -> Answer | None:
        """Kill the worker and start a fresh one in the background; the answer goes out now."""

        async def restart():
            while True:
                try:
                    await asyncio.to_thread(worker.restart)
                    break
                except (OSError, RuntimeError) as exc:  # memory short, say: try again soon
                    print(f"query worker did not start again ({exc}); retrying", file=sys.stderr)
                    await asyncio.sleep(1)
            self.free.put_nowait(worker)

        task = asyncio.create_task(restart())
        self.replacing.add(task)
        task.add_done_callback(self.replacing.discard)
        return answer

    def stop(self):
        for worker in self.workers:
            worker.stop()
