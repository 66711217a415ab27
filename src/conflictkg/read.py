"""Read articles: one UTF-8 file each, or one JSON object a line in a .jsonl file.

A file's first line is its header, ` date YYYY-MM-DD By SOURCE`; the body follows. A bad article
becomes a ReadError naming the file and the reason, and the others are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .records import Article, ReadError

HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+By\s+(?P<source>.+?)\s*$")
BYLINE = re.compile(r"^\s*By\s+(?P<name>[A-Z][^\n]{1,60}?)\s*$", re.MULTILINE)


def read_paths(paths: Iterable[Path]) -> Iterator[Article | ReadError]:
    """Every article under the given files and folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl"))
        else:
            files = [path]
        for file in files:
            if file.suffix == ".jsonl":
                yield from read_jsonl(file)
            else:
                yield read_file(file)


def read_file(path: Path) -> Article | ReadError:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return ReadError(path, f"cannot read: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ReadError(path, f"not UTF-8 (byte {exc.start})")
    header, _, body = text.partition("\n")
    match = HEADER.match(header)
    if not match:
        return ReadError(path, "no header line ' date YYYY-MM-DD By SOURCE'")
    return make_article(path, path.stem, match["date"], match["source"], body)


def read_jsonl(path: Path) -> Iterator[Article | ReadError]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield ReadError(path, f"cannot read: {exc}")
        return
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = Path(f"{path}:{number}")
        try:
            item = json.loads(line)
            yield make_article(where, str(item["id"]), item["date"], item["source"], item["text"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            yield ReadError(where, f"not an article object with id, date, source, text ({exc})")


def make_article(path: Path, ident: str, day: str, source: str, body: str) -> Article | ReadError:
    try:
        published = date.fromisoformat(day)
    except ValueError:
        return ReadError(path, f"impossible date {day!r}")
    if not re.fullmatch(r"[A-Za-z0-9._-]+", ident):
        return ReadError(path, f"article id {ident!r} has characters an IRI cannot keep")
    if not body.strip():
        return ReadError(path, "no body")
    byline = BYLINE.search(body)
    author = byline["name"] if byline and byline.start() < 200 else None
    if author is None and len(source.split()) >= 2:
        author = source
    return Article(ident, published, source.strip(), body, path, author)
