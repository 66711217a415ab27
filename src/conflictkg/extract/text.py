"""Text basics: spaCy's tokens and sentences with offsets, numbers in digits or words, dates."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from ..records import DateWindow, Sentence
from ..resources import resource_dir


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence even without a full stop (headlines, bylines). Read and
    written as spaCy's token table: setting Token.is_sent_start checks the whole document."""
    starts = doc.to_array(SENT_START)
    for i, space in enumerate(doc.to_array(IS_SPACE).tolist()[:-1]):
        if space and doc[i].text.count("\n") >= 2:
            starts[i + 1] = 1
    return doc.from_array([SENT_START], starts)


CLOCK_ABBREVIATIONS = {"a.m.", "p.m.", "A.M.", "P.M."}


@Language.component("clock_time_ends")
def clock_time_ends(doc: Doc) -> Doc:
    """'shortly after 10 a.m. Among the wounded ...': a time's full stop ends the sentence when
    a capitalized small word follows ('10 a.m. Moscow time' goes on). Only the tokens that are
    such abbreviations are looked at (found in spaCy's table of token ids)."""
    orths = doc.to_array(ORTH)
    clock = [doc.vocab.strings[a] for a in CLOCK_ABBREVIATIONS if a in doc.vocab.strings]
    found = numpy.flatnonzero(numpy.isin(orths, clock)) if clock else ()
    if not len(found):
        return doc
    starts = doc.to_array(SENT_START)
    for i in found.tolist():
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].is_space)
        if j < len(doc) and doc[j].text[:1].isupper() and doc[j].text.lower() in STOP_WORDS:
            starts[j] = 1
    return doc.from_array([SENT_START], starts)


@cache
def lexicon() -> dict:
    """data/lexicon.json, read once."""
    return json.loads((resource_dir("data") / "lexicon.json").read_text(encoding="utf-8"))


@cache
def nlp() -> Language:
    """spaCy's blank English pipeline: its tokenizer (with abbreviations such as 'Sept.', and
    ours from the lexicon: 'school No. 5' is one sentence), our paragraph breaks, and the
    rule-based sentencizer."""
    pipeline = spacy.blank("en")
    for abbreviation in lexicon()["abbreviations"]:
        pipeline.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    pipeline.add_pipe("paragraph_breaks")
    pipeline.add_pipe("clock_time_ends")
    pipeline.add_pipe("sentencizer")
    pipeline.tokenizer.max_cache_size = 100_000  # chunks (spaCy's default, 10,000, fills fast)
    return pipeline


TOKENIZED_CHUNKS: set[str] = set()  # the chunks parse() has had the tokenizer cache


def parse(text: str) -> Doc:
    """The text as spaCy's doc, as `nlp()(text)` makes it, faster. The tokenizer caches how it
    splits each chunk between spaces, but in a text past its first special case ('Oct.',
    'Mr.') it caches none (spaCy's guard for its issue #1250): most chunks of an article were
    split again by its affix patterns, ~20x slower than read from the cache. So the chunks
    never seen before are tokenized first where no special case precedes them, which caches
    them: the same tokens, since a chunk is split the same wherever it stands. Plain words
    (letters and digits, no special case) go together in one text; any other chunk alone."""
    pipeline = nlp()
    tokenizer = pipeline.tokenizer
    new = set(text.split()) - TOKENIZED_CHUNKS
    if new and len(TOKENIZED_CHUNKS) < tokenizer.max_cache_size:
        plain = [chunk for chunk in new if chunk.isalnum() and chunk not in tokenizer.rules]
        tokenizer(" ".join(plain))
        for chunk in new.difference(plain):
            tokenizer(chunk)
        TOKENIZED_CHUNKS.update(new)
    return pipeline(text)


def split_sentences(text: str) -> list[Sentence]:
    return sentences_of(parse(text), text)


def sentences_of(doc: Doc, text: str) -> list[Sentence]:
    """Sentences with character offsets into the text (the doc's, given: spaCy's `doc.text`
    joins every token again); a paragraph is a blank-line block. One pass over spaCy's table
    of the tokens (`doc.sents` walks the document again for every sentence, and a Token object
    a word costs more than the rest of this)."""
    groups: list[list[tuple[int, int, int]]] = []  # (is space, start, end) of each token
    table = doc.to_array([SENT_START, IS_SPACE, IDX, LENGTH]).astype("int64")  # -1: no start
    for sent_start, space, start, length in table.tolist():
        if sent_start == 1 or not groups:
            groups.append([])
        groups[-1].append((space, start, start + length))
    sentences: list[Sentence] = []
    paragraph = 0
    for tokens in groups:
        breaks = [space and text.count("\n", start, end) >= 2 for space, start, end in tokens]
        paragraph += sum(breaks[:-1])
        words = [(start, end) for space, start, end in tokens if not space]
        if words:
            start, end = words[0][0], words[-1][1]
            sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph))
        paragraph += breaks[-1]
    return sentences


# --- word lists as patterns


def alternatives(words, ignore_case: bool = False) -> str:
    """A regex that matches any of the words, the longest that fits first, written as a trie of
    their letters ('attack(?:ed|ing|s)?|air(?:...)'): Python's re tries the branches of an
    alternation one by one at every position, so one branch per letter is several times faster
    than one per word, and matches the same. Case-insensitive lists of non-ASCII words stay one
    branch per word (re folds 'ı', 'ſ' or 'K' into ASCII letters: two branches would overlap)."""
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if ignore_case and not all(w.isascii() for w in words):
        return "|".join(map(re.escape, words))
    trie: dict = {}
    for word in words:
        node = trie
        for char in word.lower() if ignore_case else word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return branches(trie)


def branches(node: dict) -> str:
    """The pattern of a trie node: its letters' branches, optional where a word ends here
    (greedy, so the longer word is tried first)."""
    paths = [re.escape(char) + branches(node[char]) for char in sorted(node) if char]
    if not paths:
        return ""
    body = paths[0] if len(paths) == 1 and "" not in node else f"(?:{'|'.join(paths)})"
    return f"{body}?" if "" in node else body


# --- numbers

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
NUMBER_WORD = alternatives([*UNITS, *TENS, *SCALES], ignore_case=True)
NUMBER = re.compile(
    # no sign and no fraction is a count of people: '-5' and '2.5' are not read as 5 and 2
    rf"(?<![\w.,-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{NUMBER_WORD}))*)(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
VAGUE = {"dozens": 24, "a dozen": 12, "scores": 40, "hundreds": 200, "thousands": 2000}


DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
BETWEEN_WORDS = re.compile(r"[\s-]+")


@lru_cache(maxsize=4096)  # a sentence's numbers are read again for each word of casualties
def parse_number(text: str) -> int | None:
    """'1,846' -> 1846, 'Sixty one' -> 61, 'Ninety-one' -> 91; None when it is no number."""
    text = text.strip().lower()
    if DIGITS.fullmatch(text):
        return int(text.replace(",", ""))
    total = current = 0
    seen = False
    for word in BETWEEN_WORDS.split(text):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# --- dates

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
MONTH = f"(?:{alternatives(name.capitalize() for name in MONTHS)})"  # January, Jan, Sept.
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAY_FIRST = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}}))?"
)
MONTH_FIRST = re.compile(
    rf"\b(?P<m>{MONTH})\b\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>\d{{4}}))?"
)
DAY_RANGE = re.compile(
    rf"\b(?P<m>{MONTH})\.?\s*(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})\b|\b(?P<e1>\d{{1,2}})\s*[-–]\s*(?P<e2>\d{{1,2}})\s+(?P<m2>{MONTH})\b"
)
SIMULTANEOUS_OPENER = re.compile(r"\s*(?:As|While|When)\b")
OWNED_DAY_CAME = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:came|comes|come|followed)\s")
# 'on October 4, 11 and 17', 'on 4 and 5 October': more days of the month; not 'On October 4,
# 11 civilians were killed', whose number is a count
DAYS_LISTED_AFTER = re.compile(
    r"(?:,\s*\d{1,2}(?=,|\s+and\b))*,?\s+and\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?=[,.](?!\d)|[;)]|\s+(?:when|respectively|this|last)\b|$)"  # not 'and 21,543 wounded'
)
DAYS_LISTED_BEFORE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s+and\s+$"
)
LISTED_DAY = re.compile(r"\d{1,2}")
NUMERIC_DATE = re.compile(
    r"(?<![\d.:/])(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>(?:19|20)\d\d)(?![\w/]|\.\d)"
)
MONTH_NAME = re.compile(MONTH)
NOT_A_CALENDAR_SPAN = re.compile(r"\b(?:later|next|the|over|during|in|past)\s+$", re.IGNORECASE)
MONTH_MAY_BEFORE = re.compile(r"\b(?:in|since|of|until|by|early|mid-|late|last)\s*$", re.I)
MONTH_ONLY = re.compile(  # not 'Mar-a-Lago'
    rf"\b(?P<m>{MONTH})\b(?!-\w)(?:\s+(?P<y>(?:19|20)\d{{2}}))?"
)
PARTS_OF_DAY = ("day", "morning", "afternoon", "evening", "night")
# 'Later the same evening', 'that morning', 'hours later': the day of the event told last
TOLD_DAY = {"hours later", "hours earlier"} | {
    f"{when}{which} {part}"
    for when in ("", "later ", "earlier ")
    for which in ("that", "the same")
    for part in PARTS_OF_DAY
}
RELATIVE_DAYS = [
    "today", "this morning", "this afternoon", "this evening", "tonight", "earlier today",
    "yesterday", "last night", "the day before", "a day earlier",
    "the previous day", "the previous evening", "the previous night", "the night before",
    "the evening before", "a day later", "a day after", "a day before",
    "the next day", "the following day", "earlier in the day", "later in the day",
    "overnight", "over the past day",
    "during the past day", "during the night", "in the past 24 hours", "over the last 24 hours",
    "over the past 24 hours", "this week", "earlier this week", "last week",
    "earlier this month", "last month", *sorted(TOLD_DAY),
]  # fmt: skip
RELATIVE = re.compile(  # each starts a word: one test of that before the rest, at each place
    rf"\b(?:(?P<rel>{alternatives(RELATIVE_DAYS, ignore_case=True)})\b"
    rf"|(?:on\s+|last\s+)?(?:(?<!,\s)|(?=\w+['’]s\b))"  # ", Sunday's missile attack" still
    rf"\b(?P<wd>{alternatives(WEEKDAYS, ignore_case=True)})\b(?:\s+(?:night|morning|evening|afternoon))?)",
    re.IGNORECASE,
)
# 'two days later', 'three days earlier', 'The attacks came two days after a strike on Ganja',
# 'the missile attack on Barda two days before the talks'
DAYS_APART = re.compile(  # also 'nine days earlier', 'a week earlier', 'two weeks later'
    r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|[2-9]|[1-2]\d)\s+days|(?P<week>a|one|two|three|four)\s+weeks?)"
    r"\s+(?P<way>later|earlier|after|before)\b",
    re.IGNORECASE,
)
DAYS_APART_ROLES = {
    "later": "day-after",
    "earlier": "day-before",
    "after": "day-before-event",
    "before": "days-before-named",
}
DAY_FROM_ANOTHER = frozenset(DAYS_APART_ROLES.values())  # roles of a day counted from another
DIGIT = re.compile(r"\d")  # every day of the month and year has one: most sentences have none
YEAR = re.compile(r"\b(?:1[89]\d{2}|20\d{2})s?\b")
YEAR_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|its|their)\s+$", re.IGNORECASE)
NEXT_WORDS = re.compile(r"(?:\s+[\w-]+){1,2}")  # 'nuclear deal', 'Disengagement Agreement'
SINCE_CLAUSE_WITH_DATE = re.compile(r"since\b[^,;]{0,50},\s*(?:on\s+)?$")
AS_OF = re.compile(r"\b(?:as\s+of|as\s+at)\s+$", re.IGNORECASE)
REPORTING = re.compile(  # 'said on Monday', 'told state media on Monday', 'accused Armenia on
    # Thursday of firing'
    r"\b(?:reports?|reported|informs|announced|said|says|claimed|claims|stated|added|wrote"
    r"|confirmed|denied|denies|(?:told|accused|accusing)(?:\s+\w+){1,2})"
    r"(?:\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|report|post|interview|briefing)"  # 'said in a
    # statement on Monday', 'said on Telegram on Saturday'
    r"|\s+on\s+(?:Telegram|X|Twitter|Facebook|social\s+media|(?:state\s+)?television))?"
    r"\s+(?:(?:late|early)\s+(?:on\s+)?|on\s+|on\s+the\s+(?:morning|afternoon|evening|night)"
    r"\s+of\s+)?$"  # 'said late on Saturday', 'said late Saturday', 'said on the morning of'
    # 'In a statement on Saturday, Museveni said', 'Speaking on Sunday, the governor said'
    r"|^\s*(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|report|post|interview|briefing|address)"
    r"(?:\s+(?:released|issued|published))?(?:\s+on\s+[A-Z]\w+)?"  # 'In a post on Telegram on'
    r"|speaking(?:\s+to\s+(?:[\w-]+\s+)?\w+)?"  # 'Speaking to reporters on'
    # 'Writing on X on Saturday, he said', 'Posting on Telegram on Sunday'
    r"|(?:writing|posting)\s+on\s+(?:Telegram|X|Twitter|Facebook|social\s+media))"
    r"\s+(?:on\s+|late\s+on\s+)?$",
    re.IGNORECASE,
)
# 'the most serious incident since the ceasefire took effect on November 27': a comparison with
# another event, not the start of a running total
SUPERLATIVE_SINCE = re.compile(  # also 'the latest in a series of deadly attacks since'
    r"\b(?:most\s+\w+|deadliest|worst|biggest|largest|heaviest|first|highest"
    r"|latest\s+in\s+(?:a|the)\s+(?:series|string|wave|spate))\s+[^,;]{0,40}?"
    r"\bsince\b[^,;.]*",
    re.IGNORECASE,
)
EARLY = re.compile(r"\bearly\b|\bbeginning of\b|\bfirst days\b", re.IGNORECASE)
MID = re.compile(r"\bmid[\s-]", re.IGNORECASE)
FROM_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)  # 'from Sept. 27'
NIGHT_OF_BEFORE = re.compile(  # "the night of October 16-17", "Overnight October 16-17"
    r"\bnight\s+(?:of|from)\s+(?:the\s+)?$|\bovernight\s+(?:on\s+)?$", re.IGNORECASE
)
DATE_AFTER_WEEKDAY = re.compile(rf",?\s+(?:\d{{1,2}}\s+)?{MONTH}")  # 'Tuesday, October 13'
WEEKDAY_PRAYERS = re.compile(r"\s+(?:prayers?|sermons?)\b", re.IGNORECASE)
BORN_BEFORE = re.compile(r"\bborn\s+(?:in\s+)?$")
# the start of a period: 'since the invasion in February 2022', 'which began in 2009', 'Since
# the beginning of the special military operation in February 2022'
WAR_START = r"(?:between|from|since)\s+the\s+(?:start|beginning|outbreak)\s+of"
SINCE_BEFORE = re.compile(
    rf"\b(?:since|began|begun|started|erupted|broke\s+out|{WAR_START})\b[^;]{{0,80}}$",
    re.IGNORECASE,
)
SINCE_YEAR_DONE = re.compile(  # 'The first round of talks since 2022 was held on May 16'
    r"since\s+\d{4}\s+(?:was|were|is|are|has|have|had|took)\b", re.IGNORECASE
)
# 'since the war erupted in October with talks in Cairo on Monday': the since-clause has its day,
# Monday is another's; not 'since September 27 and until'
SINCE_DATED_BEFORE = re.compile(
    rf"since\b.*?\b(?:{MONTH}|(?:19|20)\d\d)\b(?:(?!\b(?:and|to|until|till|through)\s+$).)*$",
    re.DOTALL,
)
START_OF_BEFORE = re.compile(rf"\b{WAR_START}\s+[^,;]{{0,60}}?\b(?:in|on)\s+$", re.IGNORECASE)
LATE = re.compile(r"\blate\b|\bend of\b|\blast days\b", re.IGNORECASE)
# a date in a relative clause or an appositive tells of another event than the sentence's:
# 'the ceasefire that took effect on October 10', 'Minova, a town they captured on January 21'
RELATIVE_PRONOUN = re.compile(r"\b(?:which|who|whom|whose)\b")
RELATIVE_THAT = re.compile(  # 'ceasefire that took effect', not 'said that the army'
    r"\b([a-z]+)\s+that\s+(?!(?:the|a|an|its|their|his|her|this|these|those|some|all|there|it|they|he|she|we)\b)[a-z]"
)
APPOSITIVE = re.compile(r"\s*an?\s.*\b(?:they|it|which|that|who)\b")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    role: str  # event | since | report | aside (of another event) | same-day | told-day |
    # came-day (of what 'came a day after' another event) | days-before-named | ...
    when: DateWindow
    each_day: bool = False  # 'October 27-28': one event a day, not one somewhere in between
    days: int = 1  # how many days apart, for a day told against another ('two days later')


PLANS_AHEAD_DAYS = 90  # a day without a year further ahead than this is last year's


def day_in(published: date, month: int, day: int, year: int | None) -> date | None:
    try:
        found = date(year or published.year, month, day)
    except ValueError:
        return None
    if found > published and year is None and (found - published).days > PLANS_AHEAD_DAYS:
        return day_in(published, month, day, published.year - 1)  # 'attacked Israel on Oct.
        # 7' in March or June: last October (a plan is told for the weeks ahead, not months)
    if found > published:
        return None  # a day after publication is a plan, not a reported event
    return found


def calendar_span(rel: str, published: date) -> DateWindow:
    """'this week' (since Monday), 'last week' (the one before), 'earlier this month' (since its
    first), 'last month' (the month before), seen from the day of publication."""
    if rel.endswith("week"):
        start = published - timedelta(days=published.weekday())
        before = start - timedelta(days=7)
    else:
        start = published.replace(day=1)
        before = (start - timedelta(days=1)).replace(day=1)
    if rel.startswith("last"):
        return DateWindow(earliest=before, latest=start - timedelta(days=1))
    return DateWindow(earliest=start, latest=published)


def role_of(sentence: str, start: int) -> str:
    before = sentence[:start]
    if (
        REPORTING.search(before)
        or AS_OF.search(before)
        or toll_risen_before().search(before)
        or news_day_verbs().search(before)
    ):
        return "report"  # 'said on Monday'; 'as of October 20': the day of a count, no event's;
        # 'the toll from a strike on Kharkiv rose to 16 on Sunday': the day of the news
    compared = SUPERLATIVE_SINCE.search(before) if "since" in before else None
    if compared and compared.end() == len(before):
        return "aside"
    since = before.lower().rfind("since")  # 'Since September 27, ...' too
    if (
        since >= 0
        and (
            not any(mark in before[since:] for mark in ",;")  # 'since then; on October 28, a'
            or SINCE_CLAUSE_WITH_DATE.match(before, since)
        )
        and not SINCE_YEAR_DONE.match(before, since)  # 'the first talks since 2022 were held'
        and not SINCE_DATED_BEFORE.match(before, since)
    ):
        return "since"  # 'since the cabinet approved, on August 8, a plan'
    if FROM_BEFORE.search(before) or START_OF_BEFORE.search(before):
        return "since"  # 'between September 27 and October 4', 'from Sept. 27 up till now';
        # 'between the start of the full-scale invasion in February 2022 and'
    return "event"


def find_dates(sentence: str, published: date) -> list[DateMention]:
    """Every date the sentence gives, resolved against the publication date, in text order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    # most sentences have no digit or no month: the patterns that need them are not tried
    digits, months = DIGIT.search(sentence), MONTH_NAME.search(sentence)
    for m in DAY_RANGE.finditer(sentence) if digits and months else ():
        month = MONTHS[(m["m"] or m["m2"]).lower().rstrip(".")]
        first = day_in(published, month, int(m["d1"] or m["e1"]), None)
        last = day_in(published, month, int(m["d2"] or m["e2"]), None)
        if first and last and first <= last:
            taken.append((m.start(), m.end()))
            overnight = NIGHT_OF_BEFORE.search(sentence[: m.start()])
            window = DateWindow(day=last) if overnight else DateWindow(earliest=first, latest=last)
            role = role_of(sentence, m.start())
            found.append(DateMention(m.start(), m.end(), role, window, each_day=not overnight))
    for pattern in (DAY_FIRST, MONTH_FIRST) if digits and months else ():
        for m in pattern.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            year = int(m["y"]) if m["y"] else None
            month = MONTHS[m["m"].lower().rstrip(".")]
            day = day_in(published, month, int(m["d"]), year)
            taken.append((m.start(), m.end()))
            role = role_of(sentence, m.start())
            if day is None and year is None and role == "since":
                # 'since October 7' in June: a war's start the year before
                day = day_in(published, month, int(m["d"]), published.year - 1)
            if day:
                found.append(DateMention(m.start(), m.end(), role, DateWindow(day=day)))
                listed = (
                    DAYS_LISTED_AFTER.match(sentence, m.end())
                    if pattern is MONTH_FIRST
                    else DAYS_LISTED_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
                )
                for d in LISTED_DAY.finditer(listed.group(0)) if listed else ():
                    other = day_in(published, month, int(d.group(0)), day.year)
                    start, end = listed.start() + d.start(), listed.start() + d.end()
                    if other and free(start, end):
                        taken.append((start, end))
                        found.append(DateMention(start, end, role, DateWindow(day=other)))
    for m in NUMERIC_DATE.finditer(sentence) if digits else ():
        first, second = int(m["a"]), int(m["b"])
        # day first (29.09.2020, 05.10.2020) unless only month first can be (10/29/2020)
        number, month = (second, first) if second > 12 else (first, second)
        day = day_in(published, month, number, int(m["y"])) if free(*m.span()) else None
        if day:
            taken.append((m.start(), m.end()))
            found.append(
                DateMention(m.start(), m.end(), role_of(sentence, m.start()), DateWindow(day=day))
            )
    for m in MONTH_ONLY.finditer(sentence) if months else ():
        if not free(m.start(), m.end()) or (
            m["m"] == "May" and not m["y"] and not MONTH_MAY_BEFORE.search(sentence, 0, m.start())
        ):
            continue  # 'talks may resume', not 'in May'

        taken.append((m.start(), m.end()))
        month = MONTHS[m["m"].lower()]
        year = int(m["y"]) if m["y"] else published.year - (month > published.month)
        last = calendar.monthrange(year, month)[1]  # 'since November' in May: last November
        first_day, last_day = 1, last
        if EARLY.search(sentence):
            last_day = 10
        elif MID.search(sentence):
            first_day, last_day = 11, 20
        elif LATE.search(sentence):
            first_day = 21
        earliest = date(year, month, first_day)
        latest = min(date(year, month, last_day), published)
        if earliest <= published:
            window = DateWindow(earliest=earliest, latest=latest)
            found.append(DateMention(m.start(), m.end(), role_of(sentence, m.start()), window))
    later = re.match(r"(?:Later|Afterwards?),", sentence)
    if later:  # 'Later, the minister received ...', 'Afterwards, A and B met': the day told before
        found.append(DateMention(0, later.end(), "same-day", DateWindow()))
        taken.append((0, later.end()))
    for m in DAYS_APART.finditer(sentence) if "days" in sentence or "week" in sentence else ():
        days = 7 * (parse_number(m["week"]) or 1) if m["week"] else parse_number(m["n"]) or 2
        role = DAYS_APART_ROLES[m["way"].lower()]
        found.append(DateMention(m.start(), m.end(), role, DateWindow(), days=days))
    for m in RELATIVE.finditer(sentence):
        if m["wd"]:
            if not free(m.start(), m.end()) or DATE_AFTER_WEEKDAY.match(sentence, m.end("wd")):
                continue  # 'Tuesday, October 13': the day is given already
            if WEEKDAY_PRAYERS.match(sentence, m.end("wd")):
                continue  # 'during Friday prayers': a time of the week, no day
            back = (published.weekday() - WEEKDAYS.index(m["wd"].lower())) % 7
            if back == 0 and m.group(0).lower().startswith("last"):
                back = 7  # 'last Friday' in Friday's news: a week ago
            window = DateWindow(day=published - timedelta(days=back))
            # "from Wednesday's missile attack": the attack's day, not the start of a period
            owned = sentence.startswith(("'s", "’s"), m.end())
            role = "event" if owned else role_of(sentence, m.start())
            if owned and OWNED_DAY_CAME.match(sentence, m.end()):
                role = "came-day"  # "Monday's talks came a day after an attack": the talks' day
            found.append(DateMention(m.start(), m.end(), role, window))
            continue
        rel = m["rel"].lower()
        if rel in ("earlier in the day", "later in the day"):
            found.append(DateMention(m.start(), m.end(), "same-day", DateWindow()))
        elif (
            rel in TOLD_DAY
        ):  # 'Hours later, ...': the day of the event told last, not the news day
            found.append(DateMention(m.start(), m.end(), "told-day", DateWindow()))
        elif rel in (
            "the day before",
            "a day earlier",
            "the previous day",
            "the previous evening",
            "the previous night",
            "the night before",
            "the evening before",
        ):
            found.append(DateMention(m.start(), m.end(), "day-before", DateWindow()))
        elif rel == "a day after":  # 'The visits came a day after a missile strike on X'
            found.append(DateMention(m.start(), m.end(), "day-before-event", DateWindow()))
        elif rel == "a day before":  # 'a strike on Barda a day before the talks'
            found.append(DateMention(m.start(), m.end(), "days-before-named", DateWindow()))
        elif rel in ("a day later", "the next day", "the following day"):
            found.append(DateMention(m.start(), m.end(), "day-after", DateWindow()))
        elif rel == "overnight" and any(0 < s - m.end() <= 4 for s, _ in taken):
            continue  # 'Overnight October 16-17': the night the date gives
        elif rel.endswith(("week", "month")):  # 'this week', 'last month'
            if NOT_A_CALENDAR_SPAN.search(sentence, 0, m.start()) or sentence.startswith(
                " of", m.end()
            ):
                continue  # 'later this week' (a plan), 'over the last month', 'the last week of'
            # its role as any day's: 'since the campaign began last month' starts no event
            role = role_of(sentence, m.start())
            found.append(DateMention(m.start(), m.end(), role, calendar_span(rel, published)))
        elif rel.startswith(("overnight", "over", "during", "in the past")):
            window = DateWindow(earliest=published - timedelta(days=1), latest=published)
            found.append(DateMention(m.start(), m.end(), "event", window))
        else:
            back = 1 if rel in ("yesterday", "last night") else 0
            found.append(
                DateMention(
                    m.start(), m.end(), "event", DateWindow(day=published - timedelta(days=back))
                )
            )
    found.sort(key=lambda d: d.start)
    found = [  # 'Ukraine on Friday mourned the victims of a strike': the day of the mourning
        replace(d, role="report")
        if d.role == "event"
        and mourned_after().match(sentence, d.end)
        and not SIMULTANEOUS_OPENER.match(sentence)  # 'As Israelis on Sunday commemorated the
        else d  # victims of October 7, Hezbollah fired rockets': that Sunday
        for d in found
    ]
    return without_asides(sentence, found)


def without_asides(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """The dates, those of a relative clause or an appositive marked 'aside' when the sentence
    gives its own day elsewhere: 'Violating the ceasefire that took effect on October 10, the
    army shelled Tartar on October 12' (October 12). Alone, such a date is the sentence's own
    ('a strike that killed ten people on Monday'), unless the clause tells of a truce or a war
    ('violating the ceasefire that took effect on October 26, continue to fire on')."""
    dated = [d for d in found if d.role not in ("since", "report")]
    asides = [d for d in dated if d.role == "event" and in_aside(sentence, d.start)]
    if len(asides) == len(dated):
        asides = [d for d in asides if aside_of_context(sentence, d.start)]
    if not asides:
        return found
    return [replace(d, role="aside") if d in asides else d for d in found]


def aside_of_context(sentence: str, start: int) -> bool:
    """Whether the relative clause the date is in tells of a truce, a war or talks (the noun
    it hangs on is one of `context_nouns`): 'the ceasefire that took effect on October 26'."""
    before = sentence[:start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("(")) + 1
    that = RELATIVE_THAT.search(before, cut)
    if that:
        head = that.group(1)
    elif RELATIVE_PRONOUN.search(before, cut) and cut > 1:
        words = before[: cut - 1].split()
        head = words[-1] if words else ""
    else:
        return False
    return head.lower() in context_nouns()


@cache
def toll_risen_before() -> re.Pattern:
    """'rose to 16 ', 'has risen to at least 43 ' right before a day: see `toll_rise_verbs`."""
    verbs = alternatives(lexicon()["toll_rise_verbs"])
    return re.compile(
        rf"\b(?:{verbs})\s+to\s+(?:at\s+least\s+|more\s+than\s+)?[\d,]+(?:\s+[a-z]+)?\s+$"
    )


@cache
def news_day_verbs() -> re.Pattern:
    """'mourned on Friday ': the day of the news, not of the attack: see `news_day_verbs`."""
    verbs = alternatives(lexicon()["news_day_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:on\s+)?$")


@cache
def mourned_after() -> re.Pattern:
    """' mourned the victims of' right after a day ('on Friday mourned the victims of a
    strike'): see `news_day_verbs`; not 'on Sunday buried soldiers killed in Gaza'."""
    verbs = alternatives(lexicon()["news_day_verbs"])
    return re.compile(rf"\s+(?:{verbs})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}victims\s+of\b")


@cache
def context_nouns() -> frozenset[str]:
    return frozenset(lexicon()["context_nouns"])


def in_aside(sentence: str, start: int) -> bool:
    """Whether the text from the last comma, semicolon or bracket before `start` is a relative
    clause ('which', 'who', a noun's 'that') or an appositive ('Minova, a town they took')."""
    before = sentence[:start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("(")) + 1
    clause = before[cut:]
    if RELATIVE_PRONOUN.search(clause):
        return True
    that = RELATIVE_THAT.search(clause)
    if that and that.group(1) not in saying_words():
        return True
    return cut > 0 and before[cut - 1] == "," and bool(APPOSITIVE.match(clause))


@cache
def saying_words() -> frozenset[str]:
    """The verbs whose 'that' opens what was said ('warned that'), not a relative clause."""
    words = lexicon()
    return frozenset(words["speech_verbs"] + words["report_verbs"] + ["yesterday", "today"])


def names_an_agreement(sentence: str, year: re.Match) -> bool:
    """Whether the year tells which agreement: 'the 1974 Disengagement Agreement', 'the 2015
    nuclear deal' (not 'the 2020 Karabakh war')."""
    if year.group(0).endswith("s") or not YEAR_ARTICLE_BEFORE.search(sentence, 0, year.start()):
        return False
    after = NEXT_WORDS.match(sentence, year.end())
    return bool(after) and any(w.lower() in agreement_nouns() for w in after.group(0).split())


@cache
def agreement_nouns() -> frozenset[str]:
    return frozenset(lexicon()["agreement_nouns"])


MONTH_BEFORE_YEAR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?,?\s+$"
)


def is_background(sentence: str, published: date) -> bool:
    """A sentence about an earlier war: it names a year well before publication (a birth year,
    'born in 1997', tells of a person, not of the past; nor does the year a period starts, 'killed
    since the invasion in February 2022': a running total of a long war)."""
    if not DIGIT.search(sentence):
        return False
    for m in YEAR.finditer(sentence):
        if BORN_BEFORE.search(sentence[: m.start()]) or SINCE_BEFORE.search(sentence[: m.start()]):
            continue  # a birth year; the start of a long war's running total
        if names_an_agreement(sentence, m) and any(
            d.role == "event" and d.when.day for d in find_dates(sentence, published)
        ):
            continue  # 'launched strikes late on Wednesday, in violation of the 1974
            # Disengagement Agreement'; not 'The 1994 ceasefire agreement was followed by talks'
        year = int(m.group(0).rstrip("s"))
        if m.group(0).endswith("s"):
            return True
        if year < published.year - 1 and not MONTH_BEFORE_YEAR.search(sentence, 0, m.start()):
            return True
    return False
