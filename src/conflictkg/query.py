"""Saved SPARQL queries: files in queries/ with grlc's decorators, run on the embedded store or
on any SPARQL 1.1 endpoint.

A query file starts with `#+ summary:`, `#+ tags:` and other grlc decorators (YAML, as grlc reads
them). Its parameters follow grlc's rules exactly (`gquery.get_parameters`), so that grlc serving
this folder gives the same API as `/queries`: `?_name` is a required parameter and `?__name` an
optional one; the name runs up to the next underscore, and what follows types it: `_iri`,
`_number`, `_literal`, `_integer`, a datatype as `_prefix_name` (`?_from_xsd_date`), or a language
tag (`?_label_en`). `#+ defaults:` and `#+ enumerate:` give a parameter a default value and a list
of allowed values. A parameter's value is first turned into an RDF term of that type, checked,
and then bound with a VALUES block at the head of the query's WHERE clause. The user's text is
never spliced into the query: it reaches the query only as a term that pyoxigraph serialized.
(pyoxigraph's own `substitutions` binds only projected variables and leaves FILTERs unbound, so
it cannot serve grlc-style parameters.)
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import yaml
from pyparsing import ParseResults
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from .rebase import DEFAULT_BASE, ids
from .resources import resource_dir

XSD = "http://www.w3.org/2001/XMLSchema#"
# grlc's own pattern, group for group (gquery.get_parameters)
PARAMETER = re.compile(
    r"\?(?P<required>[_]{1,2})(?P<name>[a-zA-Z0-9]+)"
    r"([_](?P<type>(iri)|(number)|(literal)|(integer)))?"
    r"([_](?P<prefix>[a-zA-Z0-9]+)[_](?P<userdefined>[a-zA-Z0-9]+))?"
    r"([_](?P<lang>[a-zA-Z0-9]+))?"
)
PREFIX_DECLARATION = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.I)
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
PAGING = ("limit", "offset")  # what the CLI, the server and the page take besides parameters
GRAPH_TYPES = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}


class QueryError(Exception):
    """A saved query cannot run as asked; the message says why, for the user."""


@dataclass(frozen=True)
class Parameter:
    name: str  # grlc's name: the variable up to the next underscore, e.g. person
    variable: str  # the variable as written, without "?", e.g. __person_iri
    required: bool
    type: str | None = None  # iri | number | literal | None (a string, or typed by datatype/lang)
    datatype: str | None = None  # the full IRI of the value's datatype, e.g. xsd:date's
    lang: str | None = None
    default: str | None = None
    enum: tuple[str, ...] = ()  # the allowed values, when the query lists them


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    summary: str
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    kind: str  # SELECT | ASK | CONSTRUCT | DESCRIBE


def load_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    folder = folder or resource_dir("queries")
    return {p.stem: parse_query_file(p) for p in sorted(folder.glob("*.rq"))}


def parse_query_file(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    header = decorators(text, path.name)
    code = strip_literals(text)
    # the query form is the first of these words (a CONSTRUCT may hold SELECT subqueries)
    form = re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", code, re.I)
    kind = form[1].upper() if form else "SELECT"
    return SavedQuery(
        path.stem,
        path,
        text,
        str(header.get("summary", "")),
        tuple(str(t) for t in header.get("tags") or ()),
        parameters(text, header, path.name),
        kind,
    )


def decorators(text: str, source: str) -> dict:
    """The `#+` lines read as YAML, as grlc reads them. grlc quietly drops a header that is not
    valid YAML (summary, tags, defaults and all); here it is an error."""
    lines = [row.lstrip("#+") for row in text.split("\n") if row.startswith("#+")]
    try:
        header = yaml.safe_load("\n".join(lines)) or {}
    except yaml.YAMLError as exc:
        raise QueryError(f"{source}: the #+ decorators are not valid YAML: {exc}") from None
    if not isinstance(header, dict):
        raise QueryError(f"{source}: the #+ decorators are not a YAML mapping")
    return header


def parameters(text: str, header: dict, source: str) -> tuple[Parameter, ...]:
    """The query's parameters, found as grlc finds them: every match in the whole text, the
    last one of a name winning."""
    prefixes = {"xsd": XSD, **dict(PREFIX_DECLARATION.findall(text))}
    defaults = listed(header, "defaults", source)
    enums = listed(header, "enumerate", source)
    found: dict[str, Parameter] = {}
    for match in PARAMETER.finditer(text):
        name, kind = match["name"], match["type"]
        if name in PAGING:
            raise QueryError(
                f"{source}: ?{match[0][1:]}: {' and '.join(PAGING)} are the paging parameters "
                "of every saved query; give this one another name"
            )
        datatype = None
        if kind == "integer":
            kind, datatype = None, XSD + "integer"
        elif kind is None and match["prefix"]:
            if match["prefix"] not in prefixes:
                raise QueryError(f"{source}: ?{match[0][1:]} uses an undeclared prefix")
            datatype = prefixes[match["prefix"]] + match["userdefined"]
        found[name] = Parameter(
            name,
            match[0][1:],
            len(match["required"]) == 1,
            kind,
            datatype,
            match["lang"],
            None if defaults.get(name) is None else str(defaults[name]),
            tuple(sorted(str(v) for v in enums.get(name) or ())),
        )
    return tuple(found.values())


def listed(header: dict, key: str, source: str) -> dict:
    """grlc's `defaults` or `enumerate`: a YAML list of one-key mappings, name to value(s). An
    enumeration grlc would fill by asking the endpoint (a bare name) is not supported."""
    out = {}
    for item in header.get(key) or ():
        if not isinstance(item, dict):
            raise QueryError(f"{source}: #+ {key}: give {item!r} its values, as '- {item}: [...]'")
        for name, value in item.items():
            out.setdefault(str(name), value)  # grlc takes the first entry with the name
    return out


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
    name = parameter.name
    if parameter.enum and raw not in parameter.enum:
        raise QueryError(f"parameter {name}: {raw!r} is not one of {', '.join(parameter.enum)}")
    if parameter.type == "iri":
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*", raw):
            raise QueryError(f"parameter {name}: {raw!r} is not an IRI")
        return ox.NamedNode(raw)
    if parameter.type == "number":
        if re.fullmatch(r"[+-]?\d+", raw):
            return ox.Literal(raw, datatype=ox.NamedNode(XSD + "integer"))
        if re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+)", raw):
            return ox.Literal(raw, datatype=ox.NamedNode(XSD + "decimal"))
        raise QueryError(f"parameter {name}: {raw!r} is not a number")
    if parameter.lang:
        return ox.Literal(raw, language=parameter.lang)
    if parameter.datatype is None:
        return ox.Literal(raw)
    if parameter.datatype == XSD + "date":
        try:
            date.fromisoformat(raw)
        except ValueError:
            raise QueryError(f"parameter {name}: {raw!r} is not a date (YYYY-MM-DD)") from None
    elif parameter.datatype.endswith(("integer", "Integer")) and not re.fullmatch(r"[+-]?\d+", raw):
        raise QueryError(f"parameter {name}: {raw!r} is not an integer")
    return ox.Literal(raw, datatype=ox.NamedNode(parameter.datatype))


def bind_parameters(query: SavedQuery, raw: dict[str, str]) -> dict[ox.Variable, object]:
    """Terms for the given values (or the parameters' defaults); an unknown name or a missing
    required one is an error."""
    known = {p.name: p for p in query.parameters}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        names = ", ".join(known) or "none"
        raise QueryError(f"{query.name} has no parameter {unknown[0]!r} (its parameters: {names})")
    values = {p.name: p.default for p in query.parameters if p.default is not None} | raw
    missing = [p.name for p in query.parameters if p.required and p.name not in values]
    if missing:
        raise QueryError(f"{query.name} needs the parameter {missing[0]!r}")
    return {
        ox.Variable(known[name].variable): to_term(known[name], value)
        for name, value in values.items()
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


@lru_cache(maxsize=256)
def checked_saved(text: str) -> Dataset:
    return check_safe(text)


def paged(query: SavedQuery, text: str, limit: int | None, offset: int | None) -> str:
    """The query text answering one page: `offset` rows skipped, at most `limit` rows (None: no
    bound); a page of the query's own window when it has a LIMIT or OFFSET of its own.

    Paging is for SELECT queries whose outermost ORDER BY is there (and total, so that a row
    stays on its page from one request to the next); the saved queries all have one (a test
    checks that its keys tell every row apart). The query's own LIMIT and OFFSET, after its last
    `}`, are replaced by the page's."""
    if limit is None and not offset:
        return text
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise QueryError(f"{name} must be a whole number, 0 or more; got {value!r}")
    if query.kind != "SELECT":
        raise QueryError(f"{query.name} is a {query.kind} query: only SELECT answers are paged")
    code = strip_literals(text)
    end = code.rfind("}") + 1
    tail = code[end:]
    if not re.search(r"\bORDER\s+BY\b", tail, re.I):
        raise QueryError(f"{query.name} has no ORDER BY: its pages would not hold still")
    clauses = list(re.finditer(r"\b(LIMIT|OFFSET)\s+(\d+)", tail, re.I))
    own = {m[1].upper(): int(m[2]) for m in clauses}
    start = own.get("OFFSET", 0) + (offset or 0)
    rows = limit
    if "LIMIT" in own:
        left = max(own["LIMIT"] - (offset or 0), 0)
        rows = left if limit is None else min(limit, left)
    kept, position = [], end
    for clause in clauses:  # the query's own LIMIT and OFFSET out, the rest of its tail kept
        kept.append(text[position : end + clause.start()])
        position = end + clause.end()
    kept.append(text[position:])
    page = (f" LIMIT {rows}" if rows is not None else "") + (f" OFFSET {start}" if start else "")
    return text[:end] + "".join(kept).rstrip() + "\n" + page.strip() + "\n"  # after any comment


def page_number(name: str, raw: str | None) -> int | None:
    """A limit or offset given as text (a URL's, a form's), checked: None when not given."""
    if raw is None or raw == "":
        return None
    if not re.fullmatch(r"\d{1,18}", raw.strip()):
        raise QueryError(f"{name} must be a whole number, 0 or more; got {raw!r}")
    return int(raw)


def prepared(
    query: SavedQuery,
    params: dict[str, str] | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> str:
    """The text that runs: the query checked (once a text), its parameters bound, the page
    asked for."""
    checked_saved(query.text)
    return paged(query, with_values(query, bind_parameters(query, params or {})), limit, offset)


def run(
    store: ox.Store,
    query: SavedQuery,
    params: dict[str, str] | None = None,
    *,
    limit: int | None = None,
    offset: int | None = None,
):
    """Results of a saved query on the embedded store (all named graphs as the default graph);
    with `limit` / `offset`, one page of them (see `paged`)."""
    text = prepared(query, params, limit, offset)
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"{query.name}: {exc}") from None


def run_remote(
    endpoint: str,
    query: SavedQuery,
    params: dict[str, str] | None = None,
    timeout: float = 60,
    *,
    limit: int | None = None,
    offset: int | None = None,
):
    """Results of a saved query on a SPARQL 1.1 endpoint, parsed into pyoxigraph results."""
    text = prepared(query, params, limit, offset)
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


def serialize(results, fmt: str, base: str = DEFAULT_BASE) -> bytes:
    """Results as a terminal table (IRIs under the data's `base` shortened), SPARQL
    JSON/XML/CSV/TSV, or Turtle/N-Triples for graphs."""
    if isinstance(results, (ox.QueryTriples, list)):
        triples = list(results)
        if fmt not in GRAPH_TYPES:
            fmt = "turtle"
        return ox.serialize(triples, format=GRAPH_TYPES[fmt]) or b""
    if fmt == "table":
        return table(results, ids(base)).encode("utf-8")
    if fmt not in RESULT_TYPES:
        raise QueryError(f"format {fmt!r} is for graph results; use table, csv, tsv, json or xml")
    return results.serialize(format=RESULT_TYPES[fmt][1])


def table(results, id_prefix: str) -> str:
    if isinstance(results, ox.QueryBoolean):
        return "yes" if bool(results) else "no"
    names = [v.value for v in results.variables]
    rows = [[compact(row[v], id_prefix) for v in results.variables] for row in results]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def compact(term, id_prefix: str) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return term.value.removeprefix(id_prefix)
    return term.value
