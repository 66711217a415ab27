"""An article written for a test, as a wire story of that day: the facts extraction gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conflictkg.extract import extract
from conflictkg.records import Article, ArticleFacts


def wire_facts(text: str, published: date, source: str = "Wire") -> ArticleFacts:
    return extract(Article("wire", published, source, text, Path("wire.txt")))
