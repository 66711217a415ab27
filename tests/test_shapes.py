"""The ontology's manners and every shape catching the broken graph it is for."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import URIRef
from rdflib.namespace import OWL, RDF, RDFS

from conflictkg.reason import load_ontology
from conflictkg.resources import resource_dir
from conflictkg.validate import load_shapes, split_shapes, validate

CKG = "https://w3id.org/conflictkg/ontology#"

VALID = """
@prefix ckg: <https://w3id.org/conflictkg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .

r:article/a1 a ckg:Article ; dcterms:identifier "a1" ; dcterms:date "2020-10-20"^^xsd:date ;
    dcterms:publisher r:organization/azernews ; ckg:mentions r:person/bayramov, r:place/ganja, r:resolution/unsc/822 .
r:article/a2 a ckg:Article ; dcterms:identifier "a2" ; dcterms:date "2020-10-25"^^xsd:date ;
    dcterms:publisher r:organization/azernews .
r:organization/azernews a ckg:Organization ; rdfs:label "Azernews" .
r:person/bayramov a ckg:Person ; rdfs:label "Jeyhun Bayramov" .
r:person/lavrov a ckg:Person ; rdfs:label "Sergey Lavrov" .
r:country/am a ckg:Country ; rdfs:label "Armenia" .
r:place/ganja a ckg:Place ; rdfs:label "Ganja" .
r:resolution/unsc/822 a ckg:Resolution ; rdfs:label "UN Security Council resolution 822" ;
    ckg:number "822"^^xsd:positiveInteger ; ckg:year "1993"^^xsd:gYear .
r:call/c1 a ckg:PhoneCall ; ckg:reportedIn r:article/a1 ; ckg:date "2020-10-19"^^xsd:date ;
    ckg:participant r:person/bayramov, r:person/lavrov .
r:attack/x1 a ckg:Attack ; ckg:reportedIn r:article/a1 ; ckg:date "2020-10-17"^^xsd:date ;
    ckg:location r:place/ganja ; ckg:perpetrator r:country/am ; ckg:casualties r:attack/x1/c .
r:attack/x1/c a ckg:CasualtyCount ; ckg:reportedIn r:article/a1 ;
    ckg:killed "13"^^xsd:nonNegativeInteger ; ckg:childrenKilled "3"^^xsd:nonNegativeInteger .
r:article/a1/total a ckg:CasualtyCount ; ckg:reportedIn r:article/a1 ; ckg:since "2020-09-27"^^xsd:date ;
    ckg:killed "61"^^xsd:nonNegativeInteger ; ckg:injured "282"^^xsd:nonNegativeInteger .
r:article/a2/total a ckg:CasualtyCount ; ckg:reportedIn r:article/a2 ; ckg:since "2020-09-27"^^xsd:date ;
    ckg:killed "91"^^xsd:nonNegativeInteger .
r:article/a1/char/0-10 a ckg:TextAnchor ; nif:beginIndex "0"^^xsd:nonNegativeInteger ;
    nif:endIndex "10"^^xsd:nonNegativeInteger ; nif:referenceContext r:article/a1 .
"""

BROKEN = {
    "call with one participant": (
        "r:person/bayramov, r:person/lavrov .",
        "r:person/bayramov .",
        "call/c1 ckg:participant: A call has at least two participants",
    ),
    "negative figure": (
        'ckg:killed "13"^^xsd:nonNegativeInteger',
        'ckg:killed "-13"^^xsd:integer',
        "x1/c ckg:killed: ckg:killed is one non-negative integer",
    ),
    "figure as a string": (
        'ckg:killed "13"^^xsd:nonNegativeInteger',
        'ckg:killed "thirteen"',
        "x1/c ckg:killed: ckg:killed is one non-negative integer",
    ),
    "attack not reported": (
        "r:attack/x1 a ckg:Attack ; ckg:reportedIn r:article/a1 ;",
        "r:attack/x1 a ckg:Attack ;",
        "attack/x1 ckg:reportedIn: An event is reported in at least one article",
    ),
    "event after its article": (
        'ckg:date "2020-10-17"^^xsd:date',
        'ckg:date "2020-11-17"^^xsd:date',
        "attack/x1: An event is dated 2020-11-17, after the article",
    ),
    "resolution without number": (
        'ckg:number "822"^^xsd:positiveInteger ;',
        "",
        "822 ckg:number: A resolution has exactly one number",
    ),
    "article without identifier": (
        'dcterms:identifier "a1" ;',
        "",
        "article/a1 dcterms:identifier: An article has exactly one dcterms:identifier",
    ),
    "person without label": (
        'r:person/bayramov a ckg:Person ; rdfs:label "Jeyhun Bayramov" .',
        "r:person/bayramov a ckg:Person .",
        "person/bayramov rdfs:label: Every actor, place and resolution has an rdfs:label",
    ),
    "anchor ending before it begins": (
        'nif:beginIndex "0"',
        'nif:beginIndex "20"',
        "0-10 nif:beginIndex: A text anchor begins",
    ),
    "more children than killed": (
        'ckg:childrenKilled "3"',
        'ckg:childrenKilled "30"',
        "x1/c ckg:childrenKilled: Children killed cannot outnumber",
    ),
    "two dates on one event": (
        'ckg:date "2020-10-19"^^xsd:date ;',
        'ckg:date "2020-10-19"^^xsd:date, "2020-10-18"^^xsd:date ;',
        "call/c1 ckg:date: An event has at most one date",
    ),
}


def graph(text: str) -> list[ox.Quad]:
    """Parse the test Turtle, where r:kind/name stands for an IRI under ckgr:."""
    text = re.sub(r"\br:([\w/-]+(?:\.[\w/-]+)*)", r"<https://w3id.org/conflictkg/id/\1>", text)
    return list(ox.parse(text, format=ox.RdfFormat.TURTLE))


def test_valid_graph_conforms():
    result = validate(graph(VALID))
    assert result.conforms, result.messages
    assert (result.violations, result.warnings) == (0, 0)


@pytest.mark.parametrize("case", BROKEN)
def test_each_shape_catches_its_broken_graph(case):
    old, new, message = BROKEN[case]
    assert old in VALID
    result = validate(graph(VALID.replace(old, new, 1)))
    assert not result.conforms
    assert any(message in line and line.startswith("Violation") for line in result.messages), (
        result.messages
    )


def test_running_total_that_drops_is_a_warning():
    """A warning alone: the spec's sh:conforms is false, yet the data passes our policy."""
    dropped = VALID.replace('ckg:killed "91"', 'ckg:killed "41"')
    result = validate(graph(dropped))
    assert (result.conforms, result.passes, result.verdict) == (
        False,
        True,
        "does not conform, passes",
    )
    assert result.warnings == 1
    (warning,) = result.messages
    assert warning.startswith("Warning: https://w3id.org/conflictkg/id/article/a2/total")
    assert "(41 killed) is lower than the 61" in warning


def test_ontology_parses_strictly():
    for path in sorted(resource_dir("ontology").glob("*.ttl")):
        assert list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    for path in sorted(resource_dir("shapes").glob("*.ttl")):
        assert list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


def test_every_term_has_an_english_label_and_comment():
    ontology = load_ontology()
    terms = {
        s
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, kind)
        if str(s).startswith(CKG)
    }
    assert URIRef(CKG + "Attack") in terms and len(terms) > 50
    for term in terms:
        labels = {o.language for o in ontology.objects(term, RDFS.label)}
        comments = {o.language for o in ontology.objects(term, RDFS.comment)}
        assert "en" in labels and "en" in comments, term


def test_contract_terms_are_declared():
    ontology = load_ontology()
    for name in ("Actor", "Person", "Organization", "Country", "Call", "PhoneCall", "Meeting", "Attack",
                 "Place", "Resolution", "Article", "CasualtyCount"):  # fmt: skip
        assert (URIRef(CKG + name), RDF.type, OWL.Class) in ontology
    for name in ("reportedIn", "mentions", "participant", "location", "perpetrator", "casualties"):
        assert (URIRef(CKG + name), RDF.type, OWL.ObjectProperty) in ontology
    for name in ("date", "killed", "injured", "since", "number"):
        assert (URIRef(CKG + name), RDF.type, OWL.DatatypeProperty) in ontology
    assert (URIRef(CKG + "Country"), RDFS.subClassOf, URIRef(CKG + "Place")) in ontology


def test_every_term_the_build_writes_is_declared(seed_build):
    from conflictkg.export import union

    data = union(seed_build.quads)
    ontology = load_ontology()
    used = {p for p in data.predicates() if str(p).startswith(CKG)}
    used |= {t for t in data.objects(None, RDF.type) if str(t).startswith(CKG)}
    declared = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(CKG)}
    assert used and not used - declared


@pytest.mark.parametrize("case", ["valid", "dropped total", *BROKEN])
def test_fast_checker_agrees_with_pyshacl(case):
    if case == "valid":
        text = VALID
    elif case == "dropped total":
        text = VALID.replace('ckg:killed "91"', 'ckg:killed "41"')
    else:
        old, new, _ = BROKEN[case]
        text = VALID.replace(old, new, 1)
    fast, reference = validate(graph(text)), validate(graph(text), engine="pyshacl")
    assert fast.messages == reference.messages
    assert (fast.violations, fast.warnings) == (reference.violations, reference.warnings)


SEED = "https://w3id.org/conflictkg/id/article/001_7a404ea2dabfdd28"


def test_fast_checker_agrees_with_pyshacl_on_the_seeds(seed_build):
    """The build's own data, and the same data broken in several places at once."""
    count, attack = ox.NamedNode(f"{SEED}/casualties/1"), ox.NamedNode(f"{SEED}/attack")
    is_a, ckg = ox.NamedNode(str(RDF.type)), lambda name: ox.NamedNode(CKG + name)
    nni = ox.NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
    broken = [
        q
        for q in seed_build.quads
        if not (q.subject == count and q.predicate in {ckg("reportedIn"), ckg("killed")})
    ] + [
        ox.Quad(count, ckg("killed"), ox.Literal("many")),
        ox.Quad(count, ckg("childrenKilled"), ox.Literal("999", datatype=nni)),
        ox.Quad(attack, is_a, ckg("Attack")),
        ox.Quad(attack, is_a, ckg("Event")),
    ]
    for quads in (seed_build.quads, broken):
        store = ox.Store()
        store.bulk_extend(quads)
        fast = validate(quads, store=store)
        reference = validate(quads, store=store, engine="pyshacl")
        assert fast.messages == reference.messages
    killed = f"Violation: {count.value} ckg:killed: ckg:killed is one non-negative integer."
    assert fast.messages == [
        f"Violation: {attack.value} ckg:reportedIn: An event is reported in at least one article. [sh:minCount 1]",
        f"Violation: {count.value} ckg:childrenKilled: Children killed cannot outnumber all killed."
        ' [sh:lessThanOrEquals ckg:killed, got "999"^^xsd:nonNegativeInteger]',
        f'{killed} [sh:datatype xsd:nonNegativeInteger, got "many"]',
        f'{killed} [sh:minInclusive 0, got "many"]',
        f"Violation: {count.value} ckg:reportedIn: A casualty count is reported in exactly one article. [sh:minCount 1]",
    ]


PAIRWISE_RUNNING_TOTALS = """
PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?this ?killed ?earlier ?earlierDate WHERE {
    ?this ckg:since ?since ; ckg:killed ?killed ; ckg:reportedIn ?article .
    FILTER NOT EXISTS { ?attack ckg:casualties ?this }
    ?article dcterms:date ?date ; dcterms:publisher ?publisher .
    ?other ckg:since ?since ; ckg:killed ?earlier ; ckg:reportedIn ?otherArticle .
    FILTER NOT EXISTS { ?otherAttack ckg:casualties ?other }
    ?otherArticle dcterms:date ?earlierDate ; dcterms:publisher ?publisher .
    FILTER (?earlierDate < ?date && ?earlier > ?killed)
}"""


def test_running_total_check_gives_each_drop_of_the_pairwise_query_once():
    """The shape's query joins two grouped sides; it must find the totals that every pair
    compared finds, each once, with the highest earlier figure."""
    (check,) = [c for c in split_shapes(load_shapes())[1] if "RunningTotalDrop" in c.shape]
    totals = "".join(
        f"""r:article/p{n} a ckg:Article ; dcterms:date "2020-10-{10 + n}"^^xsd:date ;
            dcterms:publisher r:organization/{"azernews" if n % 2 else "trend"} .
        r:article/p{n}/total a ckg:CasualtyCount ; ckg:reportedIn r:article/p{n} ;
            ckg:since "2020-09-27"^^xsd:date ; ckg:killed "{killed}"^^xsd:nonNegativeInteger .
        """
        for n, killed in enumerate([50, 40, 60, 30, 60, 20, 90])
    )
    store = ox.Store()
    store.bulk_extend(graph(VALID.replace('ckg:killed "91"', 'ckg:killed "41"') + totals))

    def rows(query):
        found = store.query(query, use_default_graph_as_union=True)
        return sorted(tuple(row[v].value for v in ("this", "killed", "earlier")) for row in found)

    total = "https://w3id.org/conflictkg/id/article/{}/total".format
    assert rows(PAIRWISE_RUNNING_TOTALS) == [
        (total("a2"), "41", "61"),
        (total("p3"), "30", "40"),
        (total("p5"), "20", "30"),
        (total("p5"), "20", "40"),
    ]
    assert rows(check.select) == [
        (total("a2"), "41", "61"),
        (total("p3"), "30", "40"),
        (total("p5"), "20", "40"),
    ]


def test_each_line_names_the_constraint_it_breaks():
    """One message covers a figure's datatype and its minimum; the line says which failed."""
    result = validate(
        graph(
            VALID.replace(
                'ckg:killed "13"^^xsd:nonNegativeInteger', 'ckg:killed "-13"^^xsd:integer'
            )
        )
    )
    head = "Violation: https://w3id.org/conflictkg/id/attack/x1/c ckg:"
    assert result.messages == [
        f"{head}childrenKilled: Children killed cannot outnumber all killed."
        ' [sh:lessThanOrEquals ckg:killed, got "3"^^xsd:nonNegativeInteger]',
        f'{head}killed: ckg:killed is one non-negative integer. [sh:datatype xsd:nonNegativeInteger, got "-13"^^xsd:integer]',
        f'{head}killed: ckg:killed is one non-negative integer. [sh:minInclusive 0, got "-13"^^xsd:integer]',
    ]


def test_a_build_without_reasoning_conforms_in_pyshacl_without_inference():
    """The data as exported, only the most specific classes asserted: every shape still applies
    (a call is checked as a call) and nothing is reported."""
    from conflictkg.pipeline import build

    from .conftest import SEEDS

    quads = build([SEEDS], reason=False).quads
    calls = {
        q.subject
        for q in quads
        if q.predicate.value == str(RDF.type) and q.object.value == CKG + "PhoneCall"
    }
    assert calls and not any(q.object.value == CKG + "Call" for q in quads)
    for engine in ("fast", "pyshacl"):
        result = validate(quads, engine=engine)
        assert (result.conforms, result.findings) == (True, [])
    one_sided = [
        q
        for q in quads
        if not (q.subject == min(calls, key=str) and q.predicate.value == CKG + "participant")
    ]
    for engine in ("fast", "pyshacl"):
        assert [f.component.split("#")[1] for f in validate(one_sided, engine=engine).findings] == [
            "MinCountConstraintComponent"
        ]
