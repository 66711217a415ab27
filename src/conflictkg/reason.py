"""Reasoning: the OWL RL closure of the ontology, applied to the data without running owlrl on it.

owlrl over a whole data graph is slow (56 s for 60k triples), so it runs once, on the ontology
alone. From that closure we read the subclass, subproperty, inverse and transitive axioms, and
materialize their consequences on the data's triples with plain set operations. The results go to
their own named graph so that asserted and inferred triples stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import owlrl
import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from .resources import resource_dir

IGNORED = {OWL.Thing, RDFS.Resource, OWL.Nothing, RDFS.Class, OWL.Class}
TYPE = ox.NamedNode(str(RDF.type))

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


@dataclass(frozen=True)
class Axioms:
    superclasses: dict[ox.NamedNode, frozenset[ox.NamedNode]]
    superproperties: dict[ox.NamedNode, frozenset[ox.NamedNode]]
    inverses: dict[ox.NamedNode, frozenset[ox.NamedNode]]
    transitive: frozenset[ox.NamedNode]
    domains: dict[ox.NamedNode, frozenset[ox.NamedNode]]  # for validating data without its
    ranges: dict[ox.NamedNode, frozenset[ox.NamedNode]]  # inferences, as RDFS inference would


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

    def table(pairs: Iterable[tuple[URIRef, URIRef]]) -> dict[ox.NamedNode, frozenset]:
        out: dict[ox.NamedNode, set[ox.NamedNode]] = defaultdict(set)
        for s, o in pairs:
            out[ox.NamedNode(str(s))].add(ox.NamedNode(str(o)))
        return {k: frozenset(v) for k, v in out.items()}

    def named_pairs(pred: URIRef) -> list[tuple[URIRef, URIRef]]:
        return [
            (s, o)
            for s, o in closure.subject_objects(pred)
            if isinstance(s, URIRef) and isinstance(o, URIRef) and s != o and o not in IGNORED
        ]

    inverse_pairs = list(closure.subject_objects(OWL.inverseOf))
    return Axioms(
        table(named_pairs(RDFS.subClassOf)),
        table(named_pairs(RDFS.subPropertyOf)),
        table(inverse_pairs + [(o, s) for s, o in inverse_pairs]),
        frozenset(
            ox.NamedNode(str(p))
            for p in closure.subjects(RDF.type, OWL.TransitiveProperty)
            if isinstance(p, URIRef)
        ),
        table(named_pairs(RDFS.domain)),
        table(named_pairs(RDFS.range)),
    )


class Reasoner:
    """The entailments of the data, chunk by chunk: the rules that read one triple (subclass,
    subproperty, inverse) run on each chunk as it comes; the links of transitive properties are
    gathered as they pass (few: places within places) and closed once at the end."""

    def __init__(self, axioms: Axioms | None = None):
        self.axioms = axioms or ontology_axioms()
        self.links = {prop: defaultdict(set) for prop in self.axioms.transitive}

    def infer(self, data: set[Triple]) -> set[Triple]:
        """What one chunk's triples entail alone, minus what the chunk asserts."""
        axioms, inferred = self.axioms, set()
        for s, p, o in data:
            if p == TYPE:
                for cls in axioms.superclasses.get(o, ()):
                    inferred.add((s, TYPE, cls))
                continue
            for sup in axioms.superproperties.get(p, ()):
                inferred.add((s, sup, o))
            for inv in axioms.inverses.get(p, ()):
                inferred.add((o, inv, s))
            if p in self.links:
                self.links[p][s].add(o)
        return inferred - data

    def merge(self, links: dict):
        """Take in the transitive links a reasoner in another process gathered."""
        for prop, pairs in links.items():
            for start, ends in pairs.items():
                self.links[prop][start] |= ends

    def close(self) -> set[Triple]:
        """The links the transitive properties add beyond the asserted ones, with inverses."""
        inferred = set()
        for prop, links in self.links.items():
            for start in list(links):
                seen, todo = set(), list(links[start])
                while todo:
                    node = todo.pop()
                    if node not in seen:
                        seen.add(node)
                        todo.extend(links.get(node, ()))
                for reached in seen - links[start] - {start}:
                    inferred.add((start, prop, reached))
                    for inv in self.axioms.inverses.get(prop, ()):
                        inferred.add((reached, inv, start))
        return inferred


def infer(data: set[Triple], axioms: Axioms | None = None) -> set[Triple]:
    """The entailments of the data's triples under the ontology's axioms, minus what is asserted."""
    reasoner = Reasoner(axioms)
    return (reasoner.infer(data) | reasoner.close()) - data
