"""Validation against the shipped shapes, reading the ontology for class checks.

pyshacl checks the node and property shapes. The SPARQL-based shapes (dates against publication,
running totals across articles) compare facts of different articles; pyshacl would run their
query once per focus node on rdflib, which dominates the build time on large corpora (7 s of 9 s
for 200 articles). So each is run once, with $this left open, on a pyoxigraph copy of the data,
and its answers become ordinary sh:ValidationResult nodes of the same report.

Conformance means no violation: warnings (suspicious data) are reported but do not break it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from .mapping import PREFIXES
from .reason import load_ontology
from .resources import resource_dir


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: int
    warnings: int
    report_graph: Graph
    messages: list[str]


@dataclass(frozen=True)
class SparqlCheck:
    shape: URIRef
    constraint: BNode | URIRef
    select: str
    message: str
    severity: URIRef


def load_shapes() -> Graph:
    graph = Graph()
    for path in sorted(resource_dir("shapes").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def split_shapes(shapes: Graph) -> tuple[Graph, list[SparqlCheck]]:
    """The shapes for pyshacl, and the SPARQL constraints to run on the store."""
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
        select = prefixes + str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        checks.append(
            SparqlCheck(
                shape, constraint, select, str(shapes.value(constraint, SH.message)), severity
            )
        )
        local.remove((shape, SH.targetClass, None))
    return local, checks


def run_checks(
    data: Graph, checks: list[SparqlCheck], report: Graph, store: ox.Store | None
) -> None:
    """Each SPARQL constraint once, on the store (all its graphs as one) or a copy of the data."""
    if store is None:
        store = ox.Store()
        store.bulk_load(
            data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES
        )
    for check in checks:
        for row in store.query(check.select, use_default_graph_as_union=True):
            result = BNode()
            report.add((result, RDF.type, SH.ValidationResult))
            report.add((result, SH.focusNode, URIRef(row["this"].value)))
            report.add((result, SH.resultSeverity, check.severity))
            report.add((result, SH.sourceShape, check.shape))
            report.add((result, SH.sourceConstraintComponent, SH.SPARQLConstraintComponent))
            report.add((result, SH.resultMessage, Literal(fill(check.message, row))))


def fill(template: str, row: ox.QuerySolution) -> str:
    """A SHACL message template with its {?var} placeholders replaced by the row's values."""
    return re.sub(
        r"\{[?$](\w+)\}", lambda m: row[m.group(1)].value if row[m.group(1)] else "", template
    )


def validate(
    data: Graph, *, inferred: bool = False, store: ox.Store | None = None
) -> ValidationResult:
    """Validate a graph. With `inferred`, the data already holds its supertypes and no RDFS
    inference is run (faster on large graphs); `store`, the same data in pyoxigraph, saves a copy."""
    shapes, checks = split_shapes(load_shapes())
    _, report, _ = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=None if inferred else load_ontology(),
        inference="none" if inferred else "rdfs",
        advanced=True,
        allow_warnings=True,
    )
    run_checks(data, checks, report, store)
    for prefix, namespace in PREFIXES.items():
        report.bind(prefix, namespace, replace=True)
    messages, counts = [], {SH.Violation: 0, SH.Warning: 0, SH.Info: 0}
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        counts[severity] = counts.get(severity, 0) + 1
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = f"{focus}" + (f" {path.n3(report.namespace_manager)}" if path is not None else "")
        messages.append(f"{severity.split('#')[-1]}: {where}: {message}")
    violations = counts[SH.Violation]
    for node in list(report.subjects(RDF.type, SH.ValidationReport)):
        report.set((node, SH.conforms, Literal(violations == 0)))
    return ValidationResult(
        violations == 0, violations, counts[SH.Warning], report, sorted(messages)
    )
