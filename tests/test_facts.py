"""Facts as files: `conflictkg extract` writes what `build --facts` builds from, the same bytes
as a build from the articles; every record survives its JSON; bad files are reported by line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.facts_io import from_json, read_facts, to_json
from conflictkg.records import ArticleFacts, Entity, Event

from .conftest import SEEDS

FIRST = "000_dedf0a42f71b5f5c"


def run(*args, env=None):
    return CliRunner().invoke(main, [*map(str, args)], catch_exceptions=False, env=env)


@pytest.fixture(scope="module")
def facts_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("facts") / "facts.jsonl"
    result = run("extract", SEEDS, "--output", path, "--quiet")
    assert result.exit_code == 0, result.output
    return path


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_every_record_survives_its_json(seed_facts, seed_kb):
    for facts in seed_facts.values():
        assert from_json(json.loads(json.dumps(to_json(facts))), ArticleFacts) == facts
    # generic over records.py: the resolved records too (sets of pairs, floats, frozensets)
    for kind, records in [(Entity, seed_kb.entities.values()), (Event, seed_kb.events)]:
        for record in records:
            assert from_json(json.loads(json.dumps(to_json(record))), kind) == record


def test_the_facts_file_is_plain_json_in_input_order(facts_file, seed_facts):
    header, *lines = lines_of(facts_file)
    assert json.loads(header)["format"] == "conflictkg-facts"
    articles = [json.loads(line)["article"] for line in lines]
    assert [a["id"] for a in articles] == sorted(seed_facts)
    first = json.loads(lines[0])
    assert first["article"]["published"] == "2020-10-06"
    assert first["article"]["path"] == str(SEEDS / f"{FIRST}.txt")
    call = first["calls"][0]
    assert call["kind"] == "PhoneCall"
    assert call["when"] == {"day": "2020-10-05", "earliest": None, "latest": None, "assumed": False}
    for entity in first["entities"].values():
        assert entity["names"] == sorted(entity["names"])
    assert list(read_facts([facts_file])) == list(seed_facts.values())


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nq"])
def test_a_build_from_facts_gives_the_bytes_of_a_build_from_the_articles(
    tmp_path, facts_file, name
):
    env = {"SOURCE_DATE_EPOCH": "1600000000"}
    direct, from_facts = tmp_path / "direct" / name, tmp_path / "facts" / name
    assert run("build", SEEDS, "-o", direct, "-q", env=env).exit_code == 0
    assert run("build", "--facts", facts_file, "-o", from_facts, "-q", env=env).exit_code == 0
    assert from_facts.read_bytes() == direct.read_bytes()
    assert (from_facts.parent / "void.ttl").read_bytes() == (
        direct.parent / "void.ttl"
    ).read_bytes()


def test_facts_and_articles_build_together(tmp_path):
    """Four articles as facts, the fifth as a file: the graph of all five."""
    *four, fifth = sorted(SEEDS.glob("*.txt"))
    facts = tmp_path / "four.jsonl"
    assert run("extract", *four, "-o", facts, "-q").exit_code == 0
    mixed, direct = tmp_path / "mixed.nq", tmp_path / "direct.nq"
    assert run("build", "--facts", facts, fifth, "-o", mixed, "-q").exit_code == 0
    assert run("build", SEEDS, "-o", direct, "-q").exit_code == 0
    assert mixed.read_bytes() == direct.read_bytes()


def test_an_article_given_as_facts_and_as_a_file_is_built_once(tmp_path, facts_file):
    first = SEEDS / f"{FIRST}.txt"
    result = run("build", "--facts", facts_file, first, "-o", tmp_path / "g.nq", "-q")
    assert result.exit_code == 1
    assert result.stderr == (f"error: {first}: article id '{FIRST}' already read from {first}\n")
    again = run(
        "build", "--facts", facts_file, "--facts", facts_file, "-o", tmp_path / "g.nq", "-q"
    )
    assert again.exit_code == 1
    assert again.stderr.splitlines()[0] == (
        f"error: {facts_file}:2: article id '{FIRST}' already read from {facts_file}:2"
    )
    assert len(again.stderr.splitlines()) == 5


def test_a_malformed_line_is_reported_and_the_others_built(tmp_path, facts_file):
    header, *lines = lines_of(facts_file)
    second, third = json.loads(lines[1]), json.loads(lines[2])
    second["calls"][0]["when"]["day"] = "2020-10-32"
    third["article"]["colour"] = "red"
    broken = tmp_path / "broken.jsonl"
    body = [header, lines[0], json.dumps(second), json.dumps(third), "{not json", "", lines[4]]
    broken.write_text("\n".join(body) + "\n", encoding="utf-8")
    out = tmp_path / "graph.nq"
    result = run("build", "--facts", broken, "-o", out, "-q")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f'error: {broken}:3: not an article\'s facts: calls[0].when.day: "2020-10-32" is not a date',
        f"error: {broken}:4: not an article's facts: article.colour: not a field of Article",
        f"error: {broken}:5: not JSON (Expecting property name enclosed in double quotes: "
        "line 1 column 2 (char 1))",
    ]
    assert article_ids(out) == {FIRST, "004_c2fa5512a1292afa"}


def article_ids(graph: Path) -> set[str]:
    store = ox.Store()
    store.load(path=str(graph), format=ox.RdfFormat.N_QUADS)
    query = "SELECT ?a { GRAPH ?g { ?a a <https://w3id.org/conflictkg/ontology#Article> } }"
    return {row["a"].value.rsplit("/", 1)[1] for row in store.query(query)}


def test_facts_of_other_record_definitions_are_refused(tmp_path, facts_file):
    header, *lines = lines_of(facts_file)
    other = tmp_path / "other.jsonl"
    old = json.loads(header) | {"records": "0" * 64}
    other.write_text("\n".join([json.dumps(old), *lines]) + "\n", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"  # an article corpus is not a facts file
    corpus.write_text('{"id": "a", "date": "2020-10-05", "source": "X", "text": "Hi."}\n')
    out = tmp_path / "graph.nq"
    result = run("build", "--facts", other, "--facts", corpus, SEEDS, "-o", out, "-q")
    assert result.exit_code == 1
    mine = json.loads(header)["records"][:12]
    assert result.stderr.splitlines() == [
        f"error: {other}: facts of other record definitions (those of conflictkg 0.1.0, records "
        f"000000000000; these are {mine}): extract the articles again with this version",
        f"error: {corpus}: not a facts file: its first line is not the header 'conflictkg "
        "extract' writes",
    ]
    assert len(article_ids(out)) == 5  # the articles were built all the same


def test_extract_reports_a_bad_article_and_writes_the_others(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe not an article")
    facts = tmp_path / "facts.jsonl"
    result = run("extract", corpus, "-o", facts)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"error: {corpus / 'broken.txt'}: not UTF-8 (byte 0)"
    assert result.stderr.splitlines()[1].startswith(
        f"5 articles extracted to {facts}, 1 failed, in"
    )
    assert len(lines_of(facts)) == 1 + 5


def test_nothing_to_build_is_a_usage_error():
    result = run("build", "-q")
    assert result.exit_code == 2
    assert "nothing to build: give article PATHS or --facts files" in result.stderr
