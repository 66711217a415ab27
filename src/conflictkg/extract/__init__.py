"""Extraction: an Article in, the facts it tells out (ArticleFacts), with no RDF in sight."""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language

from ..records import Article, ArticleFacts, LocalEntity, Sentence
from .entities import EntityFinder
from .events import EventFinder
from .gazetteer import fold
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
    """The publisher (an outlet) and the author (a person) named by the header or byline.
    Real headers name an outlet far more often than a person ('By Radio Dabanga', 'By The Times
    of Israel'), so a SOURCE is an outlet unless it is written like a person's name."""
    source = vocab.outlet_staff.sub("", article.source) or article.source
    author_name = article.author
    if author_name and vocab.outlet_staff.search(author_name):  # 'By TOI STAFF'
        author_name = None
    publisher = None
    outlet = vocab.outlets.get(source.casefold())
    if outlet:
        label = vocab.outlet_labels[outlet]
    elif not written_like_a_person(vocab, source):
        outlet, label = fold(source).removeprefix("the ").replace(" ", "-"), source
    if outlet:
        publisher = f"outlet:{outlet}"
        entities.setdefault(
            publisher, LocalEntity(publisher, "Organization", label, {article.source})
        )
    elif not author_name:
        author_name = source
    author = None
    if author_name and re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}", author_name):
        author = f"person:{author_name.casefold()}"
        entities.setdefault(author, LocalEntity(author, "Person", author_name, {author_name}))
    return publisher, author


def written_like_a_person(vocab: Vocabulary, name: str) -> bool:
    """Two to four capitalized words, none an outlet's word ('Radio', 'Tribune'), a known place,
    country or organization, no digit and no leading 'The': 'Ayya Lmahamad', not 'Sudan
    Tribune', 'France 24' or 'Garowe Online'."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and words[0] != "The"
        and all(re.fullmatch(r"[A-Z][\w'’.-]*", word) for word in words)
        and not any(char.isdigit() for char in name)
        and not any(word in vocab.outlet_name_words or word in vocab.surfaces for word in words)
    )


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
