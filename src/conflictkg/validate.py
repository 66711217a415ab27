"""Validation against the shipped shapes, reading the ontology for class checks.

The node and property shapes use a handful of SHACL Core constraints (counts, datatypes,
classes, sh:or, sh:minInclusive, sh:lessThan...). pyshacl checks them by copying the whole graph
and walking it in Python (30 s of a 1,000-article build, growing faster than the corpus), so
the build checks them here instead: one index of the triples, then each target node alone, in
time linear in the data. A shape using a constraint this checker does not know is refused, never
skipped. pyshacl stays the reference engine (`engine="pyshacl"`); the tests require the same
results from both.

The SPARQL-based shapes (dates against publication, running totals across articles) compare
facts of different articles: each runs once, with $this left open but kept to the shape's target
classes, on the pyoxigraph store, and its answers become ordinary sh:ValidationResult nodes of the
same report.

No inference is run: the data is checked as it is exported, so any SHACL engine given the same
file and shapes finds the same results (the tests run shacl-engine as well as pyshacl).
`conforms` is the spec's (no result of any severity); `passes` is our policy (no violation:
warnings mark suspicious data and do not fail a build).
"""

from __future__ import annotations

import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from .export import union
from .mapping import PREFIXES
from .reason import Triple
from .resources import resource_dir

TYPE = ox.NamedNode(str(RDF.type))
XSD = "http://www.w3.org/2001/XMLSchema#"
# integer datatypes and the smallest value each allows
INTEGER_TYPES = {
    "integer": None, "nonNegativeInteger": 0, "positiveInteger": 1, "int": None, "long": None,
}  # fmt: skip
# the constraint parameters this checker knows, by local name, and their components
COMPONENTS = {
    name: SH[f"{name[0].upper()}{name[1:]}ConstraintComponent"]
    for name in ("minCount", "maxCount", "datatype", "class", "or", "minInclusive", "lessThan",
                 "lessThanOrEquals")
}  # fmt: skip
PROPERTY_KEYS = {SH[name] for name in COMPONENTS} | {SH.path, SH.message, SH.severity}
NODE_KEYS = {RDF.type, RDFS.label, SH.targetClass, SH.property, SH.sparql, SH.severity}


@dataclass(frozen=True)
class Finding:
    """One sh:ValidationResult, kept as a record: tens of thousands of them cost seconds as
    rdflib triples, so the report graph is made only when asked for."""

    focus: URIRef
    severity: URIRef
    shape: URIRef | BNode
    component: URIRef
    message: str
    path: URIRef | None = None
    value: URIRef | Literal | None = None

    def line(self, shapes: Graph) -> str:
        """One line for people; it names the constraint broken, since one message may cover
        several (a figure's datatype, its minimum, its count)."""
        where = f"{self.focus}" + (f" {prefixed(self.path)}" if self.path is not None else "")
        broken = constraint_text(shapes, self.shape, self.component)
        value = "" if self.value is None else f", got {shown(self.value)}"
        return f"{self.severity.split('#')[-1]}: {where}: {self.message} [{broken}{value}]"


def constraint_text(shapes: Graph, shape, component: URIRef) -> str:
    """The constraint as written in the shapes, e.g. 'sh:minInclusive 0' or 'sh:datatype xsd:date'."""
    if component == SH.SPARQLConstraintComponent:
        return "sh:sparql"
    name = component.removeprefix(str(SH)).removesuffix("ConstraintComponent")
    name = name[0].lower() + name[1:]
    value = shapes.value(shape, SH[name])
    if value is None or component == SH.OrConstraintComponent:  # a list: not worth printing
        return f"sh:{name}"
    return f"sh:{name} {prefixed(value) if isinstance(value, URIRef) else value}"


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool  # the SHACL spec's: no result at all, warnings included
    passes: bool  # our exit-code policy: no violation
    violations: int
    warnings: int
    findings: list[Finding]
    messages: list[str]

    @property
    def verdict(self) -> str:
        """'conforms', or why not and whether that fails (violations) or passes (warnings only)."""
        if self.conforms:
            return "conforms"
        return "does not conform, " + ("passes" if self.passes else "fails")

    @property
    def report_graph(self) -> Graph:
        """The SHACL validation report as a graph."""
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, replace=True)
        report = BNode()
        graph.add((report, RDF.type, SH.ValidationReport))
        graph.add((report, SH.conforms, Literal(self.conforms)))
        for finding in self.findings:
            node = BNode()
            graph.add((report, SH.result, node))
            graph.add((node, RDF.type, SH.ValidationResult))
            graph.add((node, SH.focusNode, finding.focus))
            graph.add((node, SH.resultSeverity, finding.severity))
            graph.add((node, SH.sourceShape, finding.shape))
            graph.add((node, SH.sourceConstraintComponent, finding.component))
            graph.add((node, SH.resultMessage, Literal(finding.message)))
            if finding.path is not None:
                graph.add((node, SH.resultPath, finding.path))
            if finding.value is not None:
                graph.add((node, SH.value, finding.value))
        return graph


def prefixed(iri: URIRef) -> str:
    """The IRI as prefix:name where one of our prefixes fits, else <IRI>."""
    for prefix, namespace in PREFIXES.items():
        name = iri.removeprefix(namespace)
        if name != iri and re.fullmatch(r"\w[\w.-]*", name):
            return f"{prefix}:{name}"
    return iri.n3()


@dataclass(frozen=True)
class SparqlCheck:
    shape: URIRef
    constraint: BNode | URIRef
    select: str
    message: str
    severity: URIRef


@dataclass(frozen=True)
class PropertyShape:
    node: URIRef | BNode
    path: ox.NamedNode
    constraints: tuple[tuple[str, object], ...]  # (parameter, value), e.g. ("minCount", 1)
    message: str
    severity: URIRef


@dataclass(frozen=True)
class NodeShape:
    node: URIRef
    targets: tuple[ox.NamedNode, ...]
    properties: tuple[PropertyShape, ...]


def load_shapes() -> Graph:
    graph = Graph()
    for path in sorted(resource_dir("shapes").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def split_shapes(shapes: Graph) -> tuple[Graph, list[SparqlCheck]]:
    """The node and property shapes, and the SPARQL constraints to run on the store."""
    checks = []
    local = Graph()
    local += shapes
    for shape, constraint in shapes.subject_objects(SH.sparql):
        prefixes = "".join(
            f"PREFIX {shapes.value(decl, SH.prefix)}: <{shapes.value(decl, SH.namespace)}>\n"
            for owner in shapes.objects(constraint, SH.prefixes)
            for decl in shapes.objects(owner, SH.declare)
        )
        severity = (
            shapes.value(constraint, SH.severity)
            or shapes.value(shape, SH.severity)
            or SH.Violation
        )
        targets = tuple(sorted(shapes.objects(shape, SH.targetClass)))
        # the query alone would find nodes of any class: keep those a SHACL engine would target
        query = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        classes = " ".join(t.n3() for t in targets)
        select = (
            f"{prefixes}SELECT * WHERE {{\n{{ {query} }}\n"
            f"FILTER EXISTS {{ ?this a ?targetClass VALUES ?targetClass {{ {classes} }} }}\n}}"
        )
        checks.append(
            SparqlCheck(
                shape, constraint, select, str(shapes.value(constraint, SH.message)), severity
            )
        )
        local.remove((shape, SH.targetClass, None))
    return local, checks


def node_shapes(shapes: Graph) -> list[NodeShape]:
    """The shapes with targets, read into plain records; unknown SHACL terms are refused."""
    out = []
    for shape in sorted(set(shapes.subjects(SH.targetClass))):
        refuse_unknown(shapes, shape, NODE_KEYS)
        properties = []
        for prop in shapes.objects(shape, SH.property):
            refuse_unknown(shapes, prop, PROPERTY_KEYS)
            constraints = []
            for key, value in sorted(shapes.predicate_objects(prop)):
                if key == SH["or"]:
                    members = Collection(shapes, value)
                    for member in members:
                        refuse_unknown(shapes, member, {SH["class"]})
                    value = tuple(ox.NamedNode(str(shapes.value(m, SH["class"]))) for m in members)
                elif isinstance(value, URIRef):
                    value = ox.NamedNode(str(value))
                elif isinstance(value, Literal):
                    value = value.toPython()
                if key not in {SH.path, SH.message, SH.severity}:
                    constraints.append((key.removeprefix(str(SH)), value))
            properties.append(
                PropertyShape(
                    prop,
                    ox.NamedNode(str(shapes.value(prop, SH.path))),
                    tuple(constraints),
                    str(shapes.value(prop, SH.message)),
                    shapes.value(prop, SH.severity) or SH.Violation,
                )
            )
        targets = tuple(ox.NamedNode(str(c)) for c in shapes.objects(shape, SH.targetClass))
        out.append(NodeShape(shape, targets, tuple(properties)))
    return out


def predicates_read(shapes: list[NodeShape]) -> set[ox.NamedNode]:
    """What the shapes look at: rdf:type, their paths, and the paths sh:lessThan compares with."""
    read = {TYPE}
    for shape in shapes:
        for prop in shape.properties:
            read.add(prop.path)
            read |= {param for key, param in prop.constraints if key.startswith("lessThan")}
    return read


def classes_asked(shapes: list[NodeShape]) -> set[ox.NamedNode]:
    """The classes that sh:class and sh:or constraints require of values."""
    asked = set()
    for shape in shapes:
        for prop in shape.properties:
            for key, param in prop.constraints:
                if key == "class":
                    asked.add(param)
                elif key == "or":
                    asked |= set(param)
    return asked


def refuse_unknown(shapes: Graph, node, known: set[URIRef]):
    unknown = set(shapes.predicates(node)) - known
    if unknown:
        raise ValueError(f"shape {node}: this checker does not know {sorted(unknown)}")


class Index:
    """Objects by subject and predicate, and the nodes of each class, over one chunk of triples.
    The classes that sh:class constraints ask for go into `types`, which the chunks share (a
    value's class may be stated in another chunk)."""

    def __init__(
        self,
        triples: Iterable[Triple],
        types: dict[object, set[ox.NamedNode]],
        asked: set[ox.NamedNode],
    ):
        self.objects: dict[tuple, list] = defaultdict(list)
        self.types = types
        self.instances: dict[ox.NamedNode, list] = defaultdict(list)
        for s, p, o in triples:
            self.objects[s, p].append(o)
            if p == TYPE:
                self.instances[o].append(s)
                if o in asked:
                    types.setdefault(s, set()).add(o)

    def values(self, node, path: ox.NamedNode) -> list:
        return self.objects.get((node, path), [])


def python_value(term) -> object | None:
    """A literal's value for comparisons (numbers, dates), or None where it has none."""
    if not isinstance(term, ox.Literal):
        return None
    kind = term.datatype.value.removeprefix(XSD)
    try:
        if kind in INTEGER_TYPES:
            return int(term.value)
        if kind in {"decimal", "double", "float"}:
            return Decimal(term.value)
        if kind == "date":
            return date.fromisoformat(term.value)
    except (ValueError, InvalidOperation):
        return None
    return None


def well_typed(term, datatype: ox.NamedNode) -> bool:
    """Of the datatype, with a lexical form valid for it (as pyshacl checks sh:datatype)."""
    if not isinstance(term, ox.Literal) or term.datatype != datatype or term.language:
        return False
    kind = datatype.value.removeprefix(XSD)
    if kind in INTEGER_TYPES:
        if not re.fullmatch(r"[+-]?\d+", term.value):
            return False
        least = INTEGER_TYPES[kind]
        return least is None or int(term.value) >= least
    if kind == "date":
        return python_value(term) is not None
    if kind == "gYear":
        return re.fullmatch(r"-?\d{4,}(Z|[+-]\d\d:\d\d)?", term.value) is not None
    return True


def failures(shape: PropertyShape, focus, index: Index) -> Iterator[tuple[URIRef, object, tuple]]:
    """(constraint component, value node or None, classes) for every constraint the focus node
    breaks. `classes` is empty for a sure failure; for a value whose classes no chunk has stated
    yet, it holds the classes the value needs, to be checked once every chunk is in."""
    values = list(dict.fromkeys(index.values(focus, shape.path)))
    for key, param in shape.constraints:
        component = COMPONENTS[key]
        if key == "minCount":
            if len(values) < param:
                yield component, None, ()
        elif key == "maxCount":
            if len(values) > param:
                yield component, None, ()
        elif key == "datatype":
            yield from ((component, v, ()) for v in values if not well_typed(v, param))
        elif key in ("class", "or"):
            needed = param if key == "or" else (param,)
            for v in values:
                classes = index.types.get(v)
                if classes is None:
                    yield component, v, needed
                elif not any(c in classes for c in needed):
                    yield component, v, ()
        elif key == "minInclusive":
            yield from ((component, v, ()) for v in values if not holds(v, param, operator.ge))
        else:  # lessThan, lessThanOrEquals
            test = operator.lt if key == "lessThan" else operator.le
            for v in values:
                for w in index.values(focus, param):
                    if not holds(v, python_value(w), test):
                        yield component, v, ()


def holds(term, bound, test) -> bool:
    """Whether the literal's value stands in `test` to `bound`; values that do not compare fail."""
    value = python_value(term)
    try:
        return value is not None and bound is not None and test(value, bound)
    except TypeError:
        return False


def check_nodes(index: Index, shapes: list[NodeShape]) -> Iterator[tuple[Finding, tuple]]:
    """Every target node of every shape against the shape's property constraints: each
    finding, with the classes its value needs if that cannot be told yet (see `failures`)."""
    for shape in shapes:
        focus_nodes = dict.fromkeys(f for c in shape.targets for f in index.instances.get(c, ()))
        for focus in focus_nodes:
            for prop in shape.properties:
                for component, value, needed in failures(prop, focus, index):
                    finding = Finding(
                        URIRef(focus.value),
                        prop.severity,
                        prop.node,
                        component,
                        prop.message,
                        URIRef(prop.path.value),
                        None if value is None else rdflib_term(value),
                    )
                    yield finding, needed


def rdflib_term(term) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD + "string":  # a simple literal, as rdflib reads one
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def shown(term) -> str:
    """A value as in Turtle, with our prefixes: ckg:Person, "-13"^^xsd:integer, "thirteen"."""
    if isinstance(term, URIRef):
        return prefixed(term)
    if isinstance(term, Literal) and term.datatype is not None:
        return f'"{term}"^^{prefixed(term.datatype)}'
    return term.n3()


def run_checks(checks: list[SparqlCheck], store: ox.Store) -> list[Finding]:
    """Each SPARQL constraint once, on the store (all its graphs as one)."""
    return [
        Finding(
            URIRef(row["this"].value),
            check.severity,
            check.shape,
            SH.SPARQLConstraintComponent,
            fill(check.message, row),
        )
        for check in checks
        for row in store.query(check.select, use_default_graph_as_union=True)
    ]


def findings_of(report: Graph) -> list[Finding]:
    """pyshacl's report graph read into records."""
    return [
        Finding(
            report.value(result, SH.focusNode),
            report.value(result, SH.resultSeverity),
            report.value(result, SH.sourceShape),
            report.value(result, SH.sourceConstraintComponent),
            str(report.value(result, SH.resultMessage)),
            report.value(result, SH.resultPath),
            report.value(result, SH.value),
        )
        for result in report.subjects(RDF.type, SH.ValidationResult)
    ]


def fill(template: str, row: ox.QuerySolution) -> str:
    """A SHACL message template with its {?var} placeholders replaced by the row's values."""
    return re.sub(
        r"\{[?$](\w+)\}", lambda m: row[m.group(1)].value if row[m.group(1)] else "", template
    )


class Checker:
    """The build's validation, chunk by chunk (see `mapping.chunks`: a subject's statements are
    all in one chunk): each chunk's target nodes are checked as the chunk passes, and only the
    classes of the nodes are kept from one chunk to the next, so memory grows with the number
    of nodes, not of triples. A value whose class no chunk has stated yet is checked at the end.
    The SPARQL constraints, which compare facts of different articles, run once on the store."""

    def __init__(self):
        self.all_shapes = load_shapes()
        local, self.sparql = split_shapes(self.all_shapes)
        self.shapes = node_shapes(local)
        self.read = predicates_read(self.shapes)  # about half of the data
        self.asked = classes_asked(self.shapes)
        self.types: dict[object, set[ox.NamedNode]] = {}
        self.findings: list[Finding] = []
        self.pending: list[tuple[Finding, tuple]] = []

    def check(self, triples: Iterable[Triple]):
        index = Index((t for t in triples if t[1] in self.read), self.types, self.asked)
        for finding, needed in check_nodes(index, self.shapes):
            (self.pending.append((finding, needed)) if needed else self.findings.append(finding))

    def state(self) -> tuple:
        """What checking found so far, for a checker in another process to `merge`."""
        return self.types, self.findings, self.pending

    def merge(self, state: tuple):
        types, findings, pending = state
        for node, classes in types.items():
            self.types.setdefault(node, set()).update(classes)
        self.findings += findings
        self.pending += pending

    def finish(self, store: ox.Store) -> ValidationResult:
        late = [
            finding
            for finding, needed in self.pending
            if not self.types.get(term_of(finding.value), set()) & set(needed)
        ]
        findings = self.findings + late + run_checks(self.sparql, store)
        return summarize(findings, self.all_shapes)


def term_of(value: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(value))


def validate(
    quads: Iterable[ox.Quad], *, store: ox.Store | None = None, engine: str = "fast"
) -> ValidationResult:
    """Validate the union of the quads' graphs as they are (no inference). `store`, the same
    data in pyoxigraph, saves a copy. `engine` "pyshacl" runs the reference engine on the node
    shapes instead of ours."""
    quads = list(quads)
    if store is None:
        store = ox.Store()
        store.bulk_extend(quads)
    if engine != "pyshacl":
        checker = Checker()
        checker.check({(q.subject, q.predicate, q.object) for q in quads})
        return checker.finish(store)
    all_shapes = load_shapes()
    shapes, checks = split_shapes(all_shapes)
    _, report, _ = pyshacl.validate(
        union(quads), shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    return summarize(findings_of(report) + run_checks(checks, store), all_shapes)


def summarize(findings: list[Finding], shapes: Graph) -> ValidationResult:
    violations = sum(1 for f in findings if f.severity == SH.Violation)
    warnings = sum(1 for f in findings if f.severity == SH.Warning)
    messages = sorted(f.line(shapes) for f in findings)
    return ValidationResult(not findings, violations == 0, violations, warnings, findings, messages)
