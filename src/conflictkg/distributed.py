"""Extraction on a dask.distributed cluster, for corpora one machine extracts too slowly.

Extraction is a pure function of one article, so it can run anywhere conflictkg is installed.
This process reads the articles (no file system needs to be shared) and sends them in batches to
the cluster's workers; each worker extracts them and sends back their facts as JSON lines, which
are written here, in input order, into a facts file that `conflictkg build --facts` builds from.
At most a few batches per worker thread are out at a time, so neither side holds the corpus.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from distributed import Client

from .facts_io import dumps, write_facts
from .pipeline import extract_batch as extract_articles
from .read import read_paths
from .records import Article, ReadError

# articles per task: scheduling a task costs a few milliseconds, extracting an article ~0.1 s
BATCH = 16


def extract_batch(items: list[Article | ReadError]) -> list[str | ReadError]:
    """On a worker: each article's facts as a JSON line, or why it failed; read errors pass."""
    return [o if isinstance(o, ReadError) else dumps(o.whole()) for o in extract_articles(items)]


def extract_on_cluster(
    client: Client, items: Iterable[Article | ReadError], batch: int = BATCH
) -> Iterator[str | ReadError]:
    """The outcome of each item (its facts' line, or an error), in input order."""
    pending = deque()
    items = iter(items)
    while chunk := list(islice(items, batch)):
        pending.append(client.submit(extract_batch, chunk, pure=False))
        while len(pending) >= 2 * max(1, sum(client.nthreads().values())):
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def extract_to_file(
    client: Client,
    paths: Iterable[Path],
    output: Path,
    progress: Callable[[str | ReadError], None] | None = None,
) -> tuple[int, list[ReadError]]:
    """Extract the articles under `paths` on the cluster into the facts file `output`: the
    number of articles written, and the errors (read or extraction), in input order."""
    errors: list[ReadError] = []

    def lines():
        for outcome in extract_on_cluster(client, read_paths(paths)):
            if progress:
                progress(outcome)
            if isinstance(outcome, ReadError):
                errors.append(outcome)
            else:
                yield outcome

    return write_facts(output, lines()), errors
