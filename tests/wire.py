"""An article written for a test, as a wire story of that day: the facts extraction gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article, ArticleFacts


def wire_facts(text: str, published: date, source: str = "Wire") -> ArticleFacts:
    return extract(Article("wire", published, source, text, Path("wire.txt")))


def attack_rows(text: str, published: date):
    """(place, day, attacker, (killed, injured)) of each attack the article asserts or
    alleges; denials left out."""
    return [
        (
            a.place,
            a.when.day,
            a.perpetrator,
            (a.figures.killed, a.figures.injured) if a.figures else None,
        )
        for a in wire_facts(text, published).attacks
        if a.claim.stance != "denied"
    ]


def total_rows(text: str, published: date):
    """(killed, injured) of each running total."""
    return [(t.figures.killed, t.figures.injured) for t in wire_facts(text, published).totals]


def call_rows(text: str, published: date):
    """(kind, participants, day) of each call or meeting."""
    return [(c.kind, c.participants, c.when.day) for c in wire_facts(text, published).calls]
