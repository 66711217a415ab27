"""Extracted facts as files: one JSON object a line, so that extraction can run elsewhere (other
processes, other machines) and `build --facts` builds from what it wrote.

The JSON is made from the record dataclasses of records.py as their field types say, so a field
added there needs nothing here: a dataclass is an object of its fields, a date an ISO string, a
path a string, a set a sorted list, a tuple a list. A file's first line names the record
definitions it was written with; a file of other definitions is refused whole, as its objects
would be read wrong.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterable, Iterator
from contextlib import suppress
from datetime import date
from functools import cache
from pathlib import Path

from . import __version__
from .export import write_atomic
from .records import ArticleFacts, ReadError
from .store import records_fingerprint

FORMAT = "conflictkg-facts"


def to_json(value):
    """A record (or any value in one) as JSON data."""
    if dataclasses.is_dataclass(value):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (set, frozenset)):
        items = [to_json(item) for item in value]
        try:
            return sorted(items)
        except TypeError:  # None beside a string, as in (title, None): sorted all the same
            return sorted(items, key=json.dumps)
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    return value


def from_json(data, hint, where: str = ""):
    """The value of type `hint` that to_json made `data` from. A ValueError names the field
    (`calls[0].when.day`) and what is wrong with it."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):  # the records' unions are all `X | None`
        if data is None and type(None) in args:
            return None
        (other,) = (arg for arg in args if arg is not type(None))
        return from_json(data, other, where)
    if dataclasses.is_dataclass(hint):
        return from_object(data, hint, where)
    if origin in (list, set, frozenset, tuple):
        expect(isinstance(data, list), data, "a list", where)
        kinds = args if origin is tuple and args[-1:] != (...,) else args[:1] * len(data)
        expect(len(kinds) == len(data), data, f"a list of {len(kinds)}", where)
        items = enumerate(zip(data, kinds, strict=True))
        return origin(from_json(x, kind, f"{where}[{i}]") for i, (x, kind) in items)
    if origin is dict:
        expect(isinstance(data, dict), data, "an object", where)  # keys: strings, as the records'
        return {key: from_json(value, args[1], f"{where}.{key}") for key, value in data.items()}
    if hint is date:
        if isinstance(data, str):
            with suppress(ValueError):
                return date.fromisoformat(data)
        expect(False, data, "a date", where)
    if hint is Path:
        expect(isinstance(data, str), data, "a path", where)
        return Path(data)
    if hint is float:
        expect(type(data) in (int, float), data, "a number", where)
        return float(data)
    if hint in (str, int, bool):
        expect(type(data) is hint, data, f"a {hint.__name__}", where)
        return data
    raise TypeError(f"no JSON form for {hint}")


def from_object(data, cls: type, where: str):
    expect(isinstance(data, dict), data, f"an object of {cls.__name__}'s fields", where)
    hints = field_types(cls)
    prefix = f"{where}." if where else ""
    for name in hints:
        if name not in data:
            raise ValueError(f"{prefix}{name}: missing")
    for name in data:
        if name not in hints:
            raise ValueError(f"{prefix}{name}: not a field of {cls.__name__}")
    return cls(**{name: from_json(data[name], kind, prefix + name) for name, kind in hints.items()})


@cache
def field_types(cls: type) -> dict[str, object]:
    hints = typing.get_type_hints(cls)  # the records' annotations are strings: resolve them
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def expect(condition: bool, data, what: str, where: str):
    if not condition:
        raise ValueError(f"{where or 'the line'}: {json.dumps(data)[:40]} is not {what}")


def dumps(facts: ArticleFacts) -> str:
    """One article's facts as one line of JSON (no line break)."""
    return json.dumps(to_json(facts), ensure_ascii=False, separators=(",", ":"))


def header() -> str:
    return json.dumps(
        {"format": FORMAT, "records": records_fingerprint(), "conflictkg": __version__}
    )


def write_facts(path: Path, lines: Iterable[str]) -> int:
    """Write a facts file of these lines (from dumps), whole or not at all; the lines written."""
    written = 0

    def chunks():
        nonlocal written
        yield (header() + "\n").encode()
        for line in lines:
            yield (line + "\n").encode()
            written += 1

    write_atomic((path, lambda output: output.writelines(chunks())))
    return written


def read_facts(paths: Iterable[Path]) -> Iterator[ArticleFacts | ReadError]:
    """The facts in these files, in order. A file of other record definitions is refused whole, a
    malformed line alone (as FILE:LINE), and an article id met again is refused as read_paths
    does (the first keeps it)."""
    seen: dict[str, Path] = {}
    for path in paths:
        for where, item in read_file(path):
            if isinstance(item, ArticleFacts):
                ident = item.article.id
                if ident in seen:
                    item = ReadError(where, f"article id {ident!r} already read from {seen[ident]}")
                else:
                    seen[ident] = where
            yield item


def read_file(path: Path) -> Iterator[tuple[Path, ArticleFacts | ReadError]]:
    try:
        with path.open("rb") as lines:
            problem = header_problem(next(lines, b""))
            if problem:
                yield path, ReadError(path, problem)
                return
            for number, line in enumerate(lines, 2):
                if line.strip():
                    where = Path(f"{path}:{number}")
                    yield where, parse_line(where, line)
    except OSError as exc:
        yield path, ReadError(path, f"cannot read: {exc.strerror or exc}")


def header_problem(line: bytes) -> str | None:
    try:
        found = json.loads(line)
    except ValueError:
        found = None
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        return "not a facts file: its first line is not the header 'conflictkg extract' writes"
    if found.get("records") != records_fingerprint():
        return (
            f"facts of other record definitions (those of conflictkg {found.get('conflictkg')}, "
            f"records {str(found.get('records'))[:12]}; these are {records_fingerprint()[:12]}): "
            "extract the articles again with this version"
        )
    return None


def parse_line(where: Path, line: bytes) -> ArticleFacts | ReadError:
    try:
        return from_json(json.loads(line.decode("utf-8")), ArticleFacts)
    except UnicodeDecodeError as exc:
        return ReadError(where, f"not UTF-8 (byte {exc.start})")
    except json.JSONDecodeError as exc:
        return ReadError(where, f"not JSON ({exc})")
    except RecursionError:
        return ReadError(where, "not facts: JSON nested too deeply")
    except ValueError as exc:
        return ReadError(where, f"not an article's facts: {exc}")
