"""The small typed records passed between pipeline stages.

read → Article; extract → ArticleFacts (mentions, calls, attacks, totals, resolutions, each with
the sentence it came from); resolve → KnowledgeBase (one Entity per real-world thing, one Event per
real-world event). The RDF mapping reads only KnowledgeBase.
"""

from __future__ import annotations

import pickle
import zlib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Article:
    id: str
    published: date
    source: str
    text: str
    path: Path
    author: str | None = None


@dataclass(frozen=True)
class ReadError:
    path: Path
    reason: str


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class DateWindow:
    """When an event happened, as far as the text tells: a day, or a range, or nothing."""

    day: date | None = None
    earliest: date | None = None
    latest: date | None = None
    assumed: bool = False  # the window is ours (the week before publication), not the text's

    @property
    def precision(self) -> str:
        if self.day:
            return "day"
        return "range" if self.earliest and self.latest and not self.assumed else "unknown"

    def bounds(self) -> tuple[date | None, date | None]:
        return (self.day, self.day) if self.day else (self.earliest, self.latest)


@dataclass(frozen=True)
class Mention:
    """A name in the text. `ref` is the local entity key it points to within the article."""

    ref: str
    text: str
    start: int
    end: int
    sentence: int
    found_by: str = ""  # the extraction pass that found it, for `conflictkg explain`


@dataclass
class LocalEntity:
    """An entity as one article knows it; names gathered from all its mentions there."""

    key: str
    kind: str  # Person | Organization | Country | Place | Facility
    label: str
    names: set[str] = field(default_factory=set)
    positions: list[Position] = field(default_factory=list)
    forces_of: str | None = None  # country key, for armed forces
    within: str | None = None  # enclosing place key, for facilities


@dataclass(frozen=True)
class Position:
    title: str
    of: str | None  # local entity key of the country or organization
    sentence: int


@dataclass(frozen=True)
class Claim:
    """Who asserts a sentence's facts and how."""

    claimant: str | None  # local entity key; None means the publisher
    stance: str  # asserted | alleged | denied


def told(figures: Figures, name: str) -> int:
    """The figure of a count ('killed'), or its bound ('at least 20'), or -1 when not told."""
    value = getattr(figures, name)
    if value is None:
        value = getattr(figures, f"{name}_at_least")
    return -1 if value is None else value


@dataclass(frozen=True)
class Figures:
    killed: int | None = None
    injured: int | None = None
    children_killed: int | None = None
    children_injured: int | None = None
    killed_at_least: int | None = None
    injured_at_least: int | None = None
    approximate: bool = False
    stated: str = ""
    victims: str | None = None  # civilian | military
    sentences: tuple[int, ...] = ()  # the sentences that gave these figures

    def merge(self, other: Figures, rising: bool = False) -> Figures:
        """This report updated by a later sentence of the same article: the later figure where
        it gives one (a source restates or updates the toll), this one's in the gaps. With
        `rising`, a smaller figure told later does not replace a larger one: tolls rise, so an
        article that tells a smaller one after the lead's is telling how the count grew."""
        values = {
            name: getattr(other, name) if getattr(other, name) is not None else getattr(self, name)
            for name in ("children_killed", "children_injured", "victims")
        }
        for name in ("killed", "injured"):  # a figure and its bound go together: not 32 dead
            # beside 'more than 20' of the earlier count; a bound alone ('dozens of the
            # injured') leaves a figure told (760) as it was
            bound = f"{name}_at_least"
            kept = getattr(self, name) is not None or getattr(other, bound) is None
            source = self if getattr(other, name) is None and kept else other
            if rising and source is other and told(self, name) > told(other, name):
                source = self  # 'five had died by late Saturday' after the lead's 18
            values[name], values[bound] = getattr(source, name), getattr(source, bound)
        stated = "; ".join(s for s in (self.stated, other.stated) if s)
        sentences = tuple(sorted({*self.sentences, *other.sentences}))
        approximate = self.approximate or other.approximate
        return Figures(**values, approximate=approximate, stated=stated, sentences=sentences)

    def plus(self, other: Figures) -> Figures:
        """This report with more victims of the same attack added ('two at the restaurant; at
        the same time five near the school')."""
        counts = ("killed", "injured", "children_killed", "children_injured")
        summed = {
            name: (getattr(self, name) or 0) + (getattr(other, name) or 0)
            if getattr(self, name) is not None or getattr(other, name) is not None
            else None
            for name in counts
        }
        return replace(self.merge(other), **summed)


@dataclass(frozen=True)
class Damage:
    structure: str
    count: int
    stated: str


@dataclass(frozen=True)
class CallReport:
    kind: str  # PhoneCall | Meeting
    participants: tuple[str, ...]  # local entity keys
    when: DateWindow
    place: str | None
    topics: tuple[str, ...]
    sentence: int
    claim: Claim


@dataclass(frozen=True)
class AttackReport:
    place: str | None  # local entity key
    when: DateWindow
    perpetrator: str | None
    weapons: tuple[str, ...]
    targets: tuple[str, ...]
    facility: str | None
    figures: Figures | None
    sentence: int
    claim: Claim
    another_count: bool = False  # another source's figures for the attack told before, kept
    # beside that source's ('The Observatory gave a higher toll of 123 dead')


@dataclass(frozen=True)
class RunningTotal:
    figures: Figures
    since: date | None
    damage: tuple[Damage, ...]
    sentence: int
    claim: Claim


@dataclass(frozen=True)
class ResolutionRef:
    body: str  # gazetteer id of the adopting body
    number: int
    year: int | None
    sentence: int


@dataclass
class ArticleFacts:
    """All an article tells, in its own local keys."""

    article: Article
    sentences: list[Sentence]
    entities: dict[str, LocalEntity]
    mentions: list[Mention]
    calls: list[CallReport]
    attacks: list[AttackReport]
    totals: list[RunningTotal]
    resolutions: list[ResolutionRef]
    publisher: str | None = None  # local key of the publishing organization
    author: str | None = None  # local key of the author


@dataclass(frozen=True)
class PackedFacts:
    """An article's facts, compressed while they wait for resolution and mapping: as objects
    they take ~15 KB an article (gigabytes for a large corpus), packed ~1.6 KB. Resolution
    reads `people` in its first pass and the facts once in its second; the mapping reads the
    text and the sentences' offsets."""

    id: str
    published: date
    people: bytes  # ArticleFacts of the people with full names and what their positions are of
    facts: bytes  # the ArticleFacts without the text
    text: bytes  # the text and its sentences' (start, end); all three pickled and compressed

    def first_pass(self) -> ArticleFacts:
        return pickle.loads(zlib.decompress(self.people))

    def unpack(self) -> ArticleFacts:
        """The facts, without the article's text and the sentences' (see `text_and_spans`)."""
        return pickle.loads(zlib.decompress(self.facts))

    def whole(self) -> ArticleFacts:
        """The facts as extraction made them, texts included."""
        facts, (text, _) = self.unpack(), self.text_and_spans()
        return replace(
            facts,
            article=replace(facts.article, text=text),
            sentences=[replace(s, text=text[s.start : s.end]) for s in facts.sentences],
        )

    def text_and_spans(self) -> tuple[str, list[tuple[int, int]]]:
        return pickle.loads(zlib.decompress(self.text))


def pack(facts: ArticleFacts) -> PackedFacts:
    textless = replace(
        facts,
        article=replace(facts.article, text=""),
        sentences=[replace(s, text="") for s in facts.sentences],
    )
    people = {
        key: entity
        for key, entity in facts.entities.items()
        if entity.kind == "Person" and len(entity.label.split()) > 1
    }
    todo = [p.of for entity in people.values() for p in entity.positions if p.of]
    while todo:  # what the positions are of, and where that lies
        key = todo.pop()
        if key in facts.entities and key not in people:
            people[key] = facts.entities[key]
            todo += [people[key].within] if people[key].within else []
    first_pass = ArticleFacts(textless.article, [], people, [], [], [], [], [])
    spans = [(s.start, s.end) for s in facts.sentences]
    return PackedFacts(
        facts.article.id,
        facts.article.published,
        packed(first_pass),
        packed(textless),
        packed((facts.article.text, spans)),
    )


def packed(value) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


# --- resolved records: one per real-world thing, shared across articles


@dataclass
class Entity:
    id: str  # IRI path below ckgr:, e.g. "person/jeyhun-bayramov"
    kind: str
    label: str
    names: set[str] = field(default_factory=set)
    iso_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames: int | None = None  # GeoNames id of a place
    within: str | None = None  # entity id
    forces_of: str | None = None  # entity id
    precision: str | None = None  # for places: town, district, region or country
    positions: set[tuple[str, str | None]] = field(default_factory=set)  # (title, of entity id)
    merge_notes: dict[str, str] = field(default_factory=dict)  # article id -> why it is this node


@dataclass(frozen=True)
class Evidence:
    """A sentence that reports a fact, and who claims it there."""

    article: str
    sentence: int
    claimant: str | None  # entity id; None: the publisher
    stance: str
    span: tuple[int, int]  # the sentence's first and last character in the text


@dataclass
class Event:
    id: str
    kind: str  # PhoneCall | Meeting | Attack
    when: DateWindow
    places: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)
    weapons: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    facilities: list[str] = field(default_factory=list)
    topics: set[str] = field(default_factory=set)
    reports: dict[str, Figures | None] = field(default_factory=dict)  # article id -> its figures
    other_counts: dict[str, list[tuple[Figures, Evidence]]] = field(default_factory=dict)  # article
    # id -> the figures other sources give in it, each with its sentence and claimant
    evidence: list[Evidence] = field(default_factory=list)
    merge_notes: list[str] = field(default_factory=list)  # why each report joined this event


@dataclass(frozen=True)
class Total:
    article: str
    index: int
    figures: Figures
    since: date | None
    damage: tuple[Damage, ...]
    evidence: Evidence


@dataclass(frozen=True)
class ArticleRecord:
    article: Article  # without its text: `packed` has it
    packed: PackedFacts
    mentions: frozenset[str]  # entity ids
    resolutions: frozenset[str]  # entity ids of resolutions
    publisher: str | None
    author: str | None


@dataclass(frozen=True)
class Resolution:
    id: str
    body: str  # entity id
    number: int
    year: int | None


@dataclass
class KnowledgeBase:
    articles: list[ArticleRecord]
    entities: dict[str, Entity]
    events: list[Event]
    totals: list[Total]
    resolutions: dict[str, Resolution]
