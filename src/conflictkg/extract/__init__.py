"""Extraction: an Article in, the facts it tells out (ArticleFacts), with no RDF in sight."""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language

from ..records import Article, ArticleFacts, LocalEntity, Sentence
from .entities import EntityFinder
from .events import EventFinder
from .text import parse, sentences_of
from .vocab import Vocabulary, load_vocabulary

__all__ = ["extract"]

MENU_BAR = re.compile(r"\s\|\s")  # 'Home | World | Politics': a page's clutter, no sentence
SENTENCE_END = re.compile(r"[.!?\"”’)]$")


def extract(
    article: Article, vocab: Vocabulary | None = None, ner: Language | None = None
) -> ArticleFacts:
    """The facts of one article. `ner`, a spaCy pipeline with a statistical NER model that the
    user has installed, adds the names it finds to those of the rules; it is never required."""
    vocab = vocab or load_vocabulary()
    doc = parse(article.text)
    sentences = sentences_of(doc, article.text)
    entities, mentions = EntityFinder(vocab, article.text, doc, sentences, ner).run()
    clutter_start = vocab.words("clutter_starts", flags=0)
    clutter = {s.index for s in sentences if clutter_start.match(s.text) or MENU_BAR.search(s.text)}
    mentions = [m for m in mentions if m.sentence not in clutter]
    entities = {
        k: e for k, e in entities.items() if k in {m.ref for m in mentions} or e.kind == "Facility"
    }
    events = EventFinder(vocab, article, entities)
    events.run(sentences, mentions, quiet=clutter | headlines(sentences))
    facts = ArticleFacts(
        article,
        sentences,
        entities,
        mentions,
        events.calls,
        events.attacks,
        events.totals,
        events.resolutions,
    )
    facts.publisher, facts.author = source_entities(vocab, article, entities)
    return facts


def headlines(sentences: list[Sentence]) -> set[int]:
    """Paragraphs of one sentence without final punctuation: headlines, bylines, datelines."""
    per_paragraph = Counter(s.paragraph for s in sentences)
    return {
        s.index
        for s in sentences
        if per_paragraph[s.paragraph] == 1 and not SENTENCE_END.search(s.text)
    }


def source_entities(vocab: Vocabulary, article: Article, entities: dict[str, LocalEntity]):
    """The publisher (an outlet) and the author (a person) named by the header or byline."""
    publisher = author = None
    outlet = vocab.outlets.get(article.source.casefold())
    if outlet:
        publisher = f"outlet:{outlet}"
        entities.setdefault(
            publisher,
            LocalEntity(publisher, "Organization", vocab.outlet_labels[outlet], {article.source}),
        )
    if article.author and re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}", article.author):
        author = f"person:{article.author.casefold()}"
        entities.setdefault(author, LocalEntity(author, "Person", article.author, {article.author}))
    return publisher, author


def load_ner(name: str) -> Language:
    """A user's installed spaCy pipeline (a package name or a folder) for its NER."""
    import spacy

    try:
        model = spacy.load(name, exclude=["parser", "lemmatizer", "textcat"])
    except OSError as exc:
        raise ValueError(
            f"cannot load the spaCy model {name!r}: install it first ({exc})"
        ) from None
    if "ner" not in model.pipe_names and "entity_ruler" not in model.pipe_names:
        raise ValueError(f"the spaCy pipeline {name!r} has no entity recognizer")
    return model
