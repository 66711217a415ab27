"""Saved queries on the seed graph: exact answers, parameters, formats, refusals."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.query import QueryError, check_safe, load_queries, run, serialize

ID = "https://w3id.org/conflictkg/id/"


@pytest.fixture(scope="module")
def store(seed_build):
    return seed_build.store


@pytest.fixture(scope="module")
def saved():
    return load_queries()


def rows(store, saved, name, **params):
    results = run(store, saved[name], params)
    return [
        {v.value: (row[v].value if row[v] is not None else None) for v in results.variables}
        for row in results
    ]


def test_at_least_ten_queries_with_headers(saved):
    assert len(saved) >= 10
    for query in saved.values():
        assert query.summary and query.tags, query.name


def test_every_query_runs(store, saved):
    for name, query in saved.items():
        params = {"month": "2020-10"} if name == "calls-in-month" else {}
        assert serialize(run(store, query, params), "json" if query.kind == "SELECT" else "turtle")


def test_calls_of_lavrov(store, saved):
    found = rows(store, saved, "calls-by-person", person=ID + "person/sergey-lavrov")
    assert [(r["date"], r["kind"], r["counterpartLabel"]) for r in found] == [
        (None, "phone call", "Jeyhun Bayramov"),
        ("2020-10-05", "phone call", "Jeyhun Bayramov"),
    ]


def test_who_called_whom_in_october(store, saved):
    found = rows(store, saved, "calls-in-month", month="2020-10")
    assert [(r["date"], r["aLabel"], r["bLabel"]) for r in found] == [
        ("2020-10-05", "Jeyhun Bayramov", "Sergey Lavrov"),
        ("2020-10-17", "Baghdad Amreyev", "Jeyhun Bayramov"),
        ("2020-10-19", "Darkhan Kydyrali", "Jeyhun Bayramov"),
        ("2020-10-19", "Jean Yves Le Drian", "Jeyhun Bayramov"),
    ]
    assert rows(store, saved, "calls-in-month", month="2020-09") == []


def test_casualties_per_place_keeps_sources_apart(store, saved):
    ganja = rows(store, saved, "casualties-per-place", place=ID + "place/ganja")
    assert sorted(
        (r["date"], r["article"][len(ID) :], r["killed"], r["injured"]) for r in ganja
    ) == [
        ("2020-10-04", "article/000_dedf0a42f71b5f5c", "1", None),
        ("2020-10-17", "article/001_7a404ea2dabfdd28", "13", None),
        ("2020-10-17", "article/003_c39f8755841239fa", "13", "48"),
    ]


def test_running_totals_timeline(store, saved):
    found = rows(store, saved, "running-totals")
    assert [(r["published"], r["since"], r["killed"], r["injured"]) for r in found] == [
        ("2020-10-06", None, "27", "141"),
        ("2020-10-20", "2020-09-27", "61", "282"),
        ("2020-11-02", "2020-09-27", "91", "404"),
    ]


def test_resolutions_per_article(store, saved):
    found = rows(store, saved, "resolutions-per-article")
    assert [(r["number"], r["year"]) for r in found] == [
        ("822", "1993"),
        ("853", "1993"),
        ("874", "1993"),
        ("884", "1993"),
    ]


def test_events_in_several_articles(store, saved):
    found = {
        r["event"][len(ID) :]: int(r["articles"]) for r in rows(store, saved, "multi-source-events")
    }
    assert found["attack/2020-09-27-unlocated"] == 5
    assert found["call/undated-jeyhun-bayramov-roberto-mardini"] == 2
    assert found["attack/2020-10-17-ganja"] == 2


def test_low_high_latest(store, saved):
    found = {r["event"][len(ID) :]: r for r in rows(store, saved, "figures-per-event")}
    ganja = found["attack/2020-10-17-ganja"]
    assert (ganja["sources"], ganja["lowKilled"], ganja["highKilled"], ganja["latestKilled"]) == (
        "2",
        "13",
        "13",
        "13",
    )
    assert ganja["latestArticle"].endswith("001_7a404ea2dabfdd28")


def test_attacks_by_date_range(store, saved):
    found = rows(store, saved, "attacks-by-date", **{"from": "2020-10-20", "to": "2020-10-31"})
    assert [(r["date"], r["places"], r["perpetrators"]) for r in found] == [
        ("2020-10-27", "Barda", "Armenia"),
        ("2020-10-28", "Barda", "Armenia"),
    ]


def test_claims_name_who_says_it(store, saved):
    found = rows(store, saved, "claims")
    bayramov = [
        r for r in found if r["claimantLabel"] == "Jeyhun Bayramov" and r["injured"] == "48"
    ]
    assert len(bayramov) == 1 and "13 civilians including 3 kids" in bayramov[0]["sentence"]


def test_claims_of_one_stance(store, saved):
    stance = "https://w3id.org/conflictkg/vocab/stance/"
    every = rows(store, saved, "claims")
    asserted = rows(store, saved, "claims", stance=stance + "asserted")
    # 8 seed figures, all asserted; the Barda toll of 002 is told over two sentences: 9 rows
    assert len(every) == 9 and asserted == every
    assert rows(store, saved, "claims", stance=stance + "denied") == []
    with pytest.raises(QueryError, match="is not one of"):
        run(store, saved["claims"], {"stance": stance + "doubted"})


def test_parameter_errors(store, saved):
    assert len(rows(store, saved, "calls-in-month")) == 4  # the default month, 2020-10
    with pytest.raises(QueryError, match="has no parameter 'city'"):
        run(store, saved["casualties-per-place"], {"city": "Ganja"})
    with pytest.raises(QueryError, match="is not a date"):
        run(store, saved["attacks-by-date"], {"from": "yesterday"})
    with pytest.raises(QueryError, match="is not an IRI"):
        run(store, saved["calls-by-person"], {"person": "> } DROP ALL {"})


def test_injection_is_bound_not_spliced(store, saved):
    hostile = 'x" } ; DROP ALL ; SELECT * { "'
    assert rows(store, saved, "calls-in-month", month=hostile) == []
    assert len(store) > 0


@pytest.mark.parametrize(
    "text, reason",
    [
        ("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <http://example.org/g> { ?s ?p ?o }", "FROM"),
        ("SELECT * FROM NAMED <http://example.org/g> { GRAPH ?g { ?s ?p ?o } }", "FROM"),
        ("LOAD <http://example.org/data.ttl>", "LOAD"),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "INSERT"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
        ("PREFIX x: <http://x/>\nCLEAR ALL", "CLEAR"),
    ],
)
def test_unsafe_queries_are_refused(text, reason):
    with pytest.raises(QueryError, match=reason):
        check_safe(text)


def test_words_inside_strings_are_not_refused():
    check_safe('SELECT * { ?s ?p "SERVICE and DELETE WHERE { }" } # LOAD in a comment')


def test_formats(store, saved):
    results = lambda: run(store, saved["running-totals"], {})  # noqa: E731
    table = serialize(results(), "csv").decode()
    assert next(csv.reader(io.StringIO(table))) == [
        "published",
        "publisherLabel",
        "since",
        "killed",
        "injured",
        "article",
    ]
    data = json.loads(serialize(results(), "json"))
    assert data["head"]["vars"][0] == "published" and len(data["results"]["bindings"]) == 3
    assert serialize(results(), "xml").startswith(b"<?xml")
    assert serialize(results(), "tsv").startswith(b"?published\t")
    text = serialize(results(), "table").decode()
    assert text.splitlines()[0].split()[:3] == ["published", "publisherLabel", "since"]
    assert text.endswith("(3 rows)")
    turtle = serialize(run(store, saved["call-network"], {}), "turtle")
    assert list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))


def test_cli_query(tmp_path, seed_build):
    from conflictkg.export import serialize as export

    graph = tmp_path / "graph.ttl"
    graph.write_bytes(export(seed_build.quads, "turtle"))
    runner = CliRunner()
    listing = runner.invoke(main, ["query", "--list"])
    assert listing.exit_code == 0 and "calls-by-person" in listing.output
    answer = runner.invoke(
        main,
        [
            "query",
            "calls-in-month",
            "--graph",
            str(graph),
            "--param",
            "month=2020-10",
            "--format",
            "csv",
        ],
    )
    assert answer.exit_code == 0, answer.output
    assert answer.output.splitlines()[1].startswith(
        "2020-10-05,phone call,Jeyhun Bayramov,Sergey Lavrov"
    )
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "by-month.rq").write_text(
        "#+ summary: calls of a day\n#+ tags:\n#+   - calls\n"
        "SELECT DISTINCT ?call { ?call <https://w3id.org/conflictkg/ontology#date> ?d "
        "FILTER(STRSTARTS(STR(?d), ?_day)) } ORDER BY ?call\n"
    )
    args = ["query", "by-month", "--queries", str(folder), "--graph", str(graph)]
    missing = runner.invoke(main, args)
    assert missing.exit_code == 2 and "needs the parameter 'day'" in missing.output
    given = runner.invoke(main, [*args, "-p", "day=2020-10-19", "--format", "csv"])
    assert given.output.split() == [
        "call",
        "https://w3id.org/conflictkg/id/call/2020-10-19-darkhan-kydyrali-jeyhun-bayramov",
        "https://w3id.org/conflictkg/id/call/2020-10-19-jean-yves-le-drian-jeyhun-bayramov",
    ]
