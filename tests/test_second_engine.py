"""A second SHACL engine (npm's shacl-engine, run by Node) agrees with ours on the same graphs.

Our checker and pyshacl could share a misreading of the shapes; shacl-engine is written apart
from both and runs the SPARQL constraints too. It reads the exported Turtle as it is, with no
inference, as any user's engine would. `.ci/run` installs it into tests/shacl_engine/; without
Node or that install these tests are skipped.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from conflictkg.pipeline import build
from conflictkg.resources import resource_dir
from conflictkg.validate import validate

from .conftest import SEEDS
from .test_shapes import BROKEN, VALID, graph

ENGINE = Path(__file__).parent / "shacl_engine"
SH = "http://www.w3.org/ns/shacl#"
CKG = "https://w3id.org/conflictkg/ontology#"
X1, C1, COUNT = (
    f"https://w3id.org/conflictkg/id/{name}" for name in ("attack/x1", "call/c1", "attack/x1/c")
)

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (ENGINE / "node_modules" / "shacl-engine").is_dir(),
    reason="shacl-engine not installed (cd tests/shacl_engine && npm install)",
)


def results_of_shacl_engine(quads: list[ox.Quad], tmp_path: Path) -> tuple[bool, list[tuple]]:
    """sh:conforms and (focus, path, component, severity) of each result, from shacl-engine
    reading the graph as Turtle."""
    data = tmp_path / "data.ttl"
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    data.write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE))
    (shapes,) = resource_dir("shapes").glob("*.ttl")
    run = subprocess.run(
        ["node", "validate.mjs", str(data), str(shapes)],
        cwd=ENGINE, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    *results, verdict = [json.loads(line) for line in run.stdout.splitlines()]
    return verdict["conforms"], sorted(
        (r["focus"], r["path"], r["component"].removeprefix(SH), r["severity"].removeprefix(SH))
        for r in results
    )


def results_of_ours(quads: list[ox.Quad]) -> tuple[bool, list[tuple]]:
    result = validate(quads)
    return result.conforms, sorted(
        (
            str(f.focus),
            None if f.path is None else str(f.path),
            f.component.removeprefix(SH),
            f.severity.removeprefix(SH),
        )
        for f in result.findings
    )


# a bad ckg:killed breaks its datatype, its minimum, and the children-within-the-total check
BAD_KILLED = [
    (COUNT, CKG + "childrenKilled", "LessThanOrEqualsConstraintComponent", "Violation"),
    (COUNT, CKG + "killed", "DatatypeConstraintComponent", "Violation"),
    (COUNT, CKG + "killed", "MinInclusiveConstraintComponent", "Violation"),
]
BROKEN_EXPECTED = {
    "event after its article": [(X1, None, "SPARQLConstraintComponent", "Violation")],
    "negative figure": BAD_KILLED,
    "call with one participant": [
        (C1, CKG + "participant", "MinCountConstraintComponent", "Violation")
    ],
    "figure as a string": BAD_KILLED,
}


@pytest.mark.parametrize("case", BROKEN_EXPECTED)
def test_engines_agree_on_a_broken_graph(case, tmp_path):
    old, new, _ = BROKEN[case]
    quads = graph(VALID.replace(old, new, 1))
    ours = results_of_ours(quads)
    assert ours == (False, BROKEN_EXPECTED[case])
    assert results_of_shacl_engine(quads, tmp_path) == ours


def test_engines_agree_on_a_warning(tmp_path):
    """A running total that drops: a warning, so sh:conforms is false in both."""
    quads = graph(VALID.replace('ckg:killed "91"', 'ckg:killed "41"'))
    total = "https://w3id.org/conflictkg/id/article/a2/total"
    ours = results_of_ours(quads)
    assert ours == (False, [(total, None, "SPARQLConstraintComponent", "Warning")])
    assert results_of_shacl_engine(quads, tmp_path) == ours


def test_engines_agree_on_an_event_typed_only_by_its_subclass(tmp_path):
    """Without reasoning a call is only a ckg:PhoneCall: its date is still checked."""
    quads = graph(VALID.replace('ckg:date "2020-10-19"', 'ckg:date "2020-12-19"'))
    ours = results_of_ours(quads)
    assert ours == (False, [(C1, None, "SPARQLConstraintComponent", "Violation")])
    assert results_of_shacl_engine(quads, tmp_path) == ours


@pytest.mark.parametrize("reason", [True, False], ids=["reasoned", "no-reason"])
def test_engines_agree_on_the_seeds(reason, seed_build, tmp_path):
    quads = seed_build.quads if reason else build([SEEDS], reason=False).quads
    assert results_of_ours(quads) == (True, [])
    assert results_of_shacl_engine(quads, tmp_path) == (True, [])


@pytest.mark.parametrize("case", sorted(set(BROKEN) - set(BROKEN_EXPECTED)))
def test_engines_agree_on_every_other_broken_graph(case, tmp_path):
    old, new, _ = BROKEN[case]
    quads = graph(VALID.replace(old, new, 1))
    ours = results_of_ours(quads)
    assert ours[0] is False and ours[1]
    assert results_of_shacl_engine(quads, tmp_path) == ours
