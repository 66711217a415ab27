"""Find the actors and places an article names, and give each a local key.

Known names come from the gazetteer (data files); people are found from the titles before or
after their names; unknown places from the words around them ("X region", "city of X") and
matched to known places by spelling (Abheron -> Absheron).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..records import LocalEntity, Mention, Position, Sentence
from .gazetteer import GeoPlace, fold, gazetteer
from .text import MONTHS, UNITS, WEEKDAYS, alternatives
from .vocab import Vocabulary

# a word of a name: capitalized, or an Arabic article joined to one ('al-Assad', 'el-Sisi')
NAME_TOKEN = r"(?:(?:al|el|ad|ash|as|an|ar|bin|ibn|abu)-)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*"
PERSONAL_POSSESSION = re.compile(  # "Dizayee's house": a person's, not a town's
    r"['’]s\s+(?:[\w-]+\s+)?(?:house|home|residence|apartment|villa|car|family|office|compound)\b"
)
DESCRIBED_WITHIN = re.compile(  # ', a densely populated neighbourhood in the'
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:neighbou?rhood|district|suburb|quarter|village"
    r"|area|camp)\s+(?:in|of|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
)
ARABIC_ARTICLE = re.compile(
    r"(?:al|el|ad|ash|as|an|ar|at|az)-(?=[A-Z])", re.IGNORECASE
)  # 'al-Burhan'
# one word of a place name: no full stop, no line break; an Arabic article may lead ('al-Shati')
PLACE_WORD = r"(?:(?:al|el|ad|ash|as|an|ar|at|az)-)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*"
# a place name of up to three words, with Arabic articles ('Deir al-Balah', 'El Fasher') and
# small words between ('Dar es Salaam', 'Rio de Janeiro')
PLACE_NAME = (
    rf"{PLACE_WORD}(?:[ \t]+(?:(?:es|el|al|ad|de|del|la|le|du|da|do|des|dos|am)[ \t]+)?"
    rf"(?:(?:al|el|ad|ash|as|an|ar|ibn)-)?{PLACE_WORD}){{0,2}}"  # one line; 'Dar es Salaam'
)
# The passes' patterns, compiled once. They are matched at an offset of the text
# (pattern.match(text, i)), not on a copy of the rest of it: that made long articles quadratic.
SPACES = re.compile(r"\s+")
SAME_NAME_SPELT_OTHERWISE = 85  # rapidfuzz ratio: 'Mykolaiv' is 'Mykolayiv' (94), 'Manda' is not
# 'Handa' (80)
FORCES = re.compile(
    r"\s+(?:(?:armed|military|occupation|occupying|regular)\s+)?(?:forces|army|troops|military)\b",
    re.IGNORECASE,
)
PORTFOLIOS = {
    "Foreign Affairs": re.compile(r"Foreign", re.IGNORECASE),
    "Defense": re.compile(r"Defen[cs]e", re.IGNORECASE),
    "Interior": re.compile(r"Interior", re.IGNORECASE),
    "Emergency Situations": re.compile(r"Emergenc", re.IGNORECASE),
}
PORTFOLIO = r"(?i:Foreign|Defen[cs]e|Interior|Emergency Situations)"
MINISTRY = re.compile(
    rf"(?P<a>(?!The\b|the\b)(?P<owner>{NAME_TOKEN})(?:['’]s)?\s+(?:{PORTFOLIO}\s+(?i:Ministry)|(?i:Ministry)\s+of\s+(?:(?i:Foreign\s+Affairs)|{PORTFOLIO})))"
    rf"|(?:{PORTFOLIO}\s+(?i:Ministry)|(?i:Ministry)\s+of\s+(?:(?i:Foreign\s+Affairs)|{PORTFOLIO}))\s+of\s+(?:the\s+Republic\s+of\s+)?(?P<owner2>{NAME_TOKEN})"
)
MINISTRY_WORD = re.compile(r"Ministry", re.IGNORECASE)
FORCES_OF = re.compile(
    rf"\b(?:armed forces|Armed Forces|army|troops|military forces)\s+of\s+(?:the\s+Republic\s+of\s+)?{NAME_TOKEN}"
)
PLACE = re.compile(PLACE_NAME)
CAPITALIZED_NAME = re.compile(rf"(?<![\w’'-]){PLACE_NAME}")  # one that may be a place
OF_PLACE = re.compile(  # 'the village of X', 'the Mayo neighbourhood of southern Khartoum'
    rf"\s+of\s+(?:(?:north|south)?-?(?:north|south|east|west|central)(?:ern)?\s+)?({PLACE_NAME})"
)
MORE_PLACES = re.compile(rf"(?:,\s+{PLACE_NAME})*,?\s+and\s+{PLACE_NAME}")  # ', B and C'
# 'several villages in southern Lebanon, including A and B': the places listed as examples
EXAMPLE_PLACES = re.compile(
    r"(?:\s+(?:in|of|across|near)\s+[^,.;]{1,40}?)?,?\s+(?:including|such\s+as|among\s+them)\s+"
    rf"(?=[A-Z])((?:{PLACE_NAME})(?:(?:,\s+|,?\s+and\s+){PLACE_NAME})*)(?=[,.;]|\s+(?:on|in|at)\b|$)"
)
# 'the Sumy Regional Military Administration', 'Kryvyi Rih City Military Administration': a
# body of its own, which names no place
ADMINISTRATION = re.compile(
    rf"(?<![\w’'-])(?:{PLACE_WORD} ){{1,3}}(?:Regional|Oblast|City|District)\s+"
    r"(?:Military\s+|State\s+|Civil-Military\s+)?Administration\b"
)
# names listed before a word of a kind of place: 'Tartar and Barda' (districts)
PLACE_WORD_AL = rf"(?:(?:al|el|ad|ash|as|an|ar|ibn)-)?{PLACE_WORD}"  # 'Bab al-Hawa'
PLACES_BEFORE = re.compile(
    rf"(?<![\w.])((?:{PLACE_WORD_AL},? )*?{PLACE_WORD_AL}(?:,? (?:and|as well as) {PLACE_WORD_AL})?) $"
)
# 'Stepanakert, Shushi, Martakert, and Shosh': the first name and comma written once, before
# the two kinds of list, so that re starts only at capitals (the same matches, 3x faster)
LISTED_NAME = rf"{PLACE_NAME}(?:[ \t]+(?:city|town))?"  # 'Idlib city, Sarmin, Ariha and ...'
LIST_OF_PLACES = re.compile(
    # a list that ends with 'and' first: 'A, B, C and D' is four names, not three
    rf"{LISTED_NAME},\s+(?:(?:{LISTED_NAME},\s+)*{LISTED_NAME},?\s+and\s+{LISTED_NAME}|(?:{LISTED_NAME},\s+)+(?:and\s+)?{LISTED_NAME})"
)
LISTED_PLACE = re.compile(rf"(?:and\s+)?({PLACE_NAME})(?:[ \t]+(?:city|town))?")
CAPITALIZED_WORD = re.compile(
    r"(?<![\w’'-])(?:(?:al|el|ad|ash|as|an|ar|bin|ibn|abu)-)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*\w"
)
LIST_OPENING = re.compile(r"\s*[-–—:](?=\s)")  # a dash or colon before a list of names
LIST_JOINT = re.compile(r",?\s+and(?=\s)|,(?=\s)")  # between the names of a list
# after a name in a list: another joint, or the list's end ('Kfar Kila and', 'and Khiam.'),
# not the rest of a title ('Yerevan, Defence Ministry spokeswoman')
LIST_GOES_ON = re.compile(r",|\s+(?:and|or)\s|\s*[.;]|\s+(?:on|overnight|late|early|in)\b")
JOINT_BEFORE = re.compile(r"(?:,|,?\s+(?:and|or))\s+$")  # 'Kharkiv and ' before 'Odesa'
ASIDE = re.compile(r"\s*\([^()]{1,40}\)")  # 'Igor Popov (Russia)'
OF_OR_FROM = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
SPEAKER = re.compile(  # 'Hikmat Hajiyev said'
    rf"(?<![\w-])((?:{NAME_TOKEN} ){{1,2}}{NAME_TOKEN})\s+(?:said|says|told|stated|noted|added|stressed|wrote|tweeted)\b"
)
# 'of Israel's Druze community, ' between a title and the name it is given
OF_A_GROUP = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}[\w'’-]+,(?=\s+[A-Z])")
THE_OR_THE_WORD_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?$")  # 'the spiritual '
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")
CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w’'-]* $")
SENTENCE_STOP = re.compile(r"\w{3,}\.\s+")  # 'Monday. ' before a name; not 'J. '
NAME_BEFORE_TITLE = re.compile(  # 'Jeyhun Bayramov, the ' (Foreign Minister); 'Massad Boulos,
    # US President Donald Trump's senior ' (adviser); 'Alounkeo Kittikhoun, a veteran Lao ' (diplomat)
    rf"(?<![\w.])((?:{NAME_TOKEN} ){{1,3}}{NAME_TOKEN}),\s+(?:the\s+|an?\s+)?"
    r"(?:(?:[A-Z][\w.-]*\s+){0,4}?[A-Z][\w-]*['’]s\s+)?(?:\w+\s+){0,2}$"
)
POSSESSIVE_END = re.compile(r"['’]s$")
BODY_FOR = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
SPACE_BEFORE_NAME = re.compile(r",?[ \t]+")  # on the title's line, not the next paragraph's
OWNER_AFTER_TITLE = re.compile(r"\s+(?:of|for|from|to)\s+(?:the\s+)?")  # 'Minister of the'
ABBREVIATION = re.compile(r"\s*\([A-Z]{2,8}\)")  # ' (ICRC)'
OWNER_GAP = re.compile(  # between 'Russia' and its 'Foreign Minister'; "Hezbollah's most
    # senior military commander"
    r"(?:['’]s)?\s*(?:(?:most|top|senior|veteran|chief|leading|powerful|military)\s+)*"
)
OF_WORD = re.compile(r"\s+of\s+(?:the\s+)?\S+")
NOT_SPACE = re.compile(r"\S+")
OWNER = re.compile(r".*(['’]s\s+)")  # "Omdurman's ": the owner before a name
OWNED_PLACE = re.compile(rf"{PLACE_NAME}['’]s\s+{PLACE_NAME}")
WORD_GAP = re.compile(r"(?<=\w)\s+")
LEADING_STOP_WORD = re.compile(r"([A-Z][a-z]+)\s+(?=\S)")  # 'In ' of 'In El Fasher'
DEFINED_ACRONYM = re.compile(r" \(([A-Z][A-Za-z0-9]{1,7})\)")  # 'Libyan National Army (LNA)'
ACRONYM = re.compile(r"(?<![\w’'.-])([A-Z][A-Z0-9]{1,6})(?![\w’'-])")  # 'TPLF', 'M23'
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
WORD = re.compile(r"[\w’'.-]+")
ARTICLE_OR_PREPOSITION = re.compile(r"\b(?:the|of|by|with|from|against|between|and)\s+$")


def owned_names(listed: str) -> list[re.Match]:
    """The place names of a list, an owner and the name it owns as one ("Gaza City's Sheikh
    Radwan neighborhood": not 'Gaza City's Sheikh' and 'Radwan')."""
    owned = OWNED_PLACE.fullmatch(listed)
    return [owned] if owned else list(PLACE.finditer(listed))


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    key: str
    kind: str
    label: str
    surface: str
    found_by: str = ""


AND_BETWEEN = re.compile(r",?\s+and\s+")  # 'Mnatsakanyan and' his counterpart
COUNTERPART_OWNER = re.compile(r"\b(?:his|her)\s+(?:([A-Z][\w-]+)\s+)?$")  # 'his Armenian'
CAPITAL_OF_BEFORE = re.compile(r"\b[Tt]he\s+capital(?:\s+city)?\s+of\s+(?:the\s+)?$")
CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+capital\b(?!\s+(?:of|region|district|province|area)\b)")
THE_BEFORE = re.compile(r"\b[Tt]he\s$")
NAME_AFTER = re.compile(r",?\s+(?:city\s+of\s+)?(?=[A-Z])")  # 'the Ukrainian capital Kyiv'
# where only a place may follow: 'near Adan Yabaal' is no person, though 'Adan' is a given name
IN_OR_AT_BEFORE = re.compile(r"\b(?:in|at)\s+$")
POSSESSIVE_AFTER = re.compile(r"[\w-]*['’]s\b")
PLACE_ONLY_BEFORE = re.compile(
    r"\b(?:near|outside|around|towards?|(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
    r"|(?:town|village|city|district|camp)\s+of)\s+$",
    re.IGNORECASE,
)
# a dateline's cities: 'JUBA (Sudan Tribune) -', 'BAKU/YEREVAN (Reuters) -', 'SANAA, April 6
# (Saba) -', 'Kinshasa (AFP) -', 'STEPANAKERT, OCTOBER 13, ARMENPRESS.'
DATELINE_CITY = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}"
DATELINE_CITIES = re.compile(
    rf"^[ \t]*({DATELINE_CITY}(?:\s*/\s*{DATELINE_CITY})*)"
    r"(?=\s*\(|,\s*(?:[A-Z][A-Za-z]{2,8}\.?\s*\d|\d{1,2}\s+[A-Z])|\s+[-–—]\s)",
    re.MULTILINE,
)


def slug_name(name: str) -> str:
    return SPACES.sub(" ", name.replace("’", "'")).strip()


def with_capitals(words: Iterable[str]) -> list[str]:
    """The words as written and with a capital, to open a sentence."""
    return sorted({form for w in words for form in (w, w[:1].upper() + w[1:])})


class EntityLexicon:
    """The lexicon as EntityFinder reads it, word sets and compiled patterns, made once per
    vocabulary (`vocab.derive(EntityLexicon)`) rather than once per article."""

    def __init__(self, vocab: Vocabulary):
        lex = vocab.lexicon
        self.particles = set(lex["name_particles"])
        self.folded_particles = {p.casefold() for p in self.particles}
        self.not_names = set(lex["not_name_words"]) | set(vocab.surfaces)
        self.facility_name_after = re.compile(  # 'Indonesian Hospital', 'Turkish Embassy'
            rf"\s+(?:{alternatives(sorted({w.title() for w in lex['facility_words']} | {'Embassy'}))})\b"
        )
        self.place_kind = vocab.words("place_kind_words")
        # 'Shatvan, another border village'
        self.apposition = re.compile(
            rf"(?<![\w.])({PLACE_NAME}),\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){{0,2}}?(?i:{self.place_kind.pattern})"
        )
        # 'hit Kurdish fighters': a people's word describes, it names no place
        self.not_places = set(lex["not_place_words"]) | set(lex["community_adjectives"])
        things = alternatives([*lex["facility_words"], *lex["place_kind_words"]], ignore_case=True)
        self.thing_after = re.compile(  # 'Aden Adde International Airport', 'Cal Miskaad mountains'
            rf"\s+(?:International\s+)?(?:{things})\b", re.IGNORECASE
        )
        self.group_anaphor = re.compile(  # 'the terror group', 'the Iran-backed militia'
            rf"\b[Tt]he\s+(?:(?:{alternatives(lex['group_anaphor_modifiers'])})\s+)?"
            rf"(?:{alternatives(lex['group_anaphor_nouns'])})\b(?!\s+of\b)"
        )  # not 'the movement of troops'
        # a place follows; a sentence may open with one ('In El Fasher, ...'): the words are also
        # taken capitalized, which matches faster than ignoring case
        cue_words = [
            *("in", "near", "outside", "around", "into"),
            # 'attacks on', 'raids on'; not 'shelling on Independence Day'
            *(f"{w} on" for w in lex["place_cue_attack_nouns"]),
            *(f"{w} at" for w in lex["place_cue_site_nouns"]),  # 'overran the base at X'
            *lex["passive_attack_verbs"],
            "stormed",
        ]
        self.place_cue = re.compile(
            rf"\b(?:{alternatives(with_capitals(cue_words))})\s+"
            r"(?:the\s+(?:city|town|village|camp)\s+of\s+)?"
        )
        self.kind_words = {w.lower() for w in lex["place_kind_words"]} | {"city", "camp"}
        self.attack_word = vocab.words("attack_words")
        self.profession = re.compile(
            rf"\b(?:{alternatives(lex['profession_words'], ignore_case=True)})(?= [A-Z])"
        )
        self.region_words = {w.lower() for w in lex["region_words"]}
        # 'Kharkiv' names Kharkivska oblast, 'Belgorod' Belgorodskaya oblast'
        self.adjective_ending = re.compile("|".join(["", *lex["region_adjective_endings"]]))
        self.stem_ending = re.compile(  # after a name less its last vowels: 'Sum' + 'ska',
            # 'Odes' + 'ka'
            "|".join(e for e in lex["region_adjective_endings"] if e.startswith(("sk", "ka")))
        )
        cues = [*lex["locative_words"], *lex["attack_verbs"], *lex["passive_attack_verbs"]]
        self.locative = re.compile(
            rf"\b(?:{alternatives(with_capitals(cues))})\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?"
            # 'in western Rafah', 'near north-eastern Kharkiv'
            r"(?:(?:north|south)?-?(?:north|south|east|west|central)(?:ern)?\s+(?=[A-Z]))?"
        )
        self.struck_after = re.compile(  # 'Kharkiv was shelled', 'Odesa came under fire'
            r"\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|again\s+|"
            rf"heavily\s+)?(?:{alternatives(lex['passive_attack_verbs'])})|came\s+under)\b"
        )
        self.cues = vocab.words("person_cues")
        self.title_tail = set(lex["title_tail_words"])
        tail_words = "|".join(self.title_tail)
        # 'for Europe and Foreign Affairs': what a long title says after itself
        self.title_tail_words = re.compile(
            rf"(?:{tail_words})(?:\s+(?:(?:and|&)\s+)?(?:{tail_words}))*\b"
        )
        self.surname_endings = tuple(lex["surname_endings"])
        self.surname_lookalikes = set(lex["surname_lookalikes"])
        self.given_name_honorifics = lex["given_name_honorifics"]
        honorifics = sorted(lex["honorifics"], key=len, reverse=True)  # 'Major General' first
        self.honorific = re.compile(  # 'Mr. Andrew Schofer', 'General Assimi Goita'
            rf"(?:{'|'.join(re.escape(h) for h in honorifics)})(?<=\.)?\s+|(?:{'|'.join(re.escape(h) for h in honorifics if not h.endswith('.'))})\s+"
        )
        particles = "|".join(self.particles)
        # a word of a person's name, up to what follows a name
        self.name_word = re.compile(rf"({NAME_TOKEN}|{particles})(?=[\s,.;:)]|['’]s|$)")
        self.particle_and_name = re.compile(rf" (?:{particles}) {PLACE_WORD}")  # ' Le Drian'
        speech_verbs = "|".join(map(re.escape, lex["speech_verbs"]))
        self.lone_surname = re.compile(
            rf"(?<![\w’'-])([A-Z][\w’'-]+)\s+(?:had\s+|has\s+|also\s+)?(?:{speech_verbs}|declared)\b"
        )
        heads = "|".join(lex["org_head_words"])
        self.org_head = re.compile(heads + "|Press")
        self.body_of_before = re.compile(rf"\b(?:{heads})\s+(?:of|for)\s+(?:the\s+)?$")
        self.unknown_org = re.compile(
            # 'State Service of Emergency Situations', 'Cooperation Council of Turkic-Speaking
            # States': a head word, then what it is of, in capitals
            rf"(?:{NAME_TOKEN}\s+){{0,4}}?(?:{heads})\b(?:\s+of\s+(?:the\s+)?{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,3}})?"
        )
        # organizations by their form (find_organizations)
        self.org_heads = set(lex["org_head_words"])
        self.org_joints = set(lex["organization_name_joints"])
        self.not_org_acronyms = set(lex["not_organization_acronyms"])
        self.not_org_words = set(lex["not_organization_words"])
        self.not_org_openers = set(lex["not_organization_openers"])
        self.place_body_openers = set(lex["place_body_openers"])
        group_nouns = "|".join(map(re.escape, lex["group_nouns"]))
        # lower case: 'the M23 rebels', not 'the Three Brotherhood Alliance'
        self.group_noun = re.compile(rf"\s+(?:{group_nouns})\b")
        org_word = r"(?:(?:al|el)-)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*"
        self.capitalized_group = re.compile(  # 'Boko Haram fighters'
            rf"(?<![\w’'.-])({org_word}(?: {org_word}){{0,2}})(?=\s+(?:{group_nouns})\b)"
        )
        joints = "|".join(map(re.escape, lex["organization_name_joints"]))
        # capitalized words with small words between, within one line: 'Government of National
        # Unity', 'African Union Transition Mission in Somalia'
        self.capitalized_run = re.compile(
            rf"(?<![\w’'-]){org_word}(?:(?: (?:{joints}))* {org_word})*"
        )
        modifiers = "|".join(map(re.escape, lex["camp_modifiers"]))
        camps = "|".join(map(re.escape, lex["camp_words"]))
        self.camp = re.compile(  # 'the Nuseirat refugee camp'
            rf"(?<![\w’'-])({PLACE_NAME})\s+(?:(?:{modifiers})\s+){{1,2}}(?:{camps})\b"
        )
        self.subdivision_names = sorted(vocab.subdivisions)  # for the names that start alike
        self.demonyms = demonyms(vocab)
        occupation = alternatives(lex["occupation_words"], ignore_case=True)
        force_nouns = alternatives(lex["occupation_force_nouns"], ignore_case=True)
        occupiers = alternatives(lex["occupier_words"], ignore_case=True)
        self.occupation_forces = re.compile(  # 'the occupation aircraft', 'the occupiers'
            rf"\b(?:(?:{occupation})\s+(?:{force_nouns})|{occupiers})\b", re.IGNORECASE
        )
        self.occupiers = lex["occupiers"]
        self.community_adjectives = set(lex["community_adjectives"])
        self.junta = re.compile(
            rf"\b(?:{alternatives(lex['junta_words'], ignore_case=True)})\b", re.I
        )
        self.government_attacker = re.compile(  # 'a government air strike'
            r"\b(?:federal\s+)?government(?=(?:['’]s)?\s+(?:"
            rf"{alternatives(lex['government_force_nouns'], ignore_case=True)})\b)",
            re.I,
        )
        anaphors = alternatives(lex["army_anaphors"])
        self.army_anaphor = re.compile(  # 'the army', 'army warplanes'
            rf"\b[Tt]he\s+(?:{anaphors})\b"
            rf"|\b[Aa]rmy(?=\s+(?:{alternatives(lex['army_arms_nouns'])})\b)"
        )
        self.not_person_ends = self.org_heads | set(lex["not_person_ends"])
        vessels = alternatives(lex["vessel_words"], ignore_case=True)
        self.vessel_before = re.compile(rf"\b(?:{vessels})\s+$", re.IGNORECASE)  # 'USS '


class EntityFinder:
    """Builds the local entities and mentions of one article."""

    def __init__(
        self,
        vocab: Vocabulary,
        text: str,
        doc: Doc,
        sentences: list[Sentence],
        ner: Language | None = None,
    ):
        """`doc` is spaCy's doc of the text (its `doc.text` would join every token again)."""
        self.vocab = vocab
        self.lex = vocab.derive(EntityLexicon)
        self.ner = ner
        self.doc = doc
        self.text = text
        self.sentences = sentences
        self.entities: dict[str, LocalEntity] = {}
        self.hits: list[Hit] = []
        self.current_pass = ""
        self.countries_within_names: set[str] = {  # 'Ethiopian' of 'Ethiopian Air Force';
            code
            for word, code in vocab.people_of.items()
            if word in text  # 'Palestinians'
        }

    # --- public

    def passes(self) -> list[tuple[str, Callable[[], None]]]:
        """The passes in the order they run, each named; a later pass leaves alone what an
        earlier one found."""
        return [
            ("known names", self.find_known),
            ("epithets named again", self.find_epithet_repeats),
            ("armed groups named again", self.find_group_repeats),
            ("dateline", self.find_dateline_country),
            ("ministries", self.find_ministries),
            ("armed forces", self.find_forces),
            ("organizations by form", self.find_organizations),
            ("places by context", self.find_unknown_places),
            ("people by title", self.find_people),
            ("speakers", self.find_speakers),
            ("people by name", self.find_named_people),
            ("surnames that speak", self.find_lone_surnames),
            *([("statistical NER", self.find_with_model)] if self.ner is not None else []),
            ("people named again", self.find_person_repeats),
            ("GeoNames places", self.find_gazetteer_places),
            ("places named again", self.find_place_repeats),  # a list may hold one
            ("lists of places", self.find_listed_places),
            ("capitals", self.find_capitals),
            ("places named again", self.find_place_repeats),  # those found in lists too
            ("places described as within", self.find_described_within),
            ("armed forces unnamed", self.find_unnamed_forces),
        ]

    def run(self) -> tuple[dict[str, LocalEntity], list[Mention]]:
        for name, find in self.passes():
            self.current_pass = name
            find()
        return self.entities, self.mentions()

    def find_with_model(self):
        """Names a statistical NER model finds and the rules did not: people (two words or more),
        organizations, and places that match a known place by spelling."""
        for ent in self.ner(self.text).ents:
            start, end = ent.start_char, ent.end_char
            if self.hit_at(start, end):
                continue
            if ent.label_ == "PERSON" and len(ent.text.split()) >= 2:
                self.add_person(start, end, None, None)
            elif ent.label_ in ("ORG", "NORP") and ent.text[:1].isupper():
                self.add_hit(start, end, f"org+:{ent.text.casefold()}", "Organization", ent.text)
            elif ent.label_ in ("GPE", "LOC", "FAC"):
                self.place_candidate(start, end, only_known=True)

    def entity(self, key: str, kind: str, label: str, surface: str) -> LocalEntity:
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = LocalEntity(key, kind, label)
        ent.names.add(slug_name(surface))
        return ent

    def sentence_at(self, offset: int) -> int:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s.index
        return self.sentences[-1].index if self.sentences else 0

    def mentions(self) -> list[Mention]:
        out = []
        for hit in sorted(self.hits, key=lambda h: (h.start, h.end)):
            ref = hit.key
            if hit.kind == "Demonym":
                ref = "country:" + hit.key.split(":", 1)[1]
            out.append(
                Mention(
                    ref, hit.surface, hit.start, hit.end, self.sentence_at(hit.start), hit.found_by
                )
            )
        return out

    def hit_at(self, start: int, end: int) -> Hit | None:
        for hit in self.hits:
            if hit.start < end and start < hit.end:
                return hit
        return None

    def add_hit(
        self, start: int, end: int, key: str, kind: str, label: str, named: bool = True
    ) -> Hit:
        """A mention found; `named`: its words are a name of the thing (not 'the group')."""
        surface = self.text[start:end] if named else label
        hit = Hit(start, end, key, kind, label, surface, self.current_pass)
        within = [h for h in self.hits if h.start >= start and h.end <= end]
        self.countries_within_names.update(
            h.key.split(":", 1)[1] for h in within if h.kind in ("Country", "Demonym")
        )
        self.hits = [h for h in self.hits if h not in within]
        self.hits.append(hit)
        if kind == "Demonym":
            code = key.split(":", 1)[1]
            self.entity(f"country:{code}", "Country", self.vocab.countries[code], label)
        else:
            self.entity(key, kind, label, surface)
        return hit

    # --- passes

    def find_known(self):
        for span in filter_spans(self.vocab.gazetteer(self.doc, as_spans=True)):
            known = self.vocab.known[span.label_]
            if known.kind == "Demonym" and self.lex.facility_name_after.match(
                self.text, span.end_char
            ):  # 'the Indonesian Hospital', 'the Kuwaiti Hospital': a building's name, which
                continue  # names no country
            self.add_hit(span.start_char, span.end_char, known.key, known.kind, known.label)

    def find_epithet_repeats(self):
        """'the aggression of the Zionist regime ... the crimes of the regime': a state named by
        an epithet is meant again by the epithet's noun alone, when one state has that noun."""
        by_noun: dict[str, list[Hit]] = {}
        for hit in self.hits:
            noun = hit.surface.split()[-1]
            if hit.kind == "Country" and " " in hit.surface and noun.islower():
                by_noun.setdefault(noun, []).append(hit)
        for noun, hits in by_noun.items():
            if len({h.key for h in hits}) > 1:
                continue  # 'the Kiev regime' and 'the Zionist regime': which one is unclear
            first = min(hits, key=lambda h: h.start)
            for m in re.finditer(rf"\b[Tt]he\s+({noun})\b", self.text[first.end :]):
                start, end = first.end + m.start(1), first.end + m.end(1)
                if not self.hit_at(start, end):
                    self.add_hit(start, end, first.key, "Country", first.label)

    def find_group_repeats(self):
        """'Hezbollah claimed the attack ... a day after the terror group fired 40 rockets': an
        armed group is meant again by 'the group' (or 'the militia', with a word before it
        such as 'terror' or 'Iran-backed'), when the organization named last before it is an
        armed group ('Human Rights Watch ... the group called for' is no armed group)."""
        bodies = sorted((h for h in self.hits if h.kind == "Organization"), key=lambda h: h.end)
        if not any(h.key in self.vocab.armed_groups for h in bodies):
            return
        ends = [h.end for h in bodies]
        for m in self.lex.group_anaphor.finditer(self.text):
            before = bisect_right(ends, m.start())
            last = bodies[before - 1] if before else None
            if last is None or last.key not in self.vocab.armed_groups:
                continue
            inside = [h for h in self.hits if h.start < m.end() and m.start() < h.end]
            if all(  # 'the Iran-aligned group': the group, not Iran
                h.kind in ("Country", "Demonym") and m.start() <= h.start and h.end <= m.end()
                for h in inside
            ):
                self.add_hit(m.start(), m.end(), last.key, last.kind, last.label, named=False)

    def find_dateline_country(self):
        """The country of the dateline's city ('JUBA (Sudan Tribune) -': South Sudan), in which
        the towns the article names are looked up first. The city is no mention: a dateline
        tells where the news was written, not where anything happened."""
        m = DATELINE_CITIES.search(self.text, 0, 600)
        for city in m.group(1).split("/") if m else ():
            name = city.strip().title() if city.isupper() else city.strip()
            known = self.vocab.place_names.get(name)
            if known:
                country = self.vocab.place_country(f"place:{known}")
            else:
                found = gazetteer().lookup(name)
                country = found[0].country if found and found[0].population >= 50_000 else None
            if country in self.vocab.countries:
                self.countries_within_names.add(country)

    def find_ministries(self):
        """'Azerbaijani Foreign Ministry', 'the Defense Ministry of Azerbaijan', 'Artsakh Ministry
        of Defense': one organization per country and portfolio."""
        if not MINISTRY_WORD.search(self.text):
            return  # the pattern is slow, and each of its matches has the word
        for m in MINISTRY.finditer(self.text):
            group = "owner" if m["owner"] else "owner2"
            owner = self.hit_at(m.start(group), m.end(group))
            if not owner or owner.kind not in ("Country", "Demonym", "Place"):
                continue
            portfolio = next(
                (name for name, words in PORTFOLIOS.items() if words.search(m.group(0))),
                None,
            )
            if portfolio is None:
                continue
            code = owner.key.split(":", 1)[1]
            where = self.vocab.countries.get(code) or owner.label
            key = f"org+:ministry of {portfolio.lower()} of {where.lower()}"
            self.add_hit(
                m.start(), m.end(), key, "Organization", f"Ministry of {portfolio} of {where}"
            )
            self.hits.append(owner)  # the country stays mentioned inside the ministry's name

    def find_forces(self):
        """'Armenian armed forces', 'Azerbaijani army', 'armed forces of Armenia': one
        organization per country."""
        for m in FORCES_OF.finditer(self.text):
            hit = next(
                (h for h in self.hits if m.start() < h.start < m.end() and h.kind == "Country"),
                None,
            )
            if hit:
                code = hit.key.split(":", 1)[1]
                label = f"{self.lex.demonyms.get(code) or hit.label} Armed Forces"
                self.add_hit(m.start(), hit.end, f"forces:{code}", "Organization", label)
                self.entities[f"forces:{code}"].forces_of = f"country:{code}"
                self.hits.append(hit)
        for hit in list(self.hits):
            if hit.kind not in ("Demonym", "Country"):
                continue
            after = hit.end
            if hit.kind == "Country" and self.text[after : after + 2] in ("'s", "’s"):
                after += 2
            m = FORCES.match(self.text, after)
            if not m:
                continue
            code = hit.key.split(":", 1)[1]
            country = self.vocab.countries[code]
            label = f"{self.lex.demonyms.get(code) or country} Armed Forces"
            self.add_hit(hit.start, m.end(), f"forces:{code}", "Organization", label)
            self.entities[f"forces:{code}"].forces_of = f"country:{code}"
            self.entity(f"country:{code}", "Country", country, country)

    def find_unnamed_forces(self):
        """Armed forces the text does not name: 'the army' is the armed forces named last
        before it; 'the occupation aircraft' and 'the occupiers' are the armed forces of the
        country that holds the land of the article's places (data: `occupiers`); 'a junta
        airstrike' is the land's own forces, 'a government air strike' its state."""
        for m in self.lex.army_anaphor.finditer(self.text):
            named = [h for h in self.hits if h.key.startswith("forces:") and h.end <= m.start()]
            if named and not self.hit_at(m.start(), m.end()):
                last = max(named, key=lambda h: h.start)
                self.add_hit(m.start(), m.end(), last.key, "Organization", last.label)
        unnamed = [
            m
            for m in self.lex.occupation_forces.finditer(self.text)
            if not self.hit_at(m.start(), m.end())
        ]
        occupier = self.occupier() if unnamed else None
        for m in unnamed if occupier else ():
            if not self.hit_at(m.start(), m.end()):
                self.add_forces(m.start(), m.end(), occupier)

        juntas = [m for m in self.lex.junta.finditer(self.text) if not self.hit_at(*m.span())]
        home = self.home_country() if juntas else None
        for m in juntas if home else ():  # 'a junta airstrike': the land's own armed forces
            self.add_forces(m.start(), m.end(), home)
        rulers = [
            m
            for m in self.lex.government_attacker.finditer(self.text)
            if not self.hit_at(*m.span())
        ]
        home = self.home_country() if rulers else None
        for m in rulers if home else ():  # 'a government air strike': the land's own state
            self.add_hit(
                m.start(), m.end(), f"country:{home}", "Country", self.vocab.countries[home]
            )

    def add_forces(self, start: int, end: int, code: str):
        label = f"{self.lex.demonyms.get(code) or self.vocab.countries[code]} Armed Forces"
        self.add_hit(start, end, f"forces:{code}", "Organization", label)
        self.entities[f"forces:{code}"].forces_of = f"country:{code}"

    def occupier(self) -> str | None:
        """The occupier of the land of the article's first place that has one."""
        for hit in sorted(self.hits, key=lambda h: h.start):
            code = self.vocab.place_country(hit.key) if hit.kind == "Place" else None
            if code in self.lex.occupiers:
                return self.lex.occupiers[code]
        return None

    def home_country(self) -> str | None:
        """The country most of the article's places lie in (the first named, on a tie): not
        the country of a summit abroad."""
        codes = [self.vocab.place_country(h.key) for h in sorted(self.hits, key=lambda h: h.start)]
        codes = [c for c in codes if c in self.vocab.countries]
        return max(codes, key=codes.count) if codes else None

    def find_organizations(self):
        """Organizations no list knows, by the form of their names: a name and its acronym
        ('Tigray People's Liberation Front (TPLF)'), then either alone; an unknown acronym after
        'the' or before a word for an armed group ('the FDLR', 'M23 rebels'), or a capitalized
        word before one ('Fano militias'); a capitalized name ending in the head word of a body
        ('Three Brotherhood Alliance', 'Government of National Unity')."""
        lex = self.lex
        for m in DEFINED_ACRONYM.finditer(self.text):
            acronym = m.group(1)
            if acronym in lex.not_names or acronym in lex.not_org_acronyms:
                continue
            span = self.name_before_acronym(m.start(), acronym)
            if span and self.may_take(*span) and not self.only_places(*span):
                self.add_organization(*span, acronym)
        for m in ACRONYM.finditer(self.text):
            word = m.group(1)
            if (
                word in lex.not_names
                or word in lex.not_org_acronyms
                or ROMAN_NUMERAL.fullmatch(word)
                or self.hit_at(m.start(), m.end())
            ):
                continue
            after = self.text[m.end() : m.end() + 2].lstrip()
            before = ARTICLE_OR_PREPOSITION.search(self.text, max(0, m.start() - 9), m.start())
            if lex.group_noun.match(self.text, m.end()) or (before and not after[:1].isupper()):
                self.add_organization(m.start(), m.end(), None)
        for m in lex.capitalized_group.finditer(self.text):  # 'Boko Haram fighters'
            word = m.group(1)
            if (
                word.split()[-1] not in lex.org_heads
                and word not in lex.not_names
                and word not in lex.not_org_words
                and word.lower() not in STOP_WORDS
                and not word.isupper()
                and not self.hit_at(m.start(1), m.end(1))
                and not self.is_city(word)
                and fold(word) not in self.vocab.subdivisions
            ):
                self.add_organization(m.start(1), m.end(1), None)
        for m in ADMINISTRATION.finditer(self.text) if "Administration" in self.text else ():
            if self.may_take(m.start(), m.end()):
                self.add_organization(m.start(), m.end(), None)
        for m in lex.capitalized_run.finditer(self.text):
            span = self.body_in_run(m)
            if span and self.may_take(*span, absorb=("Country", "Place", "Demonym")):
                self.add_organization(*span, None)

    def name_before_acronym(self, end: int, acronym: str) -> tuple[int, int] | None:
        """The name an acronym in brackets stands for: the capitalized words (and small words
        between them) right before it, from the first whose initials hold the acronym's
        letters in order."""
        window = max(0, end - 160)
        words = list(WORD.finditer(self.text, window, end))
        run = []
        for word in reversed(words):
            text = word.group(0)
            after = run[0].start() if run else end
            if self.text[word.end() : after] != " " and run:
                break
            if not (text[:1].isupper() or text in self.lex.org_joints or text == "and"):
                break  # 'Support and Stabilization Mission'
            run.insert(0, word)
        letters = [c for c in acronym.upper() if c.isalpha()]
        for i, first in enumerate(run):
            if first.group(0)[:1] != acronym[0] or len(run) - i < 2:
                continue
            # the initials, then any letters of the last word: 'Support and Stabilization
            # Mission in Somalia (AUSSOM)'
            initials = iter(
                [*(w.group(0)[0].upper() for w in run[i:-1]), *run[-1].group(0).upper()]
            )
            if all(letter in initials for letter in letters):  # a subsequence
                return first.start(), run[-1].end()
        return None

    def body_in_run(self, run: re.Match) -> tuple[int, int] | None:
        """The name of a body within a run of capitalized words: up to its last head word
        ('Council'), with what it is of or in ('of National Unity'), less a title, a
        possessive, a date or a sentence's first word before it."""
        lex = self.lex
        words = list(WORD.finditer(run.group(0)))
        heads = [  # not the 'Bank' of 'the West Bank'
            i
            for i, w in enumerate(words)
            if w.group(0) in lex.org_heads
            and not self.place_at(run.start() + w.start(), run.start() + w.end())
        ]
        head = words[heads[-1]].group(0) if heads else ""
        if not heads or MINISTRY_WORD.fullmatch(head):
            return None  # ministries have a pass of their own, which finds whose they are;
            # 'the Ministry of Health' alone says not whose it is
        last = heads[-1]
        if last + 2 < len(words) and words[last + 1].group(0) in ("of", "in", "for"):
            # 'Government of National Unity', up to a place that owns the body ('State Service
            # of Emergency Situations of Artsakh' is the State Service of Emergency Situations)
            for i in range(last + 1, min(len(words), last + 9)):
                word = words[i].group(0)
                if word in lex.org_joints and i + 1 < len(words):
                    continue
                at = run.start() + words[i].start()
                after = words[i + 1].group(0) if i + 1 < len(words) else ""
                if (
                    self.hit_at(at, at + len(word))
                    or self.is_city(word)
                    or (after[:1].isupper() and self.is_city(f"{word} {after}"))  # Addis Ababa
                    or word.lower() in WEEKDAYS
                    or word.lower() in MONTHS
                    or (word in self.vocab.first_names and after[:1].isupper())
                    or self.is_surname(after)
                ):
                    break  # a name found already, or a person's ('... Situations Hunan Tadevosyan')
                last = i
        first = 0
        while first < last:
            word = words[first].group(0)
            title = self.vocab.titles.match(run.group(0), words[first].start())
            hit = self.hit_at(run.start() + words[first].start(), run.start() + words[first].end())
            next_at = run.start() + words[first + 1].start()  # 'Four UN Security Council members'
            if word.endswith(("'s", "’s")) and not hit:
                return None  # 'Prosecutor General's Office': the owner is part of the name
            if title:
                after = [i for i, w in enumerate(words) if w.start() >= title.end()]
                if not after or words[after[0] - 1].end() != title.end():
                    return None  # the title ends within a word
                first = after[0]
            elif word not in lex.org_heads and (  # 'Government of National Unity' stays whole
                word in lex.org_joints
                or (word.lower() in STOP_WORDS and word.lower() not in UNITS)
                or (word.lower() in UNITS and self.hit_at(next_at, next_at + 1))
                or word in lex.not_org_openers
                or word.lower() in MONTHS
                or word.lower() in WEEKDAYS
                or word.endswith(("'s", "’s"))
                or (hit and hit.kind in ("Country", "Place", "Person"))  # 'Sudanese' stays
                or (word.endswith("s") and words[first + 1].group(0) == "of")  # 'Rescuers of'
                or self.is_city(word)
            ):
                first += 1
            else:
                break
        while last > first and words[last].group(0) in lex.org_joints:
            last -= 1
        if any(w.group(0).endswith(("'s", "’s")) for w in words[first : last + 1]):
            return None  # "General Prosecutor's Office": an office named by its holder
        capitalized = [w for w in words[first : last + 1] if w.group(0)[:1].isupper()]
        before_head = words[heads[-1] - 1].group(0) if heads[-1] > first else ""
        if len(capitalized) < 2 or lex.place_body_openers & {capitalized[0].group(0), before_head}:
            return None  # 'Regional Military Administration', 'Dikwa Local Government': a
            # place's own office, or a place
        return run.start() + words[first].start(), run.start() + words[last].end()

    def only_places(self, start: int, end: int) -> bool:
        """Whether every capitalized word of start..end is a place's or a country's ('Armenia and
        Azerbaijan'): no body's name."""
        return all(
            self.place_at(start + w.start(), start + w.end())
            for w in WORD.finditer(self.text[start:end])
            if w.group(0)[:1].isupper()
        )

    def place_at(self, start: int, end: int) -> bool:
        """Whether a place or a country was found over start..end."""
        hit = self.hit_at(start, end)
        return hit is not None and hit.kind in ("Place", "Country")

    def is_city(self, word: str) -> bool:
        """A town of over 100,000 people ('ANKARA, Anadolu Agency'): no name of a body begins
        with one alone."""
        found = gazetteer().lookup(word)  # the most populous first
        return bool(found) and found[0].population > 100_000

    def may_take(
        self, start: int, end: int, absorb=("Country", "Place", "Demonym", "Organization")
    ) -> bool:
        """Whether a new name may cover start..end: the names found within it are all of the
        kinds it may take in, or a body it begins with ('AU Commission'); never the very name
        already found, nor part of a longer one."""
        for hit in self.hits:
            if hit.start < end and start < hit.end:
                inside = start <= hit.start and hit.end <= end
                taken = hit.kind in absorb or (hit.kind == "Organization" and hit.start == start)
                if not inside or not taken or (hit.start, hit.end) == (start, end):
                    return False
        return True

    def add_organization(self, start: int, end: int, acronym: str | None):
        """The organization, and every other place the text names it by that name or acronym."""
        name = self.text[start:end]
        label = acronym or name
        key = f"org+:{label.casefold()}"
        known = self.vocab.folded_organizations.get(fold(name))  # 'Turkic-speaking States'
        if known:
            key, label = known.key, known.label
        self.add_hit(start, end, key, "Organization", label)
        if acronym:
            self.entity(key, "Organization", label, acronym)
        for other_start, other_end in whole_words(self.text, {name, *([acronym] * bool(acronym))}):
            if self.may_take(other_start, other_end):
                self.add_hit(other_start, other_end, key, "Organization", label)

    def find_unknown_places(self):
        """Capitalized words before 'region', 'district', 'city'..., after 'the village of', or
        set apart as one ('Shatvan, another border village')."""
        for m in self.lex.place_kind.finditer(self.text):
            after = OF_PLACE.match(self.text, m.end())
            town = None
            if after:  # first, so that its country is known: 'the Mayo neighbourhood of
                # Khartoum' is no Mayo of another country
                self.place_candidate(after.start(1), after.end(1))
                town = self.hit_at(after.start(1), after.end(1))
            town_country = (  # 'the Mayo neighbourhood of Khartoum': a Mayo in Sudan, or one
                self.vocab.place_country(town.key) if town and town.kind == "Place" else None
            )  # of its own
            before = self.text[max(0, m.start() - 80) : m.start()]
            listed = PLACES_BEFORE.search(before)
            if listed:
                base = m.start() - len(before) + listed.start(1)
                region = m.group(0).lower() in self.lex.region_words
                for name in owned_names(listed.group(1)):  # 'Tartar and Abu Shouk'
                    if name.group(0) in self.lex.community_adjectives:
                        continue  # 'the northern Arab town of Tamra': Tamra, not Arab
                    lead = LEADING_STOP_WORD.match(name.group(0))
                    skip = lead.end() if lead and lead.group(1).lower() in STOP_WORDS else 0
                    start, end = base + name.start() + skip, base + name.end()  # 'In Gaza City'
                    if self.text[end : m.start()] == " " and self.named_with_its_kind(
                        start, m.end()
                    ):
                        end = m.end()  # 'GAZA CITY': the city's name, not Gaza's
                    owner = OWNER.match(name.group(0)[skip:])  # "Omdurman's Karari district"
                    if owner:  # Omdurman is a place too, and Karari lies in it
                        self.place_candidate(start, start + owner.end() - len(owner.group(1)))
                    inner = start + (owner.end() if owner else 0)
                    subdivided = region and self.subdivision(inner, end, m.group(0))
                    if not subdivided and not self.names_a_people(self.text[inner:end]):
                        self.place_candidate(inner, end, country=town_country)
                    if owner:
                        self.put_within(inner, end, start)
            rest = after and m.group(0).endswith("s") and MORE_PLACES.match(self.text, after.end())
            for name in PLACE.finditer(self.text, *rest.span()) if rest else ():
                self.place_candidate(name.start(), name.end())  # 'the villages of A, B and C'
            examples = m.group(0).endswith("s") and EXAMPLE_PLACES.match(self.text, m.end())
            for name in PLACE.finditer(self.text, *examples.span(1)) if examples else ():
                self.place_candidate(name.start(), name.end())  # 'villages ..., including A'
        for m in self.lex.apposition.finditer(self.text):
            self.place_candidate(m.start(1), m.end(1))
        for m in self.lex.camp.finditer(self.text):
            lead = LEADING_STOP_WORD.match(m.group(1))  # 'In Jabalia refugee camp, ...': Jabalia
            skip = lead.end() if lead and lead.group(1).lower() in STOP_WORDS else 0
            self.place_candidate(m.start(1) + skip, m.end(1))

    def named_with_its_kind(self, start: int, end: int) -> bool:
        """Whether a name and the kind word after it are one place's name ('Gaza City', 'Kuwait
        City'), in the gazetteer however the text cases it ('GAZA CITY' in a dateline)."""
        words = self.text[start:end].split()
        if not words[-1][0].isupper():
            return False  # 'Ganja city': Ganja, a city
        name = " ".join(word.capitalize() for word in words)
        return name in self.vocab.place_names or bool(gazetteer().lookup(name))

    def names_a_people(self, name: str) -> bool:
        """'a Palestinian state', 'the Jewish state': a people's word or a demonym, no place."""
        known = self.vocab.surfaces.get(name)
        return name in self.vocab.people_of or (known is not None and known.kind == "Demonym")

    def put_within(self, start: int, end: int, owner_start: int):
        """The place found at start..end lies in the place found at owner_start."""
        inner, outer = self.hit_at(start, end), self.hit_at(owner_start, owner_start + 1)
        if (
            inner
            and outer
            and inner.kind == outer.kind == "Place"
            and inner.key != outer.key
            and inner.key.startswith("place+:")
        ):
            self.entities[inner.key].within = outer.key

    def find_described_within(self):
        """'Haret Hreik, a densely populated neighbourhood in the Dahiyeh area': a place the
        gazetteer does not hold lies in the one its description names (no mention is added)."""
        places = sorted((h for h in self.hits if h.kind == "Place"), key=lambda h: h.start)
        for inner, outer in itertools.pairwise(places):
            if DESCRIBED_WITHIN.fullmatch(self.text, inner.end, outer.start):
                self.put_within(inner.start, inner.end, outer.start)

    def subdivision(self, start: int, end: int, kind: str) -> bool:
        """'Kharkiv region', 'Khartoum state': the ISO 3166-2 subdivision of that name (a region
        and its capital city are two places), in a country the article names if it can."""
        word = fold(self.text[start:end])
        known = self.hit_at(start, end)
        if len(word) < 4 or (
            known  # a town the gazetteer knows is still the region of 'Kyiv Oblast'
            and not (
                known.kind == "Place"
                and (known.start, known.end) == (start, end)
                and kind.lower().startswith("oblast")
            )
        ):
            return False
        names = self.lex.subdivision_names
        found = []
        stem = word.rstrip("aeiouy")  # 'Sumy' and 'Sumska', 'Poltava' and 'Poltavska'
        for key in names[bisect_left(names, stem) :]:  # the names that start with the stem
            if not key.startswith(stem):
                break
            if (
                key.startswith(word) and self.lex.adjective_ending.fullmatch(key[len(word) :])
            ) or self.lex.stem_ending.fullmatch(key[len(stem) :]):
                found += self.vocab.subdivisions[key]
        countries = self.named_countries()
        # 'Kyiv Oblast' is Kyivska oblast (UA-32), not the city of Kyiv (UA-30), where a
        # subdivision is named both ways
        found.sort(key=lambda item: (item[0][:2] not in countries, fold(item[1]) == word, item[0]))
        if not found:
            return False
        code = found[0][0]
        label = f"{self.text[start:end]} {kind.rstrip('s').lower()}"
        self.add_hit(start, end, f"region:{code}", "Place", label)
        names = self.entities[f"region:{code}"].names
        names.add(label)  # 'Kursk region', as the text has it
        names.discard(slug_name(self.text[start:end]))  # not 'Kursk': that is the city's name
        return True

    def after_place_words_in_attacks(self) -> set[int]:
        """Offsets right after 'in', 'near', 'the attack on', 'stormed'... in sentences that tell
        of an attack: a name there is a place, known or not ('fired missiles at a tanker near
        Hodeidah', 'RSF fighters stormed Wad al-Noura')."""
        return {
            sentence.start + m.end()
            for sentence in self.attack_sentences()
            for m in self.lex.place_cue.finditer(sentence.text)
        }

    def attack_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if self.lex.attack_word.search(s.text)]

    def find_listed_places(self):
        """'Stepanakert, Shushi, Martakert, Shosh, and several other communities': a name in a
        list of places is a place."""
        for m in LIST_OF_PLACES.finditer(self.text):
            names = list(LISTED_PLACE.finditer(m.group(0)))
            hits = [self.hit_at(m.start() + n.start(1), m.start() + n.end(1)) for n in names]
            places = [h for h in hits if h and h.kind == "Place"]
            guessed = [h for h in hits if h and h.found_by == "people by name"]
            others = [h for h in hits if h and h not in places and h not in guessed]
            if (len(places) >= 2 and 2 * len(places) >= len(names)) or (
                places and len(names) >= 4 and not others
            ):  # 'naming Chabriha, Borj El Chmali, Kfar Kila, Rab Thalathin and Khiam': in a
                # list of four names or more, a known place and no other known name make every
                # name a place, even one guessed a person for its two capitalized words
                for hit in guessed:
                    self.hits.remove(hit)
                for n in names:
                    self.place_candidate(m.start() + n.start(1), m.start() + n.end(1))

    def find_capitals(self):
        """'The capital of Artsakh', 'the Ukrainian capital', "Sudan's capital": the capital the
        gazetteer gives (GeoNames' country table; `capital` in places.json for a region), when no
        name follows ('the Ukrainian capital, Kyiv': the name is the place)."""
        if "capital" not in self.text:
            return
        for hit in [h for h in self.hits if h.kind in ("Country", "Demonym", "Place")]:
            key = "country:" + hit.key.split(":", 1)[1] if hit.kind == "Demonym" else hit.key
            if key not in self.vocab.capitals:
                continue
            before = CAPITAL_OF_BEFORE.search(self.text, max(0, hit.start - 30), hit.start)
            after = CAPITAL_AFTER.match(self.text, hit.end)
            if before and not self.text.startswith(("'s", "’s"), hit.end):  # not 'the capital
                # of Sudan's North Darfur state'
                start, end = before.start(), hit.end
            elif after and THE_BEFORE.search(self.text, max(0, hit.start - 5), hit.start):
                start, end = hit.start - 4, after.end()
            elif after and after.group(0).startswith(("'", "’")):
                start, end = hit.start, after.end()
            else:
                continue
            named = NAME_AFTER.match(self.text, end)
            if named and (h := self.hit_at(named.end(), named.end() + 1)) and h.kind == "Place":
                continue  # 'the capital of Artsakh, Stepanakert'
            name = self.vocab.capitals[key]
            if name in self.vocab.place_names:
                place = self.vocab.places[self.vocab.place_names[name]]
                self.add_hit(start, end, f"place:{place.id}", "Place", place.label)
            elif feature := self.geonames_feature(name, {key.split(":", 1)[1]}):
                self.add_feature(start, end, feature, label=feature.name)

    def place_candidate(
        self, start: int, end: int, only_known: bool = False, country: str | None = None
    ):
        """A name the context calls a place: a curated place, else a GeoNames place of that name
        (in a country the article names, or a city), else a curated place spelled alike
        (Abheron -> Absheron), else a place of its own. `country`: the one it must lie in (that
        of the town it is a neighbourhood of)."""
        word = self.text[start:end].rstrip(".,'’")
        end = start + len(word)
        if self.hit_at(start, end) or word in self.lex.not_names or len(word) < 3:
            return
        if (
            word.endswith(("'s", "’s"))
            or word.lower() in ("and", "the")
            or word in self.lex.not_places
        ):
            return
        countries = {country} if country else self.named_countries()
        word = word.title() if word.isupper() else word  # 'GAZA CITY' in a dateline
        feature = self.geonames_feature(word, countries)
        if feature and (
            not countries
            or feature.country in countries
            or (
                feature.population >= 100_000
                and fuzz.ratio(fold(feature.name), fold(word)) >= SAME_NAME_SPELT_OTHERWISE
            )
        ):  # 'Omdurman's Karari district' is no small town of that name in another country, nor
            # 'the village of Manda' in Niger Handa in Japan, known also as Manda; 'the city of
            # Mykolaiv' is Mykolayiv, in Ukraine, though the article names only Russia
            self.add_feature(start, end, feature)
            return
        best = process.extractOne(
            word, self.vocab.place_names.keys(), scorer=fuzz.ratio, score_cutoff=85
        )  # 'Abheron' is Absheron (93); 'Adre' is not Agdere (80)
        if best and best[0][0].lower() == word[0].lower():
            place_id = self.vocab.place_names[best[0]]
            self.add_hit(
                start, end, f"place:{place_id}", "Place", self.vocab.places[place_id].label
            )
        elif not only_known:
            self.add_hit(start, end, f"place+:{word.casefold()}", "Place", word)

    def named_countries(self) -> set[str]:
        """The ISO codes of the countries the article names so far, alone, within a longer name
        or as the country of a place it names ('Kyiv': Ukraine)."""
        named = {h.key.split(":", 1)[1] for h in self.hits if h.kind in ("Country", "Demonym")}
        placed = {self.vocab.place_country(h.key) for h in self.hits if h.kind == "Place"}
        return named | self.countries_within_names | (placed & self.vocab.countries.keys())

    def geonames_feature(self, name: str, countries: set[str] | None = None) -> GeoPlace | None:
        """The GeoNames place of that name: one in a country the article names before any other,
        then one whose own name it is (not a former one: 'Pokrovsk' is the Ukrainian town, not
        Engels, once Pokrovsk), then the most populous."""
        countries = self.named_countries() if countries is None else countries
        found = gazetteer().lookup(name)
        folded = fold(name)
        found.sort(
            key=lambda f: (
                f.country not in countries,
                fuzz.ratio(fold(f.name), folded) < SAME_NAME_SPELT_OTHERWISE,
                -f.population,
                f.geonameid,
            )
        )
        return found[0] if found else None

    def add_feature(self, start: int, end: int, feature: GeoPlace, label: str | None = None):
        """The GeoNames place, labelled as the text names it unless `label` is given."""
        curated = self.vocab.curated_features.get(feature.geonameid)
        if curated:
            self.add_hit(start, end, f"place:{curated}", "Place", self.vocab.places[curated].label)
        else:
            label = label or self.text[start:end]
            self.add_hit(start, end, f"geo:{feature.geonameid}", "Place", label)

    def find_gazetteer_places(self):
        """Towns the lists do not name. After a word of place or of attack ('in Avdiivka', 'near
        Khan Younis', 'struck Kharkiv'): GeoNames places of over 15,000 people, or any in a
        country the article names. Anywhere else: places of over 15,000 people in a country the
        article names ('Sumy' in an article about Ukraine). A name of several words is taken
        whole ('Deir al-Balah', 'Port Sudan'), or without a last word of its kind ('Gaza City')
        or of another thing ('Kyiv Mayor'), never cut inside ('Kafr' of 'Kafr Sousa'). A name
        after 'in' or 'near' in a sentence that tells of an attack is a place even when GeoNames
        does not know it. A name told as struck ('Kharkiv was shelled') is cued as one after a
        word of attack is. A name of three letters ('in Uri') counts only after a word of place,
        in a country the article names."""
        countries = self.named_countries()
        cued = {m.end() for m in self.lex.locative.finditer(self.text)}
        near_attack = self.after_place_words_in_attacks()
        attack_spans = [(s.start, s.end) for s in self.attack_sentences()]
        for m in CAPITALIZED_NAME.finditer(self.text):
            # "Omdurman's Karari district": Karari; 'In El Fasher, ...': El Fasher
            before = OWNER.match(m.group(0)) or LEADING_STOP_WORD.match(m.group(0))
            if (
                before
                and before.re is LEADING_STOP_WORD
                and before.group(1).lower() not in STOP_WORDS
            ):
                before = None
            parts = WORD_GAP.split(m.group(0)[before.end() if before else 0 :])
            start = m.start() + (before.end() if before else 0)
            for size in range(len(parts), 0, -1):  # the longest name first
                name = " ".join(parts[:size])
                if size == len(parts) and name.endswith(("'s", "’s")):
                    name = name[:-2]  # "Odesa's port": Odesa
                end = start + len(name)
                rest = parts[size] if size < len(parts) else None
                if rest and not self.ends_a_name(rest, start + len(name) + 1):
                    continue  # 'Kafr' of 'Kafr Sousa': no name is cut inside
                found = self.hit_at(start, end)  # a longer name may hold a country's: 'Port Sudan'
                if found and (size == 1 or not self.may_take(start, end, absorb=("Country",))):
                    continue
                short = len(name) < 4
                if (short and not (len(name) == 3 and start in cued)) or self.not_a_place(name):
                    continue
                feature = self.geonames_feature(name, countries)
                in_country = feature is not None and feature.country in countries
                if short and not in_country:
                    continue
                listed = (
                    start in cued
                    or self.listed_after_place(start)
                    or self.lex.struck_after.match(self.text, end)
                )
                if feature and (
                    (listed and (feature.population >= 15000 or in_country))
                    or (in_country and feature.population >= 15000)
                ):
                    self.add_feature(start, end, feature)
                    countries.add(feature.country)  # 'Kharkiv' names Ukraine for 'Sumy'
                    break
                if (
                    (
                        start in near_attack
                        or (  # 'hit depots in Chabriha, Borj El Chmali and Khiam': the list
                            self.listed_after_place(start)
                            and LIST_GOES_ON.match(self.text, end)
                            and any(a <= start < b for a, b in attack_spans)
                        )
                    )
                    and not self.hit_at(start, end)
                    and not PERSONAL_POSSESSION.match(self.text, end)  # "hit Dizayee's house"
                    and (
                        size == 1
                        or parts[0] not in self.vocab.first_names
                        or PLACE_ONLY_BEFORE.search(self.text, max(0, start - 30), start)
                    )
                ):  # 'shelled Nasir', 'near Adan Yabaal'; not 'killed Nasir Ahmed'
                    self.add_hit(start, end, f"place+:{name.casefold()}", "Place", name)
                    break

    def listed_after_place(self, start: int) -> bool:
        """'hit Kharkiv and Odesa', 'Kharkiv, Sumy or Odesa': a name listed right after a place
        is cued as that place was."""
        joint = JOINT_BEFORE.search(self.text, max(0, start - 8), start)
        return bool(joint) and any(h.kind == "Place" and h.end == joint.start() for h in self.hits)

    def ends_a_name(self, word: str, start: int) -> bool:
        """Whether the word after a name is something else: a word of a kind of place ('City'),
        a title or another known word ('Mayor', 'Ministry'), or something already found."""
        return (
            word in self.lex.not_names
            or word.lower() in self.lex.kind_words
            or bool(self.hit_at(start, start + len(word)))
            or bool(self.vocab.titles.fullmatch(word))
        )

    def not_a_place(self, name: str) -> bool:
        """Known words, initials, and possessives ("Sunday's strike")."""
        return (
            name in self.lex.not_names
            or name in self.lex.not_places
            or name.isupper()
            or name.endswith(("'s", "’s"))
        )

    def find_people(self):
        """A name right after a title ('Foreign Minister Jeyhun Bayramov'), or before one."""
        plurals = self.vocab.lexicon["plural_titles"]
        for span in filter_spans(self.vocab.title_matcher(self.doc, as_spans=True)):
            hit = self.hit_at(span.start_char, span.end_char)
            if hit and not (hit.kind == "Organization" and hit.end == span.end_char):
                continue
            owner = (
                hit.key if hit else self.owner_before(span.start_char)
            )  # 'OSCE Minsk Group co-chairs'
            of_key, cursor = self.owner_after(span.end_char, owner)
            singular = plurals.get(span.text.lower())
            names = (
                self.names_listed(cursor) if singular else [n for n in [self.name_at(cursor)] if n]
            )
            group = not names and not singular and OF_A_GROUP.match(self.text, span.end_char)
            if group and THE_OR_THE_WORD_BEFORE.search(
                self.text, max(0, span.start_char - 20), span.start_char
            ):
                # 'the spiritual leader of Israel's Druze community, Sheikh Mowafaq Tarif'
                names = [
                    n
                    for n in [self.name_at(group.end())]
                    if n
                    and not self.hit_at(*n)
                    and not self.vocab.titles.fullmatch(
                        self.text[n[0] : n[1]].split()[0].replace("-", " ")
                    )
                ]  # not 'Lieutenant-Colonel Guillaume Ndjike Kaiko': a rank, read by its own pass
            for name in names:
                self.add_person(name[0], name[1], singular or span.text, of_key)
            if not names:
                self.person_before_title(span.start_char, span.text, of_key)
        for m in self.lex.cues.finditer(self.text):
            title, of_key = self.counterpart_position(m.start())
            for name in self.names_listed(m.end()):
                self.add_person(name[0], name[1], title, of_key)
        for m in self.lex.profession.finditer(self.text):  # 'journalist Eskinder Nega'
            name = self.name_at(m.end())
            if name and " " in self.text[name[0] : name[1]] and not self.hit_at(*name):
                self.add_person(name[0], name[1], None, None)

    def counterpart_position(self, cue: int) -> tuple[str | None, str | None]:
        """'Foreign Minister Jeyhun Bayramov and his Armenian counterpart Zohrab Mnatsakanyan':
        the counterpart holds the office of the one named before in the sentence (its subject,
        or the one joined to 'his' by 'and'), for the country named with the word."""
        owner = COUNTERPART_OWNER.search(self.text, max(0, cue - 40), cue)
        if not owner or not self.text.startswith("counterpart ", cue):
            return None, None
        sentence = self.sentence_at(cue)
        holder = min(  # the sentence's subject: 'Austin spoke with Netanyahu, and later with his
            # Israeli counterpart Gallant': Austin's counterpart
            (
                h
                for h in self.hits
                if h.kind == "Person"
                and h.end <= owner.start()
                and self.sentence_at(h.start) == sentence
            ),
            key=lambda h: h.start,
            default=None,
        )
        joined = next(  # 'Pompeo received Mnatsakanyan and his Azerbaijani counterpart
            # Bayramov': Mnatsakanyan's counterpart
            (
                h
                for h in self.hits
                if h.kind == "Person" and AND_BETWEEN.fullmatch(self.text, h.end, owner.start())
            ),
            None,
        )
        of_key = self.owner_before(owner.end()) if owner.group(1) else None
        if joined and not any(p.of == of_key for p in self.entities[joined.key].positions):
            holder = joined  # not 'met Indian Prime Minister Modi and his Indian counterpart'
        positions = self.entities[holder.key].positions if holder else []
        if not positions or (of_key and positions[-1].of == of_key):
            return None, None  # a counterpart serves another country
        return positions[-1].title, of_key

    def names_listed(self, start: int) -> list[tuple[int, int]]:
        """'counterparts, Zohrab Mnatsakanyan and Jeyhun Bayramov', 'co-chairs Igor Popov (Russia),
        Stephane Visconti (France) and Andrew Schofer (US)': every name of the list."""
        names = []
        opening = LIST_OPENING.match(self.text, start)  # 'co-chairs - Igor Popov, ...'
        name = self.name_at(opening.end() if opening else start)
        while name and not self.hit_at(*name):
            names.append(name)
            end = self.after_aside(name[1])
            joint = LIST_JOINT.match(self.text, end)
            name = self.name_at(joint.end()) if joint else None
        return names

    def after_aside(self, end: int) -> int:
        """The end of what a listed name says of itself: 'Igor Popov (Russia)', 'Igor Popov of
        Russia', 'Andrew Schofer of the US'."""
        aside = ASIDE.match(self.text, end)
        if aside:
            return aside.end()
        of = OF_OR_FROM.match(self.text, end)
        owner = of and next((h for h in self.hits if h.start == of.end()), None)
        if owner and owner.kind in ("Country", "Organization", "Demonym"):
            return owner.end
        return end

    def find_named_people(self):
        """People named with no title nearby: a given name and a capitalized word ('Sergei
        Lavrov', 'Mohammad Javad Zarif'), a capitalized word and a surname ('Gafgaz Yagubov';
        'Fizuli Mammadov', whose given name is also a district), or the official surname-first
        form ('Sariyev Elmeddin', 'Sariyev Elmeddin Humbat')."""
        words = list(CAPITALIZED_WORD.finditer(self.text))
        index = 0
        while index < len(words) - 1:
            first, second = words[index], words[index + 1]
            third = words[index + 2] if index + 2 < len(words) else None
            if third and not (
                self.text[second.end() : third.start()] == " " and self.may_be_name(third)
            ):
                third = None
            index += 1
            if self.text[first.end() : second.start()] != " " or not self.may_be_name(second):
                continue
            given, surname = first.group(0), second.group(0)
            if given in self.lex.given_name_honorifics:
                continue  # "Qatar's Emir Sheikh Tamim": honorifics, and the name after them
            if PLACE_ONLY_BEFORE.search(self.text, max(0, first.start() - 30), first.start()):
                continue
            if IN_OR_AT_BEFORE.search(
                self.text, max(0, first.start() - 4), first.start()
            ) and not POSSESSIVE_AFTER.match(self.text, second.start()):
                continue  # 'received by Berri in Ain al-Tineh': a place; not "in Lavrov's words"
            hit = self.hit_at(first.start(), first.end())
            place_named = bool(hit) and hit.kind == "Place" and self.is_surname(surname)
            if hit and not place_named:
                continue
            if not (
                place_named
                or (given in self.vocab.first_names and self.may_be_name(first))
                or (self.may_be_name(first) and self.is_surname(surname))
                or (self.is_surname(given) and (surname in self.vocab.first_names or third))
            ):
                continue
            longer = third and (
                given in self.vocab.first_names
                or surname in self.vocab.first_names
                or self.is_surname(given)
            )  # 'Mohamed Hamdan Dagalo', 'Sariyev Elmeddin Humbat'
            end = third.end() if longer else second.end()
            particle = self.lex.particle_and_name.match(self.text, end)
            end = particle.end() if particle else end  # 'Jean Yves Le Drian'
            if self.lex.thing_after.match(self.text, end):
                continue  # 'the Aden Adde International Airport': a place named after a person
            if place_named:
                self.hits.remove(hit)
            self.add_person(first.start(), end, None, None)
            index += 2 if longer else 1

    def find_lone_surnames(self):
        """'Aliyev had declared': a surname alone before a speech verb is a person."""
        for m in self.lex.lone_surname.finditer(self.text):
            if self.is_surname(m.group(1)) and self.may_be_name(m, 1):
                self.add_person(m.start(1), m.end(1), None, None)

    def may_be_name(self, word: re.Match, group: int = 0) -> bool:
        text = word.group(group)
        return (
            not self.hit_at(word.start(group), word.end(group))
            and text not in self.lex.not_names
            and text not in self.lex.particles
            and text.lower() not in STOP_WORDS
            and not (len(text) > 1 and text.isupper())
        )

    def is_surname(self, word: str) -> bool:
        """'Mnatsakanyan', 'Bayramov'; not 'Asian' ('the Southeast Asian bloc'): see
        `surname_lookalikes`, and not a country's adjective ('Iranian')."""
        known = self.vocab.surfaces.get(word)
        return (
            len(word) >= 5
            and word.lower().endswith(self.lex.surname_endings)
            and word not in self.lex.surname_lookalikes
            and not (known and known.kind == "Demonym")
        )

    def find_speakers(self):
        """'Hikmat Hajiyev said': a full name right before a speech verb is a person."""
        for m in SPEAKER.finditer(self.text):
            words = m.group(1).split()
            if any(w.endswith(".") and len(w) > 2 for w in words[:-1]):
                continue  # 'in Benghazi. Norland said': a sentence ends within
            start = m.start(1)
            if self.vocab.titles.fullmatch(words[0]) and len(words) > 2:
                start += len(words[0]) + 1  # 'Ambassador Redwan Hussien said'
                words = words[1:]
            elif CAPITALIZED_BEFORE.search(self.text[max(0, start - 30) : start]):
                continue  # the end of a longer capitalized phrase, not a name
            elif self.lex.body_of_before.search(self.text, max(0, start - 40), start):
                continue  # 'the Ministry of Natural Resources said': what a body is of
            elif LOCATIVE_BEFORE.search(self.text, max(0, start - 8), start):
                continue  # 'Al-Aqsa Martyrs Hospital in Deir al-Balah said': where the speaker is
            if any(
                w in self.lex.not_names or w.isupper() or self.lex.org_head.fullmatch(w)
                for w in words
            ) or self.hit_at(start, m.end(1)):
                continue
            self.add_person(start, m.end(1), None, None)

    def owner_after(self, cursor: int, of_key: str | None) -> tuple[str | None, int]:
        """Skip what a long title says after itself ('for Europe and Foreign Affairs of France',
        '(ICRC)', 'from France'), keeping the country or organization it names."""
        while True:
            of = OWNER_AFTER_TITLE.match(self.text, cursor)
            if of:
                owner = self.owner_at(of.end())
                if owner:
                    key, cursor = owner
                    accredited = (
                        of.group(0).split()[0] == "to"
                    )  # 'Ambassador of the UK to Azerbaijan'
                    if of_key is None or not (key.startswith(("place", "geo")) or accredited):
                        of_key = key  # 'Representative of the EU for the South Caucasus': the EU's
                    tail = self.lex.title_tail_words.match(self.text, cursor + 1)
                    if self.text[cursor : cursor + 1] == " " and tail:  # 'for the Middle East
                        cursor = tail.end()  # Peace Process Tor Wennesland'
                    continue
                tail = self.lex.title_tail_words.match(self.text, of.end())
                if tail:
                    cursor = tail.end()
                    continue
            abbrev = ABBREVIATION.match(self.text, cursor)
            if abbrev:
                cursor = abbrev.end()
                continue
            return of_key, cursor

    def owner_before(self, start: int) -> str | None:
        """'Russian Foreign Minister': the country or organization right before a title."""
        for hit in self.hits:
            if hit.end <= start and OWNER_GAP.fullmatch(self.text, hit.end, start):
                if hit.kind == "Demonym":
                    return "country:" + hit.key.split(":", 1)[1]
                if hit.kind in ("Country", "Organization", "Place"):
                    return hit.key  # 'Artsakh President': a region's office
        return None

    def owner_at(self, start: int) -> tuple[str, int] | None:
        for hit in self.hits:
            if hit.start == start and hit.kind in ("Country", "Organization", "Place"):
                return hit.key, hit.end
        m = self.lex.unknown_org.match(self.text, start)
        name = m.group(0).rstrip(".") if m else ""
        of = OF_WORD.search(name)
        if of:  # 'State Service of Emergency Situations Hunan Tadevosyan': the name is a person's
            words = list(NOT_SPACE.finditer(name, of.end()))
            given = next(
                (
                    w
                    for w, after in zip(words, [*words[1:], None], strict=False)  # none: []
                    if w.group(0) in self.vocab.first_names
                    or (after and self.is_surname(after.group(0)))
                ),
                None,
            )
            name = name[: given.start()].rstrip() if given else name
        if m and not self.hit_at(m.start(), m.start() + len(name)):
            end = m.start() + len(name)
            known = self.vocab.folded_organizations.get(fold(name))  # 'Turkic-speaking States'
            key, label = (known.key, known.label) if known else (f"org+:{name.casefold()}", name)
            hit = self.add_hit(m.start(), end, key, "Organization", label)
            return hit.key, hit.end
        return None

    def name_at(self, start: int) -> tuple[int, int] | None:
        """The person's name that starts at (or right after a space from) an offset."""
        m = SPACE_BEFORE_NAME.match(self.text, start)
        if not m:
            return None
        pos = m.end()
        honorific = self.lex.honorific.match(self.text, pos)  # 'Mr. Andrew Schofer'
        pos = honorific.end() if honorific else pos
        tokens = []
        for tok in self.lex.name_word.finditer(self.text, pos):
            if tok.start() != (tokens[-1][1] + 1 if tokens else pos):
                break
            word = tok.group(1)
            hit = self.hit_at(tok.start(), tok.end())
            given = bool(hit) and not tokens and self.country_as_given_name(hit, tok)
            if (
                not given
                and not (hit and self.ends_a_long_name(hit, tok, len(tokens)))
                and (
                    POSSESSIVE_END.sub("", word).rstrip(".") in self.lex.not_names  # "Prosecutor's"
                    or self.vocab.titles.match(self.text, tok.start())  # 'the UN Secretary-General
                    # for Libya', 'Council Prime Minister Senior General Min Aung Hlaing'
                    or hit
                )
            ):
                break
            tokens.append((tok.start(), tok.end()))
            named = [t for t in tokens if self.text[t[0] : t[1]] not in self.lex.particles]
            if len(named) == 4 or self.text[tok.end() : tok.end() + 1] != " ":
                break  # four words besides particles ('Mohammed bin Abdulrahman Al Thani')
            if word.endswith(".") and len(word) > 2:
                break  # 'Najat Rochdi. Talks ...': a sentence ends; 'J. Smith' goes on
        while tokens and self.text[tokens[-1][0] : tokens[-1][1]] in self.lex.particles:
            tokens.pop()
        if not tokens or (len(tokens) == 1 and BODY_FOR.match(self.text, tokens[0][1])):
            return None  # 'the General Coordination for Displaced Persons': a body's name
        end = tokens[-1][1]
        while self.text[end - 1] == ".":
            end -= 1
        return tokens[0][0], end

    def country_as_given_name(self, hit: Hit, token: re.Match) -> bool:
        """'Israel Katz' after a title: a country's name as a given name, before a surname that
        is no known word."""
        after = self.lex.name_word.match(self.text, token.end() + 1)
        return (
            hit.kind == "Country"
            and (hit.start, hit.end) == token.span(1)
            and self.text[token.end() : token.end() + 1] == " "
            and after is not None
            and after.group(1)[:1].isupper()
            and after.group(1) not in self.lex.not_names
            and not self.hit_at(after.start(), after.end())
        )

    @staticmethod
    def ends_a_long_name(hit: Hit, token: re.Match, words_before: int) -> bool:
        """'Foreign Minister Therese Kayikwamba Wagner': a third word of a name after a title may
        be the one-word name of an organization ('Wagner')."""
        return (
            words_before >= 2
            and hit.kind == "Organization"
            and (hit.start, hit.end) == token.span(1)
            and not token.group(1).isupper()
        )

    def person_before_title(self, title_start: int, title: str, of_key: str | None):
        """'Jeyhun Bayramov, the Foreign Minister of Azerbaijan'."""
        before = self.text[max(0, title_start - 60) : title_start]
        m = NAME_BEFORE_TITLE.search(before)
        if not m:
            return
        start = title_start - len(before) + m.start(1)
        name = m.group(1)
        stops = list(SENTENCE_STOP.finditer(name))
        if stops:  # 'Tigray. Getachew Reda, a spokesman': a sentence ends inside; the name is
            # what follows, if it is more than one word ('Monday. Mirzoyan, a career diplomat')
            start, name = start + stops[-1].end(), name[stops[-1].end() :]
            if " " not in name:
                return
        words = name.split()
        if any(w in self.lex.not_names for w in words) or self.hit_at(start, start + len(name)):
            return
        self.add_person(start, start + len(name), title, of_key)

    def add_person(self, start: int, end: int, title: str | None, of_key: str | None):
        if self.text.endswith(("'s", "’s"), start, end):
            end -= 2  # "Donald Trump's administration"
        if " " in self.text[start:end].strip() and self.is_city(self.text[start:end]):
            return  # 'Abu Dhabi', 'Bahir Dar', 'Nay Pyi Taw': a city, not a person
        if self.text[start:end].split()[-1] in self.lex.not_person_ends or (
            self.lex.vessel_before.search(self.text, max(0, start - 20), start)
        ):
            return  # 'Kamal Adwan Hospital', 'Rotem Battalion'; 'the carrier Harry Truman'
        name = slug_name(self.text[start:end])
        key = self.person_key(name)
        hit = self.add_hit(start, end, key, "Person", name)
        ent = self.entities[hit.key]
        if len(name.split()) > len(ent.label.split()):
            ent.label = name
        if title:
            title = self.vocab.lexicon["title_synonyms"].get(title.lower(), canonical_title(title))
            ent.positions.append(Position(title, of_key, self.sentence_at(start)))

    def person_key(self, name: str) -> str:
        """A surname already known in this article, unless both have other first names (Ilham
        and Heydar Aliyev are two people); else a new full name."""
        particles = self.lex.folded_particles
        words = name.casefold().split()
        given = [w for w in words[:-1] if w not in particles]
        for key, ent in self.entities.items():
            known = key.removeprefix("person:").split()
            if ent.kind != "Person" or known[-1] != words[-1]:
                continue
            known_given = [w for w in known[:-1] if w not in particles]
            if (
                not given
                or not known_given
                or known_given[-1][:1] == given[-1][:1]
                or set(given) <= set(known_given)
                or set(known_given) <= set(given)
            ):
                return key  # the given name next to the surname, or all of one's given names:
                # 'Shehbaz Sharif' is 'Muhammad Shehbaz Sharif', 'Muhammad Nawaz Sharif' another
        return f"person:{name.casefold()}"

    def find_person_repeats(self):
        """Later mentions of a person by full name or surname alone ('Bayramov’s'); a surname two
        people share is the one of them named last before it (nearest_named). A given name
        alone is the person's where no one's surname is that word ('Abiy Ahmed ... Abiy said':
        Ethiopians go by their given names)."""
        forms: dict[str, set[str]] = {}
        given: dict[str, set[str]] = {}
        for key, ent in self.entities.items():
            if ent.kind != "Person":
                continue
            for name in list(ent.names):
                words = name.split()
                surname_start = len(words) - 1
                while surname_start > 0 and words[surname_start - 1] in self.lex.particles:
                    surname_start -= 1
                surname = " ".join(words[surname_start:])
                said = [name, surname, surname[:1].upper() + surname[1:]]  # 'Al-Jubeir' opens a
                # sentence
                bare = ARABIC_ARTICLE.match(surname)
                if bare and len(surname) - bare.end() > 3:  # 'al-Burhan' named again 'Burhan'
                    said.append(surname[bare.end() :])
                if len(words) > 1:  # 'Sheikh Mohammed'
                    said += [f"{h} {words[0]}" for h in self.lex.given_name_honorifics]
                    if len(words[0]) > 3 and words[0] not in self.lex.not_names:
                        given.setdefault(words[0], set()).add(key)
                for form in said:
                    forms.setdefault(form, set()).add(key)
        for form, keys in given.items():
            forms.setdefault(form, keys)
        for start, end in whole_words(self.text, forms):
            if not self.hit_at(start, end):
                keys = forms[self.text[start:end]]
                key = self.nearest_named(keys, start) or min(keys)
                self.add_hit(start, end, key, "Person", self.entities[key].label)
        self.find_surname_spellings(forms)

    def find_surname_spellings(self, forms: dict[str, set[str]]):
        """A surname named again in another spelling ('Zelensky', then 'Zelenskyy'): a
        capitalized word that sounds like a surname named before, of one person only."""
        sounds: dict[str, set[str]] = {}
        for form, keys in forms.items():
            full = [k for k in keys if " " in self.entities[k].label]  # named in full before
            if " " not in form and len(form) >= 5 and full:
                sounds.setdefault(self.vocab.sound(form), set()).update(full)
        if not sounds:
            return
        for word in CAPITALIZED_WORD.finditer(self.text):
            start, end = word.span()
            if (
                len(word.group(0)) < 5
                or word.group(0) in forms
                or word.group(0) in self.lex.not_names
            ):
                continue
            keys = sounds.get(self.vocab.sound(word.group(0)))
            if keys and len(keys) == 1 and not self.hit_at(start, end):
                key = next(iter(keys))
                self.add_hit(start, end, key, "Person", self.entities[key].label)

    def nearest_named(self, keys: set[str], start: int) -> str | None:
        """Of people who share a surname ('Ilham Aliyev', 'Kamran Aliyev'), the one named last
        before the offset, else the one named first: 'Aliyev' alone is the Aliyev just told of."""
        if len(keys) == 1:
            return next(iter(keys))
        named = sorted((h.start, h.key) for h in self.hits if h.key in keys)
        before = [key for at, key in named if at < start]
        return before[-1] if before else (named[0][1] if named else None)

    def find_place_repeats(self):
        """Every other mention of a town found once by its context ('near Mawasi' in the
        headline, 'in the Mawasi humanitarian zone' in the text): a GeoNames or unknown place."""
        forms = {
            h.surface: h
            for h in self.hits
            if h.kind == "Place" and h.key.startswith(("geo:", "place+:")) and len(h.surface) > 3
        }
        for start, end in whole_words(self.text, forms):
            if not self.hit_at(start, end):
                hit = forms[self.text[start:end]]
                self.add_hit(start, end, hit.key, "Place", hit.label)


def whole_words(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    r"""Where the words stand whole (no letter, digit or hyphen joined on either side), left to
    right, the longest where several start, none overlapping: the matches of the pattern
    `(?<![\w-])(?:word|...)(?![\w-])`, found without compiling it anew for every article (that
    took longer than the rest of the pass)."""
    ends: dict[int, int] = {}
    for word in words:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not joins(text, start - 1) and not joins(text, end):
                ends[start] = max(end, ends.get(start, end))
            start = text.find(word, start + 1)
    found: list[tuple[int, int]] = []
    for start in sorted(ends):
        if not found or start >= found[-1][1]:
            found.append((start, ends[start]))
    return found


def joins(text: str, i: int) -> bool:
    r"""Whether the character at i belongs to a word, as `[\w-]` matches (none out of the text)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def canonical_title(title: str) -> str:
    return (
        SPACES.sub(" ", title.replace("-", " "))
        .strip()
        .title()
        .replace("Of The", "of the")
        .replace(" Of ", " of ")
    )


def demonyms(vocab: Vocabulary) -> dict[str, str]:
    """The demonym of each country that has one, as an adjective ('Armenian', not 'Armenians')."""
    found: dict[str, str] = {}
    for surface, known in vocab.surfaces.items():
        if known.key.startswith("demonym:") and not surface.endswith(("s", "'s", "’s")):
            found.setdefault(known.key.split(":", 1)[1], surface)
    return found
