"""Saved SPARQL queries: files in queries/ with grlc-style headers, run on the embedded store or
on any SPARQL 1.1 endpoint.

A query file starts with `#+ summary:`, `#+ tags:` (a YAML list) and other grlc decorators; its
parameters are the variables `?_name` (optional) and `?__name` (required), with grlc's type
suffixes (`?_person_iri`, `?_from_xsd_date`). A parameter's value is first turned into an RDF
term of that type (an IRI, a typed literal), checked, and then bound with a VALUES block at the
head of the query's WHERE clause. The user's text is never spliced into the query: it reaches the
query only as a term that pyoxigraph serialized. (pyoxigraph's own `substitutions` binds only
projected variables and leaves FILTERs unbound, so it cannot serve grlc-style parameters.)
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParseResults
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from .resources import resource_dir

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAMETER = re.compile(r"\?(_{1,2})([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)")
FORBIDDEN = {
    "SERVICE": "SERVICE (federated queries) is not allowed",
    "LOAD": "LOAD is not allowed: the data is read-only",
    "FROM": "FROM / FROM NAMED is not allowed in saved queries: the dataset is fixed",
}
UPDATE_WORDS = {  # rdflib's names of update operations, as the keyword a user wrote
    "InsertData": "INSERT",
    "DeleteData": "DELETE",
    "DeleteWhere": "DELETE",
    "Modify": "DELETE/INSERT",
}
MAX_QUERY_CHARS = 100_000
MAX_NESTING = 64  # brackets; rdflib needs about 150 stack frames a level
RESULT_TYPES = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
GRAPH_TYPES = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}


class QueryError(Exception):
    """A saved query cannot run as asked; the message says why, for the user."""


@dataclass(frozen=True)
class Parameter:
    name: str  # the variable without its leading underscores, e.g. person_iri
    required: bool
    type: (
        str | None
    )  # iri | an XSD datatype local name (date, integer...) | None for a plain string

    @property
    def variable(self) -> str:
        return ("__" if self.required else "_") + self.name


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    summary: str
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    kind: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    defaults: tuple[tuple[str, str], ...] = ()  # grlc '#+ defaults:' values of parameters


def load_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    folder = folder or resource_dir("queries")
    return {p.stem: parse_query_file(p) for p in sorted(folder.glob("*.rq"))}


def parse_query_file(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    header = dict(decorators(text))
    code = strip_literals(text)
    kind = next(
        (
            k
            for k in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
            if re.search(rf"\b{k}\b", code, re.I)
        ),
        "SELECT",
    )
    seen, parameters = set(), []
    for underscores, name in PARAMETER.findall(code):
        if name not in seen:
            seen.add(name)
            parameters.append(Parameter(name, underscores == "__", parameter_type(name)))
    tags = header.get("tags", ())
    defaults = tuple(
        tuple(part.strip() for part in item.split(":", 1))
        for item in header.get("defaults", ())
        if ":" in item
    )
    summary = header.get("summary", "")
    return SavedQuery(
        path.stem, path, text, summary, tuple(tags), tuple(parameters), kind, defaults
    )


def decorators(text: str) -> dict[str, str | list[str]]:
    """grlc's `#+ key: value` lines, and `#+   - item` lists under a key."""
    header: dict[str, str | list[str]] = {}
    key = None
    for line in text.splitlines():
        if not line.startswith("#+"):
            continue
        item = re.match(r"\s+-\s+(.*)", line[2:])
        pair = re.match(r"\s*([\w-]+):\s*(.*)", line[2:])
        if item and key:
            header.setdefault(key, [])
            if isinstance(header[key], list):
                header[key].append(item.group(1).strip())
        elif pair:
            key = pair.group(1)
            if pair.group(2).strip():
                header[key] = pair.group(2).strip()
    return header


def parameter_type(name: str) -> str | None:
    if name.endswith("_iri"):
        return "iri"
    match = re.search(r"_xsd_(\w+)$", name)
    return match.group(1) if match else None


def strip_literals(text: str) -> str:
    """The query with comments, strings and IRIs blanked (same length), for keyword checks."""

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    pattern = r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s"{}|^`]*>|#[^\n]*'
    return re.sub(pattern, blank, text)


class UpdateRefused(QueryError):
    """The text is an update (LOAD included): this query layer is read-only."""


@dataclass(frozen=True)
class Dataset:
    """The graphs a query's FROM and FROM NAMED clauses name, as full IRIs."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def check_safe(text: str, *, allow_from: bool = False) -> Dataset:
    """Refuse SERVICE, LOAD, updates and (unless allowed) FROM, before anything runs.

    The decision is taken on a real parse (rdflib's SPARQL grammar), never on the text: a query
    our parser cannot read is refused, so a form that the engine reads differently from us (a
    comment ended by a lone CR, an escaped quote in a long string) cannot smuggle in a SERVICE.
    Size and nesting are bounded first, because the parsers recurse on nesting.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query longer than {MAX_QUERY_CHARS} characters")
    if nesting(text) > MAX_NESTING:
        raise QueryError(f"query nested more than {MAX_NESTING} levels deep")
    try:
        parsed = parseQuery(text)
        service = any(node.name == "ServiceGraphPattern" for node in parts(parsed))
        translated = translateQuery(parsed)  # rewrites the parse tree in place: walk it first
    except RecursionError:
        raise QueryError("query nested too deeply to read") from None
    except Exception as exc:  # noqa: BLE001 - any failure to read it means it does not run
        update = update_name(text)
        if update == "LOAD":
            raise UpdateRefused(FORBIDDEN["LOAD"]) from None
        if update:
            raise UpdateRefused(f"{update} is an update: this query layer is read-only") from None
        raise QueryError(f"malformed query: {' '.join(str(exc).split())}") from None
    if service:
        raise QueryError(FORBIDDEN["SERVICE"])
    clauses = translated.algebra.get("datasetClause") or ()
    if clauses and not allow_from:
        raise QueryError(FORBIDDEN["FROM"])
    return Dataset(
        tuple(str(c["default"]) for c in clauses if "default" in c),
        tuple(str(c["named"]) for c in clauses if "named" in c),
    )


def nesting(text: str) -> int:
    """The deepest bracket nesting in the text, counted before any parse (brackets in strings
    count too: an over-estimate that only ever refuses)."""
    depth = deepest = 0
    for char in text:
        if char in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})]" and depth:
            depth -= 1
    return deepest


def parts(tree) -> Iterator[CompValue]:
    """Every node of a parse tree (iteratively: the tree may be deep)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)


def update_name(text: str) -> str | None:
    """The first operation's keyword when the text reads as a SPARQL update, else None."""
    try:
        request = parseUpdate(text).request
    except Exception:  # noqa: BLE001 - not an update either
        return None
    if not request:  # only a prologue, or nothing
        return None
    return UPDATE_WORDS.get(request[0].name, request[0].name.upper())


def to_term(parameter: Parameter, raw: str):
    """The RDF term a raw parameter value stands for, checked against the parameter's type."""
    if parameter.type == "iri":
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*", raw):
            raise QueryError(f"parameter {parameter.name}: {raw!r} is not an IRI")
        return ox.NamedNode(raw)
    if parameter.type is None or parameter.type == "string":
        return ox.Literal(raw)
    datatype = ox.NamedNode(XSD + parameter.type)
    if parameter.type == "date":
        try:
            date.fromisoformat(raw)
        except ValueError:
            raise QueryError(
                f"parameter {parameter.name}: {raw!r} is not a date (YYYY-MM-DD)"
            ) from None
    elif parameter.type in (
        "integer",
        "nonNegativeInteger",
        "positiveInteger",
    ) and not re.fullmatch(r"[+-]?\d+", raw):
        raise QueryError(f"parameter {parameter.name}: {raw!r} is not an integer")
    return ox.Literal(raw, datatype=datatype)


def bind_parameters(query: SavedQuery, raw: dict[str, str]) -> dict[ox.Variable, object]:
    """Terms for the given values (or the query's defaults); an unknown name or a missing
    required one is an error."""
    known = {p.name: p for p in query.parameters}
    raw = {**dict(query.defaults), **raw}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        names = ", ".join(known) or "none"
        raise QueryError(f"{query.name} has no parameter {unknown[0]!r} (its parameters: {names})")
    missing = [p.name for p in query.parameters if p.required and p.name not in raw]
    if missing:
        raise QueryError(f"{query.name} needs the parameter {missing[0]!r}")
    return {
        ox.Variable(known[name].variable): to_term(known[name], value)
        for name, value in raw.items()
    }


def with_values(query: SavedQuery, bound: dict[ox.Variable, object]) -> str:
    """The query text with the bound terms in a VALUES block at the head of its WHERE clause."""
    if not bound:
        return query.text
    variables = " ".join(str(v) for v in bound)
    terms = " ".join(str(t) for t in bound.values())
    block = f" VALUES ({variables}) {{ ({terms}) }} "
    code = strip_literals(query.text)
    where = re.search(r"\bWHERE\s*\{", code, re.I)
    if where is None:
        form = re.search(rf"\b{query.kind}\b", code, re.I)
        where = re.search(r"\{", code[form.end() :] if form else code)
        position = (form.end() if form else 0) + where.end()
    else:
        position = where.end()
    return query.text[:position] + block + query.text[position:]


def run(store: ox.Store, query: SavedQuery, params: dict[str, str] | None = None):
    """Results of a saved query on the embedded store (all named graphs as the default graph)."""
    check_safe(query.text)
    text = with_values(query, bind_parameters(query, params or {}))
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"{query.name}: {exc}") from None


def run_remote(
    endpoint: str, query: SavedQuery, params: dict[str, str] | None = None, timeout: float = 60
):
    """Results of a saved query on a SPARQL 1.1 endpoint, parsed into pyoxigraph results."""
    check_safe(query.text)
    text = with_values(query, bind_parameters(query, params or {}))
    graph = query.kind in ("CONSTRUCT", "DESCRIBE")
    accept = "application/n-triples" if graph else "application/sparql-results+json"
    data = urllib.parse.urlencode({"query": text}).encode()
    request = urllib.request.Request(
        endpoint,
        data=data,
        headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        raise QueryError(
            f"{endpoint} answered {exc.code}: {exc.read().decode('utf-8', 'replace')[:300]}"
        ) from None
    except OSError as exc:
        raise QueryError(f"cannot reach {endpoint}: {exc}") from None
    if graph:
        return [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)


def serialize(results, fmt: str) -> bytes:
    """Results as a terminal table, SPARQL JSON/XML/CSV/TSV, or Turtle/N-Triples for graphs."""
    if isinstance(results, (ox.QueryTriples, list)):
        triples = list(results)
        if fmt not in GRAPH_TYPES:
            fmt = "turtle"
        return ox.serialize(triples, format=GRAPH_TYPES[fmt]) or b""
    if fmt == "table":
        return table(results).encode("utf-8")
    if fmt not in RESULT_TYPES:
        raise QueryError(f"format {fmt!r} is for graph results; use table, csv, tsv, json or xml")
    return results.serialize(format=RESULT_TYPES[fmt][1])


def table(results) -> str:
    if isinstance(results, ox.QueryBoolean):
        return "yes" if bool(results) else "no"
    names = [v.value for v in results.variables]
    rows = [[compact(row[v]) for v in results.variables] for row in results]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def compact(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return term.value.removeprefix("https://w3id.org/conflictkg/id/")
    return term.value
