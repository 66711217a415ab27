"""Where an attack was when a sentence names a town and the region it lies in; articles written
for these tests (invented events, real places)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article


def places_of(text: str, published: date) -> list[str | None]:
    facts = extract(Article("wire", published, "Wire", text, Path("wire.txt")))
    return [a.place for a in facts.attacks]


def test_the_town_not_the_region_it_lies_in():
    assert places_of(
        "Eight civilians were killed on Wednesday as Pakistani troops shelled Poonch town in "
        "India's Jammu and Kashmir, officials said.",
        date(2025, 5, 8),
    ) == ["geo:1167718"]
    assert places_of(
        "Two bombs fell on Tuesday on a market in Goma (North Kivu), killing five people.",
        date(2024, 3, 6),
    ) == ["geo:216281"]


def test_a_region_alone_is_the_place_when_no_town_is_named():
    assert places_of(
        "Army jets bombed villages in Sagaing Region on Monday, killing 12 people.",
        date(2024, 1, 9),
    ) == ["place:sagaing"]
