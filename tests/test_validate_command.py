"""`conflictkg validate`: the report's sh:conforms is the spec's, the exit code is our policy."""

from __future__ import annotations

import re

import pyoxigraph as ox
from click.testing import CliRunner

from conflictkg.cli import main

from .test_shapes import VALID

SH = "http://www.w3.org/ns/shacl#"


def run(tmp_path, text: str):
    data = tmp_path / "data.ttl"
    data.write_text(
        re.sub(r"\br:([\w/-]+)", r"<https://w3id.org/conflictkg/id/\1>", text), encoding="utf-8"
    )
    result = CliRunner().invoke(
        main, ["validate", str(data), "--report", str(tmp_path / "report.ttl")]
    )
    report = list(ox.parse(path=str(tmp_path / "report.ttl"), format=ox.RdfFormat.TURTLE))
    (conforms,) = [q.object for q in report if q.predicate.value == SH + "conforms"]
    return result, conforms


def test_a_warning_alone_passes_but_does_not_conform(tmp_path):
    result, conforms = run(tmp_path, VALID.replace('ckg:killed "91"', 'ckg:killed "41"'))
    assert result.exit_code == 0
    assert "does not conform, passes: 0 violations, 1 warnings" in result.output
    assert conforms == ox.Literal(False)


def test_a_violation_fails(tmp_path):
    result, conforms = run(
        tmp_path, VALID.replace('ckg:date "2020-10-17"', 'ckg:date "2020-11-17"')
    )
    assert result.exit_code == 1
    assert "does not conform, fails: 1 violations, 0 warnings" in result.output
    assert conforms == ox.Literal(False)


def test_clean_data_conforms(tmp_path):
    result, conforms = run(tmp_path, VALID)
    assert result.exit_code == 0 and "conforms: 0 violations, 0 warnings" in result.output
    assert conforms == ox.Literal(True)


TOTAL = " date 2020-10-{day} By Azernews\n{n} civilians have been killed and 282 others have been injured since the outbreak of large-scale hostilities on September 27.\n"


def test_a_build_with_a_warning_alone_exits_0(tmp_path):
    """A publisher's running total that drops is suspicious, not broken: the build passes."""
    (tmp_path / "a.txt").write_text(TOTAL.format(day=20, n="Sixty one"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(TOTAL.format(day=25, n="Forty one"), encoding="utf-8")
    out = tmp_path / "out" / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-q", "-o", str(out)])
    assert result.exit_code == 0
    assert (
        "Warning: https://w3id.org/conflictkg/id/article/b/casualties/1: This running total (41 killed)"
        in result.output
    )
    validated = CliRunner().invoke(main, ["validate", str(out)])
    assert (
        validated.exit_code == 0
        and "does not conform, passes: 0 violations, 1 warnings" in validated.output
    )
