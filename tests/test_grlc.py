"""The saved queries read by grlc's own code: grlc serving queries/ must offer the same API as
`conflictkg serve` does at /queries (names, required or optional, types, defaults, enumerations)."""

from __future__ import annotations

import logging

import pytest

from conflictkg.query import XSD, Parameter, QueryError, load_queries, parse_query_file

gquery = pytest.importorskip("grlc.gquery")
QUERIES = load_queries()
EX = "http://example.org/"


def grlc_view(parameter: Parameter) -> dict:
    """Our parameter in the words grlc's get_parameters uses."""
    view = {"name": parameter.name, "required": parameter.required}
    view["type"] = parameter.type if parameter.type in ("number", "literal") else "string"
    if parameter.type == "iri":
        view["format"] = "iri"
    if parameter.datatype:
        view["datatype"] = parameter.datatype.replace(XSD, "xsd:").replace(EX, "ex:")
    if parameter.lang:
        view["lang"] = parameter.lang
    if parameter.enum:
        view["enum"] = list(parameter.enum)
    if parameter.default is not None:
        view["default"] = parameter.default
    return view


def from_grlc(text: str) -> dict:
    logging.disable(logging.CRITICAL)  # grlc logs every step at WARNING and DEBUG
    try:
        return gquery.get_metadata(text, "http://localhost/sparql")
    finally:
        logging.disable(logging.NOTSET)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_grlc_reads_what_we_read(name):
    query = QUERIES[name]
    metadata = from_grlc(query.text)
    assert metadata["summary"] == query.summary
    assert tuple(metadata["tags"]) == query.tags
    theirs = {
        key: {k: (str(v) if k == "default" else v) for k, v in p.items() if k != "original"}
        for key, p in metadata["parameters"].items()
    }
    assert theirs == {p.name: grlc_view(p) for p in query.parameters}


def test_the_parameters_we_document():
    """The names users pass (README, --param, /queries?NAME=), as grlc names them too."""
    found = {
        name: [(p.name, p.required) for p in q.parameters]
        for name, q in QUERIES.items()
        if q.parameters
    }
    assert found == {
        "attacks-by-date": [("from", False), ("to", False)],
        "calls-by-person": [("person", False)],
        "calls-in-month": [("month", True)],
        "casualties-per-place": [("place", False)],
        "claims": [("stance", False)],
    }
    assert QUERIES["calls-in-month"].parameters[0].default == "2020-10"
    assert len(QUERIES["claims"].parameters[0].enum) == 3


TYPED = """#+ summary: every kind of grlc parameter
#+ defaults:
#+   - n: 5
#+   - day: 2020-10-01
PREFIX ex: <http://example.org/>
SELECT * WHERE {
  ?s ex:a ?_who_iri ; ex:b ?__n_integer ; ex:c ?__x_number ; ex:d ?_label_en ;
     ex:e ?__day_xsd_date ; ex:f ?__code_ex_code ; ex:g ?__plain ; ex:h ?__text_literal .
}
"""


def test_every_grlc_type(tmp_path):
    path = tmp_path / "typed.rq"
    path.write_text(TYPED)
    ours = parse_query_file(path).parameters
    theirs = from_grlc(TYPED)["parameters"]
    assert [p.name for p in ours] == list(theirs) == [
        "who", "n", "x", "label", "day", "code", "plain", "text",
    ]  # fmt: skip
    for parameter in ours:
        expected = {k: (str(v) if k == "default" else v) for k, v in theirs[parameter.name].items()}
        del expected["original"]
        assert grlc_view(parameter) == expected


def test_decorators_grlc_would_drop_are_an_error(tmp_path):
    path = tmp_path / "colon.rq"
    path.write_text("#+ summary: a summary: with a colon\nSELECT * { ?s ?p ?o }\n")
    assert "summary" not in from_grlc(path.read_text())
    with pytest.raises(QueryError, match="not valid YAML"):
        parse_query_file(path)


ID = "https://w3id.org/conflictkg/id/"
STANCE = "https://w3id.org/conflictkg/vocab/stance/"
REWRITES = [
    ("calls-in-month", {"month": "2020-10"}),
    ("calls-in-month", {"month": "2020-09"}),
    ("attacks-by-date", {}),
    ("attacks-by-date", {"from": "2020-10-20", "to": "2020-10-31"}),
    ("attacks-by-date", {"to": "2020-10-10"}),
    ("calls-by-person", {"person": ID + "person/sergey-lavrov"}),
    ("casualties-per-place", {"place": ID + "place/ganja"}),
    ("claims", {"stance": STANCE + "asserted"}),
    ("claims", {"stance": STANCE + "denied"}),
]


@pytest.mark.parametrize("name, args", REWRITES)
def test_grlc_rewritten_query_gives_our_rows(seed_build, name, args):
    """grlc writes each value in place of its variable (we bind it with VALUES): the query it
    sends must still be valid SPARQL (so no BOUND(?param)) and give the same rows."""
    from conflictkg.query import run

    query = QUERIES[name]
    metadata = from_grlc(query.text)
    logging.disable(logging.CRITICAL)
    try:
        text = gquery.rewrite_query(query.text, metadata["parameters"], args)
    finally:
        logging.disable(logging.NOTSET)
    theirs = seed_build.store.query(text, use_default_graph_as_union=True)
    ours = run(seed_build.store, query, args)
    assert [tuple(row) for row in theirs] == [tuple(row) for row in ours]
