"""Validation with pyshacl against the shipped shapes, reading the ontology for class checks.

Conformance means no violation: warnings (suspicious data) are reported but do not break it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Graph
from rdflib.namespace import RDF, SH

from .reason import load_ontology
from .resources import resource_dir


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: int
    warnings: int
    report_graph: Graph
    messages: list[str]


def load_shapes() -> Graph:
    graph = Graph()
    for path in sorted(resource_dir("shapes").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def validate(data: Graph, *, inferred: bool = False) -> ValidationResult:
    """Validate a graph. With `inferred`, the data already holds its supertypes and no RDFS
    inference is run (faster on large graphs)."""
    _, report, _ = pyshacl.validate(
        data,
        shacl_graph=load_shapes(),
        ont_graph=None if inferred else load_ontology(),
        inference="none" if inferred else "rdfs",
        advanced=True,
        allow_warnings=True,
    )
    messages, counts = [], {SH.Violation: 0, SH.Warning: 0, SH.Info: 0}
    for result in sorted(report.subjects(RDF.type, SH.ValidationResult), key=str):
        severity = report.value(result, SH.resultSeverity)
        counts[severity] = counts.get(severity, 0) + 1
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = f"{focus}" + (f" {path.n3(report.namespace_manager)}" if path is not None else "")
        messages.append(f"{severity.split('#')[-1]}: {where}: {message}")
    violations = counts[SH.Violation]
    return ValidationResult(
        violations == 0, violations, counts[SH.Warning], report, sorted(messages)
    )
