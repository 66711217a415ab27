"""Properties that must hold for any input, checked with hypothesis."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictkg.extract import extract
from conflictkg.extract.text import find_dates, parse_number, split_sentences
from conflictkg.read import read_file
from conflictkg.records import Article, ReadError
from conflictkg.resolve import resolve, slugify

UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORDS = ["Armenia", "shelled", "Ganja", "on", "October", "5", "killing", "three", "civilians", "Bayramov",
         "Foreign", "Minister", "said", "phone", "conversation", "with", "Sept.", "27", ",", ".", "\n\n",
         "resolutions", "822", "and", "853", "Khankendi", "the", "Azerbaijani", "army", "about", "70"]  # fmt: skip


@given(st.integers(min_value=20, max_value=99))
def test_number_words_read_back(n):
    words = TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")
    assert parse_number(words) == n
    assert parse_number(words.replace("-", " ").capitalize()) == n
    assert parse_number(f"{n:,}") == n


@given(st.binary(max_size=300))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_reading_any_bytes_never_raises(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("any") / "article.txt"
    path.write_bytes(data)
    assert isinstance(read_file(path), (Article, ReadError))


@given(st.lists(st.sampled_from(WORDS), max_size=60))
@settings(max_examples=150, deadline=None)
def test_extraction_of_any_sentence_soup_is_safe(words):
    text = " ".join(words) or "."
    article = Article("a1", date(2020, 10, 20), "Trend", text, path=None)
    facts = extract(article)
    for sentence in facts.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for mention in facts.mentions:
        assert mention.ref in facts.entities
    for attack in facts.attacks:
        assert attack.when.day is None or attack.when.day <= article.published
    kb = resolve([facts])
    assert all(e.id == e.id.lower() for e in kb.entities.values())


@given(st.text(max_size=200))
def test_sentences_cover_text_in_order(text):
    sentences = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False))


@given(st.text(max_size=120))
def test_dates_never_after_publication(text):
    published = date(2020, 10, 31)
    for found in find_dates(text, published):
        low, high = found.when.bounds()
        assert low is None or low <= published
        assert high is None or high <= published


@given(st.text(max_size=60))
def test_slugs_are_iri_safe(text):
    slug = slugify(text)
    assert slug and all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
