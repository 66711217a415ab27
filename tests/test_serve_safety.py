"""The server fails closed, tested as an attacker would (on loopback only): no request leaves the
query workers, one request cannot take the query side down, and bodies and the queue are bounded.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import urllib.parse
from pathlib import Path

import pytest

from .conftest import SEEDS
from .test_serve import get, http, running


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("safety") / "graph.trig"
    subprocess.run(
        [sys.executable, "-m", "conflictkg", "build", str(SEEDS), "-o", str(out), "-q"], check=True
    )
    return out


@pytest.fixture(scope="module")
def site(trig):
    with running(trig) as base:
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
    hostile = urllib.parse.urlencode({"person_iri": listener.url})
    assert http(f"{site}/queries/calls-by-person?{hostile}")[0] == 200
    hostile = urllib.parse.urlencode({"month": f"}} SERVICE <{listener.url}> {{ }}"})
    assert http(f"{site}/queries/calls-in-month?{hostile}")[0] == 200
    status, _, body = http(site + "/health")
    assert listener.connections == 0
    assert (status, body) == (200, b"ok\nworker network: none\n")


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
