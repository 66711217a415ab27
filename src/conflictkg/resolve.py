"""Resolution: one Entity per real-world thing and one Event per real-world event, across articles.

Entities meet by gazetteer id, by ISO code, or by name: a person by a surname that sounds alike
(Bairamov / Bayramov) and a first name that is spelled alike (Robert / Roberto Mardini, Jeyhun /
Ceyhun Bayramov). Candidates are found through blocking keys (the sound of a surname, the first
letters of a place name), so resolution grows with the corpus, not with its square. Events meet when they are
of one kind, at one place (or among the same people), and their dates agree: the same day, or an
undated report whose window (the week before publication, or "early October") holds the day.
Every merge is recorded in the merged thing's `merged_from` or in the event's evidence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pycountry
from rapidfuzz import fuzz

from .extract.gazetteer import fold, gazetteer
from .extract.vocab import Vocabulary, load_vocabulary
from .records import (
    Article,
    ArticleFacts,
    ArticleRecord,
    AttackReport,
    CallReport,
    DateWindow,
    Entity,
    Event,
    Evidence,
    Figures,
    KnowledgeBase,
    PackedFacts,
    Resolution,
    Total,
    pack,
)

FIRST_NAME_SIMILARITY = 70
SPELLING_SIMILARITY = 88
PLACE_PRECISION = {
    "city": "town",
    "town": "town",
    "village": "town",
    "district": "district",
    "region": "region",
}


def slugify(text: str) -> str:
    """The IRI path segment of a name: folded as names are compared, words joined by '-'."""
    return fold(text).replace(" ", "-") or "x"


class Resolver:
    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self.entities: dict[str, Entity] = {}
        self.people: dict[str, list[Entity]] = {}  # by the sound of the surname
        self.particles = {fold(p) for p in vocab.lexicon["name_particles"]} | {"bint", "el"}
        self.unknown_places: dict[str, list[Entity]] = {}  # by the first letters of the name

    # --- entities

    def entity_id(self, facts: ArticleFacts, key: str) -> str:
        """The global id of an article's local entity key, creating the entity when new."""
        local = facts.entities.get(key)
        kind, _, rest = key.partition(":")
        label = local.label if local else rest
        names = set(local.names) if local else {label}
        why = self.reason(kind)
        if kind == "country":
            ent = self.get(f"country/{rest.lower()}", "Country", self.vocab.countries[rest])
            ent.iso_code, ent.precision = rest, "country"
        elif kind == "place":
            ent = self.known_place(rest)
        elif kind == "geo":
            ent = self.geonames_place(int(rest))
        elif kind == "region":
            ent = self.subdivision(rest)
        elif kind == "place+":
            ent = self.unknown_place(label)
            if local and local.within:
                ent.within = self.entity_id(facts, local.within)
        elif kind == "org":
            ent = self.get(f"organization/{rest}", "Organization", self.vocab.organizations[rest])
        elif kind == "outlet":
            label = self.vocab.outlet_labels.get(rest, label)  # an outlet no list knows
            ent = self.get(f"organization/{rest}", "Organization", label)
        elif kind == "org+":
            ent = self.get(f"organization/{slugify(label)}", "Organization", label)
        elif kind == "forces":
            ent = self.get(f"organization/armed-forces-{rest.lower()}", "Organization", label)
            ent.forces_of = self.entity_id(facts, f"country:{rest}")
        elif kind == "facility":
            place = self.entity_id(facts, local.within)
            ent = self.get(f"facility/{slugify(label)}-{place.split('/')[-1]}", "Facility", label)
            ent.within = place
        else:
            ent, why = self.person(label)
        if not ent.merge_notes or names - ent.names:
            # why each spelling was taken for this node, where it was first met (a note for
            # every article would give a country one in each of thousands)
            spelled = ", ".join(sorted(names))
            ent.merge_notes.setdefault(facts.article.id, f"named {spelled}: {why}")
        ent.names |= names
        if local:
            for position in local.positions:
                of = self.entity_id(facts, position.of) if position.of else None
                ent.positions.add((position.title, of))
        return ent.id

    def get(self, ident: str, kind: str, label: str) -> Entity:
        if ident not in self.entities:
            self.entities[ident] = Entity(ident, kind, label, {label})
        return self.entities[ident]

    def within_id(self, within: str | None) -> str | None:
        if within is None:
            return None
        if within.isupper():
            ent = self.get(f"country/{within.lower()}", "Country", self.vocab.countries[within])
            ent.iso_code = within
            return ent.id
        return self.known_place(within).id

    def known_place(self, place_id: str) -> Entity:
        """A gazetteer place, with its code, coordinates and the place it lies in."""
        info = self.vocab.places[place_id]
        ent = self.get(f"place/{info.id}", "Place", info.label)
        ent.iso_code, ent.lat, ent.lon, ent.geonames = (
            info.iso_code,
            info.lat,
            info.lon,
            info.geonames,
        )
        ent.precision = PLACE_PRECISION.get(info.kind)
        ent.within = self.within_id(info.within)
        return ent

    def geonames_place(self, geonameid: int) -> Entity:
        """A GeoNames place: its id, coordinates and country from GeoNames. Its IRI is its name's,
        or its name's and its id's when another place took that name."""
        feature = gazetteer().place(geonameid)
        ident = f"place/{slugify(feature.name)}"
        taken = self.entities.get(ident)
        if taken is not None and taken.geonames != geonameid:
            ident = f"{ident}-{geonameid}"
        ent = self.get(ident, "Place", feature.name)
        ent.geonames, ent.lat, ent.lon, ent.precision = geonameid, feature.lat, feature.lon, "town"
        ent.within = (
            self.within_id(feature.country) if feature.country in self.vocab.countries else None
        )
        return ent

    def subdivision(self, code: str) -> Entity:
        """An ISO 3166-2 subdivision (pycountry): its code, its name, its country."""
        sub = pycountry.subdivisions.get(code=code)
        ent = self.get(f"place/{slugify(sub.name)}", "Place", sub.name)
        ent.iso_code, ent.precision = code, "region"
        ent.within = self.within_id(sub.country_code)
        return ent

    def reason(self, kind: str) -> str:
        reasons = {
            "country": "country, by name or demonym",
            "place": "gazetteer place, by name or a spelling within edit distance",
            "geo": "GeoNames place, by any of its names",
            "region": "ISO 3166-2 subdivision, by name",
            "org": "gazetteer organization", "outlet": "news outlet", "forces": "armed forces of the country",
            "facility": "facility at its place", "place+": "same place name", "org+": "same organization name",
        }  # fmt: skip
        return reasons.get(kind, "same name")

    def unknown_place(self, name: str) -> Entity:
        """A place outside the gazetteer, one node for spellings that transliterate alike
        (Qarayusifli / Garayusifli)."""
        spelled = self.vocab.spelling(name)
        block = self.unknown_places.setdefault(spelled[:2], [])
        for ent in block:
            if fuzz.ratio(self.vocab.spelling(ent.label), spelled) >= SPELLING_SIMILARITY:
                return ent
        ident = f"place/{slugify(name)}"
        if ident in self.entities:
            return self.entities[ident]
        ent = self.get(ident, "Place", name)
        block.append(ent)
        return ent

    def person(self, name: str) -> tuple[Entity, str]:
        """The person of that name: same surname and a first name spelled alike, or new."""
        words = name.split()
        same_sound = self.people.setdefault(self.vocab.sound(words[-1]), [])
        for person in same_sound:
            known = person.label.split()
            if len(words) == 1 or len(known) == 1:
                return person, "same surname"
            # the given names next to the surname, spelled alike: 'Shehbaz Sharif' is 'Muhammad
            # Shehbaz Sharif' and 'Muhammad Nawaz Sharif' another; Jeyhun / Ceyhun Bayramov one
            given, known_given = (  # without particles: 'Tamim bin Hamad Al Thani' and
                # 'Mohammed bin Abdulrahman Al Thani' are two
                [w for w in fold(" ".join(words[:-1])).split() if w not in self.particles],
                [w for w in fold(" ".join(known[:-1])).split() if w not in self.particles],
            )
            if (
                given
                and known_given
                and (
                    fuzz.ratio(given[-1], known_given[-1]) >= FIRST_NAME_SIMILARITY
                    or set(given) <= set(known_given)
                    or set(known_given) <= set(given)  # 'Babagana Zulum', 'Babagana Umara Zulum'
                )
            ):
                if len(words) > len(known):
                    person.label = name
                return person, "same surname, first name spelled alike"
        ent = Entity(f"person/{slugify(name)}", "Person", name, {name})
        self.entities[ent.id] = ent
        same_sound.append(ent)
        return ent, "first named here"


def resolve(
    all_facts: list[ArticleFacts | PackedFacts], vocab: Vocabulary | None = None
) -> KnowledgeBase:
    """One record per real-world thing and event. The facts may come packed (see
    `PackedFacts`): then each article's are unpacked once, and only its text-free header stays
    in the records."""
    resolver = Resolver(vocab or load_vocabulary())
    packed = [f if isinstance(f, PackedFacts) else pack(f) for f in all_facts]
    packed.sort(key=lambda f: (f.published, f.id))
    # people with full names first, so a surname alone finds them
    for article in packed:
        people = article.first_pass()
        for key in sorted(people.entities):
            if people.entities[key].kind == "Person":
                resolver.entity_id(people, key)
    articles, calls, attacks, totals, resolutions = [], [], [], [], {}
    # a village -> the district the text puts it in; not a province or state: 'the village of
    # Wad al-Nourah in Gezira state' was struck, not all Gezira
    containers: dict[str, str] = {}
    for article in packed:
        facts = article.unpack()
        ids = {key: resolver.entity_id(facts, key) for key in sorted(facts.entities)}
        containers.update(
            (ids[key], ids[local.within])
            for key, local in facts.entities.items()
            if key.startswith("place+:")
            and local.within in ids
            and not resolver.vocab.is_region(local.within)
        )
        art = facts.article
        mentioned = {ids[m.ref] for m in facts.mentions if m.ref in ids}
        mentioned -= {ids.get(facts.author), ids.get(facts.publisher)} - {
            ids[m.ref] for m in facts.mentions
        }
        res_ids = set()
        for ref in facts.resolutions:
            body = (
                resolver.entity_id(facts, f"org:{ref.body}")
                if ref.body in resolver.vocab.organizations
                else None
            )
            rid = f"resolution/{ref.body}/{ref.number}"
            resolutions.setdefault(rid, Resolution(rid, body, ref.number, ref.year))
            res_ids.add(rid)
        articles.append(
            ArticleRecord(
                art,
                article,
                frozenset(mentioned),
                frozenset(res_ids),
                ids.get(facts.publisher),
                ids.get(facts.author),
            )
        )
        spans = {s.index: (s.start, s.end) for s in facts.sentences}
        for call in facts.calls:
            calls.append((Teller(art, spans[call.sentence]), call, ids))
        for attack in facts.attacks:
            attacks.append((Teller(art, spans[attack.sentence]), attack, ids))
        for index, total in enumerate(facts.totals):
            claimant = ids.get(total.claim.claimant)
            evidence = Evidence(
                art.id, total.sentence, claimant, total.claim.stance, spans[total.sentence]
            )
            totals.append(Total(art.id, index, total.figures, total.since, total.damage, evidence))
    events = cluster_events(calls, call_key) + cluster_events(attacks, attack_key, containers)
    name_events(events)
    articles = with_known_publishers(articles)
    return KnowledgeBase(
        articles, dict(sorted(resolver.entities.items())), events, totals, resolutions
    )


@dataclass(frozen=True)
class Teller:
    """The article a report comes from (without its text) and the report's sentence's span."""

    article: Article
    span: tuple[int, int]


def with_known_publishers(articles: list[ArticleRecord]) -> list[ArticleRecord]:
    """An article whose header names only its author gets the one publisher that author's other
    articles name ('By Ayya Lmahamad' writes for Azernews)."""
    outlets: dict[str, set[str]] = {}
    for record in articles:
        if record.author and record.publisher:
            outlets.setdefault(record.author, set()).add(record.publisher)
    return [
        replace(record, publisher=next(iter(outlets[record.author])))
        if not record.publisher and len(outlets.get(record.author, ())) == 1
        else record
        for record in articles
    ]


def call_key(call: CallReport, ids: dict[str, str]) -> tuple:
    """A meeting is not a phone call: the two never meet in one event. The participants are
    sorted, so that events come out in one order whatever the hash seed."""
    return (call.kind, tuple(sorted({ids[p] for p in call.participants})))


def attack_key(attack: AttackReport, ids: dict[str, str]) -> tuple:
    return ("Attack", ids[attack.place] if attack.place else None)


@dataclass
class Cluster:
    """Reports taken for one event, with the window its date lies in and why each joined. The
    articles, death tolls, weapons and victims of its members are kept in sets as they join, so
    that testing a report costs the same however many reports the event already has."""

    window: DateWindow
    members: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    tolls: dict[str, set[int]] = field(default_factory=dict)  # article id -> its killed figures
    weapons: dict[str, set[str]] = field(default_factory=dict)  # article id -> weapons told
    victims: dict[str, set[str]] = field(default_factory=dict)  # article id -> victims told

    def add(self, member, note: str):
        self.members.append(member)
        self.notes.append(note)
        article_id = member[0].article.id
        self.articles.add(article_id)
        killed = toll(member[1])
        if killed is not None:
            self.tolls.setdefault(article_id, set()).add(killed)
        if isinstance(member[1], AttackReport):
            self.weapons.setdefault(article_id, set()).update(member[1].weapons)
            if member[1].figures and member[1].figures.victims:
                self.victims.setdefault(article_id, set()).add(member[1].figures.victims)

    def told_alike(self, report) -> bool:
        """Whether the report and what its article told of this event may be one strike's:
        weapons alike ('missile', 'ballistic-missile'; not 'drone' and 'missile') and the same
        victims (not 60 soldiers claimed beside 34 civilians)."""
        article = report[0].article.id
        weapons = self.weapons.get(article, set())
        own = set(report[1].weapons)
        victims = self.victims.get(article, set())
        own_victims = report[1].figures.victims if report[1].figures else None
        return (not weapons or not own or any(a in b or b in a for a in own for b in weapons)) and (
            own_victims is None or not victims or own_victims in victims
        )

    def accepts(self, report) -> bool:
        """An undated report joins when the windows meet, its own article tells no other figures
        for this event, and something ties it to a dated event: the same article, a range the
        text gives ("in the early days of October"), the same death toll, or news of the day (a
        dated event of the day of publication or the day before: 'claimed on Monday that
        Armenian units were shelling Tartar' in Monday's news). A bare undated mention of an
        older day does not take another article's date."""
        when = report[1].when
        lo, hi = when.bounds()
        if not overlaps(self.window, lo, hi):
            return False
        published = report[0].article.published
        article_id = report[0].article.id
        killed = toll(report[1])
        news_of_the_day = bool(self.window.day) and 0 <= (published - self.window.day).days <= 1
        others = self.tolls.get(article_id, set()) - {killed} if killed is not None else set()
        if others and not (news_of_the_day and killed > max(others) and self.told_alike(report)):
            return False  # its own article tells another toll: another attack; but a higher
            # toll of an attack of the day is that attack's, risen ('has risen to 13' in the
            # lead, 'had reported 12 killed' below)
        if not self.window.day and when.assumed and isinstance(report[1], AttackReport):
            # two undated attacks on a town: one told with no word of its day is the other
            # only if that one may have been as late as the day before this news ('shelled
            # Tartar overnight' on October 6 is not 'once again shelled Tartar' on October 8)
            return self.window.latest is not None and (published - self.window.latest).days <= 1
        # calls between the same people within a week are rare; undated shelling of a town is not
        return (
            not self.window.day
            or not when.assumed
            or isinstance(report[1], CallReport)
            or news_of_the_day
            or article_id in self.articles
            or (killed is not None and any(killed in tolls for tolls in self.tolls.values()))
        )


def toll(report) -> int | None:
    """The number of people killed an attack report gives, if it gives one."""
    figures = report.figures if isinstance(report, AttackReport) else None
    return figures.killed if figures is not None else None


def cluster_events(reports, key_of, containers: dict[str, str] | None = None) -> list[Event]:
    """Group reports into events: same key, and dates that agree (see the module docstring).
    An attack on a village the text puts in a district ('Kebirli village of Tartar district')
    is located at both. Dated events are found by their day; an undated report is tested
    against the days its window holds, latest first, then against the undated events."""
    groups: dict[tuple, list] = {}
    for facts, report, ids in reports:
        groups.setdefault(key_of(report, ids), []).append((facts, report, ids))
    events: list[Event] = []
    for _, members in sorted(groups.items(), key=lambda kv: repr(kv[0])):
        by_day: dict[date, Cluster] = {}
        for member in (m for m in members if m[1].when.day):
            day = member[1].when.day
            if day not in by_day:
                by_day[day] = Cluster(DateWindow(day=day))
            by_day[day].add(member, f"{member[0].article.id}: dated {day}")
        clusters = list(by_day.values())
        undated_clusters: list[Cluster] = []
        undated = [m for m in members if not m[1].when.day]
        # reports with a toll of their own first: they tie to a dated event, the rest of their
        # article follows them
        undated.sort(key=lambda m: getattr(m[1], "figures", None) is None)
        for member in undated:
            lo, hi = member[1].when.bounds()
            # a dated event before an undated one; among them the latest
            best = next((c for c in days_within(by_day, lo, hi) if c.accepts(member)), None)
            if best is None:
                fits = [c for c in undated_clusters if c.accepts(member)]
                best = max(fits, key=lambda c: c.window.latest, default=None)
            if best is not None:
                if not best.window.day:
                    best.window = narrow(best.window, member[1].when)
                agrees = best.window.day or f"{best.window.earliest}..{best.window.latest}"
                best.add(
                    member, f"{member[0].article.id}: undated, its window {lo}..{hi} holds {agrees}"
                )
            else:
                best = Cluster(DateWindow(earliest=lo, latest=hi, assumed=member[1].when.assumed))
                best.add(member, f"{member[0].article.id}: undated, window {lo}..{hi}")
                clusters.append(best)
                undated_clusters.append(best)
        for cluster in clusters:
            event = make_event(cluster.window, cluster.members, containers or {})
            event.merge_notes = sorted(set(cluster.notes))
            events.append(event)
    return events


def days_within(by_day: dict[date, Cluster], lo: date | None, hi: date | None):
    """The dated events whose day lies in lo..hi, latest first: looked up day by day for a
    window of up to two months, else found among all the days."""
    if lo is None or hi is None or hi < lo:
        return
    if (hi - lo).days <= 62:
        for offset in range((hi - lo).days, -1, -1):
            cluster = by_day.get(lo + timedelta(days=offset))
            if cluster is not None:
                yield cluster
    else:
        for day in sorted((d for d in by_day if lo <= d <= hi), reverse=True):
            yield by_day[day]


def overlaps(window: DateWindow, lo: date | None, hi: date | None) -> bool:
    a, b = window.bounds()
    if None in (a, b, lo, hi):
        return False
    return a <= hi and lo <= b


def narrow(window: DateWindow, other: DateWindow) -> DateWindow:
    lo, hi = other.bounds()
    assumed = window.assumed and other.assumed
    return DateWindow(
        earliest=max(window.earliest, lo), latest=min(window.latest, hi), assumed=assumed
    )


def make_event(window: DateWindow, members, containers: dict[str, str]) -> Event:
    first = members[0][1]
    kind = first.kind if isinstance(first, CallReport) else "Attack"
    event = Event("", kind, window)
    # in the order the articles tell them: a later sentence updates an earlier one's figures
    for facts, report, ids in sorted(members, key=lambda m: (m[0].article.id, m[1].sentence)):
        art = facts.article.id
        claimant = ids.get(report.claim.claimant)
        evidence = Evidence(art, report.sentence, claimant, report.claim.stance, facts.span)
        event.evidence.append(evidence)
        if isinstance(report, CallReport):
            add_unique(event.participants, [ids[p] for p in report.participants])
            if report.place:
                add_unique(event.places, [ids[report.place]])
            event.topics |= set(report.topics)
            event.reports.setdefault(art, None)
            if report.kind == "PhoneCall":
                event.kind = "PhoneCall"
        else:
            if report.place:
                place = ids[report.place]
                add_unique(event.places, [place, containers.get(place, place)])
            if report.perpetrator:
                add_unique(event.perpetrators, [ids[report.perpetrator]])
            if report.facility:
                add_unique(event.facilities, [ids[report.facility]])
            event.weapons |= set(report.weapons)
            event.targets |= set(report.targets)
            figures = report.figures
            previous = event.reports.get(art)
            if report.another_count and previous and figures:  # another source's, kept apart
                event.other_counts.setdefault(art, []).append((figures, evidence))
                continue
            if previous and figures:
                figures = previous.merge(figures, rising=True)
            event.reports[art] = figures or previous
    return event


def add_unique(target: list, items):
    for item in items:
        if item not in target:
            target.append(item)


def name_events(events: list[Event]):
    """Deterministic IRIs: kind, day or window, place or participants; a counter on a clash."""
    used = Counter()
    for event in sorted(events, key=event_sort_key):
        when = event.when.day.isoformat() if event.when.day else "undated"
        if event.kind == "Attack":
            where = event.places[0].split("/")[-1] if event.places else "unlocated"
            base = f"attack/{when}-{where}"
        else:
            people = "-".join(sorted(p.split("/")[-1] for p in event.participants))
            base = f"call/{when}-{people}"
        used[base] += 1
        event.id = base if used[base] == 1 else f"{base}-{used[base]}"


def event_sort_key(event: Event):
    first = min((e.article, e.sentence) for e in event.evidence)
    return (
        event.kind,
        event.when.bounds()[0] or date.min,
        sorted(event.places),
        sorted(event.participants),
        first,
    )


__all__ = ["resolve", "slugify", "Figures"]
