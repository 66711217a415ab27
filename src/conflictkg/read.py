"""Read articles: one UTF-8 file each, or one JSON object a line in a .jsonl file.

A file's first line is its header, ` date YYYY-MM-DD By SOURCE`; the body follows. A bad article
becomes a ReadError naming the file (and line) and the reason, and the others are still read:
one bad line of a .jsonl file loses that line only, a folder that cannot be listed is reported,
and an id met twice is refused (the first keeps it), since two articles cannot share an IRI.
Line endings may be LF, CRLF or CR alone; a UTF-8 byte-order mark is dropped; a grave accent
typed for an apostrophe between letters (AZERTAC's 'Azerbaijan`s') is read as one (’).
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .records import Article, ReadError

HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+By\s+(?P<source>.+?)\s*$")
GRAVE_APOSTROPHE = re.compile(r"(?<=\w)`(?=\w)")  # 'Monday`s', 'Prosecutor General`s'
BYLINE = re.compile(r"^\s*By\s+(?P<name>[A-Z][^\n]{1,60}?)\s*$", re.MULTILINE)
MAX_CHARS = 1_000_000  # spaCy's default max_length: a longer text is refused by the tokenizer
FIELDS = ("id", "date", "source", "text")


def read_paths(
    paths: Iterable[Path], known: dict[str, Path] | None = None
) -> Iterator[Article | ReadError]:
    """Every article under the given files and folders, in a stable order; an id met before, or
    `known` already (id: where it was read), is refused."""
    seen = dict(known or {})
    for item in read_all(paths):
        if isinstance(item, Article):
            if item.id in seen:
                item = ReadError(
                    item.path, f"article id {item.id!r} already read from {seen[item.id]}"
                )
            else:
                seen[item.id] = item.path
        yield item


def read_all(paths: Iterable[Path]) -> Iterator[Article | ReadError]:
    for path in paths:
        if path.is_dir():
            errors: list[OSError] = []
            files = sorted(
                Path(folder, name)
                for folder, _, names in os.walk(path, onerror=errors.append)
                for name in names
                if Path(name).suffix.lower() in (".txt", ".jsonl")
            )
            for error in errors:
                yield ReadError(Path(error.filename), f"cannot read folder: {error.strerror}")
        else:
            files = [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                yield from read_jsonl(file)
            else:
                yield read_file(file)


def read_bytes(path: Path) -> bytes | ReadError:
    """The file's bytes; a FIFO, device or socket is refused rather than waited on."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return ReadError(path, "not a regular file")
        return path.read_bytes()
    except OSError as exc:
        return ReadError(path, f"cannot read: {exc.strerror or exc}")


def read_file(path: Path) -> Article | ReadError:
    raw = read_bytes(path)
    if isinstance(raw, ReadError):
        return raw
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(path, f"not UTF-8 (byte {exc.start})")
    header, _, body = text.replace("\r\n", "\n").replace("\r", "\n").partition("\n")
    match = HEADER.match(header)
    if not match:
        return ReadError(path, "no header line ' date YYYY-MM-DD By SOURCE'")
    return make_article(path, path.stem, match["date"], match["source"], body)


def read_jsonl(path: Path) -> Iterator[Article | ReadError]:
    raw = read_bytes(path)
    if isinstance(raw, ReadError):
        yield raw
        return
    for number, line in enumerate(raw.removeprefix(b"\xef\xbb\xbf").splitlines(), 1):
        if line.strip():
            yield read_line(Path(f"{path}:{number}"), line)


def read_line(where: Path, line: bytes) -> Article | ReadError:
    """One .jsonl line: an object with string id, date, source and text."""
    try:
        item = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return ReadError(where, f"not UTF-8 (byte {exc.start})")
    except json.JSONDecodeError as exc:
        return ReadError(where, f"not JSON ({exc})")
    except RecursionError:
        return ReadError(where, "not an article: JSON nested too deeply")
    if not isinstance(item, dict):
        return ReadError(where, f"not an article object with {', '.join(FIELDS)}")
    if type(item.get("id")) is int:  # a number is a fine id; true is not
        item["id"] = str(item["id"])
    for field in FIELDS:
        if field not in item:
            return ReadError(where, f"no {field!r} field")
        if not isinstance(item[field], str):
            return ReadError(where, f"{field!r} is {json.dumps(item[field])[:40]}, not a string")
    return make_article(where, item["id"], item["date"], item["source"], item["text"])


def make_article(path: Path, ident: str, day: str, source: str, body: str) -> Article | ReadError:
    try:
        published = date.fromisoformat(day)
    except ValueError:
        return ReadError(path, f"impossible date {day!r}")
    if not re.fullmatch(r"[A-Za-z0-9._-]+", ident):
        return ReadError(path, f"article id {ident!r} has characters an IRI cannot keep")
    if not body.strip():
        return ReadError(path, "no body")
    if len(body) > MAX_CHARS:
        return ReadError(path, f"body of {len(body):,} characters, over the {MAX_CHARS:,} read")
    if "`" in body:
        body = GRAVE_APOSTROPHE.sub("’", body)
    byline = BYLINE.search(body)
    author = byline["name"] if byline and byline.start() < 200 else None
    return Article(ident, published, source.strip(), body, path, author)
