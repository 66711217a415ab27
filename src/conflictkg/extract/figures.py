"""Casualty and damage figures of a sentence, as stated: killed, injured, children, lower bounds."""

from __future__ import annotations

import re

from ..records import Damage, Figures
from .text import NUMBER, NUMBER_WORD, VAGUE, DateMention, alternatives, parse_number
from .vocab import Vocabulary

# a victim named with an age: '16-year-old Orkhan Ismayilzade', 'thirteen-year-old Artur Mayakov'
AGED_NAME = re.compile(
    rf"(?<![\w-])(?:\d{{1,3}}|(?i:{NUMBER_WORD}))-year-old\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}"
)

# ages, no counts: 'two men, aged 39 and 25, were shot dead'
AGES = re.compile(  # 'aged 5 to 12'; 'Sabir Mammadli, 62, was killed'
    r"\baged\s+(?:between\s+)?\d{1,3}(?:(?:,|\s+and|\s+to|\s*[-–])\s*\d{1,3})*"
    r"|(?<=[a-z]),\s+\d{1,3}(?=,\s)"
)

# what a number followed by these counts is no count of people: '5 percent', '10 am', '3-year'
NO_COUNT_AFTER = re.compile(
    r"\s*(?:\)|percent|%|am|pm|a\.m|p\.m|houses|multi|apartment|civilian facilities|residential|family|household)|-(?:year|month|week|day|storey|story)|:\d"
)
SIGN_BEFORE = re.compile(r"[:+]$")  # 10:00, GMT+4
NAME_RUN = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’-]*)*(?:\s+\([A-Z]+\))?"
)
CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but)\b|;")
NEGATION_BEFORE = re.compile(r"\b(?:[Nn]o|[Nn]ot)\s+$")  # 'No one was hurt'
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
YEAR_BEFORE = re.compile(r"\b(?:born|in|since|of|from)\s+(?:in\s+)?$")  # 'born in 1997'
RESOLUTION_BEFORE = re.compile(r"resolutions?\s*\(?[\d,\s]*$", re.IGNORECASE)
# 'A boy is among the injured', 'One of the dead was identified as': victims of a toll told
# before, not a count
AMONG_BEFORE = re.compile(
    rf"\bamong\s+(?:the\s+|those\s+)?$|\b(?:{NUMBER.pattern})\s+of\s+the\s+$", re.IGNORECASE
)
# 'Two journalists who had arrived to film the damage were wounded': what the relative clause
# says of the victims is no distance between the count and its verb
WHO_THEY_WERE = r",\s+(?:an?|the|one|two|three|four|five|both)\s[^,;.]{1,40},"  # ', a father and
# his son,'
VICTIMS_APPOSITIVE = re.compile(rf"{WHO_THEY_WERE}\s*(?=\S+\s*$)")
# 'three people, a woman and two children, were killed': who they were; its numbers count no one
# again
COUNT_APPOSITIVE = re.compile(
    rf"(?<=\w){WHO_THEY_WERE}(?=\s+(?:were|was|had\s+been|have\s+been)\s)"
)
WHO_CLAUSE = re.compile(r"\s+who\s[^,;.]{1,80}?(?=\s+(?:were|was|had been|have been)\s)")
# 'had succumbed to her wounds': a death, no one hurt
SUCCUMBED_BEFORE = re.compile(r"\bsuccumbed\s+to\s+(?:her|his|their)\s+$", re.IGNORECASE)
# what a subgroup says of itself runs to the clause's end, not past the speaker's verb ('a
# relative of one of the victims said that nine villagers were shot dead': nine count)
SUBGROUP_TAIL = r"(?:(?!\b(?:said|says|told|that)\b)[^,.;])*"
# the dot of an abbreviated month ('on Sept. 3') ends no sentence
MONTH_DOT = r"(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\."
# words before a count that qualify it ('at least 12', 'some 40')
QUALIFIER = "at least|more than|over|nearly|about|around|some|roughly|almost|approximately|close to"
# 'the number of martyrs had risen to 455', 'the wounded reached 1,410'
RISEN_TO = re.compile(
    rf"(?:[^.;,]|{MONTH_DOT}){{0,120}}?\b(?:rose|risen|reached|climbed|increased|stands|stood|jumped)\s+(?:to\s+|at\s+)?"
    rf"(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER.pattern})",
    re.IGNORECASE,
)
INCLUDING_BEFORE = re.compile(r"including\s+$", re.IGNORECASE)
ALONG_WITH_AFTER = re.compile(r"(?:\s+\w+){0,4}?,?\s+(?:along|together)\s+with\b")
COUNTED_SUBJECT = re.compile(  # 'two children were', 'three of her sons have been'
    r"\s+(?:[\w-]+\s+){1,3}?(?:were|have\s+been|had\s+been)\s+"
)
PAIR_JOINT = re.compile(r"\s+[A-Z][\w-]*\s+and\s+")  # 'two Armenian and two French'
PAIR_NOUN = re.compile(r"\s+[A-Z][\w-]*\s+\w+\s+(?:\w+\s+)?")
UNCOUNTED_AFTER_VERB = re.compile(
    r"\s+(?:many|several|countless|numerous|thousands|hundreds|dozens|scores)\b", re.IGNORECASE
)
VAGUE_BEFORE = re.compile(r"\b(dozens|scores|hundreds)\b[^.;]{0,30}$", re.IGNORECASE)


BEFORE_VERB = re.compile(r",?\s+(?:were|was|are|have been|had been)\s+(?:\w+\s+)?")


def toll_nouns(nouns: list[str]) -> str:
    """The nouns of a toll as a pattern; 'number of' may take a word before its noun ('the
    number of civilian deaths')."""
    return "|".join(
        rf"number\s+of\s+(?:[\w-]+\s+)?{re.escape(n.removeprefix('number of '))}"
        if n.startswith("number of ")
        else re.escape(n)
        for n in sorted(nouns, key=len, reverse=True)
    )


class FigureReader:
    """Reads the figures of one sentence; it knows nothing of events."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self.killed = vocab.words("killed_words")
        self.injured = vocab.words("injured_words")
        self.casualty = vocab.words("killed_words", "injured_words")
        self.children = vocab.words("children_words")
        self.damage_word = vocab.words("damage_words")
        qualifiers = "|".join(map(re.escape, vocab.lexicon["figure_qualifiers"]))
        self.qualifier = re.compile(rf"(?P<q>{qualifiers})\s+$", re.IGNORECASE)
        self.number_after_verb = re.compile(
            rf"\s+[\"“]?(?:(?P<q>{qualifiers})\s+)?(?P<n>{NUMBER.pattern})(?![\w-])"  # 'killed "40
            r"(?!\s*(?:km|kilomet|met(?:er|re)s|miles|hours|days|minutes|%|percent))",
            re.IGNORECASE,
        )
        leads = "|".join(map(re.escape, vocab.lexicon["subgroup_leads"]))
        # a word every subgroup has: a quick test that spares most sentences the slow pattern
        self.subgroup_word = re.compile(
            rf"of\s+(?:them|whom|the|those)|among|{leads}|[–—]|\s-\s", re.IGNORECASE
        )
        # '7 civilians, 3 of them women, were killed': the part of the victims after the whole
        self.subgroup = re.compile(
            rf"(?:{NUMBER.pattern})\s+(?:[\w-]+\s+){{0,2}}?(?:of them|of whom|among them|among whom)\b{SUBGROUP_TAIL}"
            rf"|(?:{NUMBER.pattern})\s+of\s+(?:the|those)\s+(?:wounded|injured|dead|killed|victims)\b{SUBGROUP_TAIL}"
            rf"|(?:{NUMBER.pattern})\s+(?:[\w-]+\s+){{0,2}}?(?:were|are)\s+among\s+(?:the|those)\s+(?:wounded|injured|dead|killed|victims)\b"
            rf"|\b(?:{leads})\b{SUBGROUP_TAIL}"
            # '19 civilians – 7 women, 12 men –', 'Two civilians - a woman and her grandson -'
            r"|(?:[–—]|(?<=\s)-)\s[^–—.;]{1,80}?\s(?:[–—]|-(?=\s))",
            re.IGNORECASE,
        )
        raising = "|".join(map(re.escape, vocab.lexicon["toll_raising_verbs"]))
        putting = "|".join(map(re.escape, vocab.lexicon["toll_putting_verbs"]))
        self.raised_to = {  # 'raising the death toll from the attack to 11', 'the toll had
            # risen to six'
            field_name: re.compile(
                rf"(?:\b(?:{raising})\s+(?:the\s+)?|\b[Tt]he\s+|\b(?P<put>{putting})\s+(?:the|its|their)\s+)"
                # 'put the enclave's civilian death toll at 50', 'puts its civilian toll at 36'
                r"(?:(?(put)(?:[\w-]+['’]s\s+)?(?:civilian\s+|military\s+)?))"
                r"(?:(?:overall|total|final|official)\s+)?"
                # ('put the number of dead at 40,005 and the number of wounded at 92,401': the
                # nearest 'at', the words between taken only if need be)
                rf"(?:{toll_nouns(nouns)})(?:\s+(?:from|in|of|at|on|by|since)\s+(?:[^.;]|{MONTH_DOT}){{0,250}}?)??"
                r"(?:\s+(?:later|since|then|subsequently|further))?"  # 'the toll later rose to'
                r"(?:\s+(?:has|had|have)?\s*(?:risen|rose|climbed|increased|jumped))?"
                r"\s+(?:(?(put)at|to)|(?:now\s+)?(?:stands|stood)\s+at)\s+"  # 'stands at eight'
                rf"(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER.pattern})"
                # '... to 62,122 martyrs and 156,758 injured': the injured of the same toll
                # '... at 40,005 and the number of wounded at 92,401'
                rf"(?:,?\s+and\s+the\s+number\s+of\s+(?:the\s+)?(?:injured|wounded)\s+at\s+"
                rf"(?P<n3>{NUMBER.pattern})|(?:\s+[\w-]+)?"
                rf"(?:\s+and\s+(?P<n2>{NUMBER.pattern})\s+(?:others\s+)?(?:injured|wounded))?)",
                re.IGNORECASE,
            )
            for field_name, nouns in vocab.lexicon["toll_nouns"].items()
        }
        self.not_violent = vocab.words("not_violent_causes")
        self.respective_counts = re.compile(  # 'killed 10 and 15 civilians respectively'
            rf"(?P<word>{self.casualty.pattern})\s+(?P<counts>(?:{NUMBER.pattern})"
            rf"(?:\s*,\s*(?:{NUMBER.pattern}))*\s+and\s+(?:{NUMBER.pattern}))\b",
            re.IGNORECASE,
        )
        self.verbs_before_figures = {v.lower() for v in vocab.lexicon["verbs_before_figures"]}
        one_victim = "|".join(
            map(re.escape, sorted(vocab.lexicon["single_victim_nouns"], key=len, reverse=True))
        )
        self.victim_kinds = [
            (kind, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b"))
            for kind, words in vocab.lexicon["victim_words"].items()
        ]  # civilian | military
        self.children_counted = re.compile(  # 'including 3 children'
            rf"(?:including|among them)\s+({NUMBER.pattern})\s+{self.children.pattern}", re.I
        )
        # what a gerund counts: 'killing 5', 'killing a woman', 'the death toll rose to 12'
        self.after_gerund = re.compile(
            rf"(?:(?:[^.;]|{MONTH_DOT}){{0,80}}?\b(?:rose|risen|reached|climbed|increased|stands|stood|jumped)\s+(?:to\s+|at\s+)?|\s+)(?:(?P<q>{QUALIFIER})\s+)?(?:(?:her|his|their|its)\s+(?=\w+\s))?(?:(?P<v>dozens|scores|hundreds|a dozen)|(?P<n>{NUMBER.pattern})|(?P<one>an?|its|the|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{one_victim})\b"
            # 'killing two crew members and injuring a third'
            r"|(?P<nth>a\s+(?:third|fourth|fifth|sixth)\b)(?!\s+(?:of|time|day)\b))",
            re.I,
        )
        couple = alternatives(vocab.lexicon["couple_victim_nouns"])
        self.couple_before = re.compile(  # 'An elderly couple were killed'
            rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,2}}?(?:{couple})(?!['’]s\b)\s+(?!of\b)"
            r"(?:was|were|has been|have been|had been)\s+$"
        )
        self.couple_after = re.compile(  # 'killing an elderly couple'
            rf"\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{couple})\b(?!['’]s\b|\s+of\b)",  # not
            re.IGNORECASE,  # 'a couple of dozen', "the couple's daughter"
        )
        one = (  # 'a 52-year-old resident, Rafael Mammadov,', 'a resident of the village, Name,'
            rf"\b(?:an?|one|her|his|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{one_victim})\b"
            r"(?:\s+of\s+the\s+(?:village|town|city|camp))?"
            r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?=,))?"
        )
        self.one_victim = re.compile(one, re.IGNORECASE)
        self.one_and_before = re.compile(  # 'a woman and (her) two children were'
            rf"{one}\s+and\s+(?:her\s+|his\s+|their\s+)?$", re.IGNORECASE
        )
        self.and_one_after = re.compile(  # 'two women and a child were'
            rf"\s+(?:[\w-]+\s+){{1,2}}?and\s+{one}\s+(?:were|have\s+been|had\s+been)\s+",
            re.IGNORECASE,
        )
        self.one_victim_after = re.compile(  # 'killed a woman and a child': two
            rf"\s+{one}(?:(?:,|,?\s+and)\s+{one})*", re.IGNORECASE
        )
        relatives = "|".join(map(re.escape, vocab.lexicon["relative_plurals"]))
        self.victims_listed_after = re.compile(  # 'killed a mother and her three children'
            rf"\s+{one}\s+and\s+(?:her|his|their)\s+(?:(?P<n>{NUMBER.pattern})\s+"
            rf"(?:[\w-]+\s+)?(?:{relatives})|(?:[\w-]+\s+)?(?:{one_victim}))\b",
            re.IGNORECASE,
        )
        self.victims_listed_before = re.compile(  # 'a woman and her grandson were'
            rf"{one}(?:\s*,\s*{one})*,?\s+and\s+{one}\s+(?:were|have been|had been)\s+$",
            re.IGNORECASE,
        )
        self.one_victim_before = re.compile(  # 'a woman was', 'the driver was', 'another was'
            rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}?(?:{one_victim})\b[^.;\d]{{0,30}}$"
            rf"|\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}?(?:{one_victim})\s+(?:was|has been|had been)\s+$"
            r"|\banother\s+(?:was|has been|had been)\s+$"
            # 'resident Sabir Mammadli, 62, was killed': one person, named
            r"|\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:,\s+\d{1,3},)?\s+(?:was|has been|had been)\s+$"
            # 'and his wife was injured'
            rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?(?:{one_victim})\s+(?:was|has been|had been)\s+$"
            # 'a 54-year-old resident of the village of X, Rafael Mammadov, was', 'a resident
            # of Tartar, born in 1962, was'
            rf"|\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}?(?:{one_victim})\s+(?:of|from)\s+"
            r"[^.;\d]{1,80}?,\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|born in \d{4}),"
            r"\s+(?:was|has been|had been)\s+$"
            # '58-year-old resident Mirzali Aliyev was', '58-year-old Mirzali Aliyev was'
            rf"|\b\d{{1,3}}-year-old\s+(?:(?:{one_victim})\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}},?"
            r"\s+(?:was|has been|had been)\s+$"
        )

    def find(self, text: str, dates: list[DateMention]) -> Figures | None:
        """Killed, injured and children figures of a sentence, as stated."""
        casualty = self.casualty.search(text)
        if not casualty and "toll" not in text and "number of" not in text:
            return None  # no figure without a word of casualties or of a toll
        raised = {
            field_name: m
            for field_name, pattern in self.raised_to.items()
            if (m := pattern.search(text))
            and parse_number(m["n"]) is not None
            and not self.not_violent.search(m.group(0))
        }
        if not raised and not casualty:
            return None
        keywords = sorted(
            [*self.killed.finditer(text), *self.injured.finditer(text)], key=lambda m: m.start()
        )
        skipped = [(d.start, d.end) for d in dates] + [m.span() for m in AGES.finditer(text)]
        skipped += [m.span() for m in COUNT_APPOSITIVE.finditer(text)]
        if self.subgroup_word.search(text):
            skipped += [m.span() for m in self.subgroup.finditer(text)]
        numbers = [
            n
            for n in NUMBER.finditer(text)
            if parse_number(n.group(0)) is not None
            and not any(s <= n.start() < e for s, e in skipped)
            and not NO_COUNT_AFTER.match(text[n.end() :])
            and not SIGN_BEFORE.search(text[: n.start()])  # 10:00, GMT+4
            and not NEGATION_BEFORE.search(text, max(0, n.start() - 4), n.start())
            and not (  # a year: 'born in 1997', 'in 2023'
                YEAR_NUMBER.fullmatch(n.group(0)) and YEAR_BEFORE.search(text[: n.start()])
            )
            and not RESOLUTION_BEFORE.search(text[: n.start()])
        ]
        values: dict[str, int] = {}
        approximate = False
        stated = []
        for field_name, m in raised.items():  # the update a sentence tells outright wins
            if m["put"]:
                continue  # 'while the civil defence agency put the toll at 22': below
            self.raise_to(values, field_name, m)
            stated.append(m.group(0))
        numbers = [
            n for n in numbers if not any(m.start() <= n.start() < m.end() for m in raised.values())
        ]
        victims = None
        last_end = 0
        for kw in keywords:
            field_name = "killed" if self.killed.fullmatch(kw.group(0)) else "injured"
            if (
                field_name in values
                or f"{field_name}_at_least" in values
                or AMONG_BEFORE.search(text, max(0, kw.start() - 40), kw.start())  # "A boy is among
                # the injured", "One of the dead"
                or SUCCUMBED_BEFORE.search(text, max(0, kw.start() - 30), kw.start())
                or self.not_violent.search(text, kw.end(), kw.end() + 40)  # 'deaths from famine'
            ):
                last_end = kw.end()
                continue
            value, qualifier, span, before = self.figure_for(text, kw, numbers, last_end)
            last_end = kw.end()
            if value is None:
                continue
            stated.append(text[min(span[0], kw.start()) : max(span[1], kw.end())])
            if qualifier in ("at least", "more than", "over"):
                values[f"{field_name}_at_least"] = value + (qualifier != "at least")
                values[field_name] = value
            elif qualifier == "vague":
                values[f"{field_name}_at_least"] = value
            else:
                values[field_name] = value
            approximate = approximate or qualifier in (
                "about",
                "around",
                "approximately",
                "nearly",
                "almost",
                "close to",
                "some",
                "more than",
                "over",
            )
            if before:
                for kind, words in self.victim_kinds:
                    if victims is None and words.search(before):
                        victims = kind
        for field_name, m in raised.items():  # another source's count fills only the gaps
            if m["put"] and field_name not in values and f"{field_name}_at_least" not in values:
                self.raise_to(values, field_name, m)
                stated.append(m.group(0))
            elif m["put"] and m["n3"] and "injured" not in values:  # '... and the number of
                values["injured"] = parse_number(m["n3"])  # wounded at 92,401'

        if not values:
            return None
        for children in self.children_counted.finditer(text):
            before = [kw for kw in keywords if kw.start() < children.start()]
            after = [kw for kw in keywords if kw.start() > children.start()]
            following = min(after, key=lambda kw: kw.start(), default=None)
            # '32 others, including three children, were wounded': the word right after the
            # aside counts them; else the one before ('killed 5, including two children')
            owner = (
                following
                if following is not None
                and BEFORE_VERB.fullmatch(text, children.end(), following.start())
                else max(before, key=lambda kw: kw.start())
                if before
                else following
            )
            if owner is not None:
                field_name = "killed" if self.killed.fullmatch(owner.group(0)) else "injured"
                values.setdefault(f"children_{field_name}", parse_number(children.group(1)))
        return Figures(
            killed=values.get("killed"),
            injured=values.get("injured"),
            children_killed=values.get("children_killed"),
            children_injured=values.get("children_injured"),
            killed_at_least=values.get("killed_at_least"),
            injured_at_least=values.get("injured_at_least"),
            approximate=approximate,
            stated="; ".join(stated),
            victims=victims,
        )

    def respective(self, text: str) -> list[Figures] | None:
        """'attacks that killed 10 and 15 civilians respectively': one figure for each of the
        attacks the sentence tells, in order; None when the sentence does not pair them."""
        if "respectively" not in text:
            return None
        m = self.respective_counts.search(text)
        if not m:
            return None
        field_name = "killed" if self.killed.fullmatch(m["word"]) else "injured"
        counts = [parse_number(n.group(0)) for n in NUMBER.finditer(m["counts"])]
        return [Figures(**{field_name: n}, stated=m.group(0)) for n in counts]

    @staticmethod
    def raise_to(values: dict, field_name: str, m: re.Match):
        values[field_name] = parse_number(m["n"])
        injured = m["n2"] or m["n3"]
        if field_name == "killed" and injured and parse_number(injured) is not None:
            values["injured"] = parse_number(injured)
        if (m["q"] or "").lower() in ("at least", "more than", "over"):
            values[f"{field_name}_at_least"] = values[field_name] + (m["q"].lower() != "at least")

    def tells_update(self, text: str) -> bool:
        """Whether the sentence raises a toll told before ('bringing the death toll in Martuni to
        two', 'the number of wounded in Tartar had risen to seven'): news of an attack already
        told, not of another."""
        return "to" in text and any(pattern.search(text) for pattern in self.raised_to.values())

    def figure_for(self, text, kw, numbers, segment_start):
        """The number a casualty word refers to: after a gerund ('killing 5') or a verb ('killed
        5'), else the nearest before."""
        word = kw.group(0).lower()
        starts = {n.start() for n in numbers}
        after_verb = word.endswith("ing") or word in self.verbs_before_figures
        couple = self.couple_after.match(text, kw.end()) if after_verb else None
        if couple:  # 'killing an elderly couple'
            return 2, "", couple.span(), couple.group(0)
        if word.endswith("ing") or word == "death toll":
            after = text[kw.end() : kw.end() + 120]
            m = self.after_gerund.match(after)
            if m:
                span = (kw.end(), kw.end() + m.end())
                whom = after[m.start() : m.end() + 30]  # 'killing two civilians': who they were
                if m["v"]:
                    return VAGUE[m["v"].lower()], "vague", span, whom
                if m["nth"]:
                    return 1, "", span, whom
                if m["one"]:  # 'killing a 67-year-old woman and her grandson': two
                    listed = self.one_victim_after.match(text, kw.end())
                    count = len(self.one_victim.findall(listed.group(0))) if listed else 1
                    return max(count, 1), "", span, whom
                return parse_number(m["n"]), (m["q"] or "").lower(), span, whom
            return None, None, None, ""
        risen = RISEN_TO.match(text[kw.end() :])
        if risen:  # 'the number of martyrs had risen to 455', 'the wounded reached 1,410'
            span = (kw.end(), kw.end() + risen.end())
            return parse_number(risen["n"]), (risen["q"] or "").lower(), span, ""
        listed = (
            self.victims_listed_after.match(text, kw.end())
            if word in self.verbs_before_figures
            else None
        )
        if listed:  # 'killed a mother and her three children': four; 'a man and his wife': two
            count = 1 + (parse_number(listed["n"]) if listed["n"] else 1)
            return count, "", listed.span(), listed.group(0)
        after = self.number_after_verb.match(text, kw.end())
        if word in self.verbs_before_figures and after and after.start("n") in starts:
            span = (kw.end(), after.end())  # 'the missile killed four civilians'
            whom = text[after.end() : after.end() + 30]
            return parse_number(after["n"]), (after["q"] or "").lower(), span, whom
        if word in self.verbs_before_figures and UNCOUNTED_AFTER_VERB.match(text, kw.end()):
            return None, None, None, ""  # 'and wounded thousands of others': no count, and not
            # the one told before
        single = self.one_victim_after.match(text, kw.end())
        if word in self.verbs_before_figures and single:  # 'killed a 47-year-old resident'
            return len(self.one_victim.findall(single.group(0))), "", single.span(), single[0]
        candidates = [n for n in numbers if segment_start <= n.start() and n.end() <= kw.start()]
        candidates = [n for n in candidates if not INCLUDING_BEFORE.search(text[: n.start()])]
        named = [] if candidates else list(AGED_NAME.finditer(text))
        if named:
            # '54-year-old Fizuli Mammadov, 52-year-old Nofel Amirov ... received wounds': the
            # named victims, counted
            span = (named[0].start(), named[-1].end())
            return len(named), "", span, text[span[0] : span[1]]
        pair = len(candidates) > 1 and PAIR_JOINT.fullmatch(
            text[candidates[-2].end() : candidates[-1].start()]
        )
        if pair and PAIR_NOUN.fullmatch(text[candidates[-1].end() : kw.start()]):
            # 'two Armenian and two French journalists were wounded': both groups
            first, last = candidates[-2], candidates[-1]
            total = parse_number(first.group(0)) + parse_number(last.group(0))
            return total, "", (first.start(), last.end()), text[first.start() : kw.start()]
        if not candidates:
            couple = self.couple_before.search(text, segment_start, kw.start())
            if couple:  # 'An elderly couple were killed'
                return 2, "", couple.span(), couple.group(0)
            listed = self.victims_listed_before.search(text, segment_start, kw.start())
            if listed:  # 'a woman and her eight-year-old grandson were killed': two
                count = len(self.one_victim.findall(listed.group(0)))
                return count, "", listed.span(), listed.group(0)
            one = self.one_victim_before.search(text[segment_start : kw.start()])
            if (
                one
                and not NEGATION_BEFORE.search(text, 0, segment_start + one.start())
                and not ALONG_WITH_AFTER.match(text, kw.end())  # 'was martyred, along with a
            ):  # number of municipal employees': more than one
                return 1, "", (segment_start + one.start(), kw.start()), one.group(0)
            vague = VAGUE_BEFORE.search(text[segment_start : kw.start()])
            if vague:
                return (
                    VAGUE[vague.group(1).lower()],
                    "vague",
                    (segment_start + vague.start(), kw.start()),
                    "",
                )
            return None, None, None, ""
        n = candidates[-1]
        listed_with_one = (  # 'a woman and two children were killed', 'two women and a child'
            self.one_and_before.search(text, segment_start, n.start())
            and COUNTED_SUBJECT.fullmatch(text, n.end(), kw.start())
        ) or self.and_one_after.fullmatch(text, n.end(), kw.start())
        if listed_with_one:  # three
            span = (n.start(), kw.start())
            return 1 + parse_number(n.group(0)), "", span, text[n.end() : kw.start()]
        between = text[n.end() : kw.start()]
        if self.subgroup_word.search(between):
            between = self.subgroup.sub("", between)
        # 'Three staff members of the Islamic Republic of Iran Broadcasting (IRIB) were': a
        # name, however long, is one word of the description
        told = WHO_CLAUSE.sub(" ", VICTIMS_APPOSITIVE.sub(" ", between))  # ', a father and his
        between_words = NAME_RUN.sub("N", told).split()  # son,': who they were, no more words
        if len(between_words) > 10 or CLAUSE_BREAK.search(between):
            return None, None, None, ""  # 'two victims, while the number of the injured'

        q = self.qualifier.search(text[: n.start()])
        return (
            parse_number(n.group(0)),
            (q["q"].lower() if q else ""),
            (n.start(), n.end()),
            between,
        )

    def has_damage(self, text: str) -> bool:
        return bool(self.damage_word.search(text)) and any(
            p.search(text) for _, p in self.vocab.structures
        )

    def damage_in(self, text: str) -> tuple[Damage, ...]:
        if not self.damage_word.search(text):
            return ()
        found = []
        for n in NUMBER.finditer(text):
            rest = text[n.end() :]
            for code, pattern in self.vocab.structures:
                m = pattern.match(rest.lstrip())
                if m and parse_number(n.group(0)) is not None:
                    found.append(
                        Damage(code, parse_number(n.group(0)), n.group(0) + " " + m.group(0))
                    )
                    break
        return tuple(found)
