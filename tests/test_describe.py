"""The dataset description a build writes beside its graph (void.ttl)."""

from __future__ import annotations

import pyoxigraph as ox
from click.testing import CliRunner

from conflictkg.cli import main

from .conftest import SEEDS

DATASET = ox.NamedNode("https://w3id.org/conflictkg/id/dataset")
LICENSE = ox.NamedNode("http://purl.org/dc/terms/license")


def test_build_names_no_local_path_and_no_licence_it_was_not_given(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    runner = CliRunner()
    assert (
        runner.invoke(
            main, ["build", str(SEEDS), "-o", str(tmp_path / "graph.ttl"), "-q"]
        ).exit_code
        == 0
    )
    text = (tmp_path / "void.ttl").read_text()
    assert "file:" not in text and str(tmp_path) not in text
    quads = list(ox.parse(text.encode(), format=ox.RdfFormat.TURTLE))
    assert not [q for q in quads if q.predicate == LICENSE]
    assert '"2023-11-14T22:13:20+00:00"^^xsd:dateTime' in text
    given = "https://creativecommons.org/publicdomain/zero/1.0/"
    args = ["build", str(SEEDS), "-o", str(tmp_path / "cc0.ttl"), "-q", "--license", given]
    assert runner.invoke(main, args).exit_code == 0
    quads = list(ox.parse(path=str(tmp_path / "void.ttl"), format=ox.RdfFormat.TURTLE))
    assert [q.object for q in quads if q.subject == DATASET and q.predicate == LICENSE] == [
        ox.NamedNode(given)
    ]
    refused = runner.invoke(
        main, ["build", str(SEEDS), "-o", str(tmp_path / "x.ttl"), "--license", "CC BY"]
    )
    assert refused.exit_code == 2 and "is not an IRI" in refused.output
