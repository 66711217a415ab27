"""The server fails closed, tested as an attacker would (on loopback only): no request leaves the
query workers, one request cannot take the query side down, and bodies and the queue are bounded.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest

from conflictkg.worker import cut_network

from .conftest import SEEDS
from .test_serve import RUNAWAY, get, http, running

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
}
LOOKUPS = (
    "PREFIX ckg: <https://w3id.org/conflictkg/ontology#> SELECT DISTINCT ?a { ?a a ckg:Attack }"
)


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("safety") / "graph.trig"
    subprocess.run(
        [sys.executable, "-m", "conflictkg", "build", str(SEEDS), "-o", str(out), "-q"], check=True
    )
    return out


@pytest.fixture(scope="module")
def site(trig):
    with running(trig) as (base, _):
        yield base


class Listener:
    """A TCP port on loopback that records every connection made to it."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/sparql"
        self.connections = 0
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                conn, _ = self.socket.accept()
            except OSError:  # closed
                return
            self.connections += 1
            conn.close()


@pytest.fixture(scope="module")
def listener():
    listening = Listener()
    yield listening
    listening.socket.close()


def service_forms(url: str) -> list[str]:
    """SERVICE as the guard's old regexes missed it, and in every place the grammar allows."""
    return [
        f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",  # escapes are read before parsing
        f"SELECT * {{ # a comment ended by CR only\rSERVICE <{url}> {{ ?s ?p ?o }} }}",
        f'SELECT * {{ BIND("""x\\"""" AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} BIND("" AS ?y) }}',
        f"select * {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{url.removesuffix('sparql')}> SELECT * {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * {{ {{ SELECT ?s {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    ]


def test_no_service_form_reaches_the_network(site, listener):
    for query in service_forms(listener.url):
        assert get(site, query)[0] == 400, query
        form = urllib.parse.urlencode({"query": query}).encode()
        kind = {"Content-Type": "application/x-www-form-urlencoded"}
        assert http(site + "/sparql", form, kind)[0] == 400, query
        direct = {"Content-Type": "application/sparql-query"}
        assert http(site + "/sparql", query.encode(), direct)[0] == 400, query
    pasted = urllib.parse.quote(f"x> ?p ?o }} SERVICE <{listener.url}> {{ ?s ?p ?o }} #")
    for route in ("/id/", "/vocab/", "/graph/"):
        status, _, body = http(site + route + pasted, headers={"Accept": "text/turtle"})
        assert status == 404, body
    status, _, body = http(site + "/id/" + pasted, headers={"Accept": "text/html"})
    assert status == 404, body
    hostile = urllib.parse.urlencode({"person": listener.url})
    assert http(f"{site}/queries/calls-by-person?{hostile}")[0] == 200
    hostile = urllib.parse.urlencode({"month": f"}} SERVICE <{listener.url}> {{ }}"})
    assert http(f"{site}/queries/calls-in-month?{hostile}")[0] == 200
    assert listener.connections == 0


@pytest.mark.parametrize(
    "text, status, message",
    [
        ("", 400, "malformed query: Expected"),
        ("PREFIX x: <http://x/>", 400, "malformed query: Expected"),
        ("DROP ALL", 403, "DROP is an update: this query layer is read-only"),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", 403, "DELETE/INSERT is an"),
        ("INSERT DATA { <http://a> <http://b> 1 }", 403, "INSERT is an update"),
    ],
)
def test_updates_and_non_queries_are_named(site, text, status, message):
    answered, _, body = http(
        site + "/sparql", text.encode(), {"Content-Type": "application/sparql-query"}
    )
    assert answered == status and body.decode().startswith(message), body


def test_service_as_a_variable_name_is_allowed(site):
    status, _, body = get(site, "SELECT ?service WHERE { ?service a ?type } LIMIT 2")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2


def test_a_worker_has_no_network_even_past_the_check(listener):
    """The second wall alone: the engine asked straight for SERVICE, inside the wall."""
    program = f"""
from conflictkg.worker import cut_network
import pyoxigraph as ox
assert cut_network() is None
try:
    list(ox.Store().query("SELECT * {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
except OSError as exc:
    print(exc)
"""
    before = listener.connections
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Network is unreachable" in run.stdout
    assert listener.connections == before


def test_an_unprivileged_worker_is_cut_off_too(listener):
    """Without root, the wall is a user namespace holding the network namespace."""
    host, port = urllib.parse.urlsplit(listener.url).netloc.split(":")
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child reports through the pipe
        if os.geteuid() == 0:
            os.setgid(65534)
            os.setuid(65534)
        reason = cut_network()
        try:
            socket.socket().connect((host, int(port)))
            outcome = "connected"
        except OSError as exc:
            outcome = exc.strerror
        os.write(write, f"{os.geteuid()} {reason} {outcome}".encode())
        os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    with os.fdopen(read) as report:
        assert report.read() == "65534 None Network is unreachable"
    assert listener.connections == 0


def worker_pids(server: subprocess.Popen) -> list[int]:
    """The server's query worker processes (not multiprocessing's resource tracker)."""
    children = []
    for task in Path(f"/proc/{server.pid}/task").iterdir():
        children += (task / "children").read_text().split()
    return sorted(
        int(pid) for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    )


def attacks(base: str) -> int:
    status, _, body = get(base, LOOKUPS)
    return len(json.loads(body)["results"]["bindings"]) if status == 200 else -status


def test_one_request_cannot_take_the_query_side_down(trig):
    """One worker, so a dead worker left in place would fail every later query."""
    with running(trig, "--workers", "1", "--worker-memory", "300", "--timeout", "10") as (
        base,
        server,
    ):
        status, _, body = get(base, "SELECT * " + "{" * 5000 + "}" * 5000)
        assert (status, body) == (400, b"query nested more than 64 levels deep\n")
        assert [attacks(base) for _ in range(20)] == [14] * 20
        hog = "SELECT (GROUP_CONCAT(STR(?c)) AS ?x) { ?a ?b ?c . ?d ?e ?f }"
        status, _, body = get(base, hog)
        assert status == 503 and b"over its memory limit of 300 MB" in body, body
        assert attacks(base) == 14
        [worker] = worker_pids(server)
        crash = threading.Timer(1, os.kill, (worker, signal.SIGSEGV))
        crash.start()
        status, _, body = get(base, RUNAWAY)
        assert status == 503 and b"the query worker died (SIGSEGV)" in body, body
        assert [attacks(base) for _ in range(20)] == [14] * 20
        [fresh] = worker_pids(server)
        assert fresh != worker
        os.kill(fresh, signal.SIGKILL)  # while idle, as the OOM killer would
        time.sleep(0.5)
        status, _, body = get(base, LOOKUPS)
        assert status == 503 and b"the query worker died (SIGKILL)" in body, body
        assert [attacks(base) for _ in range(20)] == [14] * 20


def test_health_runs_a_real_query(site):
    status, headers, body = http(site + "/health")
    assert (status, body) == (200, b"ok\nworker network: cut off\n")


def send_body(base: str, size: int, chunked: bool) -> bytes:
    """POST a body of `size` bytes the way curl does, stopping once the server answers; the
    status line of the answer."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {size}"
    piece = b"#" * 65536
    if chunked:
        piece = b"%x\r\n%s\r\n" % (len(piece), piece)
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(
            f"POST /sparql HTTP/1.1\r\nHost: {host}\r\n{framing}\r\n"
            "Content-Type: application/sparql-query\r\n\r\n".encode()
        )
        sent = 0
        while sent < size:
            readable, writable, _ = select.select([conn], [conn], [], 5)
            if readable:
                break
            if writable:
                sent += conn.send(piece)
        return conn.recv(200).split(b"\r\n")[0]


def timed(base: str, query: str) -> tuple[int, int, float]:
    """The status, the number of rows and the seconds a query took."""
    started = time.monotonic()
    status, _, body = get(base, query)
    rows = len(json.loads(body)["results"]["bindings"]) if status == 200 else 0
    return status, rows, time.monotonic() - started


@pytest.mark.parametrize("chunked", [False, True])
def test_a_huge_body_is_refused_and_others_go_on(site, chunked):
    results = {}
    sender = threading.Thread(
        target=lambda: results.update(line=send_body(site, 50 << 20, chunked))
    )
    sender.start()
    time.sleep(0.2)
    results["other"] = timed(site, LOOKUPS)
    sender.join(30)
    assert results["line"] == b"HTTP/1.1 413 Request Entity Too Large"
    status, rows, seconds = results["other"]
    assert (status, rows) == (200, 14) and seconds < 1


def test_the_queue_is_bounded_and_time_counts_from_arrival(trig):
    with running(trig, "--workers", "1", "--queue", "2", "--timeout", "3") as (base, _):
        waiting = []
        threads = [  # one runs, two wait
            threading.Thread(target=lambda: waiting.append(timed(base, RUNAWAY))) for _ in range(3)
        ]
        for thread in threads:
            thread.start()
            time.sleep(0.3)
        started = time.monotonic()
        status, headers, body = get(base, LOOKUPS)
        assert time.monotonic() - started < 0.5
        assert (status, headers["retry-after"], body) == (
            503,
            "1",
            b"too many queries waiting; try again shortly\n",
        )
        for thread in threads:
            thread.join(10)
        assert [status for status, _, _ in waiting] == [503, 503, 503]
        assert max(seconds for _, _, seconds in waiting) < 4  # not 3 s of waiting, then 3 more


def test_a_query_whose_client_has_gone_is_stopped(trig):
    with running(trig, "--workers", "1", "--timeout", "60") as (base, server):
        [worker] = worker_pids(server)
        host, port = urllib.parse.urlsplit(base).netloc.split(":")
        path = "/sparql?" + urllib.parse.urlencode({"query": RUNAWAY})
        with socket.create_connection((host, int(port))) as conn:
            conn.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            time.sleep(1)
        deadline = time.monotonic() + 2
        while worker in worker_pids(server) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert worker not in worker_pids(server)
        assert timed(base, LOOKUPS)[:2] == (200, 14)


ARTICLE = "https://w3id.org/conflictkg/graph/article/003_c39f8755841239fa"


@pytest.mark.parametrize(
    "query, status",
    [
        (f"SELECT (COUNT(*) AS ?n) FROM<{ARTICLE}> {{ ?s a ?t }}", 200),
        (
            f"PREFIX g: <{ARTICLE[:-20]}> SELECT (COUNT(*) AS ?n) FROM g:{ARTICLE[-20:]} {{ ?s a ?t }}",
            200,
        ),
        ("SELECT (COUNT(*) AS ?n) FROM<http://example.org/absent> { ?s a ?t }", 400),
        ("PREFIX e: <http://example.org/> SELECT (COUNT(*) AS ?n) FROM e:absent { ?s a ?t }", 400),
        ("SELECT (COUNT(*) AS ?n) FROM NAMED<http://example.org/absent> { ?s a ?t }", 400),
    ],
)
def test_from_in_any_spelling_is_checked(site, query, status):
    answered, _, body = get(site, query)
    assert answered == status, body
    if status == 200:
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "7"
    else:
        assert body.startswith(b"graph not in this dataset: <http://example.org/absent>")


def test_a_graph_name_that_is_no_iri_is_a_client_error(site):
    query = urllib.parse.urlencode({"query": "ASK {}", "default-graph-uri": "a b"})
    status, _, body = http(f"{site}/sparql?{query}")
    assert status == 400 and body.startswith(b"a graph name is not an IRI"), body


@pytest.fixture(scope="module")
def star_site(tmp_path_factory):
    """A server on one triple whose object is a triple term."""
    data = tmp_path_factory.mktemp("star") / "star.ttl"
    data.write_text("<http://a> <http://b> <<( <http://x> <http://y> <http://z> )>> .\n")
    with running(data) as (base, _):
        yield base


@pytest.mark.parametrize("accept", RESULT_FORMATS)
def test_blank_nodes_and_triple_terms_in_results(star_site, accept):
    query = "SELECT ?o ?b { ?s ?p ?o BIND(BNODE() AS ?b) }"
    status, _, body = get(star_site, query, accept)
    assert status == 200, body
    rows = ox.parse_query_results(body, format=RESULT_FORMATS[accept])
    [row] = list(rows)
    assert isinstance(row["b"], ox.BlankNode)
    assert row["o"] == ox.Triple(*(ox.NamedNode(f"http://{n}") for n in "xyz"))


def test_headers_against_sniffing_framing_and_scripts(site):
    _, headers, body = http(site + "/", headers={"Accept": "text/html"})
    assert headers["x-content-type-options"] == "nosniff"
    policy = headers["content-security-policy"]
    [script] = re.findall(rb"<script>(.*?)</script>", body, re.S)
    digest = base64.b64encode(hashlib.sha256(script).digest()).decode()
    assert f"script-src 'sha256-{digest}';" in policy  # the page's own script, and no other
    assert "default-src 'none';" in policy and "frame-ancestors 'none'" in policy
    _, headers, _ = http(site + "/id/place/ganja", headers={"Accept": "text/html"})
    assert headers["content-security-policy"] == policy


def test_etag_spares_a_second_answer(site):
    url = f"{site}/sparql?" + urllib.parse.urlencode({"query": LOOKUPS})
    status, headers, body = http(url)
    assert status == 200 and headers["cache-control"] == "no-cache"
    again = http(url, headers={"If-None-Match": headers["etag"]})
    assert (again[0], again[2]) == (304, b"")
    other = http(url, headers={"If-None-Match": headers["etag"], "Accept": "text/csv"})
    assert other[0] == 200 and other[2].startswith(b"a\r\n")
    assert "etag" not in http(site + "/health")[1]  # health is about now, not the data


def test_host_names_other_than_ours_are_refused(site):
    port = urllib.parse.urlsplit(site).port
    assert http(site + "/health", headers={"Host": "attacker.example"})[0] == 400
    assert http(site + "/health", headers={"Host": f"attacker.example:{port}"})[0] == 400
    assert http(site + "/health", headers={"Host": f"localhost:{port}"})[0] == 200


def test_a_worker_memory_too_small_for_the_data_is_said_on_start(trig):
    command = [sys.executable, "-m", "conflictkg", "serve", "--graph", str(trig),
               "--port", "0", "--worker-memory", "50"]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.splitlines()[-1] == (
        "Error: a query worker did not start (died, exit code -6); "
        "are 50 MB (--worker-memory) enough for the data?"
    )
