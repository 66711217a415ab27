"""The embedded store: a pyoxigraph Store, in memory or on disk, loaded from RDF files or quads.

Queries run here rather than on rdflib, which is far slower at scale (a 3-pattern GROUP BY took
532 s on 60k triples in rdflib and 0.035 s in pyoxigraph).
"""

from __future__ import annotations

import fcntl
import hashlib
import pickle
import shutil
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from . import records
from .rebase import DEFAULT_BASE
from .records import PackedFacts

FACTS_FILE = "conflictkg-facts.pickle"
BASE_FILE = "conflictkg-base.txt"  # the base IRI the store's quads were minted under

RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
}  # fmt: skip


def open_store(directory: Path | None = None) -> ox.Store:
    """A store on disk in `directory`, or in memory."""
    if directory is None:
        return ox.Store()
    directory.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(directory))


def load_files(store: ox.Store, paths: list[Path]) -> ox.Store:
    for path in paths:
        rdf_format = RDF_FORMATS.get(path.suffix)
        if rdf_format is None:
            raise ValueError(f"{path}: unknown RDF file type {path.suffix!r}")
        store.bulk_load(path=str(path), format=rdf_format)
    return store


def load_quads(store: ox.Store, quads: Iterable[ox.Quad]) -> ox.Store:
    """Replace the store's content with these quads, loaded in bulk."""
    store.clear()
    store.bulk_extend(quads)
    store.flush()
    return store


class StoreBuilder:
    """A new store, loaded a part of the build's dump at a time in a thread of its own while
    the build goes on making the next parts (pyoxigraph lets go of Python's lock while it
    loads), then kept: in memory, or on disk in `directory` with the whole dump, the facts it
    was made from (so that a later build can add articles) and the base IRI they were minted
    under (so that query and serve link to the same IRIs), replaced atomically.

    On disk the new store is loaded in a folder beside the old one and takes its place only
    once whole, so a build that dies on the way leaves the old store as it was."""

    def __init__(self, directory: Path | None):
        self.directory = directory
        self.loader = ThreadPoolExecutor(1)
        self.loads: list[Future] = []
        if directory is None:
            self.store = ox.Store()
            return
        self.staging, self.old = sibling(directory, "building"), sibling(directory, "old")
        if self.old.exists() and not directory.exists():
            self.old.rename(directory)  # a build died between the two renames in `keep`
        shutil.rmtree(self.staging, ignore_errors=True)  # what a build that died left half-made
        directory.parent.mkdir(parents=True, exist_ok=True)
        self.store = ox.Store(str(self.staging))

    def load(self, part: Path):
        """Load a part of the dump, in the background; the part's file is removed after."""

        def load_part():
            self.store.bulk_load(path=str(part), format=ox.RdfFormat.N_QUADS)
            part.unlink()

        self.loads.append(self.loader.submit(load_part))

    def keep(self, dump: Path, facts: list[PackedFacts], base: str = DEFAULT_BASE) -> ox.Store:
        """Wait for the loads, then put the store (and, on disk, the dump) in its place."""
        for load in self.loads:
            load.result()  # raises what the load raised
        self.loader.shutdown()
        store, self.store = self.store, None
        if self.directory is None:
            return store
        del store  # closes the staging folder
        dump.rename(self.staging / dump.name)
        saved = {"records": records_fingerprint(), "facts": facts}
        (self.staging / FACTS_FILE).write_bytes(
            pickle.dumps(saved, protocol=pickle.HIGHEST_PROTOCOL)
        )
        (self.staging / BASE_FILE).write_text(base + "\n", encoding="utf-8")
        if self.directory.exists():
            self.directory.rename(self.old)
        self.staging.rename(self.directory)
        if self.old.exists():
            shutil.rmtree(self.old)
        return ox.Store(str(self.directory))


class StoreBusy(Exception):
    """Another build holds the store: two builds at once would each drop the other's articles."""


@contextmanager
def store_lock(directory: Path):
    """Hold the store for one build: an exclusive lock on a file beside it, let go when the
    build ends or its process dies."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    with open(sibling(directory, "lock"), "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreBusy(
                f"{directory} is being built by another conflictkg process; run this build when "
                "it has ended"
            ) from None
        yield


def sibling(directory: Path, role: str) -> Path:
    return directory.with_name(f".{directory.name}.{role}")


def stored_facts(directory: Path) -> list[PackedFacts]:
    """The facts of the articles a store on disk was built from; none for a new store."""
    if not (directory / FACTS_FILE).exists():
        return []
    saved = pickle.loads((directory / FACTS_FILE).read_bytes())  # our own file, beside our data
    if saved["records"] != records_fingerprint():
        raise ValueError(
            f"{directory} was built by another version of conflictkg; build it again whole"
        )
    return saved["facts"]


def stored_base(directory: Path) -> str:
    """The base IRI a store on disk was built under (a store older than --base: the default)."""
    if not (directory / BASE_FILE).is_file():
        return DEFAULT_BASE
    return (directory / BASE_FILE).read_text(encoding="utf-8").strip()


class OtherBase(Exception):
    """A store built under one base IRI cannot take a build under another: its IRIs and the
    new ones would name the same things twice."""


def build_base(directory: Path | None, requested: str | None) -> str:
    """The base a build mints under: the one requested, else the store's (the default for a
    new store); a store built under another base than the one requested is refused."""
    if directory is None or not directory.exists():
        return requested or DEFAULT_BASE
    base = stored_base(directory)
    if requested and requested != base:
        raise OtherBase(
            f"{directory} holds IRIs under {base}, not {requested}: add to it with --base {base} "
            "(or none), or build the whole corpus into a new store under the new base"
        )
    return base


def records_fingerprint() -> str:
    """Facts pickled by other record definitions would unpickle wrong; this tells them apart."""
    return hashlib.sha256(Path(records.__file__).read_bytes()).hexdigest()
