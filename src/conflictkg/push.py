"""Push a built graph to a server with the SPARQL 1.1 Graph Store HTTP Protocol: one
`PUT {endpoint}?graph=IRI` per named graph, the graph as N-Triples. PUT replaces the graph on
the server, so a second push leaves the server as the first did.

From a store, what is sent is what the store holds, as `serve --store` answers it: pyoxigraph
keeps a value in its canonical datatype, so the figures, offsets and numbers that the build
types xsd:nonNegativeInteger or xsd:positiveInteger go as xsd:integer (the same numbers; an
Oxigraph server stores them so whatever it is sent). The build's N-Quads or TriG export keeps its
datatypes, as the export reads the mapping's quads: push that file to a server that keeps
datatypes and checks the shapes.
"""

from __future__ import annotations

import base64
import http.client
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .store import RDF_FORMATS

Graph = tuple[ox.NamedNode, list[ox.Triple]]


class PushError(Exception):
    """A graph the server did not take: which one, and why."""


@dataclass
class Pushed:
    graphs: int = 0
    triples: int = 0


def store_graphs(store: ox.Store) -> Iterator[Graph]:
    """Each named graph of a store, in IRI order, with its triples (a build writes nothing in
    the default graph)."""
    for graph in sorted(store.named_graphs(), key=str):
        yield graph, [quad.triple for quad in store.quads_for_pattern(None, None, None, graph)]


def file_graphs(path: Path) -> list[Graph]:
    """Each named graph of an N-Quads or TriG file, in IRI order, with its triples as written."""
    graphs: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(path=str(path), format=RDF_FORMATS[path.suffix]):
        if isinstance(quad.graph_name, ox.DefaultGraph):
            raise PushError(f"{quad.triple} is in the default graph; push sends named graphs")
        graphs[quad.graph_name].append(quad.triple)
    return sorted(graphs.items(), key=lambda item: str(item[0]))


def authorization(user: str | None, password: str | None, token: str | None) -> str | None:
    """The Authorization header: a bearer token, or HTTP basic authentication, or none."""
    if token:
        return f"Bearer {token}"
    if user is not None:
        return "Basic " + base64.b64encode(f"{user}:{password or ''}".encode()).decode()
    return None


def push(
    graphs: Iterable[Graph],
    endpoint: str,
    authorization: str | None = None,
    timeout: float = 60,
    progress: Callable[[Graph], None] | None = None,
) -> Pushed:
    """PUT each graph to the Graph Store endpoint; a PushError stops at the first refused."""
    pushed = Pushed()
    for graph, triples in graphs:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        put(endpoint, graph, body, authorization, timeout)
        pushed.graphs += 1
        pushed.triples += len(triples)
        if progress:
            progress((graph, triples))
    return pushed


def put(endpoint: str, graph: ox.NamedNode, body: bytes, authorization: str | None, timeout):
    separator = "&" if "?" in endpoint else "?"
    url = f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph.value})}"
    headers = {"Content-Type": "application/n-triples"}
    if authorization:
        headers["Authorization"] = authorization
    request = urllib.request.Request(url, data=body, headers=headers, method="PUT")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        said = exc.read().decode("utf-8", "replace").strip()[:300]
        raise PushError(
            f"graph {graph}: {endpoint} answered {exc.code} {exc.reason}"
            + (f": {said}" if said else "")
        ) from None
    except urllib.error.URLError as exc:
        raise PushError(f"graph {graph}: cannot reach {endpoint}: {exc.reason}") from None
    except (OSError, http.client.HTTPException) as exc:  # a timeout, a dropped connection
        raise PushError(f"graph {graph}: {endpoint}: {type(exc).__name__}: {exc}") from None
