"""Evaluate a built graph against a hand-annotated sample: precision, recall and F1 per class.

The annotation is a JSON file in the format of shared/eval (entities with their names; events
with date, place, participants; articles with what they mention and report). Names match after
folding case, accents and punctuation. A class's predictions and annotations are compared
article by article as sets of keys:

- people, organizations, countries, places: the entities an article mentions;
- calls: (participants, date); attacks: (place, date), one per location;
- running totals: (killed, injured); resolutions: their numbers.

An undated report matches a predicted event with no date or one of its acceptable dates.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

CKG = "https://w3id.org/conflictkg/ontology#"
CLASSES = ("Person", "Organization", "Country", "Place")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"^the ", "", re.sub(r"\W+", " ", text).strip())


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def compare(self, article: str, predicted: set, wanted: set, allowed: set = frozenset()):
        self.tp += len(predicted & wanted)
        extra = predicted - wanted - allowed
        self.fp += len(extra)
        self.fn += len(wanted - predicted)
        self.misses += [f"{article}: missed {k}" for k in sorted(map(str, wanted - predicted))]
        self.misses += [f"{article}: extra {k}" for k in sorted(map(str, extra))]


class GraphReader:
    """What the graph says, read with SPARQL over the union of its named graphs."""

    def __init__(self, store: ox.Store, gold: dict):
        self.store = store
        self.names = defaultdict(set)
        for ident, entity in gold["entities"].items():
            for name in entity["names"]:
                self.names[fold(name)].add(ident)
        self.types = {ident: e["type"] for ident, e in gold["entities"].items()}

    def rows(self, query: str, **bindings):
        prefix = f"PREFIX ckg: <{CKG}> PREFIX dcterms: <http://purl.org/dc/terms/> "
        prefix += "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        subs = {ox.Variable(k): v for k, v in bindings.items()}
        # pyoxigraph substitutes only variables the query projects
        query = query.replace("SELECT ", "SELECT " + "".join(f"?{k} " for k in bindings), 1)
        return list(
            self.store.query(prefix + query, substitutions=subs, use_default_graph_as_union=True)
        )

    def key(self, node, kind: str | None = None) -> str:
        """The annotation's id of a node (by any of its names), else its label."""
        labels = [
            r["l"].value for r in self.rows("SELECT ?l { ?n rdfs:label|skos:altLabel ?l }", n=node)
        ]
        ids = {i for label in labels for i in self.names.get(fold(label), ())}
        if kind:
            ids = {i for i in ids if self.types[i] == kind}
        return sorted(ids)[0] if ids else "?" + (sorted(labels)[0] if labels else str(node))

    def article(self, ident: str):
        found = self.rows("SELECT ?a { ?a dcterms:identifier ?id }", id=ox.Literal(ident))
        return found[0]["a"] if found else None

    def kind(self, node) -> str | None:
        types = {
            r["t"].value.removeprefix(CKG)
            for r in self.rows("SELECT ?t { ?n a/rdfs:subClassOf* ?t }", n=node)
        }
        types |= {
            r["t"].value.removeprefix(CKG) for r in self.rows("SELECT ?t { ?n a ?t }", n=node)
        }
        return next(
            (c for c in ("Resolution", "Country", "Person", "Organization", "Place") if c in types),
            None,
        )


def evaluate(graph_files: list[Path], gold_file: Path) -> dict[str, Score]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    store = ox.Store()
    for path in graph_files:
        store.load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")))
    graph = GraphReader(store, gold)
    scores = {name: Score() for name in (*CLASSES, "Call", "Attack", "RunningTotal", "Resolution")}
    for ident, annotated in gold["articles"].items():
        node = graph.article(ident)
        if node is None:
            for score in scores.values():
                score.misses.append(f"{ident}: article not in the graph")
        mentioned = defaultdict(set)
        resolutions = set()
        for row in graph.rows("SELECT ?e { ?a ckg:mentions ?e }", a=node) if node else []:
            kind = graph.kind(row["e"])
            if kind == "Resolution":
                resolutions |= {
                    int(r["n"].value)
                    for r in graph.rows("SELECT ?n { ?e ckg:number ?n }", e=row["e"])
                }
            elif kind:
                mentioned[kind].add(graph.key(row["e"], kind))
        for kind in CLASSES:
            wanted = {
                e for e in annotated.get("mentions", []) if gold["entities"][e]["type"] == kind
            }
            allowed = set(annotated.get("optional_mentions", []))
            scores[kind].compare(ident, mentioned[kind], wanted, allowed)
        scores["Resolution"].compare(
            ident,
            resolutions,
            set(annotated.get("resolutions", [])),
            set(annotated.get("optional_resolutions", [])),
        )
        compare_events(graph, gold, ident, node, annotated, scores)
    return scores


def compare_events(
    graph: GraphReader, gold: dict, ident: str, node, annotated: dict, scores: dict[str, Score]
):
    events = gold["events"]
    calls, attacks, totals = set(), set(), set()
    if node is not None:
        for row in graph.rows(
            "SELECT ?e ?d { ?e ckg:reportedIn ?a ; a/rdfs:subClassOf* ckg:Call OPTIONAL { ?e ckg:date ?d } }",
            a=node,
        ):
            people = frozenset(
                graph.key(r["p"], "Person")
                for r in graph.rows("SELECT ?p { ?e ckg:participant ?p }", e=row["e"])
            )
            calls.add((people, row["d"].value if row["d"] else None))
        for row in graph.rows(
            "SELECT ?e ?d { ?e ckg:reportedIn ?a ; a ckg:Attack OPTIONAL { ?e ckg:date ?d } }",
            a=node,
        ):
            places = [r["p"] for r in graph.rows("SELECT ?p { ?e ckg:location ?p }", e=row["e"])]
            keys = {
                None if graph.kind(p) == "Country" else graph.key(p, "Place") for p in places
            } or {None}
            attacks |= {(k, row["d"].value if row["d"] else None) for k in keys}
        query = "SELECT ?c ?k ?i { ?c ckg:reportedIn ?a ; a ckg:CasualtyCount FILTER NOT EXISTS { ?x ckg:casualties ?c } OPTIONAL { ?c ckg:killed ?k } OPTIONAL { ?c ckg:injured ?i } }"
        totals = {
            (int(r["k"].value) if r["k"] else None, int(r["i"].value) if r["i"] else None)
            for r in graph.rows(query, a=node)
        }

    def expected(report, kind):
        event = events[report["event"]]
        dates = (
            {event.get("date")}
            if report.get("date_given", True)
            else {None, event.get("date"), *report.get("acceptable_dates", [])}
        )
        if kind == "Call":
            return {(frozenset(event["participants"]), d) for d in dates}
        return {(event.get("place"), d) for d in dates}

    for kind, predicted, types in (
        ("Call", calls, ("PhoneCall", "Meeting")),
        ("Attack", attacks, ("Attack",)),
    ):
        reports = [r for r in annotated.get("reports", []) if events[r["event"]]["type"] in types]
        optional = [
            r
            for r in annotated.get("optional_reports", [])
            if r.get("event") and events[r["event"]]["type"] in types
        ]
        matched, taken = set(), set()
        for report in reports:
            hit = next(
                (
                    p
                    for p in sorted(predicted, key=str)
                    if p not in taken and p in expected(report, kind)
                ),
                None,
            )
            if hit:
                taken.add(hit)
                matched.add(report["event"])
        forgiven = {p for p in predicted - taken if any(p in expected(r, kind) for r in optional)}
        score = scores[kind]
        score.tp += len(matched)
        score.fn += len(reports) - len(matched)
        score.fp += len(predicted - taken - forgiven)
        score.misses += [
            f"{ident}: missed {r['event']}" for r in reports if r["event"] not in matched
        ]
        score.misses += [
            f"{ident}: extra {kind.lower()} {p}"
            for p in sorted(predicted - taken - forgiven, key=str)
        ]
    wanted = {(t.get("killed"), t.get("injured")) for t in annotated.get("tallies", [])}
    allowed = {(t.get("killed"), t.get("injured")) for t in annotated.get("optional_tallies", [])}
    scores["RunningTotal"].compare(ident, totals, wanted, allowed)


def report(scores: dict[str, Score]) -> str:
    lines = [f"{'class':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s}"]
    for name, s in scores.items():
        lines.append(
            f"{name:14s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d}"
        )
    mean = sum(s.f1 for s in scores.values()) / len(scores)
    lines.append(f"{'mean F1':14s} {mean:20.3f}")
    return "\n".join(lines)
