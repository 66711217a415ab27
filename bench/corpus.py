"""A seeded generator of varied articles of the genre, for benchmarks.

Copies of the seeds collapse into a few events and hide how the build grows; these articles name
different people, places, dates and figures. Every sentence comes from a template below filled
from word lists (place names from the gazetteer, titles from the lexicon), so extraction finds
calls, attacks, running totals and resolutions. Same seed, same articles.

    python bench/corpus.py OUT_DIR --articles 1000 [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

from conflictkg.resources import resource_dir

FIRST_NAMES = [
    "Aram", "Elnur", "Farid", "Gohar", "Hikmet", "Ilham", "Kamran", "Leyla", "Mirza", "Narine",
    "Orhan", "Pavel", "Rashad", "Samir", "Tigran", "Vusal", "Zaur", "Anna", "Boris", "Claire",
    "Dmitri", "Elena", "Franz", "Giorgi", "Helga", "Ivan", "Jean", "Karl", "Lucia", "Marco",
]  # fmt: skip
SURNAME_ROOTS = [
    "Aliyev", "Babayan", "Casimir", "Dorn", "Efendi", "Fischer", "Gasparyan", "Hasanov",
    "Ibrahim", "Jansen", "Kerimov", "Lindqvist", "Mammadov", "Novak", "Osmanli", "Petrov",
    "Quliyev", "Rustamov", "Sargsyan", "Tamm", "Usubov", "Varga", "Weber", "Yusifov", "Zeynal",
]  # fmt: skip
SURNAME_ENDINGS = ["", "ski", "son", "ner", "ova", "li", "ides", "ani"]
COUNTRIES = [
    ("Azerbaijan", "Azerbaijani"), ("Armenia", "Armenian"), ("Russia", "Russian"),
    ("Turkey", "Turkish"), ("France", "French"), ("Iran", "Iranian"), ("Georgia", "Georgian"),
    ("Germany", "German"), ("Italy", "Italian"), ("Hungary", "Hungarian"),
    ("Kazakhstan", "Kazakh"), ("Pakistan", "Pakistani"), ("Ukraine", "Ukrainian"),
]  # fmt: skip
SOURCES = ["Azernews", "Trend", "APA", "Armenpress", "AZERTAC", "news.am", "TASS", "Asbarez"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
WEAPONS = ["artillery", "missiles", "rockets", "Smerch rockets", "mortars", "drones"]
SPEECH = ["stressed", "noted", "underlined", "emphasized"]
TOPICS = [
    "the ceasefire regime", "the humanitarian truce", "international humanitarian law",
    "the situation in the region", "the protection of civilians",
]  # fmt: skip
RESOLUTIONS = [822, 853, 874, 884]
# an archive grows in time, not in news a day: a larger corpus spans more days (10,000 articles
# the 50 days of the war), so events do not pile up reports beyond what the news gives
ARTICLES_PER_DAY = 200


def titles_and_places() -> tuple[list[str], list[str]]:
    lexicon = json.loads((resource_dir("data") / "lexicon.json").read_text(encoding="utf-8"))
    titles = [t for t in lexicon["titles"] if "Minister" in t and not t.endswith("s")]
    places = json.loads((resource_dir("data") / "places.json").read_text(encoding="utf-8"))
    towns = [p["name"] for p in places["places"] if p.get("within") in {"AZ", "AM"}]
    return sorted(set(titles)), towns


class Writer:
    """Writes one article at a time; people are drawn from a fixed cast so they recur."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.titles, self.towns = titles_and_places()
        self.cast = [
            (
                f"{self.rng.choice(FIRST_NAMES)} "
                f"{self.rng.choice(SURNAME_ROOTS)}{self.rng.choice(SURNAME_ENDINGS)}",
                self.rng.choice(COUNTRIES),
                self.rng.choice(self.titles),
            )
            for _ in range(400)
        ]

    def day(self, published: date) -> str:
        when = published - timedelta(days=self.rng.randint(0, 3))
        return f"{MONTHS[when.month - 1]} {when.day}"

    def call(self, published: date) -> str:
        (a, (country_a, adj_a), title_a), (b, (country_b, adj_b), title_b) = self.rng.sample(
            self.cast, 2
        )
        surname_a = a.split()[-1]
        kind = self.rng.choice(["phone conversation", "telephone call", "meeting"])
        verb = self.rng.choice(SPEECH)
        first_resolution, second_resolution = sorted(self.rng.sample(RESOLUTIONS, 2))
        topic = self.rng.choice(TOPICS)
        first = self.rng.choice(
            [
                f"{adj_a} {title_a} {a} held a {kind} with {adj_b} {title_b} {b} on {self.day(published)}.",
                f"{title_a} of {country_a} {a} {verb} the importance of {topic} during a {kind} with {adj_b} {title_b} {b} on {self.day(published)}.",
            ]
        )
        return (
            f"{first}\n\n{surname_a} informed the counterpart about {topic}.\n\n"
            f"The sides {verb} the need to respect the resolutions of the UN Security Council "
            f"{first_resolution} and {second_resolution}."
        )

    def attack(self, published: date) -> str:
        town, other = self.rng.sample(self.towns, 2)
        side, target_side = self.rng.choice(
            [("Armenian", "Azerbaijani"), ("Azerbaijani", "Armenian")]
        )
        killed, injured = self.rng.randint(1, 15), self.rng.randint(2, 60)
        weapon = self.rng.choice(WEAPONS)
        first = self.rng.choice(
            [
                f"{side} armed forces shelled {town} with {weapon} on {self.day(published)}, killing {killed} civilians and injuring {injured} others.",
                f"On {self.day(published)}, {side} forces launched a {weapon.split()[-1].rstrip('s')} attack on {town}. {killed} civilians were killed and {injured} were injured.",
            ]
        )
        # running totals grow with the days of the war, with some noise: a few drop, as in the news
        days = (published - date(2020, 9, 27)).days
        total = 20 + 2 * days + self.rng.randint(0, 6)
        return (
            f"{first}\n\nThe attack also damaged houses in {other}.\n\n"
            f"In total, {total} {target_side} civilians have been killed and {total * 4 + killed} "
            f"others injured since September 27, 2020."
        )

    def article(self, n: int, days: int) -> str:
        published = date(2020, 9, 28) + timedelta(days=self.rng.randint(0, days - 1))
        parts = [self.call(published) if self.rng.random() < 0.5 else self.attack(published)]
        if self.rng.random() < 0.5:
            parts.append(
                self.attack(published) if "attack" not in parts[0] else self.call(published)
            )
        body = "\n\n".join(parts)
        return f" date {published.isoformat()} By {self.rng.choice(SOURCES)}\n\n{body}\n"


def write_corpus(folder: Path, articles: int, seed: int = 7) -> Path:
    """Write `articles` article files into `folder` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = Writer(seed)
    days = max(1, articles // ARTICLES_PER_DAY)
    for n in range(articles):
        (folder / f"gen{n:06d}.txt").write_text(writer.article(n, days), encoding="utf-8")
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.folder, args.articles, args.seed)


if __name__ == "__main__":
    main()
