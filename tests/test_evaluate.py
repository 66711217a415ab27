"""`conflictkg eval`: scores per class against a hand annotation, and what a missing fact costs."""

from __future__ import annotations

import pyoxigraph as ox
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.evaluate import evaluate

from .conftest import ROOT

GENRE = ROOT / "tests" / "genre"
GOLD = GENRE / "gold.json"


def build_article(tmp_path):
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(
        main, ["build", str(GENRE / "armenian_side.txt"), "-o", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    return out


def test_perfect_on_the_annotated_article(tmp_path):
    scores = evaluate([build_article(tmp_path)], GOLD)
    assert {k: (s.tp, s.fp, s.fn) for k, s in scores.items() if s.tp or s.fp or s.fn} == {
        "Person": (2, 0, 0),
        "Organization": (3, 0, 0),
        "Country": (3, 0, 0),
        "Place": (3, 0, 0),
        "Call": (1, 0, 0),
        "Attack": (2, 0, 0),
    }


def test_a_lost_call_costs_recall(tmp_path):
    graph = build_article(tmp_path)
    store = ox.Store()
    store.load(path=str(graph), format=ox.RdfFormat.TURTLE)
    store.update("DELETE WHERE { ?c a <https://w3id.org/conflictkg/ontology#PhoneCall> ; ?p ?o }")
    broken = tmp_path / "broken.nt"
    store.dump(str(broken), ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    scores = evaluate([broken], GOLD)
    assert (scores["Call"].tp, scores["Call"].fn, scores["Call"].recall) == (0, 1, 0.0)
    assert scores["Attack"].f1 == 1.0


def test_cli_prints_the_table(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(GOLD), str(build_article(tmp_path))])
    assert result.exit_code == 0
    assert "Attack          1.000  1.000  1.000    2    0    0" in result.output
