"""Reasoning: the OWL RL closure of the ontology, applied to the data without running owlrl on it.

owlrl over a whole data graph is slow (56 s for 60k triples), so it runs once, on the ontology
alone. From that closure we read the subclass, subproperty, inverse and transitive axioms, and
materialize their consequences on the data with plain set operations. The results go to their own
named graph so that asserted and inferred triples stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import owlrl
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from .resources import resource_dir

IGNORED = {OWL.Thing, RDFS.Resource, OWL.Nothing, RDFS.Class, OWL.Class}


@dataclass(frozen=True)
class Axioms:
    superclasses: dict[URIRef, frozenset[URIRef]]
    superproperties: dict[URIRef, frozenset[URIRef]]
    inverses: dict[URIRef, frozenset[URIRef]]
    transitive: frozenset[URIRef]


def load_ontology() -> Graph:
    graph = Graph()
    for path in sorted(resource_dir("ontology").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@cache
def ontology_axioms() -> Axioms:
    closure = Graph()
    closure += load_ontology()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)

    def table(pred: URIRef) -> dict[URIRef, frozenset[URIRef]]:
        out: dict[URIRef, set[URIRef]] = defaultdict(set)
        for s, o in closure.subject_objects(pred):
            if isinstance(s, URIRef) and isinstance(o, URIRef) and s != o and o not in IGNORED:
                out[s].add(o)
        return {k: frozenset(v) for k, v in out.items()}

    inverses = defaultdict(set)
    for s, o in closure.subject_objects(OWL.inverseOf):
        inverses[s].add(o)
        inverses[o].add(s)
    transitive = frozenset(
        p for p in closure.subjects(RDF.type, OWL.TransitiveProperty) if isinstance(p, URIRef)
    )
    return Axioms(
        table(RDFS.subClassOf),
        table(RDFS.subPropertyOf),
        {k: frozenset(v) for k, v in inverses.items()},
        transitive,
    )


def infer(data: Graph, axioms: Axioms | None = None) -> Graph:
    """The entailments of the data under the ontology's axioms, minus what is asserted."""
    axioms = axioms or ontology_axioms()
    inferred = Graph()
    for s, p, o in data:
        if p == RDF.type:
            for cls in axioms.superclasses.get(o, ()):
                inferred.add((s, RDF.type, cls))
            continue
        for sup in axioms.superproperties.get(p, ()):
            inferred.add((s, sup, o))
        for inv in axioms.inverses.get(p, ()):
            inferred.add((o, inv, s))
    for prop in axioms.transitive:
        links = defaultdict(set)
        for s, o in data.subject_objects(prop):
            links[s].add(o)
        for start in list(links):
            seen, todo = set(), list(links[start])
            while todo:
                node = todo.pop()
                if node not in seen:
                    seen.add(node)
                    todo.extend(links.get(node, ()))
            for reached in seen - links[start] - {start}:
                inferred.add((start, prop, reached))
                for inv in axioms.inverses.get(prop, ()):
                    inferred.add((reached, inv, start))
    return inferred - data
