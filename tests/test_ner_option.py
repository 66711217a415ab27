"""The optional statistical NER: a spaCy pipeline the user has installed adds names to the rules'.

No model can be downloaded here, so the test saves a small real spaCy pipeline to disk (an
entity ruler that labels PERSON and ORG, as a trained NER would) and loads it by path, exactly as
`--ner` loads an installed model.
"""

from __future__ import annotations

import spacy
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.extract import extract, load_ner
from conflictkg.read import read_file

from .conftest import ROOT

NOISE = ROOT / "tests" / "genre" / "noise.txt"


def saved_pipeline(tmp_path):
    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Aytakin Bunyadzada"},
            {"label": "GPE", "pattern": "Gyanja"},
            {"label": "ORG", "pattern": "Human Rights Watch"},
        ]
    )
    folder = tmp_path / "model"
    pipeline.to_disk(folder)
    return folder


def test_model_adds_a_witness_the_rules_miss(tmp_path):
    article = read_file(NOISE)
    without = {m.ref for m in extract(article).mentions}
    assert "person:aytakin bunyadzada" not in without
    with_model = {
        m.ref for m in extract(article, ner=load_ner(str(saved_pipeline(tmp_path)))).mentions
    }
    assert with_model - without == {"person:aytakin bunyadzada"}


def test_cli_option_and_a_missing_model(tmp_path):
    out = tmp_path / "graph.ttl"
    runner = CliRunner()
    ok = runner.invoke(
        main, ["build", str(NOISE), "-o", str(out), "-q", "--ner", str(saved_pipeline(tmp_path))]
    )
    assert ok.exit_code == 0, ok.output
    assert "Aytakin Bunyadzada" in out.read_text(encoding="utf-8")
    missing = runner.invoke(
        main, ["build", str(NOISE), "-o", str(out), "-q", "--ner", "no_such_model_sm"]
    )
    assert (
        missing.exit_code == 2
        and "cannot load the spaCy model 'no_such_model_sm'" in missing.output
    )
