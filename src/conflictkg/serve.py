"""The HTTP server: a read-only SPARQL 1.1 endpoint, saved queries as an API, linked-data pages,
the dataset description and a query page, over the embedded store.

Queries run in worker processes (worker.py), which check each query on a parse, have no network,
and are killed and replaced when a query overruns its time, its memory or crashes the engine. The
server bounds what reaches them: request bodies, the queue of waiting queries, the Host names it
answers to (against DNS rebinding), and it marks every response (nosniff, a Content-Security-Policy
for pages, an ETag: the dataset is read-only, so an unchanged answer need not be sent again).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import time
from dataclasses import asdict
from pathlib import Path
from urllib.parse import parse_qsl

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
)
from starlette.routing import Route

from . import __version__
from .describe import MEDIA_TYPES
from .events_table import FORMATS, event_rows
from .mapping import CKG, CKGV
from .pages import (
    ONTOLOGY_TYPES,
    RESOURCE_TYPES,
    Site,
    facts_query,
    ontology_graph,
    ontology_page,
    ontology_turtle,
    page,
    resource_page,
)
from .query import PAGING, QueryError, load_queries, page_number, prepared
from .rebase import DEFAULT_BASE, graphs, ids
from .resources import resource_dir
from .worker import GRAPH_TYPES, SELECT_TYPES, Answer, WorkerPool
from .worker import Request as WorkerRequest

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
MAX_BODY = 1 << 20  # bytes; a query is at most 100,000 characters (query.MAX_QUERY_CHARS)
DEFAULT_ACCEPT = ("application/sparql-results+json", "text/turtle")
ONTOLOGY_VERSION = __version__
CORS_HEADERS = {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "Link, Vary"}


def negotiate(accept_header: str | None, offered: list[str]) -> list[str]:
    """The offered media types the client accepts, best first (q-values honoured)."""
    if not accept_header:
        return list(DEFAULT_ACCEPT) + [m for m in offered if m not in DEFAULT_ACCEPT]
    ranked = []
    for position, part in enumerate(accept_header.split(",")):
        fields = part.strip().split(";")
        media = fields[0].strip().lower()
        q = 1.0
        for f in fields[1:]:
            if f.strip().startswith("q="):
                try:
                    q = float(f.strip()[2:])
                except ValueError:
                    q = 0.0
        for candidate in offered:
            if q > 0 and (
                media == candidate
                or media == "*/*"
                or (media.endswith("/*") and candidate.startswith(media[:-1]))
            ):
                ranked.append((-q, position, offered.index(candidate), candidate))
    seen, out = set(), []
    for *_, media in sorted(ranked):
        if media not in seen:
            seen.add(media)
            out.append(media)
    return out


def to_response(answer: Answer) -> Response:
    headers = {"Vary": "Accept"}
    if answer.retry_after is not None:
        headers["Retry-After"] = str(answer.retry_after)
    if answer.status != 200:
        return PlainTextResponse(
            answer.body.decode("utf-8", "replace") + "\n",
            status_code=answer.status,
            headers=headers,
        )
    return Response(answer.body, media_type=answer.media_type, headers=headers)


def refuse(status: int, message: str) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


async def read_body(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it proves longer than the limit (not read on)."""
    length = request.headers.get("content-length", "0")
    if not length.isdigit() or int(length) > limit:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(
    pool: WorkerPool,
    description: bytes,
    base_url: str,
    queries_dir: Path | None = None,
    downloads: dict[str, tuple[Path, str]] | None = None,
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost"),
    version: str = "",
    base: str = DEFAULT_BASE,
) -> Starlette:
    """The app; `downloads` maps a path (/events.csv) to a file made at start and its type;
    `version` names the dataset served, for ETags (empty: no ETags); `base` is the base IRI the
    data was built under, whose id/ and graph/ IRIs dereference at /id/ and /graph/."""
    saved = load_queries(queries_dir)
    site = Site(base_url, base)
    offered = list(SELECT_TYPES) + list(GRAPH_TYPES)

    async def ask(request: Request, job: WorkerRequest) -> Answer:
        return await pool.ask(job, request.state.arrived, request.is_disconnected)

    async def run_query(
        request: Request, text: str, default_graphs=(), named_graphs=()
    ) -> Response:
        accept = negotiate(request.headers.get("accept"), offered)
        if not accept:
            return refuse(
                406, "none of the requested media types is served; try " + ", ".join(offered)
            )
        job = WorkerRequest(text, tuple(accept), tuple(default_graphs), tuple(named_graphs))
        return to_response(await ask(request, job))

    async def sparql(request: Request) -> Response:
        params = dict(request.query_params)
        defaults = request.query_params.getlist("default-graph-uri")
        named = request.query_params.getlist("named-graph-uri")
        if request.method == "POST":
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            raw = await read_body(request, MAX_BODY)
            if raw is None:
                return refuse(413, f"request body over the limit of {MAX_BODY} bytes")
            body = raw.decode("utf-8", "replace")
            if kind == "application/x-www-form-urlencoded":
                form = parse_qsl(body, keep_blank_values=True)
                params.update(dict(form))
                defaults += [v for k, v in form if k == "default-graph-uri"]
                named += [v for k, v in form if k == "named-graph-uri"]
                if "update" in params:
                    return refuse(403, "this endpoint is read-only: updates are refused")
            elif kind == "application/sparql-query":
                params["query"] = body
            elif kind == "application/sparql-update":
                return refuse(403, "this endpoint is read-only: updates are refused")
            else:
                return refuse(
                    415, "send application/sparql-query or application/x-www-form-urlencoded"
                )
        if "update" in params:
            return refuse(403, "this endpoint is read-only: updates are refused")
        if "query" not in params:
            return service_description(request)
        return await run_query(
            request, params["query"], default_graphs=defaults, named_graphs=named
        )

    def service_description(request: Request) -> Response:
        endpoint = f"{base_url}/sparql"
        text = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
        <http://www.w3.org/ns/formats/SPARQL_Results_CSV>, <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
        <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/N-Triples>, <http://www.w3.org/ns/formats/JSON-LD> ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""
        return Response(text, media_type="text/turtle", headers={"Vary": "Accept"})

    async def list_queries(request: Request) -> Response:
        items = [
            {
                "name": q.name,
                "summary": q.summary,
                "tags": list(q.tags),
                "kind": q.kind,
                "parameters": [asdict(p) for p in q.parameters],
                "url": f"{base_url}/queries/{q.name}",
            }
            for q in saved.values()
        ]
        return JSONResponse(items)

    async def run_saved(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in saved:
            return refuse(404, f"no saved query {name!r}")
        query = saved[name]
        values = dict(request.query_params)
        try:
            page = {key: page_number(key, values.pop(key, None)) for key in PAGING}
            text = prepared(query, values, **page)
        except QueryError as exc:
            return refuse(400, str(exc))
        return await run_query(request, text)

    async def saved_text(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in saved:
            return refuse(404, f"no saved query {name!r}")
        return Response(saved[name].text, media_type="application/sparql-query")

    async def health(request: Request) -> Response:
        """Healthy when a worker answers a real query in time; also says whether the workers
        are cut off the network."""
        job = WorkerRequest("ASK { ?s ?p ?o }", ("application/sparql-results+json",))
        answer = await ask(request, job)
        network = "cut off" if pool.network is None else f"open ({pool.network})"
        if answer.status != 200 or not json.loads(answer.body)["boolean"]:
            reason = answer.body.decode("utf-8", "replace") if answer.status != 200 else "empty"
            return refuse(503, f"unhealthy: {reason}")
        return PlainTextResponse(f"ok\nworker network: {network}\n")

    async def resource(request: Request) -> Response:
        iri = ids(base) + request.path_params["path"]
        return await describe_resource(request, iri)

    async def concept(request: Request) -> Response:
        return await describe_resource(request, str(CKGV) + request.path_params["path"])

    async def named_graph(request: Request) -> Response:
        """A graph IRI dereferences to the graph's content."""
        iri = graphs(base) + request.path_params["path"]
        accept = negotiate(request.headers.get("accept"), list(GRAPH_TYPES))
        if not accept:
            return refuse(406, "a graph is served as " + ", ".join(GRAPH_TYPES))
        values = bound("g", iri)
        if values is None:
            return refuse(404, f"no graph <{iri}> here")
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} }}"
        answer = await ask(request, WorkerRequest(query, tuple(accept), named_graphs=(iri,)))
        if answer.status == 400 and answer.body.startswith(b"graph not in this dataset"):
            return refuse(404, f"no graph <{iri}> here")
        return to_response(answer)

    async def ontology(request: Request) -> Response:
        """The ontology and its code lists: an HTML page with an anchor per term for browsers,
        RDF for everyone else. /ontology/VERSION is the same while VERSION is the current one."""
        version = request.path_params.get("version")
        if version is not None and version != ONTOLOGY_VERSION:
            return refuse(404, f"no ontology version {version!r} here; this is {ONTOLOGY_VERSION}")
        kind = next(
            (
                m
                for m in negotiate(request.headers.get("accept"), list(ONTOLOGY_TYPES))
                if m in ONTOLOGY_TYPES
            ),
            None,
        )
        if kind is None:
            return refuse(406, "the ontology is served as " + ", ".join(ONTOLOGY_TYPES))
        path = request.url.path
        headers = {"Vary": "Accept", "Link": alternates_header(path, ONTOLOGY_TYPES)}
        if kind == "text/html":
            return HTMLResponse(ontology_page(ontology_graph(), site, path), headers=headers)
        if kind == "text/turtle":
            return Response(ontology_turtle(), media_type=kind, headers=headers)
        data = ontology_graph().serialize(format=ONTOLOGY_TYPES[kind], encoding="utf-8")
        return Response(data, media_type=kind, headers=headers)

    async def describe_resource(request: Request, iri: str) -> Response:
        accept = negotiate(request.headers.get("accept"), RESOURCE_TYPES)
        if not accept:
            return refuse(406, "served as " + ", ".join(RESOURCE_TYPES))
        values = bound("node", iri)
        if values is None:
            return refuse(404, f"nothing is known about {iri!r}: not an IRI")
        if accept[0] == "text/html" and request.headers.get("accept"):
            query = f"""SELECT ?dir ?p ?o ?ol ?text WHERE {{ {values}
                {{ ?node ?p ?o BIND('out' AS ?dir) OPTIONAL {{ ?o {LABEL} ?ol }}
                   OPTIONAL {{ ?node <{CKG}evidence> ?o . ?o <{NIF}anchorOf> ?text }} }}
                UNION {{ ?o ?p ?node BIND('in' AS ?dir) OPTIONAL {{ ?o {LABEL} ?ol }} }} }}"""
            rows = await ask(request, WorkerRequest(query, ("application/sparql-results+json",)))
            if rows.status != 200:
                return to_response(rows)
            bindings = json.loads(rows.body)["results"]["bindings"]
            if not bindings:
                return HTMLResponse(
                    page(iri, "Not found", "<p>Nothing is known about this resource.</p>"),
                    status_code=404,
                    headers={"Vary": "Accept"},
                )
            facts = await ask(
                request, WorkerRequest(facts_query(iri), ("application/sparql-results+json",))
            )
            if facts.status != 200:
                return to_response(facts)
            path = request.url.path
            page_html = resource_page(
                iri, bindings, site, path, json.loads(facts.body)["results"]["bindings"]
            )
            return HTMLResponse(
                page_html,
                headers={"Vary": "Accept", "Link": alternates_header(path, RESOURCE_TYPES)},
            )
        query = f"""CONSTRUCT {{ ?node ?p ?o . ?s ?q ?node }}
            WHERE {{ {values} {{ ?node ?p ?o }} UNION {{ ?s ?q ?node }} }}"""
        answer = await ask(
            request, WorkerRequest(query, tuple(m for m in accept if m != "text/html"))
        )
        if answer.status == 200 and not answer.body.strip(b" \n"):
            return refuse(404, f"nothing is known about <{iri}>")
        return to_response(answer)

    async def void(request: Request) -> Response:
        return Response(description, media_type="text/turtle", headers={"Vary": "Accept"})

    async def home(request: Request) -> Response:
        return HTMLResponse(shipped_page("query.html", base))

    async def event_map(request: Request) -> Response:
        return HTMLResponse(shipped_page("map.html", base))

    def download(path: Path, media_type: str):
        async def send(request: Request) -> Response:
            return FileResponse(path, media_type=media_type)

        return send

    routes = [
        *(Route(url, download(*file)) for url, file in (downloads or {}).items()),
        Route("/", home),
        Route("/map", event_map),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/queries", list_queries),
        Route("/queries/{name}", run_saved),
        Route("/queries/{name}/text", saved_text),
        Route("/id/{path:path}", resource),
        Route("/vocab/{path:path}", concept),
        Route("/graph/{path:path}", named_graph),
        Route("/ontology", ontology),
        Route("/ontology/{version}", ontology),
        Route("/.well-known/void", void),
        Route("/health", health),
    ]
    middleware = [
        Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)),
        Middleware(Marks, version=version),
        Middleware(OpenToAllOrigins),
    ]
    return Starlette(routes=routes, middleware=middleware)


def prepare_downloads(
    store: ox.Store, folder: Path, graph_files: tuple[Path, ...] = ()
) -> dict[str, tuple[Path, str]]:
    """The files the server hands out whole: the event table (CSV, GeoJSON, Parquet), written
    once at start into `folder`; the map's basemap; the dumps the dataset description links to:
    the graph files byte for byte, or, when serving a store, its N-Quads (the store keeps a
    value's canonical datatype, e.g. xsd:integer for xsd:nonNegativeInteger: only a file keeps
    the build's)."""
    rows = event_rows(store)
    files = {}
    for name, (write, media_type) in FORMATS.items():
        (folder / f"events.{name}").write_bytes(write(rows))
        files[f"/events.{name}"] = (folder / f"events.{name}", media_type)
    basemap = resource_dir("data") / "countries-110m.topojson"  # Natural Earth, for /map
    files["/assets/countries-110m.topojson"] = (basemap, "application/json")
    for path in graph_files:
        files[f"/dumps/{path.name}"] = (path, MEDIA_TYPES.get(path.suffix, "text/turtle"))
    if not graph_files:
        store.dump(folder / "graph.nq", format=ox.RdfFormat.N_QUADS)
        files["/dumps/graph.nq"] = (folder / "graph.nq", "application/n-quads")
    return files


def shipped_page(name: str, base: str) -> str:
    """A page of the package, told the data's ids in its meta tag, by which its script links
    them here; the script is left as shipped, so that its hash in the CSP holds."""
    text = (resource_dir("data") / name).read_text(encoding="utf-8")
    meta = '<meta name="conflictkg-ids" content="{}">'
    return text.replace(meta.format(ids(DEFAULT_BASE)), meta.format(html.escape(ids(base))))


def bound(variable: str, iri: str) -> str | None:
    """A VALUES block binding ?variable to the IRI, written by pyoxigraph (which refuses what is
    not an IRI), so that no text from a URL path is pasted into a query; None if not an IRI."""
    try:
        return f"VALUES ?{variable} {{ {ox.NamedNode(iri)} }}"
    except ValueError:
        return None


def script_hashes(page: str) -> str:
    """CSP sources for the inline scripts of one page, so that no other script runs there."""
    text = (resource_dir("data") / page).read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    return " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in scripts
    )


class Marks:
    """ASGI middleware: the arrival time (the time limit counts from it), nosniff and a
    Content-Security-Policy on every response, and ETags for GET answers.

    The data never changes while the server runs, so an ETag is a hash of the dataset's version,
    the URL and the Accept header: a client that sends it back in If-None-Match gets 304 at
    once, without the query running again (/health excepted: it is about now).
    """

    def __init__(self, app, version: str):
        self.app, self.version = app, version
        self.policies = {  # the map page runs its own script, every other page the query page's
            path: (
                "default-src 'none'; style-src 'unsafe-inline'; connect-src 'self'; "
                f"script-src {script_hashes(page)}; base-uri 'none'; form-action 'none'; "
                "frame-ancestors 'none'"
            ).encode()
            for path, page in (("/map", "map.html"), ("", "query.html"))
        }

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        scope.setdefault("state", {})["arrived"] = time.monotonic()
        headers = Headers(scope=scope)
        etag = None
        if self.version and scope["method"] in ("GET", "HEAD") and scope["path"] != "/health":
            key = "\n".join((self.version, scope["path"], scope["query_string"].decode("latin-1"),
                             headers.get("accept", "")))  # fmt: skip
            etag = '"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'
            if etag in (t.strip() for t in headers.get("if-none-match", "").split(",")):
                return await Response(status_code=304, headers={"ETag": etag})(scope, receive, send)

        async def marked(message):
            if message["type"] == "http.response.start":
                policy = self.policies.get(scope["path"], self.policies[""])
                extra = [(b"x-content-type-options", b"nosniff"),
                         (b"content-security-policy", policy)]  # fmt: skip
                if etag and message["status"] == 200:
                    extra += [(b"etag", etag.encode()), (b"cache-control", b"no-cache")]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, marked)


def dataset_version(paths: list[Path]) -> str:
    """A name for the data served that changes when a file in it does (size, time)."""
    files = sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file())
    stats = [f"{f}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files]
    return hashlib.sha256("\n".join(stats).encode()).hexdigest()


class OpenToAllOrigins:
    """CORS for read-only endpoints: every answer says any origin may read it (the same for
    all, so no `Vary: Origin`); a preflight gets the methods and the headers it asks for; a
    plain OPTIONS says which methods there are."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            methods = (
                "GET, HEAD, POST, OPTIONS" if scope["path"] == "/sparql" else "GET, HEAD, OPTIONS"
            )
            headers = {"Allow": methods, **CORS_HEADERS}
            asked = Headers(scope=scope)
            if "access-control-request-method" in asked:
                headers["Access-Control-Allow-Methods"] = methods
                headers["Access-Control-Allow-Headers"] = asked.get(
                    "access-control-request-headers", ""
                )
                headers["Access-Control-Max-Age"] = "600"
            await Response(status_code=204, headers=headers)(scope, receive, send)
            return

        async def send_with_cors(message):
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(CORS_HEADERS)
            await send(message)

        await self.app(scope, receive, send_with_cors)


def alternates_header(path: str, media_types) -> str:
    """A Link header naming the other forms of this page (same URL, content negotiation)."""
    return ", ".join(
        f'<{path}>; rel="alternate"; type="{m}"' for m in media_types if m != "text/html"
    )
