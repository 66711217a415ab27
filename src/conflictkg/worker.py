"""Query workers: separate processes that hold the store and answer one query at a time.

pyoxigraph does not stop some ORDER BY and cross-product queries when asked to, so a time limit
that must hold is enforced from outside: a worker that overruns is killed and replaced.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

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


def open_data(store_dir: str | None, files: tuple[str, ...]) -> ox.Store:
    if store_dir:
        return ox.Store.read_only(store_dir)
    store = ox.Store()
    for name in files:
        store.bulk_load(
            path=name, format=ox.RdfFormat.from_extension(Path(name).suffix.lstrip("."))
        )
    return store


def answer(store: ox.Store, request: Request, row_limit: int) -> Answer:
    missing = [
        g
        for g in (*request.default_graphs, *request.named_graphs)
        if not store.contains_named_graph(ox.NamedNode(g))
    ]
    if missing:
        return Answer(400, "text/plain", f"graph not in this dataset: <{missing[0]}>".encode())
    options = {}
    if request.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
    else:
        options["use_default_graph_as_union"] = request.union
    if request.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    try:
        results = store.query(request.query, **options)
    except SyntaxError as exc:
        return Answer(400, "text/plain", f"malformed query: {exc}".encode())
    if isinstance(results, ox.QueryTriples):
        media = next((m for m in request.accept if m in GRAPH_TYPES), None)
        if media is None:
            return Answer(
                406, "text/plain", f"a graph result is served as {', '.join(GRAPH_TYPES)}".encode()
            )
        triples = take(results, row_limit)
        if triples is None:
            return too_many(row_limit, "triples; narrow the query")
        body = ox.serialize(triples, format=GRAPH_TYPES[media]) or b""
        return Answer(200, media, body)
    media = next((m for m in request.accept if m in SELECT_TYPES), None)
    if media is None:
        return Answer(
            406, "text/plain", f"results are served as {', '.join(SELECT_TYPES)}".encode()
        )
    if isinstance(results, ox.QuerySolutions):
        rows = take(results, row_limit)
        if rows is None:
            return too_many(row_limit, "rows; add a LIMIT")
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
    return Answer(413, "text/plain", f"more than {limit} {what}".encode())


def serialize_rows(variables, rows, fmt) -> bytes:
    """Serialize solutions already read, through a throw-away store-free VALUES query."""
    if not rows:
        values = (
            "VALUES () { }"
            if not variables
            else f"VALUES ({' '.join(str(v) for v in variables)}) {{ }}"
        )
    else:
        body = " ".join(
            "(" + " ".join(str(row[v]) if row[v] is not None else "UNDEF" for v in variables) + ")"
            for row in rows
        )
        values = f"VALUES ({' '.join(str(v) for v in variables)}) {{ {body} }}"
    names = " ".join(str(v) for v in variables) or "*"
    return ox.Store().query(f"SELECT {names} {{ {values} }}").serialize(format=fmt)


def serve_forever(conn, store_dir, files, row_limit):
    store = open_data(store_dir, files)
    conn.send("ready")
    while True:
        try:
            request = conn.recv()
        except EOFError:  # the server has gone
            return
        try:
            conn.send(answer(store, request, row_limit))
        except Exception as exc:  # noqa: BLE001 - report, never die silently
            conn.send(
                Answer(500, "text/plain", f"query failed: {type(exc).__name__}: {exc}".encode())
            )


class Worker:
    def __init__(self, store_dir: str | None, files: tuple[str, ...], row_limit: int):
        self.args = (store_dir, files, row_limit)
        self.start()

    def start(self):
        context = mp.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=serve_forever, args=(child, *self.args), daemon=True)
        self.process.start()
        if not self.conn.poll(120) or self.conn.recv() != "ready":
            raise RuntimeError("query worker did not start")

    def ask(self, request: Request, timeout: float) -> Answer:
        self.conn.send(request)
        if self.conn.poll(timeout):
            return self.conn.recv()
        self.process.kill()
        self.process.join()
        self.start()
        return Answer(
            503, "text/plain", f"query stopped: over the time limit of {timeout:g} s".encode()
        )

    def stop(self):
        self.process.kill()


class WorkerPool:
    """A few workers; a request waits for a free one."""

    def __init__(
        self,
        size: int,
        store_dir: str | None,
        files: tuple[str, ...],
        row_limit: int,
        timeout: float,
    ):
        self.timeout = timeout
        self.free = [Worker(store_dir, files, row_limit) for _ in range(size)]
        self.lock = threading.Condition()

    def ask(self, request: Request) -> Answer:
        with self.lock:
            while not self.free:
                self.lock.wait()
            worker = self.free.pop()
        try:
            return worker.ask(request, self.timeout)
        finally:
            with self.lock:
                self.free.append(worker)
                self.lock.notify()

    def stop(self):
        for worker in self.free:
            worker.stop()
