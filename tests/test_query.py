"""Saved queries on the seed graph: exact answers, parameters, formats, refusals."""

from __future__ import annotations

import csv
import io
import json
import re

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.query import QueryError, check_safe, load_queries, run, serialize, strip_literals

ID = "https://w3id.org/conflictkg/id/"


@pytest.fixture(scope="module")
def store(seed_build):
    return seed_build.store


@pytest.fixture(scope="module")
def saved():
    return load_queries()


def rows(store, saved, name, limit=None, offset=None, **params):
    results = run(store, saved[name], params, limit=limit, offset=offset)
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


def test_page_two_of_claims(store, saved):
    """limit and offset page a query in its own order: page 2 of 3-row pages, exact rows."""
    page = rows(store, saved, "claims", limit=3, offset=3)
    assert [(r["eventLabel"], r["killed"], r["injured"], r["since"], r["article"][len(ID) :]) for r in page] == [
        ("Attack, 2020-10-17: Ganja", "13", None, None, "article/001_7a404ea2dabfdd28"),
        (None, "91", "404", "2020-09-27", "article/002_a7289bc24cb9d376"),
        ("Attack, 2020-10-27: Barda", "5", "13", None, "article/002_a7289bc24cb9d376"),
    ]  # fmt: skip
    every = rows(store, saved, "claims")
    assert page == every[3:6]
    assert rows(store, saved, "claims", offset=7) == every[7:]  # no limit: the rest
    assert rows(store, saved, "claims", limit=100) == every
    assert rows(store, saved, "claims", limit=0) == []
    assert rows(store, saved, "claims", offset=50) == []
    stance = "https://w3id.org/conflictkg/vocab/stance/asserted"
    assert rows(store, saved, "claims", stance=stance, limit=2, offset=1) == every[1:3]


def test_a_page_of_a_query_with_its_own_limit(tmp_path, store):
    """A query's own LIMIT and OFFSET make the window that pages are cut from."""
    (tmp_path / "five.rq").write_text(
        "#+ summary: five articles after the first\n#+ tags:\n#+   - test\n"
        "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
        "SELECT ?id WHERE { ?a dcterms:identifier ?id } ORDER BY ?id LIMIT 3 OFFSET 1 # a comment"
    )
    query = load_queries(tmp_path)["five"]
    ids = lambda **page: [r[0].value for r in run(store, query, **page)]  # noqa: E731
    assert ids() == ["001_7a404ea2dabfdd28", "002_a7289bc24cb9d376", "003_c39f8755841239fa"]
    assert ids(limit=2) == ids()[:2]
    assert ids(offset=1) == ids()[1:]
    assert ids(limit=5, offset=2) == ids()[2:]
    assert ids(offset=3) == []


def test_what_cannot_be_paged(tmp_path, store, saved):
    with pytest.raises(QueryError, match="only SELECT answers are paged"):
        run(store, saved["call-network"], limit=10)
    (tmp_path / "unordered.rq").write_text(
        "#+ summary: no order\n#+ tags:\n#+   - test\nSELECT ?s WHERE { ?s ?p ?o }\n"
    )
    with pytest.raises(QueryError, match="no ORDER BY"):
        run(store, load_queries(tmp_path)["unordered"], limit=10)
    with pytest.raises(QueryError, match="whole number"):
        run(store, saved["claims"], limit=-1)
    (tmp_path / "unordered.rq").unlink()
    (tmp_path / "clash.rq").write_text(
        "#+ summary: a parameter named like paging\n#+ tags:\n#+   - test\n"
        "SELECT ?s WHERE { ?s ?p ?_limit } ORDER BY ?s\n"
    )
    with pytest.raises(QueryError, match="paging parameters"):
        load_queries(tmp_path)


def test_cli_pages(tmp_path, seed_build, store, saved):
    from conflictkg.export import serialize as export

    graph = tmp_path / "graph.ttl"
    graph.write_bytes(export(seed_build.quads, "turtle"))
    args = ["query", "claims", "--graph", str(graph), "--format", "csv"]
    page = CliRunner().invoke(main, [*args, "--limit", "3", "--offset", "3"])
    assert page.exit_code == 0, page.output
    whole = CliRunner().invoke(main, args).output.splitlines()
    assert page.output.splitlines() == [whole[0], *whole[4:7]]
    refused = CliRunner().invoke(
        main, ["query", "call-network", "--graph", str(graph), "--limit", "1"]
    )
    assert refused.exit_code == 2 and "only SELECT answers are paged" in refused.output


ORDER_BY = re.compile(r"\bORDER\s+BY\b(.*?)(?:\bLIMIT\b|\bOFFSET\b|$)", re.S | re.I)
GROUP_BY = re.compile(r"\bGROUP\s+BY\b(.*?)(?:\bHAVING\b|\bORDER\b|$)", re.S | re.I)


def test_every_order_is_total(saved):
    """Pages hold still only if the order is total: every SELECT is DISTINCT and its ORDER BY
    names every projected variable (of a grouped query, every grouping key, which fix the
    rest), so that no two rows tie."""
    for name, query in saved.items():
        if query.kind != "SELECT":
            continue
        code = strip_literals(query.text)
        tail = code[code.rfind("}") + 1 :]  # the outer query's modifiers
        head = code[re.search(r"\bSELECT\b", code).end() : re.search(r"\bWHERE\b", code).start()]
        assert re.match(r"\s*DISTINCT\b", head), name
        grouped = GROUP_BY.search(tail)
        needed = set(re.findall(r"\?(\w+)", grouped[1] if grouped else head))
        keys = set(re.findall(r"\?(\w+)", ORDER_BY.search(tail)[1]))
        assert needed <= keys, (name, sorted(needed - keys))


def test_month_is_a_range_of_dates():
    """calls-in-month keeps the calls from the month's first day to the next month's first
    (December into January), and a month not written YYYY-MM keeps none."""
    ckg, rdfs = "https://w3id.org/conflictkg/ontology#", "http://www.w3.org/2000/01/rdf-schema#"
    store = ox.Store()
    graph = ox.NamedNode("http://example.org/graph")

    def add(s, p, o):
        store.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, graph))

    for person in ("a", "b"):
        add(f"http://example.org/{person}", rdfs + "label", ox.Literal(person.upper()))
    for day in ("2020-11-30", "2020-12-01", "2020-12-31", "2021-01-01"):
        call = f"http://example.org/call/{day}"
        add(
            call, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ox.NamedNode(ckg + "PhoneCall")
        )
        add(
            call,
            ckg + "date",
            ox.Literal(day, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
        )
        for person in ("a", "b"):
            add(call, ckg + "participant", ox.NamedNode(f"http://example.org/{person}"))
    query = load_queries()["calls-in-month"]
    days = lambda month: [r[0].value for r in run(store, query, {"month": month})]  # noqa: E731
    assert days("2020-12") == ["2020-12-01", "2020-12-31"]
    assert days("2020-11") == ["2020-11-30"]
    assert days("2021-01") == ["2021-01-01"]
    for odd in ("2020-1", "2020-13", "2020-00", "2020-12-01", "202012", ""):
        assert days(odd) == [], odd


def test_article_lists_read_in_order(store, saved):
    """multi-source-events lists each event's articles in the order of their identifiers."""
    found = rows(store, saved, "multi-source-events")
    unlocated = next(r for r in found if r["event"] == ID + "attack/2020-09-27-unlocated")
    assert unlocated["articleIds"] == (
        "000_dedf0a42f71b5f5c 001_7a404ea2dabfdd28 002_a7289bc24cb9d376 003_c39f8755841239fa "
        "004_c2fa5512a1292afa"
    )
    for row in found:
        ids = row["articleIds"].split(" ")
        assert ids == sorted(ids) and len(ids) == int(row["articles"])
