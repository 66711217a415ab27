"""Find calls, attacks, casualty figures, running totals and resolutions, sentence by sentence.

Each finder reads one sentence with the entities already found in it, and the little context a
reader keeps while reading on (the last date, the last attack, the last speaker).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..records import (
    Article,
    AttackReport,
    CallReport,
    Claim,
    DateWindow,
    Figures,
    LocalEntity,
    Mention,
    ResolutionRef,
    RunningTotal,
    Sentence,
)
from .figures import FigureReader
from .gazetteer import fold
from .text import (
    DAY_FROM_ANOTHER,
    DIGIT,
    MONTH,
    NUMBER,
    NUMBER_WORD,
    SUPERLATIVE_SINCE,
    WEEKDAYS,
    DateMention,
    alternatives,
    find_dates,
    is_background,
    parse_number,
)
from .vocab import Vocabulary, alternation

UNDATED_WINDOW = timedelta(days=7)  # an undated event lies within a week before publication
RESOLUTIONS = re.compile(
    r"\bresolutions?\b(?:[^;\d]{0,45}?\(?(?P<year>(?:19|20)\d\d)\)?)?[^;\d]{0,45}?(?:Nos?\.?\s*|numbers?\s*)?\(?\s*"
    r"(?P<list>\d{2,4}(?![/\d])(?:\s*\(\d{4}\))?(?:\s*(?:,|and|&)\s*\d{2,4}(?![/\d])(?:\s*\(\d{4}\))?)*)",
    re.IGNORECASE,
)
VOTES_AFTER = re.compile(r"\s+(?:votes?|members?|countries|states|nations|in\s+favou?r|to\b)", re.I)
DATELINE = re.compile(
    # 'September 11, 2023 (KHARTOUM) –': the day first, the city in brackets
    r"^[A-Z][a-z]{2,8}\.?\s*\d{1,2},?\s*\d{4}\s*\([A-Z][A-Za-z .'’-]{1,30}\)\s*[-–—:]+|"
    r"^(?:[A-Z][A-Za-z.'’ /-]*[A-Z]|[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+){0,2})"  # 'KYIV', 'Maputo',
    # 'DUBAI/JERUSALEM'
    # 'GOMA, Democratic Republic of Congo, May 4'
    r"(?:,\s*[A-Z][A-Za-z]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][A-Za-z]+){0,3})*"
    r",?\s+(?:[A-Z][a-z]{2,8}\.?\s*\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?"
    r"(?:,?\s*[A-Z][A-Za-z]{1,20}(?=\s*[-–—]))?"  # 'GAZA, March 1, 2024, WAFA -', 'June 9, 2024 WAFA -'
    r"(?:\s*/[^/\n]{1,30}/\.?(?=\s)|(?:\s*[(/][^)\n]{1,40}\)?)?\s*(?:[-–—:]+|\n|$))"  # 'SUMY,
    # April 14 /Ukrinform/.'
)
# the rest of a dateline whose city the sentence splitter cut off ('KYIV.' / 'Nov 1 (Interfax) -')
CITY_ALONE = re.compile(r"[A-Z][A-Z.'’ -]{2,30}")
DATE_LEAD = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.?\s*\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?"
    r"(?:\s*[(/][^)\n]{1,40}\)?)?\s*[-–—:]+"
)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")  # 'fired from Yemen': where it came from
# 'the Golan Heights town', 'the Red Sea port': a town or port told before, named by its region
TOWN_NAMED_BY_REGION = r"the\s+(?-i:[A-Z][\w'’-]*\s+){1,3}(?:town|city|village|port)\b"
# 'the Red Sea port in Hodeidah province', 'the crowded camp in central Gaza': the port or camp
# told before, in the place named after it
ANAPHOR_IN_BEFORE = re.compile(
    rf"\b(?:{TOWN_NAMED_BY_REGION}|the\s+(?-i:[a-z][\w-]*\s+)?(?:town|city|village|port|camp))"
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$"
)
# 'informed him about the attack on Barda': the attack told, a call's topic
TOPIC_THE_BEFORE = re.compile(  # 'about the attack', 'raised the attack with Rubio'
    r"\b(?:about|over|regarding|concerning|raised|discussed)\s+the\s+(?:[\w-]+\s+){0,2}$"
)
# 'a rocket slammed into a field in the Golan Heights town': the town told before, in that region
REGION_OF_A_TOWN_TOLD = re.compile(r"\s+(?:town|city|village|port)\b(?!\s+(?:of|council)\b)")
# 'a call with B, a day after B spoke to C': another call, the day before (see parts_of)
TIME_AFTER_THE_ATTACK = re.compile(  # 'Hours after the strikes', 'Shortly before the attack'
    r"\b(?:[Hh]ours|[Mm]inutes|[Dd]ays|[Ss]hortly|[Ss]oon|[Mm]oments|[Jj]ust)\s+(?:after|before)\s+"
    r"(?:the|that|this|these|those)\s+(?:[\w-]+\s+)?$"
)
ON_BEFORE = re.compile(r"\bon\s+$")  # a day told with 'on': 'on Erbil on Monday'
ON_START = re.compile(r"(?:late|early)\s+on\b|on\b", re.IGNORECASE)  # 'late on Monday'
AS_ANOTHER_ATTACK = re.compile(r",\s+(?:even\s+)?as\s+(?!well\b|if\b|of\b|part\b|a\s+result\b)")
RETALIATION_FOR = re.compile(r",?\s+in\s+(?:revenge|retaliation|response)\s+(?:for|to)\s+")
DAYS_AFTER_CALL = re.compile(  # ', a day after', 'The attack came two days after'
    r"(?:,|\s+(?:came|comes|come))\s+(?P<amount>a day|two days|three days|(?:just\s+|only\s+)?hours)"
    r"\s+after\s+"
)
# 'said on Wednesday (that) he had held a call': the speaker's own call, told on that day
OWN_CALL_TOLD = re.compile(r"\s+(?:that\s+)?(?:he|she)\s+(?:had|has)\s+")
# 'The following day he held talks': the pronoun right after the date that opens a sentence
PRONOUN_AFTER_OPENING_DATE = re.compile(r",?\s+(?:he|she)\b")
# 'to free four hostages in Nuseirat', 'rescued four hostages from the Nuseirat camp': where
# those held were freed, so where the raid was (not where fire came from)
FREEING = r"\b(?:free|freed|freeing|rescue|rescued|rescuing|release|released|releasing)"
FREED = re.compile(rf"{FREEING}\s+(?:\w+\s+)?$", re.IGNORECASE)
FREED_FROM = re.compile(rf"{FREEING}\s+(?:[\w-]+\s+){{0,3}}?from\s+(?:the\s+)?$", re.IGNORECASE)
# 'killed 274 Palestinians', 'wounding at least 12 Israelis': who the victims were
VICTIMS_COUNTED_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+"
    r"(?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?[\d,]+\s+(?:[a-z]+\s+)?$"
)
# 'Israel holds Shukr responsible for', 'Shukr, ..., was responsible for': who is blamed
HOLDS_BEFORE = re.compile(r"\b(?:holds|held|hold|holding)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
RESPONSIBLE_AFTER = re.compile(r"\s+(?:directly\s+)?responsible\s+for\b")
WAS_RESPONSIBLE = re.compile(r"[^.;]{0,160}?\b(?:was|is)\s+(?:directly\s+)?responsible\s+for\b")
# "The Lebanese Health Ministry", "Ukraine's emergency service": a body that counts the dead
COUNTING_BODY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:health\s+ministry|ministry\s+of\s+health|civil\s+defen[cs]e"
    r"|emergency\s+service|rescue\s+service|health\s+authorities)\b",
    re.IGNORECASE,
)
# 'Hamas said its political chief had been killed in an Israeli strike': the speaker's loss
SUFFERED = re.compile(
    r"^[^,;]{0,80}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:killed|wounded|injured"
    r"|hit|struck|targeted|assassinated)\b"
)
# 'said it had killed', 'said they killed': the speaker's own killing
OWN_KILLING = re.compile(r"(?:had\s+|has\s+)?(?:killed|eliminated|assassinated)\b")
# ', but the generals have since refused ...': a clause of its own, whose people took no part
LEFT_CLAUSE = re.compile(  # 'moments after Bayramov left', 'shortly before Lavrov arrived'
    r"\b(?:(?:moments|minutes|hours|shortly|soon|just|right)\s+)?(?:after|before)\s+"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:had\s+)?(?:left|departed|arrived|landed)\b"
)
BUT_CLAUSE = re.compile(  # ', but ...'; ', as Washington stepped up efforts that Putin says'
    r",\s+but\s+(?!also\b|with\b)|;\s+|,\s+(?:as|while|amid|even\s+as)\s+(?!well\b)"
)
# 'at the same junction where a truck bomb killed 587 people in 2017': an attack there before
SAME_PLACE_WHERE = re.compile(r"\bthe\s+same\s+(?:[\w-]+\s+)?\w+,?\s+where\s+")
PLACED_WITHIN = 8  # sentences between an attack told without its town and the one placing it
NEAR_BEFORE = re.compile(r"\b(?:near|next\s+to|outside|beside|close\s+to)\s+(?:the\s+)?$", re.I)
# 'explosions were also heard in Kyiv', 'missiles also hit Kharkiv': more of the same wave; not
# 'Armenia has also been attacking' (a campaign) nor 'the ministry also reported' (more news)
ALSO_STRUCK = re.compile(
    r"\b(?:was|were)\s+also\s+(?:heard|hit|struck|targeted|shelled)\b"
    r"|(?<!has\s)(?<!have\s)(?<!had\s)\balso\s+(?:hit|struck|targeted|shelled|pounded)\b"
)
MET_VERB = re.compile(r"\b(?:met|spoke|talked|held\s+talks)\b")  # a meeting told by its verb
# "Azerbaijan's Tartar district": the country that owns the place named next
POSSESSIVE = re.compile(r"[A-Z][\w-]*['’]s\s+")
ANOTHER_CLAUSE = re.compile(r"\s*(?:and\s+|but\s+)?(?:another|again)\b", re.IGNORECASE)
KILLING_OF_IN = re.compile(  # 'the killing of Hamas leader Ismail Haniyeh in '
    r"\b(?:killing|assassination|death)\s+of\s+[^,;.]{1,60}?\s+in\s+(?:the\s+)?$"
)
IN_A_STRIKE = re.compile(r"\b(?:in|by)\s+an?\s+(?:[\w-]+\s+)?$")  # ', in a (drone) strike'
BY_BEFORE = re.compile(  # 'by the', 'by forces associated with the paramilitary'
    r"\bby\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,2}(?:associated|affiliated|linked|loyal|allied)\s+"
    r"(?:with|to)\s+(?:the\s+)?(?:[\w-]+\s+)?)?$"
)
FROM_POSITIONS_OF = re.compile(
    r"\bfrom\s+(?:\w+\s+)?positions\s+(?:of|held\s+by|controlled\s+by)\s+(?:the\s+)?$"
)
# 'a Barbados-flagged bulk carrier', 'a Greek-owned tanker', 'despite a Russian-brokered
# truce', 'the Iran-backed Houthis', 'Russian-made missiles': a ship's flag, a broker, a backer
# or a maker, not the attacker
NOT_THE_ATTACKER_AFTER = re.compile(
    r"[\s-](?:flagged|registered|owned|operated|managed|brokered|mediated|backed|sponsored"
    r"|supplied|made|built|flags?)\b"  # 'flying a U.S. flag'
)
# 'X also took part in the meeting': X joins the meeting told before
TOOK_PART_IN_TOLD = re.compile(
    r"\b(?:also\s+)?(?:took\s+part|participated|was\s+present|joined)\s+(?:in\s+|at\s+)?"
    r"(?:the|that)\s+(?:meeting|talks|call|conversation)\b(?!\s+(?:with|between|of)\b)"
)
# 'described his conversation with the Ukrainian leader': the call told before, by its owner
CALL_TOLD_BEFORE = re.compile(r"\b(?:his|her|their|that)\s+(?:phone\s+|telephone\s+)?$")
# 'invited to Moscow for consultations': a meeting still to come
INVITED_FOR = re.compile(r"\binvited\s+(?:to\s+[A-Z][\w-]*\s+)?(?:for|to)\s+$")
# 'The figure later rose to 38': a toll told as risen
TOLL_ROSE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|grew)\s+to\b")
# 'met the foreign ministers of Armenia and Azerbaijan': the holders of the office
MINISTERS_OF = re.compile(
    # 'met separately on Friday with the foreign ministers of', 'held separate talks in
    # Washington on October 23 with the foreign ministers of'
    r"\s*(?:[\w.]+\s+){0,6}?(?:(?:with|to)\s+)?the\s+foreign\s+ministers?\s+of\s+(?P<a>[A-Z]\w+)"
    r"(?:,?\s+and\s+(?P<b>[A-Z]\w+))?",
    re.IGNORECASE,
)
# 'attended the swearing-in of B and met C', '..., and then met': a verb of its own before
COORDINATED_VERB = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+)?$")
BY_AFTER = re.compile(r"\s+by\b")
BETWEEN_AFTER = re.compile(r"\s+between\s+")
SPEAKER_PRONOUN = re.compile(r",\s+(?:he|she)\s+(?!said\b|says\b|added\b|told\b)\w+")
REPORTED_CLAUSE = re.compile(
    r"\b(?:said|says|stated|told\s+\w+|reported|announced|noted)(?:\s+[\w,]+){0,4}?\s+that\b"
)  # 'the spokesperson said on Tuesday that': the speaker is no participant
# where an attack came from or passed by, not where it struck: 'launched from Crimea', 'sail
# around the Cape of Good Hope'
# 'fired missiles towards Mingachevir': the town was the target, hit or not
FIRED_TOWARD = re.compile(r"\b(?:fired|launched)\s+(?:[\w-]+\s+){1,3}towards?\s+(?:the\s+)?$")
NOT_ATTACKED_BEFORE = re.compile(
    r"\b(?:from|via|(?<!tore\s)(?<!torn\s)(?<!ripped\s)(?<!road\s)(?<!highway\s)(?<!route\s)through"  # not
    # 'targeting the road through Berdzor'
    r"|past|toward|towards|to|(?:positioned|based|stationed|deployed)\s+in"
    r"|(?:reroute|divert|sail|travel|go|steam)\w*\s+around"  # 'reroute around the Cape'"
    r"|(?:reported|claimed|announced|confirmed)\s+by|according\s+to"
    # 'launchers that were aimed at Ganja, Mingachevir and other cities': meant, not struck
    r"|aimed\s+at(?:\s+(?-i:[A-Z])[\w'’-]*,?(?:\s+and)?)*"
    # 'fired cruise missiles from a submarine in the Black Sea': where they came from
    r"|from\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:submarine|ship|warship|vessel|frigate|boat|base"
    r"|airbase|air\s+base)s?\s+(?:in|off|on)"
    r"|(?:sirens?|alerts?)\s+(?:\w+\s+){0,2}?(?:in|across|over)"  # 'setting off sirens in Tel Aviv'
    r"|urged|called\s+on|pressed|asked"  # 'Aoun urged Washington to press Israel': a government
    r"|(?:(?:with|diplomatic|economic|political|international)\s+pressure|sanctions)\s+(?:on|against)"
    # 'respond with pressure on Moscow'; not 'kept up the pressure on Pokrovsk'
    # 'died in hospital in Baku', 'were taken to a hospital in Mogadishu': where the wounded went
    r"|(?:died|taken|rushed|admitted|evacuated|treated)\s+(?:\w+\s+){0,2}?(?:to|in|at)\s+"
    r"(?:an?\s+|the\s+)?(?:\w+\s+)?hospitals?\s+in"
    # 'launched from an area north of the village of Chebaa': where it came from
    r"|from\s+(?:an?|the)\s+(?:area|position|positions|territory)\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near)\s+"
    r"(?:the\s+(?:city|town|village)\s+of)?"
    # 'struck the ship 50 nautical miles off the Yemeni port of Aden': at sea, not in Aden
    r"|(?:miles|kilomet(?:re|er)s|km)\s+off(?:\s+the\s+(?:[\w-]+\s+){0,2}?(?:coast|port)\s+of)?)"
    r"\s+(?:the\s+)?(?:occupied\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?(?:\w+['’]s\s+)?$",
    re.IGNORECASE,
)
# a place that stands for its government: 'the Kyiv regime', 'held Washington responsible'
NOT_ATTACKED_AFTER = re.compile(  # also a place named in an office: 'Poltava regional governor',
    # 'Odesa Oblast Governor'
    r"\s+(?:regime|government|authorities|leadership|officials|time)\b"  # '17:30 Moscow time'
    r"|\s+(?:\w+\s+)?responsible\b"
    r"|['’]s\s+(?:claims?|statement|version|account|allegations?|denial|position|accusations?)\b"
    r"|\s+(?:regional\s+|city\s+|district\s+|provincial\s+|military\s+|oblast\s+|region\s+)*"
    r"(?:governor|mayor|administration|police|council|prosecutor)\b",
    re.IGNORECASE,
)
IN_TURN = re.compile(
    r"\b(?:then|later|afterwards|subsequently)\s+(?:\w+\s+){0,2}?(?:with|by)\b|\bone after the other\b"
)
TOPIC_START = re.compile(
    r"\b(?:(?<!for\s)about|regarding|concerning|informed|briefed|told|conveyed|(?:a|the)\s+message|"
    r"on\s+behalf\s+of|urged|urging|warned|asked)\b|(?P<unaddressed>\bto\s+discuss\b|,\s+saying\b)"
)  # 'conveyed a message of support from President X', 'urged him not to ... with Putin': X
# and Putin took no part; not 'for about an hour'
# a place in who told the news: 'according to a doctor at Ayder Referral Hospital', 'according
# to the authorities of Nagorno-Karabakh'
SOURCE_CLAUSE_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:[\w'’-]+\s+){0,5}?(?:at|in|of|from)\s+(?:the\s+)?$", re.IGNORECASE
)
REFERENCE_POINT = re.compile(  # 'west of', 'ten kilometres from', 'near': where the place lies
    r"\b(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:and|or)\s+)?"  # 'east and
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|(?:kilomet(?:re|er)s?|km|miles?)"  # south of
    r"\)?\s+(?:\w+\s+)?(?:of|from)|near|outside|close to|on the outskirts of|above|overlooking)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port)\s+of\s+)?$",  # 'near the border town of'
    re.IGNORECASE,
)
RELATIVE_OR_NEXT_CLAUSE = re.compile(r";|\b(?:that|which|who)\b")  # 'an offensive that was planned'
AND_THAT = re.compile(r",\s+and\s+that\s+")  # 'He said the toll had risen to three, and that'
SERIAL_CLAUSE = re.compile(r",\s*|\s+and\s+")  # where the clause of the next call starts
CLAUSE_BETWEEN = re.compile(r"\b(?:and|where|that|when|which|while)\b")
DEFENCE_MINISTRY = "org+:ministry of defense of "  # the key entities gives such a ministry
LISTED_REST = re.compile(  # ', Irkutsk and Amur regions'; ' and the town of Martakert'
    r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+(?:city|town|village|settlement)\s+of\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*"
)
CONTAINER_CHAIN = re.compile(  # ' Local Government Area of ', ' district, ', ' region of the '
    r",?\s+(?:(?:local\s+government\s+area|lga|district|region|province|county|township"
    r"|municipality|governorate|oblast|state)\s+)?(?:of|in|,)\s+(?:the\s+)?",
    re.IGNORECASE,
)
TOWN_THEN_REGION = re.compile(r",?\s+(?:in\s+)?(?:the\s+)?(?:[\w-]+\s+)?")  # 'Poonch, in '
RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")  # 'an offensive that was launched in'
RELATIVE_AFTER_NAME = re.compile(r",\s+(?:who|whose|which)\b")
RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,]*,")  # about the subject
CLAUSE_END = re.compile(r"[.;:,]|\b(?:said|says|told|when|after|while|as)\b")
CLAUSE_END_SAID = re.compile(r"[.;:]|,\s+(?:while|but|as)\b")
OWNED_WORD = re.compile(r"['’]s\s+([\w-]+)")  # "Lebanon's health ministry"
DEMONYM_OWNED = re.compile(r"\s+([\w-]+)")  # 'Lebanese Health Ministry'
BOTH_ATTACKS = re.compile(
    r"\b(?:both|all|the two|the three)\s+(?:\w+\s+)?(?:attacks|strikes|bombings|raids|assaults)\b"
)
SPOKESMAN_OF = re.compile(r"\bspokes(?:man|woman|person)\s+(?:of|for)\s+(?:the\s+)?$", re.I)
CLAUSE_BREAK_BEFORE_BY = re.compile(r",\s+|\bthat\b|\bwhich\b")
WHEN_AFTER_DATE = re.compile(r",\s+when\b")  # 'since April 8, when a missile hit'
WHEN_CLAUSE_AFTER = re.compile(r"(?:\s+on\s+[^,.;]{1,30})?,\s+when\b[^.;]*$")
YEAR_PERIOD = re.compile(r"(?<!born )\b(?:in|during|throughout)\s+(?:19|20)\d\d\b(?![-–/]\d)")
SPEAKER_COMMENT = re.compile(r",\s+(?:warning|saying|adding|noting|stressing)\s+that\b")
CITY_OWNS = re.compile(r"\b(?:the|that)\s+(?:city|town|village|capital)['’]s\s+$")
BODY_OF = re.compile(r"\s+of\s+(?:the\s+)?")  # 'the Emergency Service of Artsakh'
BODY_OWNER = re.compile(r"['’]s\s+")  # "Karabakh's Emergency Service"
OWNS_A_PLACE = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:neighbou?rhood|district|quarter|area)\b"
)
DATELINE_PLACE = re.compile(r"^[A-Z][A-Z.'’ /-]+,\s+[A-Z][\w.'’ ]{1,30}?\s+[-–—]\s")
# 'called on both sides to exercise restraint', not 'called on the President at his residence'
CALLED_ON_TO = re.compile(r"\s+(?:(?!(?:at|in|during|on|for)\s)[\w.'’-]+,?\s+){1,14}?to\s+[a-z]")
BETWEEN = re.compile(r"\bbetween\b")
WHILE_IN = re.compile(r",\s+(?:while|whereas)\s+(?=(?:in|at|near)\s+(?:the\s+)?[A-Z])")
SUBJECT_START = re.compile(r"(?:The\s+)?")
APPOSITIVE_GAP = re.compile(r",[^;]{1,160},\s+(?:also\s+|later\s+|separately\s+)?")
AFTER_WORDS = re.compile(r"\bafter\s+(?:[\w-]+\s+){0,3}$")  # 'after the two held talks'
WHERE_THEY_MET = re.compile(r"\s+[^,;.]{2,60},\s+(?P<where>where\s+)(?=(?:he|she|they)\b)")
# 'before flying to Baghdad for talks with B', '... to meet B': the trip's purpose, a meeting
MEETING_PURPOSE = re.compile(
    r"[^,;.]{2,60}?\s(?:for\s+(?:\w+\s+)?(?:talks|a\s+meeting|meetings|consultations)\s+with|to\s+meet)\b"
)
WHO_SAID_THAT = re.compile(r",\s+who\s+(?:said|added|noted|reported|stated)\s+that\b")
# 'Fidan, who spoke with Lavrov by phone on Tuesday, also had a call with Kuleba': two calls
WHO_CALLED = re.compile(  # ', who spoke with Lavrov on Tuesday,'; ', who held separate talks
    # with Mnatsakanyan the same day.'
    r",\s+who\s+(?:also\s+|had\s+|has\s+)?(?:spoke|talked|met|held\s+(?:separate\s+)?talks)"
    r"\s+with\b[^,;.]*(?:,|\.?\s*$)"
)
OWNED_DAY_OF = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:of|on|in)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
)
MUTUAL = re.compile(r"\b(?:each other|one another)\b")
# 'fighting between Azerbaijani and ethnic Armenian forces': two sides, neither the attacker
SIDES = re.compile(r"\bbetween\s+[^,.;]{1,50}?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+")
ACTOR_JOINT = re.compile(r"\s*[-–/]\s*|\s+and\s+|\s+\(")  # 'American-British', 'US and UK'
CASUALTY_PLACE_GAP = re.compile(r"\s+(?:\w+\s+){0,2}?(?:in|at|near)\s+")  # 'killed in '
IN_CONTAINER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")  # 'Chiragli in the Aghdam district'
AND_IN_PLACE = re.compile(r",\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:in|at|on)\s+(?=[A-Z])")
DISTRICT_OF_TOWN = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter|area)\s+of\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?"
)
ORDINALS = {"first": 0, "former": 0, "earlier": 0, "second": 1, "third": 2, "latter": -1}
ORDINALS |= {"last": -1, "later": -1}
ORDINAL_ATTACK = re.compile(
    rf"\bthe\s+({'|'.join(ORDINALS)})\b(?:\s+(?:attack|strike|bombing|one))?", re.IGNORECASE
)
SUBJECT_THE = re.compile(r"\s*The\s+")
DASH_AFTER = re.compile(r"\s*[-–—]\s")  # 'Baku – Rescue teams ...': a dateline's town
APPOSITION = re.compile(  # ', the region's main city, about 15 km (10 miles) to the north,'
    r"^,\s+(?:the|a|an|its|which|whose|where|home\s+to|once|now|one\s+of|[A-Z]\w+[`'’]s)\b"
    r"(?:[^,;.]|(?<=\d)[,.](?=\d)){1,80},"  # ', home to 100,000 people,'
    r"(?:\s+(?:about|some|around|roughly)\s+\d[^,;.]{1,60},)?"
)
CITY_OF = re.compile(r"\s+(?:city|town|village)\s+of\s+")
CHAIRING = re.compile(
    r"\s+(?:chairing|presiding\s+over|mediating|hosting)\b"
)  # 'with Fidan chairing'
QUOTED = re.compile(r'"[^"]{1,400}"|“[^”]{1,400}”')  # words quoted within a sentence
VILLAGE_AFTER = re.compile(r"\s+village\b")  # 'Gashalti village of ...'
DISTRICT_OF_CITY_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter)\b", re.I)
REGION_WORD_AFTER = re.compile(r"\s+(?:district|region|province|governorate|state|oblast)\b", re.I)
FRONTED_PLACE = re.compile(  # 'In Kyiv, ...', 'Details: In Kyiv, ...' (a label of the outlet),
    # 'In the central city of Deir el-Balah, ...'
    r"(?:[A-Z]\w+:\s+)?(?:In|At|Near|Outside|Around)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|region|province|district)\s+of\s+)?"
)  # 'In the northern port city of Haifa, ...'
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
SUBJECT_GAP = re.compile(  # a verb follows: "Hamas's fighters attacked", 'Hamas-led militants
    r"(?:['’]s|-led|-backed)?\s+(?:\w+\s+){0,2}?(?:\w+ed|\w+s)\b"  # attacked'
)
# 'Following the reception by Aliyev, ...': an exchange told before, right after which this one
FOLLOWED_CALL = (
    r"(?:Following|After)\s+(?:the|a|his|her|their|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:reception|meeting|talks|visit|call|conversation)\b"
)
NOT_PARTICIPANT_BEFORE = re.compile(
    r"\b(?:(?:under\s+the\s+)?mediation\s+of|mediated\s+by|in\s+the\s+presence\s+of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+(?:of\s+\w+,?\s+)?)?(?:[A-Z][\w.]*\s+)?$|\bat\s+$"
    # '..., his spokesperson Stephane Dujarric told reporters': who tells of the call
    r"|\b(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:spokesperson|spokesman|spokeswoman)\s+$"
    # 'Following the reception by Aliyev, Cavusoglu held talks with': the meeting told before
    rf"|^\s*{FOLLOWED_CALL}\s+(?:by|with)\s+(?:[\w-]+\s+){{0,3}}$"
)
FOLLOWS_A_CALL = re.compile(rf"\s*{FOLLOWED_CALL}")
AND_WITH = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?with\s+")  # one call each
PAIR_JOINT = re.compile(r"\s+and\s+(?:[\w'’.-]+\s+){0,4}")  # "A and Ukraine's Foreign Minister B"
WHERE_HE_AND = re.compile(r",\s+(?:where|there)\s+(?:he|she)\s+and\s+")  # '..., where he and B'
SIGNED = re.compile(r"\s+(?:also\s+)?signed\b")
VISITORS_VERB = re.compile(r"\s+(?:were|are)\s+")  # 'A and B were visiting the city'
LOCATED_AT = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$"
)
DAY_BEFORE_ATTACK = re.compile(r"((?:['’]s)?\s+)(?:[\w-]+\s+)?")  # 'the Jan. 13 (missile) attack'
COUNTERPART_BEFORE = re.compile(r"\b(?:with|between)\b[^,;]*$")
TITLE_GAP = re.compile(
    r"\s*(?:(?:his|her|the)\s+)?(?:[A-Za-z’'.-]+\s+){0,5}?"
)  # 'his Turkish counterpart'
# between a meeting verb and its counterpart: 'received by President', 'met Russia's top diplomat'
COUNTERPART_GAP = re.compile(rf"\s*(?:by|with)?{TITLE_GAP.pattern}")
CLAUSE_MARK = re.compile(r"[,;.]")
ITS_AFTER = re.compile(r",\s+its\s+")  # the actor just named owns what follows
OWNER_OF = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?"
)  # 'the co-chairs of the OSCE Minsk Group', 'mediators from'
SUPERLATIVE_SO_FAR = re.compile(
    r"\b(?:most\s+\w+|deadliest|worst|biggest|largest|heaviest)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:so\s+far|to\s+date)\b",
    re.IGNORECASE,
)
TOOK_PART_BY = re.compile(
    r"\b(?:took part|participated|joined|attended)\s+(?:[\w-]+\s+){0,4}?(?:by|via)\s+$"
)
CLAIMED_FOR = re.compile(r"\s+for\s+(?:the\s+)?")  # 'claimed responsibility for the attack'
ON_A_PLACE = re.compile(r"\s+(?:on|against)\s+(?:the\s+)?[A-Z]")  # 'aggression on Hodeidah'
CLAIMED_BY = re.compile(r"\bclaimed\s+by\s+(?:the\s+)?$")
# a word between an appeal and its talks ('called for direct peace talks'), not one that starts
# another phrase ('called for a ceasefire during talks with', 'no breakthrough at talks')
MODIFIER = (
    r"(?:(?!(?:and|but|or|during|in|at|with|on|of|after|before|while|to|when|as|for)\b)[\w-]+\s+)"
)
CIRCUMSTANCE_TRIGGER = re.compile(r"(?:during|in|at|after|following|amid)\b", re.IGNORECASE)
DEFINITE_SUBJECT = re.compile(  # also 'According to the office, the missiles were fired'
    r"\s*(?:According\s+to\s+[^,]{1,60},\s*(?:the|these|those)|The|These|Those)\s+(?:[\w-]+\s+){0,2}"
)
PRONOUN_SPEAKS = re.compile(r"\s+(?:also\s+)?(?:said|says|added|told|noted|stated)\b")
OWN_EXCHANGE_AFTER = re.compile(r"\s+(?:of|about|on)\s+(?:his|her|their)\s+")
# 'During the phone talk on October 2'; 'During the meeting, held on October 23,'
DATE_RIGHT_AFTER = re.compile(
    r",?\s+(?:(?:held|which\s+was\s+held|that\s+took\s+place)\s+)?(?:on\s+)?"
)
WAR_BEGAN = re.compile(  # at the sentence's start: not 'since the war began on 7 October, when'
    r"^(?:The|This|That)\s+(?:war|conflict|fighting|offensive)\s+(?:began|erupted|broke\s+out|started|was\s+triggered)"
    r"\b[^.;]{0,40}?\bwhen\b",
    re.IGNORECASE,
)
WHEN_STRUCK = re.compile(
    r",?\s+when\s+(?:it|they|he|she)\s+(?:was|were)\s+(?:hit|struck|shot\s+down|attacked|targeted"
    r"|shelled|bombed)\b"
)
VILLAGE_OF_AREA = re.compile(  # ' village of Aghdam district'
    r"\s+(?:village|town|settlement)\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:district|region|province|rayon|governorate))?"
)
LEADING_PARTICIPLE = re.compile(r"(?:Before|After|Since|While|Ahead\s+of)\s+\w+ing\b[^,;]{1,80},")
DEFINITE_OBJECT = re.compile(r"\s+(?:it|them|the|its|their)\b")  # 'hit it', 'struck the station'
DEFINITE_AFTER = re.compile(r"\s+(?:the|its|their)\b")  # an attack verb's object told before
ANOTHER = re.compile(r"\b(?:another|again|a second|a fresh|a new|separately|also)\b", re.IGNORECASE)
# 'also met', 'also separately met'; not 'had also met'
ALSO_BEFORE = re.compile(r"(?<!had )\balso\s+(?:[\w-]+\s+)?$")
SEPARATE = re.compile(r"\b(?:separate(?:ly)?|back-to-back)\b", re.IGNORECASE)
ONE_APART = re.compile(r"\b(?:an?|another)\s+$", re.IGNORECASE)  # before 'separate meeting'
# 'Separately, ...', 'In a separate development, ...': other news, not meetings held apart
OTHER_NEWS_OPENER = re.compile(r"\s*(?:Separately|In a separate \w+(?: \w+)?),\s*", re.IGNORECASE)
# 'Meanwhile, in the south, a shell hit a bus stop': news of another place, no place told before
ELSEWHERE_OPENER = re.compile(
    rf"(?:{OTHER_NEWS_OPENER.pattern}|\s*(?:Meanwhile|Elsewhere),\s*)?"
    r"(?:in\s+(?:the\s+)?(?:north|south|east|west)(?:ern)?\b|elsewhere\b)",
    re.IGNORECASE,
)
# 'Meanwhile, in the south, a shell hit a bus stop': news of another place, no place told before

SINCE_CLAUSE = re.compile(r"\bsince\b[^,]*", re.IGNORECASE)
VISIT_TO_BEFORE = re.compile(r"\bvisit\s+to\s+$")
CLAUSE_BREAK = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+as\s+well\s+as\s+")
MONTH_SPAN = re.compile(rf"\b(?:between|from)\s+(?:{MONTH})\s+(?:and|to|through)\s+(?:{MONTH})\b")
WAR_TOLL = 1000  # told in the perfect tense and undated, a toll this high is a war's
DENIER_GAP = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:has\s+|have\s+|had\s+)?"
)  # 'X's army has'
SOURCE_CLAUSE = re.compile(  # another source's figures: ', while', '; ', ', and officials have
    # reported 1,339 deaths'
    r",\s+(?:while|whereas)\s+|;\s+|,\s+and\s+(?=(?:[\w-]+\s+){1,4}(?:have\s+|has\s+)?reported\s)"
)
COUNTED_ATTACKS = re.compile(  # '87 attacks', 'more than 900 glide bombs'; not 'two missiles'
    r"\b(?:\d{2,}[\d,]*|\d{1,3}(?:,\d{3})+|dozens|hundreds|scores)\s+(?:of\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|bombs|shells|drones|missiles|rockets)\b",
    re.IGNORECASE,
)
WIDE_BEFORE = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?$")  # 'across Gaza'
SUBJECT_ASIDE = re.compile(  # ', in flagrant violation of the truce,' ', once again,'
    r",\s+(?:in|despite|once|yet|again|ignoring|violating|in\s+violation)\b[^,;.]{0,80},(?=\s+[a-z])"
)
THEY_SUBJECT = re.compile(r"(?:^|,\s+)[Tt]hey\s+(?:\w+\s+){0,2}?$")  # ', they held talks'
OBJECT_PRONOUN = re.compile(r"\s+(?:him|her)\b")  # 'Putin hosted him'
MANY_PLACES = 3  # a toll told of attacks on this many places at once is theirs together
SEVERAL_ATTACKS = re.compile(  # 'attacks on', 'strikes across', 'raids against'
    r"\b(?:attacks|strikes|airstrikes|raids|bombardments|shelling)\s+(?:on|in|across|against|of)\b",
    re.IGNORECASE,
)
ACROSS_BEFORE = re.compile(r"\b(?:[Aa]cross|[Tt]hroughout|[Aa]ll\s+over)\s+$")  # 'Across Ukraine'
AS_OF = re.compile(r"\b(?:[Aa]s\s+of|[Bb]y)\s+$")  # the count as of a moment: 'As of this morning'
DESCRIBING_CLAUSE = re.compile(  # 'Ganja, which ...', 'El Fasher, the capital of North
    # Darfur', '..., as troops pressed on'
    r",\s+(?:which|where|whose\b|who\b|whom\b"
    r"|(?P<description>(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:capital|city|town|seat|port|hub|home)"
    r"\s+(?:of|in|facing|near|across|opposite|bordering|next\s+to|close\s+to)\b)|as\s+(?!well\b|if\b|of\b|many\b|much\b|part\b|a\s+result\b))"
)
ACCUSED_OF = re.compile(r"\s+(?:of|for)\s+([^,.;]{1,60})")  # 'accused Baku of staging ...'
UNKNOWN_SUBJECT = re.compile(r",\s+(?:the\s+)?[A-Z]\w+")  # ', the White House said'
COUNT_AT_PLACE = re.compile(  # 'killing five [people] in Odesa'
    r"(?:\s+(?:people|civilians|residents|persons|others))?\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement|district)\s+of\s+)?"
)
INCLUDING_COUNT = re.compile(rf"\bincluding\s+(?=(?:{NUMBER.pattern})\s)")
CLAUSE_BEFORE_NUMBER = re.compile(rf",?\s+(?:and|while)\s+(?=(?:{NUMBER.pattern})\s)")
PERFECT_TOLL = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:killed|injured|wounded)\b")
PRESENT_COUNT = re.compile(
    r"\b(?:have|has)\s+(?:been\s+(?:killed|injured|wounded)|reported|recorded)\b|\bsays\b"
)
HAVE_BEEN_KILLED = re.compile(r"\b(?:have|has) been (?:killed|injured|wounded)")
AT_PLACE = re.compile(r"\b(?:in|at)\s+[A-Z]")
MEETING_PLACE = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?(?:city\s+of\s+)?$")
PRONOUN_START = re.compile(
    r"^(?:He|She|The minister|The Minister|Minister|The secretary|In turn, he)\b"
)


@dataclass
class Context:
    """What a reader remembers from earlier sentences of the same article."""

    last_date: DateWindow | None = None
    last_date_sentence: int = -1  # the sentence that named it
    last_date_people: frozenset[str] = frozenset()  # the people that sentence named
    last_date_talks: bool = False  # whether that sentence told of talks ('a round of talks')
    call_date: tuple[int, DateWindow] | None = (
        None  # a sentence that dated an exchange, and its day
    )
    last_attacks: list[int] = field(default_factory=list)  # indices into the attacks found
    last_person: str | None = None
    people_named: list[str] = field(default_factory=list)  # every person named so far, the
    # last named last ('the two ministers': the last two named with that title)
    sentence_people: tuple[int, tuple[str, ...]] = (-1, ())  # the last sentence that named
    # people, and those people: 'they' in the next
    last_perpetrator: str | None = None
    struck_countries: set[str] = field(default_factory=set)  # where the last attacker struck
    last_speaker: str | None = None
    last_total: int | None = None  # index into totals
    background_paragraph: int | None = None
    first_sentence: str = ""  # 'KYIV.': a dateline cut in two
    last_places: list[str] = field(default_factory=list)  # places the last sentence named
    place_of_kind: dict[str, str] = field(default_factory=dict)  # the place told last with a
    # kind word ('Nuseirat refugee camp', 'the village of X'): 'camp' -> Nuseirat
    last_region: str | None = None  # the region named last ('the region' in a later sentence)
    open_call: tuple[int, str, DateWindow] | None = None  # sentence, kind and day of a call
    # whose counterpart was not named ('held phone calls with his Ukrainian counterpart')
    delegation_call: tuple[int, int] | None = None  # the sentence that told the heads of
    # delegations, and the index of their meeting: the other side may be told next
    delegation_talks: tuple[int, DateWindow, str | None, tuple[str, ...]] | None = None  # the
    # sentence, day, place and chairs of talks between delegations whose heads are not named yet
    period_sentence: int | None = None  # the last sentence that told of a period ('Since
    # October 8, Hezbollah has attacked ... almost daily')
    fighting_day: tuple[int, DateWindow] | None = None  # a sentence that told fighting on a
    # day, with no attack of its own ('Meanwhile, hostilities continued on Saturday.')
    war_is_subject: bool = False  # 'The war ... broke out in 2023.': the next 'it has killed'
    placeless_toll: tuple[int, Figures] | None = None  # a toll of an attack told without a
    # place, and its sentence
    visit: tuple[str, DateWindow] | None = None  # who arrived on a visit, and the day ('as
    # Blinken arrived in Kyiv on Wednesday ... He met Kuleba': on Wednesday)
    visiting_pair: tuple[tuple[str, str], DateWindow] | None = None  # two who toured together
    # ('as Zelensky and Mitsotakis were visiting the city on March 6'), and the day
    lead_statement: tuple[str, DateWindow] | None = None  # who spoke in the lead, and the day
    # ('Blinken said on Wednesday that ...')
    opening_person: tuple[int, str] | None = None  # a sentence that opened with a person's
    # name: 'Michel expressed concern ... He said he had also spoken with Pashinyan'
    subject_named: tuple[int, str] | None = None  # a sentence that opened with a title standing
    # for a person, and that person ('The head of state has had a series of conversations')


class EventLexicon:
    """The lexicon as EventFinder reads it, compiled once per vocabulary
    (`vocab.derive(EventLexicon)`) rather than once per article."""

    def __init__(self, vocab: Vocabulary):
        lex = vocab.lexicon
        self.phone = vocab.words("call_phone_words")
        # case-sensitive, the verbs also capitalized: tried on every sentence, this is faster
        holding = alternatives(
            [form for w in lex["meeting_holding_verbs"] for form in (w, w.capitalize())]
        )
        meeting_nouns = alternatives(lex["meeting_nouns"])
        self.meeting_noun = re.compile(rf"\b(?:{meeting_nouns})\b")
        self.meeting = vocab.words("call_meeting_words")
        self.meeting_under_way = re.compile(  # 'The consultations, convened in Moscow, began'
            rf"(?:The|That|This|Their)\s+(?:[\w-]+\s+)?(?:{meeting_nouns})\b[^.;]{{0,80}}?\b"
            rf"(?:{alternatives(lex['meeting_under_way_verbs'])})\b"
        )
        self.more_victims = re.compile(  # 'Another 10 people were killed in Kryvyi Rih'
            rf"(?:{alternatives(lex['more_victims_openers'])})\s+(?={NUMBER.pattern}\s)"
        )
        self.meeting_of = re.compile(rf"\b(?:{alternatives(lex['meeting_of_words'])})\s+")
        self.meeting_held = re.compile(  # 'held a one-on-one meeting', 'had lengthy talks';
            # 'talks in Geneva on Friday between A and B'
            rf"\b(?:{holding})\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+){{1,2}}?(?:{meeting_nouns})\b"
            # 'began meeting in Doha', 'wrapped up two days of talks', 'resumed their talks'
            rf"|\b(?:{alternatives(lex['meeting_course_verbs'])})\s+(?:their\s+)?"
            rf"(?:[\w-]+\s+(?:days?|rounds?|hours?)\s+of\s+)?(?:{meeting_nouns})\b"
            # 'held more than three hours of talks'
            rf"|\b(?:{holding})\s+(?:(?:more than|nearly|about|some|over)\s+)?[\w-]+\s+hours\s+of\s+"
            rf"(?:{meeting_nouns})\b"
            # 'with talks in Cairo on Monday with Sisi', 'talks on Monday between A and B'
            rf"|\b(?:{meeting_nouns})\s+(?:in|on|at)\s+[^,;.]{{1,40}}?\s+(?:with|between)\s+"
            r"(?=[A-Z]|the\s)"
            # 'Speaking alongside A after their meeting in Tel Aviv, B said'
            rf"|\b(?:after|following|at|since)\s+their\s+(?:[\w-]+\s+)?(?:{meeting_nouns})\b"
            # 'the separate meetings that Pompeo held with A and with B'
            rf"|\b(?:{meeting_nouns})\s+(?:that|which)\s+(?:[\w.-]+\s+){{1,8}}?(?:{holding})\s+with\b"
            rf"|\b(?:despite|after|during|following|followed|amid)\s+(?:the\s+)?(?:[\w-]+\s+)?"
            # held, not called for; 'between each of the two ministers and Biegun'
            rf"(?:{meeting_nouns})\b(?=[^.;]{{1,40}}?\bbetween\s+(?:[A-Z]|each\b|the\s+two\b))"
        )
        self.call_told_again = re.compile(  # 'During the talks, A briefed B': the talks told
            # before; 'The meeting was attended by the co-chairs A, B and C': they took part in it
            rf"(?:During|At|In the course of)\s+(?:the|that|this|their)\s+"
            rf"(?:(?:phone|telephone|video)\s+)?(?:{meeting_nouns}|call|talk)\b"
            r"(?!\s+(?:with|between|of|in|held)\b)"
            # 'During the talks on Karabakh' tells what of; 'During the phone talk on October 2'
            # when
            r"(?!\s+on\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu"
            r"|Fri|Sat|Sun|\d)))"
            rf"|(?:The|That|This|Their)\s+(?:{meeting_nouns})\s+(?:was|were)\s+(?:also\s+)?"
            rf"(?P<attended>{alternatives(lex['meeting_joining_participles'])})\s+by\b"
            # 'The talks with A of Russia, B of France and C ...': who the talks told before were
            # with, named
            rf"|(?:The|Their)\s+(?:{meeting_nouns})\s+(?P<named>with)\s+(?=[A-Z])"
            # 'It was the first direct meeting between the two leaders since 2021': the one told
            r"|(?P<ordinal>(?:It|This|That)\s+(?:was|is|marked)\s+(?:the|their)\s+(?:first|second|third"
            r"|last|latest|only|\w+est))\b"
        )
        delegations = alternatives(lex["delegation_words"], ignore_case=True)
        self.delegations = re.compile(rf"\b(?:{delegations})\b", re.IGNORECASE)
        self.talks_of_delegations = re.compile(  # 'delegations agreed at their talks in'
            rf"\b(?:{delegations})\b[^.;]*?\b(?:{meeting_nouns}|negotiations)\b", re.IGNORECASE
        )
        self.chaired_by = re.compile(
            rf"\b(?:{alternatives(lex['meeting_joining_participles'])})\s+by\s+"
        )
        self.delegation_led = re.compile(  # 'The Russian delegation was led by A', 'The
            # American side was represented by B'
            rf"\b(?:{delegations}|side)\b[^.;]{{0,40}}?\b(?:led|headed|represented)\s+by\b",
            re.IGNORECASE,
        )
        self.talks_between = re.compile(
            rf"\b(?:{meeting_nouns}|negotiations|consultations)\s+between\b", re.IGNORECASE
        )
        self.plural_call = vocab.words("call_plural_words")
        self.onward_travel = vocab.words("onward_travel_words")
        self.statement_setting = vocab.words("statement_settings")
        self.government_after = re.compile(  # 'a claim Yerevan rejects'
            rf"\s+(?:{alternatives(lex['government_verbs'])})\b"
        )
        areas = alternatives(
            [*lex["place_kind_words"], *lex["landmark_words"], *lex["facility_words"], "suburbs"],
            ignore_case=True,
        )
        self.government_owns = re.compile(  # "Washington's political and military cover": the
            # government's; not "Beirut's southern suburbs", "Kyiv's Obolon district"
            rf"['’]s\s+(?!(?:\S+\s+){{0,3}}?(?:{areas})\b)",
            re.IGNORECASE,
        )
        self.government_before = re.compile(  # 'a rebuke of Moscow', 'officials in Kyiv'
            rf"\b(?:{alternatives(lex['government_object_cues'], ignore_case=True)})\s+$",
            re.IGNORECASE,
        )
        self.count_giving = vocab.words("count_giving_verbs")
        self.kept_by = re.compile(  # 'a school run by the', 'a village held by'
            rf"\b(?:{alternatives(lex['keeper_participles'])})\s+by\s+(?:the\s+)?$"
        )
        self.present_call = vocab.words("present_call_markers")
        self.joint_call = vocab.words("joint_call_words")  # 'a trilateral meeting': one for all
        self.one_call_with = vocab.words("one_call_with_words")
        self.planned_call = re.compile(
            rf"(?:{vocab.words('planned_call_words').pattern})\s+(?:\w+\s+)?$", re.IGNORECASE
        )
        self.appeal = re.compile(  # 'called for direct talks', 'No joint meeting': see
            # `call_appeal_words`, `call_negation_words`
            rf"(?:{vocab.words('call_appeal_words').pattern})\s+{MODIFIER}{{0,3}}$"
            rf"|\b(?:{vocab.words('call_negation_words').pattern})\s+{MODIFIER}{{0,2}}$",
            re.IGNORECASE,
        )
        self.call_context = vocab.words("call_context_words")
        titles = alternatives(lex["anaphor_titles"], ignore_case=True)
        self.anaphor = re.compile(  # 'The Secretary of State also received X': see
            # `anaphor_titles`; 'He', 'Azerbaijan's FM', 'the Iranian diplomat'
            rf"\b(?:[Tt]he (?:(?i:{titles})(?!\s+of\b)|(?:[A-Z]\w+ )?(?:diplomat|envoy)|[A-Z]\w+ "
            r"(?:top diplomat|foreign minister|Foreign Minister|FM|leader|president|President"
            r"|minister))"
            r"|He|She|(?<=,\s)(?:he|she)|"
            # 'On Friday he met', 'Later that day she received'
            r"^(?:On|Later|Earlier|Then|After|Before|During|In|At|There)\b[^,;]{0,40}?\s(?:he|she)|"
            r"[A-Z]\w+['’]s (?:FM|Foreign Minister|top diplomat)(?!\s+[A-Z]))\b"
        )
        self.titled_apposition = re.compile(  # 'the Indian prime minister, Narendra Modi'
            rf"\s*the\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?i:{titles}),\s+"
        )
        self.leader_titles = {t.lower() for t in lex["leader_titles"]}
        self.leader_anaphors = set(lex["leader_anaphors"])
        self.object_anaphor = re.compile(  # 'phoned the Azerbaijani leader', 'a conversation
            # with the head of state', 'received the Turkish foreign minister'
            rf"\s*(?:(?:with|to)\s+)?(?P<a>the\s+(?:(?:{alternatives(lex['leader_anaphors'])})"
            rf"|[A-Z]\w+\s+(?:{alternatives(lex['leader_anaphors'])}|president|foreign\s+minister"
            r"|top\s+diplomat|diplomat|envoy)))\b(?!\s+of\b)",
        )
        self.landmark_after = re.compile(
            rf"\s+(?:{alternatives(lex['landmark_words'])})\b", re.IGNORECASE
        )
        self.landmark_in = re.compile(  # 'the busy Zobe junction in Mogadishu': see
            # `landmark_words`
            rf"\s+(?:{alternatives(lex['landmark_words'])})(?:\s+(?:in|of)\s+(?:the\s+)?"
            r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?"  # ', west of Rafah' too
            r"|,\s+(?:just\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+)",
            re.IGNORECASE,
        )
        self.planned_trip = vocab.words("planned_trip_words")
        self.visit = vocab.words("visit_words")
        self.trip_to_meet = re.compile(  # 'visited Ramallah to meet Abbas': see `trip_taken_words`
            rf"(?:{vocab.words('visit_words', 'trip_taken_words').pattern})"
            # not 'arrived in the UAE on Sunday and is expected to meet'
            r"(?:(?!\b(?:and|but|is|are|was|were|will|would|expected|due)\b)[^,;.]){0,80}?"
            r"\bto\s+meet\b",
            re.IGNORECASE,
        )
        self.spoke = vocab.words("call_spoke_words")
        self.spoke_on_a_day = re.compile(  # 'spoke on Thursday with', 'talked late Monday to'
            rf"\b(?:{alternatives(lex['call_spoke_verbs'])})\s+(?:(?:on|late|early)\s+)?"
            rf"(?:{alternatives(WEEKDAYS, ignore_case=True)}|yesterday|today|again|separately|earlier|later)"
            # 'spoke earlier on Tuesday with'
            rf"(?:\s+(?:on\s+)?(?:{alternatives(WEEKDAYS, ignore_case=True)}))?"
            r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:with|to)\b",
            re.IGNORECASE,
        )
        self.attack = vocab.words("attack_words", "passive_attack_verbs")
        self.weak_attack = {w.lower() for w in lex["weak_attack_words"]}
        self.unknown_attacker = vocab.words("unknown_attacker_words")
        self.repelled = vocab.words("repelling_verbs")
        self.habitual = vocab.words("habitual_attack_words")
        self.campaign = vocab.words("campaign_words")
        self.revision = vocab.words("toll_revision_words")
        singular = [n for n in lex["attack_nouns"] if not n.endswith("s")]
        self.one_attack_anaphor = re.compile(  # 'killed in that strike': the one told last
            rf"\b(?:in|by|during)\s+(?:that|this)\s+(?:{alternatives(singular)})\b", re.IGNORECASE
        )
        self.attack_share = re.compile(  # '91 killed since September 27, including 21 in the
            # missile strike on Barda': that attack's toll
            rf"\b(?:including|among\s+them)\s+(?P<n>{NUMBER.pattern})\s+(?:[\w-]+\s+)?in\s+"
            rf"(?:the|that|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives(lex['attack_nouns'])})\b",
            re.IGNORECASE,
        )
        self.offshoot_after = re.compile(  # 'a Boko Haram splinter group'
            rf"\s+(?:{alternatives(lex['offshoot_words'])})\b"
        )
        self.fighting = vocab.words("fighting_words")
        self.side_toll = re.compile(  # 'of its civilians have been killed', 'on their side',
            # 'have been killed in the region'
            rf"\b(?:its|their|our)\s+(?:own\s+)?(?:{alternatives(lex['side_victim_nouns'])})\b"
            r"|\bon\s+(?:its|their|our)\s+side\b"
            rf"|\bin\s+the\s+(?:{alternatives(lex['whole_area_nouns'])})\s*(?:[,.;]|$)"
        )
        self.across_the_land = re.compile(  # 'Across the country at least 38 people were
            # killed': the toll of a whole barrage, no one attack's
            r"\b(?:across|throughout|all\s+over)\s+the\s+(?:whole\s+|entire\s+)?"
            rf"(?:{alternatives(lex['whole_area_nouns'])})\b|\bnationwide\b",
            re.IGNORECASE,
        )
        self.interception_verb = vocab.words("interception_words")
        shot = alternatives(lex["interceptable_nouns"], ignore_case=True)
        self.interceptable_before = re.compile(  # 'two missiles were shot down', 'a missile
            # fired from Yemen toward Eilat was intercepted'
            rf"\b(?:{shot})\b(?:\s+(?:fired|launched)\s+(?:from|at|toward|towards)\s+[^,.;]{{1,40}}?)?"
            r"(?:\s+(?:were|was|had been|have been))?\s+$",
            re.IGNORECASE,
        )
        self.interceptable_after = re.compile(  # 'shot down 25 Israeli-made Harop drones'
            rf"\s+(?:[\w-]+\s+){{0,4}}?(?:{shot})\b", re.IGNORECASE
        )
        self.unrealized_before = re.compile(  # 'the planned Israeli offensive in Rafah'
            rf"\b(?:{alternatives(lex['unrealized_attack_words'], ignore_case=True)})\s+"
            r"(?:[\w-]+\s+){0,2}$",  # 'halt its military offensive'
            re.IGNORECASE,
        )
        self.crowd_before = re.compile(  # 'Protesters stormed', 'angry demonstrators attacked'
            rf"\b(?:{alternatives(lex['crowd_subjects'], ignore_case=True)})\s+(?:[\w-]+\s+)?$",
            re.IGNORECASE,
        )
        self.topic_before = re.compile(  # 'an emergency meeting on the strikes'
            rf"\b(?:{alternatives(lex['deliberation_nouns'])})\s+(?:on|over|about|into|regarding|"
            r"concerning)\s+(?:the|these|those|this|that|Monday's|Tuesday's|Wednesday's|"
            r"Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+){0,2}$"
        )
        venue = alternatives(lex["meeting_venue_words"], ignore_case=True)
        self.meeting_venue_before = re.compile(  # 'diplomats met in Geneva'
            rf"\b(?:{venue})\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE
        )
        sources = alternatives(lex["local_source_words"], ignore_case=True)
        self.local_source_before = re.compile(  # 'Officials in Stepanakert said ...'
            rf"^(?:\w+\s+){{0,2}}?(?:{sources})\s+in\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
            re.IGNORECASE,
        )
        blame = alternatives(lex["blame_words"], ignore_case=True)
        self.held_responsible = re.compile(  # not 'the rebel-held Yemeni port'
            rf"(?<![\w-])(?:{blame})\s+(?:the\s+)?$", re.IGNORECASE
        )
        accuse = alternatives(
            [w for w in lex["blame_words"] if not w.startswith(("hold", "held"))], ignore_case=True
        )
        self.blame = (
            re.compile(  # 'blamed the attack on', 'held Kyiv responsible'; not 'held talks'
                rf"\b(?:{accuse})\b|\b(?:held|holds|hold|holding)\s+\S+(?:\s+\S+)?\s+responsible\b",
                re.IGNORECASE,
            )
        )
        attack_noun = rf"(?:[\w-]+\s+){{0,2}}?(?:{alternatives(lex['attack_nouns'])})\b"  # 'the
        # missile strikes'
        self.owned = re.compile(  # also 'claimed the Zeleved attack', 'claimed Sunday's raid'
            rf"{vocab.words('responsibility_claims').pattern}"
            rf"|\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|both|these|[A-Z]\w+['’]s)\s+"
            rf"{attack_noun}",
            re.IGNORECASE,
        )
        self.other_toll = re.compile(  # 'gave a higher toll of 11 dead': see `other_toll_verbs`
            rf"\b(?:{alternatives(lex['other_toll_verbs'])})\s+(?:an?|the|its|their)\s+"
            rf"(?:(?:{alternatives(lex['other_toll_adjectives'])})\s+){{0,2}}(?:toll|figure|count)\b",
            re.IGNORECASE,
        )
        self.the_attack = re.compile(rf"\b(?:the|that|this)\s+{attack_noun}", re.IGNORECASE)
        self.judged = vocab.words("judgement_phrases")
        self.weapons_sent = vocab.words("weapons_sent_verbs")
        self.campaign_start = vocab.words("campaign_start_words")
        self.reacted_to = re.compile(  # 'condemned the strike', "denounced Monday's attack"
            rf"\b(?:{alternatives(lex['reaction_verbs'])})\s+(?:the|this|that|these|those"
            rf"|[A-Z]\w+['’]s|today['’]s|yesterday['’]s)\s+{attack_noun}",
            re.IGNORECASE,
        )
        self.reacts = re.compile(  # 'The United States strongly condemns': not the attacker
            rf"\s+(?:\w+ly\s+)?(?:{alternatives(lex['reaction_verbs'])})\b(?!\s+into\b)",
            re.IGNORECASE,
        )
        self.done_by = re.compile(  # 'the attack was carried out by', 'the projectile was a
            # rocket launched by'
            rf"\b(?:was|were|(?:had|has|have)\s+been)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:{alternatives(lex['done_by_verbs'])})\s+by\b"
        )
        self.harm_done = re.compile(  # 'RSF fighters killed 11 villagers'
            rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives(lex['harm_verbs'])})\s+"
            rf"[\"“]?(?:at least\s+|more than\s+|some\s+|about\s+)?"
            rf"(?:\d|(?:{NUMBER_WORD})\b|dozens|scores|hundreds|several|an?\s)",
            re.IGNORECASE,
        )
        counted = alternatives(lex["other_count_verbs"])
        self.earlier_figure = re.compile(  # 'The police had on Sunday put the figure at 14'
            rf"\bhad\s+(?:\w+\s+){{0,3}}?(?:{counted})\b"
            r"|\b(?:initially|earlier)\s+(?:put|gave|reported|said)\b|^(?:Initially|Earlier),"
            # 'A day earlier the toll stood at 30', 'the number had been 18 the day before'
            r"|\b(?:a\s+day|hours|the\s+day|the\s+night)\s+(?:earlier|before)\b|^Previously\b"
            r"|\b(?:put|puts|placed|places)\s+the\s+(?:[\w-]+\s+){0,2}?(?:toll|number)\b",
            re.IGNORECASE,
        )
        self.died_before = re.compile(r"\bhad\s+(?:died|been\s+killed)\b")
        self.origin_before = re.compile(  # 'a missile fired from Lebanon'
            rf"\b(?:{alternatives(lex['origin_verbs'])})\s+from\s+(?:the\s+)?"
            r"(?:(?:north|south|east|west)(?:ern)?\s+)?$",
            re.IGNORECASE,
        )
        self.blamed_on = re.compile(
            rf"\b(?:{blame})\s+(?:\w+\s+){{0,3}}?on\s+(?:the\s+)?$", re.IGNORECASE
        )
        attributed = alternatives(lex["attribution_words"], ignore_case=True)
        self.attributed_to = re.compile(  # 'attributed the shelling to the M23'
            rf"\b(?:{attributed})\s+(?:\w+\s+){{0,3}}?to\s+(?:the\s+)?$", re.IGNORECASE
        )
        self.attributes = re.compile(rf"\b(?:{attributed})\b", re.IGNORECASE)
        linked = (  # 'linked the attackers to', not 'the road linking the enclave to'
            rf"\b(?:{alternatives(lex['link_words'])})\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+)?"
            rf"(?:{alternatives([*lex['attack_nouns'], *lex['attacker_nouns']])})\s+to\s+"
        )
        self.linked_to = re.compile(rf"{linked}(?:the\s+)?$")
        self.links = re.compile(linked)
        self.pair_anaphor = vocab.words("pair_anaphors")
        self.pair_titles = lex["pair_anaphor_titles"]
        self.other_offices = lex["pair_anaphor_other_offices"]
        self.group_counterpart = re.compile(  # 'the three diplomats', 'the Minsk Group co-chairs',
            # 'met mediators from the OSCE Minsk Group'
            r"\b(?:the|with|met|meets)\s+(?:(?:two|three|four|five)\s+)?(?:[A-Z][\w-]*\s+){0,4}?"
            rf"((?i:{alternatives(lex['counterpart_group_nouns'], ignore_case=True)}))\b"
        )
        self.plural_titles = lex["plural_titles"]
        self.pair_exchange = re.compile(  # 'Fidan and Sybiha discussed'
            rf"\s+(?:also\s+)?(?:{alternatives(lex['pair_exchange_verbs'])})\b"
        )
        self.agent_of = re.compile(  # "Trump's Middle East envoy"
            rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives(lex['agent_nouns'], ignore_case=True)})\b",
            re.IGNORECASE,
        )
        self.planned_call_after = vocab.words("planned_call_after_words")
        self.planned_clause = re.compile(  # 'and is due to hold talks with C': see
            # `planned_clause_openers`
            rf",?\s+and\s+(?:{alternatives(lex['planned_clause_openers'])})\b"
        )
        context = alternatives(lex["context_nouns"], ignore_case=True)
        forces = alternatives(lex["occupation_force_nouns"], ignore_case=True)
        self.context_before = re.compile(  # 'the war in Gaza', 'hostages remained in Gaza'; not
            # 'the occupation forces in Nuseirat'
            rf"\b(?:{context})\s+(?!(?:{forces})\b)(?:\w+\s+)?(?:in|on|of|with|for)\s+(?:the\s+)?$",
            re.IGNORECASE,
        )
        self.attack_verb = vocab.words("attack_verbs")
        self.attack_verb_before = re.compile(  # 'struck Hezbollah targets', 'attacked southern
            # Israel': its object
            rf"\b(?:{alternatives(lex['attack_verbs'], ignore_case=True)})\s+(?:the\s+|an?\s+)?"
            r"(?:(?:north|south|east|west)(?:ern)?\s+)?$",
            re.I,
        )
        arms = [w for _, words in lex["weapons"].items() for w in words]
        arms = alternatives(
            [*arms, *lex["occupation_force_nouns"], *lex["group_nouns"]], ignore_case=True
        )  # 'drones of the RSF', 'fighters of the Islamic State West Africa Province'
        self.arms_of = re.compile(
            rf"\b(?:{arms})\s+of\s+(?:the\s+)?$", re.IGNORECASE
        )  # 'drones of'
        self.casualty = vocab.words("killed_words", "injured_words")
        self.residents_of = re.compile(  # 'a 54-year-old resident of the village of'
            rf"\b(?:{alternatives(lex['resident_nouns'], ignore_case=True)})\s+of\s+(?:the\s+)?"
            r"(?:(?:city|town|village|settlement)\s+of\s+)?$",
            re.IGNORECASE,
        )
        self.speech = vocab.words("speech_verbs")
        speaking = alternatives([*lex["speech_verbs"], *lex["stance_words"]["denied"]])
        self.speaks = re.compile(  # 'Azerbaijan said', 'The Azerbaijani side said'
            rf"\s+(?:side\s+|authorities\s+|government\s+)?(?:has\s+|had\s+|also\s+|then\s+)?"
            rf"(?:{speaking})\b"
        )
        cues = alternatives(lex["additive_figure_cues"], ignore_case=True)
        self.additive = re.compile(rf"^(?:{cues})\b", re.IGNORECASE)  # 'At the same time, ...'
        self.running = vocab.words("running_total_words")
        self.weak_running = {w.lower() for w in lex["weak_running_words"]}
        self.not_running = vocab.words("not_running_since")
        subjects = alternatives(lex["period_subjects"], ignore_case=True)
        self.war_toll = re.compile(
            rf"\b(?:the|this|its)\s+(?:[\w-]+\s+)?(?:{subjects})\b[^.;]{{0,80}}?\b(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|claimed|left)\b",
            re.IGNORECASE,
        )
        self.campaign_toll = re.compile(  # 'the toll of soldiers killed in the ground offensive'
            rf"\btoll\b[^.;]{{0,60}}?\b(?:in|of|during|since)\s+(?:the|this|its)\s+(?:[\w-]+\s+){{0,2}}(?:{subjects})\b",
            re.IGNORECASE,
        )
        self.war_subject = re.compile(
            rf"^(?:the|this|its)\s+(?:[\w-]+\s+)?(?:{subjects})\b", re.IGNORECASE
        )
        self.pronoun_toll = re.compile(  # '..., it has killed at least 20,000 people'
            r"\b(?:it|which)\s+(?:has|had)\s+(?:so\s+far\s+)?(?:killed|claimed|left)\b",
            re.IGNORECASE,
        )
        self.facility = vocab.words("facility_words")
        kinds = alternatives([w.title() for w in lex["place_kind_words"]])
        self.conflict_or_name_after = re.compile(  # 'the Karabakh conflict', 'Kyiv Mayor'; not
            rf"\s+(?:conflict|(?!(?:{kinds})\b(?![’']s))[A-Z]"  # 'the Gush Etzion Junction'
            # 'the Moscow truce', 'the Geneva talks': a pact or talks named after the town
            rf"|(?:{alternatives(lex['pact_nouns'])})\b)"
        )
        back = alternatives(  # not 'the State Service', 'the state media'
            [*lex["facility_words"], *lex["place_kind_words"], "area", "capital"],
            ignore_case=True,
        )
        back = rf"(?!state\b)(?:{back})"
        kind_words = alternatives(lex["place_kind_words"], ignore_case=True)
        self.kind_after_place = re.compile(
            rf"\s+(?:refugee\s+)?({kind_words})\b", re.IGNORECASE
        )  # 'Nuseirat refugee camp'
        self.kind_before_place = re.compile(
            rf"\b({kind_words})\s+of\s+(?:the\s+)?$", re.IGNORECASE
        )  # 'the village of X'
        self.attack_nouns = {n.lower() for n in lex["attack_nouns"]}
        self.named_attack_after = re.compile(  # 'The Tel al-Sultan attack, late on Sunday'
            rf"\s+(?:{alternatives(lex['attack_nouns'])})\b(?!\s+(?:on|against)\b)", re.IGNORECASE
        )
        self.one_attack = re.compile(  # '33 soldiers were killed in an airstrike ... in Idlib'
            rf"\b(?:in|by)\s+an?\s+(?:[\w-]+\s+)?(?:{alternatives(lex['attack_nouns'])})\b",
            re.IGNORECASE,
        )
        self.region_words = {w.lower() for w in lex["region_words"]}
        self.welcomed = re.compile(rf"\b(?:{alternatives(lex['welcoming_verbs'])})\s+")
        self.same_wave = re.compile(  # 'Other missiles in the same barrage'
            rf"\b(?:in|during)\s+the\s+same\s+(?:{alternatives(lex['same_wave_nouns'])})\b"
            r"|^(?:Other|Another|More)\s+(?:missiles|drones|rockets|shells|strikes|bombs)\b"
        )
        self.unheld_meeting_with = re.compile(  # 'to discuss a possible meeting with Kagame'
            rf"\b(?:{alternatives(lex['unheld_meeting_adjectives'])})\s+"
            r"(?:[\w-]+\s+)?(?:meeting|talks|summit|visit)\s+(?:with|between|of)\b"
        )
        self.briefed_before = re.compile(rf"\b(?:{alternatives(lex['briefing_verbs'])})\s+$")
        self.described_place_after = re.compile(
            rf"\s+(?:{alternatives(lex['described_place_nouns'])})\b"
        )
        self.subjects_forces = re.compile(  # 'after its forces shot down'
            rf"\b(?:its|their)\s+(?:own\s+)?(?:{alternatives(lex['own_forces_nouns'])})\s+"
        )
        self.owner_of_attacks = re.compile(  # "Israel's wave of air strikes"
            r"['’]s\s+(?:wave|barrage|series|string|spate|round)\s+of\s+(?:[\w-]+\s+){0,2}?"
            rf"(?:{alternatives(lex['attack_nouns'])})\b",
            re.IGNORECASE,
        )
        self.facility_appositive = re.compile(  # 'Okhmatdyt, the country's largest children's
            # hospital': a building of the town told
            rf",\s+(?:the|a|an)\s+[^,;.]{{0,50}}?\b(?:{alternatives(lex['facility_words'])})\b",
            re.IGNORECASE,
        )
        self.area_of_town_told = re.compile(  # 'the Lac Vert and Mugunga camps, west of the
            # city', 'the Mezzeh district of the capital': areas of the town told before
            r"(?:(?:,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"
            rf"(?:\s+(?:{back}|{alternatives(lex['landmark_words'])}))?"
            r"(?:,\s+(?:just\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of"
            r"|\s+(?:of|in))\s+the\s+(?:city|town|capital|village|camp)\b",  # 'the Falouja area
            # of the camp'
            re.IGNORECASE,
        )
        self.described_town = re.compile(  # "Azerbaijan's second-largest city"
            r"\b(?:[A-Z][\w-]*|the\s+country)['’]s\s+(?:(?:second|third|fourth)[-\s]+)?"
            r"(?:largest|biggest|most\s+populous)\s+(?:city|town|port)\b"
        )
        self.place_anaphor = re.compile(
            rf"\b(?:the|that|this)\s+(?:same\s+)?(?:{back})\b(?!\s+of\b)"
            # 'the Golan Heights town' after Majdal Shams: see REGION_OF_A_TOWN_TOLD
            rf"|\b{TOWN_NAMED_BY_REGION}(?!\s+(?:of|council)\b)"
            # "Its cathedral was damaged" after 'Shusha, the second largest town': the town's
            rf"|(?-i:^Its\s+(?:[\w-]+\s+){{0,3}}?(?:{alternatives(lex['facility_words'])})\b)"
            r"|(?-i:\bthere\b)(?!['’]s|\s+(?:is|are|was|were|has|have|had|will|would|could|may|might"
            r"|can|must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|be|being)\b)",
            re.IGNORECASE,
        )  # 'the town', 'the same port'; not 'the village of Shagra'; 'killed three children
        # there', not 'there were no casualties'
        nouns = alternatives(lex["attack_nouns"], ignore_case=True)
        self.attacks_came = re.compile(  # 'The attacks come two weeks after ...'
            rf"^\s*(?:The|These|Those|Both|Its|Their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+"
            r"(?:came|come|comes|followed)\b"
        )
        military = alternatives(lex["victim_words"]["military"], ignore_case=True)
        self.other_victims = re.compile(  # 'Two other soldiers were wounded'
            rf"\b(?:other|another)\s+(?:[\w-]+\s+)?(?:{military})\b"
        )
        self.attack_anaphor = re.compile(
            rf"\b(?:in|during|by|from)\s+(?:the|that|this|(?:{'|'.join(WEEKDAYS)})['’]s)\s+"
            rf"(?:[\w-]+\s+)?(?:{nouns})\b"
            # 'the aggression killed two soldiers': the attack told, as the subject
            rf"|\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:{nouns})\s+(?:killed|wounded|injured|left)\b",
            re.IGNORECASE,
        )
        # 'The strike hit the coastal area late on Wednesday': a sentence whose subject is the
        # attack told before tells more of it, not of another
        self.attack_subject = re.compile(  # also after who said it: 'The IDF said the strike'
            rf"(?:[A-Z][^,]{{0,40}},\s+)?(?:[A-Z][\w\s'’-]{{0,60}}?\b(?:said|says)\s+(?:that\s+)?)?"
            rf"(?:[Tt]he|That|This)\s+(?:[\w-]+\s+)?(?:{nouns})\s+"
            r"(?:also\s+)?(?:hit|struck|targeted|took\s+place|happened|occurred)\b"
        )
        self.background = vocab.words("background_words", flags=0)
        # whole words: not 'Denys Shmyhal', 'disclaimed'
        self.denied = alternation(lex["stance_words"]["denied"], re.IGNORECASE)
        self.alleged = alternation(lex["stance_words"]["alleged"], re.IGNORECASE)
        struck_verbs = alternatives(lex["passive_attack_verbs"])
        self.struck_subject = re.compile(  # 'A U.S. convoy came under fire', 'an Israeli-owned
            # ship was hit', 'Russian troops came under fire': what the actor names was struck
            r"(?:-(?:owned|flagged|operated|linked|registered|bound))?(?P<gap>(?:\s+[\w-]+){0,3}?)"
            r"\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|again\s+)?"
            rf"(?:{struck_verbs})|(?:came|come|comes)\s+under)\b"
        )
        self.weapon_nouns = {
            w.split()[-1].lower() for words in lex["weapons"].values() for w in words
        }  # 'Russian missiles were fired at Kyiv': the missiles' country is the attacker
        victims = alternatives(lex["victim_nouns"])
        self.victim_after = re.compile(rf"(?:['’]s)?\s+(?:\w+\s+)?(?:{victims})\b")
        # the words between an attacker and its attack: "Armenia's armed forces again shelled"
        gap_words = rf"(?:(?:{'|'.join(map(re.escape, lex['perpetrator_gap_words']))})\s+){{0,4}}"
        # the first words of what an attacker's name goes before: 'Israeli air strikes',
        # "Armenia's armed forces", 'Ukrainian drone'
        self.attacker_words = {
            w.split()[0].lower()
            for w in [
                *lex["perpetrator_gap_words"],
                *lex["forces_words"],
                *lex["occupation_words"],
                *(w for words in lex["weapons"].values() for w in words),
            ]
        }
        arms_words = alternatives([*lex["forces_words"], *lex["group_nouns"]], ignore_case=True)
        weapon_words = alternatives(
            [w for words in lex["weapons"].values() for w in words], ignore_case=True
        )
        self.said_it = re.compile(  # 'The IDF said it struck', '... said fighter jets struck'
            r"(?:,\s+(?:for\s+its\s+part|for\s+their\s+part|in\s+turn|meanwhile|however),)?"  # 'X, for
            # its part, said it fired'
            r"\s+(?:said|says|reported|announced|claimed)\s+(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:that\s+)?"
            r"(?:(?:in|during|on)\s+[^.;,]{1,80},\s+)?"  # 'announced that in the tenth wave ..., missiles struck'
            rf"(?:it|they|(?:its|their)\s+\w+|(?:the\s+)?(?:(?:[\w-]+\s+and\s+)?(?:{arms_words}))"
            # not 'CENTCOM said the missile struck the ship': the missile told before, not theirs
            rf"|(?:[\w-]+\s+and\s+)?(?:{weapon_words}))\s+",
            re.IGNORECASE,
        )
        verbs = alternatives(lex["attack_verbs"], ignore_case=True)
        self.own_forces_did = re.compile(  # '... said that the naval forces had targeted',
            # '... announced that the naval forces, the missile force and the drone air force
            # carried out a joint operation'
            rf"\b(?:said|announced|stated|declared)\b[^.;]*?\b(?:the|its|their|our)\s+"
            rf"(?:[\w-]+\s+)?(?:forces?|units|troops|fighters|navy|army)\b"
            rf"(?:,?\s+(?:and\s+)?the\s+(?:[\w-]+\s+){{0,2}}?(?:forces?|navy|army))*"
            rf"\s+(?:also\s+)?(?:had\s+|have\s+|has\s+)?(?:{verbs}|carried out)\b",
            re.IGNORECASE,
        )
        self.after_actor = re.compile(rf"(?:['’]s)?\s+{gap_words}")
        self.word_after_actor = re.compile(rf"(?:['’]s)?\s+{gap_words}(\S+)")
        verbs = alternatives(lex["passive_attack_verbs"])
        harmed = alternatives(lex["passive_attack_verbs"] + lex["damage_words"])
        self.passive_agent = re.compile(  # 'a maternity hospital in Stepanakert, the region's
            # main city, had been damaged by Azerbaijani shelling': the attack is the agent
            rf"(?:,[^,.;]{{1,60}}){{0,2}},?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
            rf"(?:\w+\s+)?(?:{harmed})\s+by\s+(?:[\w-]+\s+){{0,3}}"
        )
        self.passive_attack = re.compile(
            # 'Belgorod, hit during a missile attack': a clause of its own after the place
            rf"^,\s+(?:{verbs})\s+(?:during|by|in|overnight|on|with)\b|"
            # 'Tartar city and the villages around it again came under fire': the town too
            rf"^\s+(?:(?:district|region|city|town|village|province|oblast)s?\s+)?"
            r"(?:and\s+(?:the\s+)?(?:nearby\s+|surrounding\s+)?(?:villages|settlements|areas|suburbs)"
            r"(?:\s+(?:around|near)\s+it)?\s+)?"
            rf"(?:(?:was|were|is|are|has|have|had)\s+(?:also\s+|again\s+|already\s+)?(?:been\s+|being\s+)?(?:also\s+|again\s+|heavily\s+|intensively\s+)?(?:{verbs})|(?:(?:itself|also|again|too)\s+)?(?:came|come|comes|remained|remains|stayed|(?:has|have|had)\s+(?:also\s+|again\s+)?(?:come|remained)|(?:was|were|is|are)\s+(?:also\s+|again\s+)?)\s*under\s+(?:\w+\s+){{0,3}}?(?:fire|attacks?|shelling))\b"
        )


class EventFinder:
    def __init__(self, vocab: Vocabulary, article: Article, entities: dict[str, LocalEntity]):
        self.vocab = vocab
        self.lex = vocab.derive(EventLexicon)
        self.article = article
        self.entities = entities
        self.lead = 0  # the index of the sentence a dateline may open
        self.other_counts: list[tuple[int, Figures, int, Claim]] = []  # attack, figures,
        # sentence and claim of another source's count
        self.calls: list[CallReport] = []
        self.attacks: list[AttackReport] = []
        self.totals: list[RunningTotal] = []
        self.resolutions: list[ResolutionRef] = []
        self.carried: set[int] = set()  # attacks whose attacker was carried from the one before
        self.absorbed: set[int] = set()  # attacks told again by place, left out at the end
        self.context = Context()
        self.figures = vocab.derive(FigureReader)

    # --- the loop

    def run(
        self, sentences: list[Sentence], mentions: list[Mention], quiet: set[int] = frozenset()
    ):
        """Read sentence by sentence; `quiet` ones (headlines, clutter) give no events."""
        by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        # the lead: where a dateline stands, after any headline ('Toll rises to 274 / GAZA,
        # June 9, 2024 (WAFA) - ...')
        self.lead = next((s.index for s in sentences if s.index not in quiet), 0)
        for sentence in sentences:
            if sentence.index in quiet:
                continue
            for part in self.parts_of(sentence, by_sentence.get(sentence.index, [])):
                told = [  # not the names of an aside read apart, blanked out here
                    m
                    for m in by_sentence.get(sentence.index, [])
                    if part.start <= m.start < part.end and part.text[m.start - part.start] != " "
                ]
                self.read_sentence(part, told)
        self.place_the_placeless(by_sentence)
        self.attacks += [  # each as the attack it counts, in its final state
            replace(self.attacks[i], figures=f, sentence=at, claim=claim, another_count=True)
            for i, f, at, claim in self.other_counts
            if i not in self.absorbed
        ]
        self.attacks = [a for i, a in enumerate(self.attacks) if i not in self.absorbed]

    def place_the_placeless(self, by_sentence: dict[int, list[Mention]]):
        """'A rocket slammed into a train station in eastern Ukraine on Friday ... Russia
        denied it had fired on Kramatorsk on Friday': an attack told on a day without a place
        (or only a country's) is the one the article places on that day, if it places one
        only, and its own sentence did not name that place as something else ('rockets fired
        from the Rafah area toward central Israel' is not in Rafah)."""
        placed: dict[date, list[AttackReport]] = {}  # the attacks placed in a town, by day
        for report in self.attacks:
            if report.when.day and report.place and not report.place.startswith("country:"):
                placed.setdefault(report.when.day, []).append(report)
        for index, report in enumerate(self.attacks):
            if not report.when.day or (report.place and not report.place.startswith("country:")):
                continue
            places = {  # told near it, by the same attacker if both name one
                other.place
                for other in placed.get(report.when.day, [])
                if abs(other.sentence - report.sentence) <= PLACED_WITHIN
                and same_attacker(other.perpetrator, report.perpetrator)
            }
            named = {m.ref for m in by_sentence.get(report.sentence, [])}
            if len(places) == 1 and not places & named:
                self.attacks[index] = replace(report, place=places.pop())

    def parts_of(self, sentence: Sentence, mentions: list[Mention]) -> list[Sentence]:
        """The sentence, or its two parts when a speaker's count of the war follows an attack
        ('... were wounded when a cluster munition exploded, according to Beglaryan, who said
        that 53 civilians had been killed since September 27'), or when an aside tells of
        another call ('Fidan, who spoke with Lavrov by phone on Tuesday, also had a call with
        Kuleba'; 'A was received by B, who held separate talks with C the same day': B met C,
        A did not): each read on its own. What a part does not tell is blanked out, so that
        every part keeps the sentence's offsets."""
        called = WHO_CALLED.search(sentence.text) if ", who " in sentence.text else None
        if called:  # the aside's day is the call's ('Trump, who spoke with Netanyahu by phone on
            # Sunday, left the summit on Monday': Sunday)
            text = sentence.text
            a, b = called.span()
            people = [
                (m.start - sentence.start, m.end - sentence.start)
                for m in mentions
                if m.ref.startswith("person:") and m.end - sentence.start <= a
            ]
            blanked = [  # the aside tells of the one named last before it, by its own verb
                *people[:-1],
                *(
                    m.span()
                    for pattern in (self.lex.phone, self.lex.meeting, self.lex.meeting_held)
                    for m in pattern.finditer(text, 0, a)
                ),
            ]
            head = text[:a]
            for start, end in blanked:
                head = head[:start] + " " * (end - start) + head[end:]
            end = b - 1 if text[b - 1] in ",." else b
            aside = head + " " * len(", who") + text[a + len(", who") : end]
            rest = text[:a] + " " * (b - a) + text[b:]
            return [
                replace(sentence, end=sentence.start + end, text=aside),
                replace(sentence, text=rest),
            ]
        for onward in self.lex.onward_travel.finditer(sentence.text):
            # 'talks in Cairo with Sisi, before flying to Israel, where he met Netanyahu'; 'went
            # to Juba, where he met Kiir, and to Doha, where he was received by Tamim': a meeting
            # each, the second read as 'he met Netanyahu'
            # 'stopped in Cyprus, where he was received by A, before flying to Baghdad for talks
            # with B': the second read as 'he flying to Baghdad for talks with B'
            text = sentence.text
            cut = text.rfind(",", 0, onward.start())
            if cut <= 0:
                continue
            where = WHERE_THEY_MET.match(text, onward.end())
            if where and self.lex.meeting.search(text, where.end()):
                start = where.end("where")
                rest = " " * (start - 2) + ", " + text[start:]
            elif MEETING_PURPOSE.match(text, onward.end()):
                connector = onward.group(0).split()[0]  # 'before', 'then', 'and'
                start = onward.start() + len(connector)
                rest = " " * (onward.start() - 2) + ", he".ljust(len(connector) + 2) + text[start:]
            else:
                continue
            own_day = find_dates(rest, self.article.published)
            for day in [] if own_day else find_dates(text[:cut], self.article.published):
                if day.role == "event":  # 'On Saturday ..., before flying to X': that day too
                    rest = rest[: day.start] + text[day.start : day.end] + rest[day.end :]
            return [
                replace(sentence, end=sentence.start + cut, text=text[:cut] + "."),
                replace(sentence, text=rest),
            ]
        after = DAYS_AFTER_CALL.search(sentence.text)
        if after and (
            self.lex.spoke.search(sentence.text, after.end())
            or (
                self.attack_word(sentence.text[after.end() :])
                and self.attack_word(sentence.text[: after.start()])
            )
        ):  # 'A said on Wednesday he had held a call with B, a day after B spoke to C', 'Israeli
            # jets struck Hodeidah on Saturday, a day after a Houthi drone hit Tel Aviv': the call
            # or attack it came after is told on its own, on the day before, read as 'a day
            # earlier B spoke to C'
            text = sentence.text
            earlier = f"{after['amount']} earlier ".rjust(len(after.group(0)))
            if after["amount"].endswith("hours"):  # 'hours after' a night's strikes: that
                earlier = " " * len(after.group(0))  # night or the day before; its own day
            elif not after.group(0).startswith(","):  # 'The strikes came a day after ...':
                # counted from the attack told, as 'a day after' is, not from the news day
                lead = after.start("amount") - after.start()
                earlier = " " * lead + text[after.start("amount") : after.end()]
            return [
                replace(
                    sentence, end=sentence.start + after.start(), text=text[: after.start()] + "."
                ),
                replace(sentence, text=" " * after.start() + earlier + text[after.end() :]),
            ]
        revenge = RETALIATION_FOR.search(sentence.text)
        if (
            revenge
            and self.attack_word(sentence.text[revenge.end() :])
            and self.attack_word(sentence.text[: revenge.start()])
            and any(
                d.when.day
                for d in find_dates(sentence.text[revenge.end() :], self.article.published)
            )
        ):  # 'fired missiles at IS positions in Idlib on Monday night, in revenge for the Jan. 3
            # bombings in Kerman': the attack avenged is told on its own, on its own day
            return cut_in_two(sentence, revenge.start(), revenge.end())
        meanwhile = AS_ANOTHER_ATTACK.search(sentence.text)
        if (
            meanwhile
            and self.attack_word(sentence.text[: meanwhile.start()])
            and any(  # a place struck in the clause: 'fired missiles at ... Eilat'
                self.is_place(m.ref)
                and self.lex.attack_verb.search(
                    sentence.text, meanwhile.end(), m.start - sentence.start
                )
                for m in mentions
                if m.start - sentence.start >= meanwhile.end()
            )
        ):  # 'The toll from strikes on Hodeidah has risen to six, the ministry said, as the
            # group said it had fired missiles at Eilat': the other attack told on its own
            return cut_in_two(sentence, meanwhile.start(), meanwhile.end())
        same = SAME_PLACE_WHERE.search(sentence.text)
        if same and self.attack_word(sentence.text[same.end() :]):
            # 'The bombings took place at the same junction where a truck bomb killed 587
            # people on October 14, 2017': the earlier attack told on its own day, there
            cut = same.end()
            tail = sentence.text[cut:]
            if any(d.when.day for d in find_dates(tail, self.article.published)):
                return [
                    replace(sentence, end=sentence.start + cut, text=sentence.text[:cut] + "."),
                    replace(
                        sentence,
                        text=" " * same.start() + "there".ljust(cut - same.start()) + tail,
                    ),
                ]
        compared = SUPERLATIVE_SINCE.search(sentence.text)
        since = compared.group(0).lower().rfind("since") if compared else -1
        if since >= 0 and self.attack_word(sentence.text[compared.start() + since :]):
            # 'the deadliest attack since April 8, when a missile hit the station in Kramatorsk,
            # killing 61 people': the attack it is set against is told on its own day
            cut = compared.start() + since + len("since")
            tail = WHEN_AFTER_DATE.sub(lambda m: " " * len(m.group(0)), sentence.text[cut:], 1)
            if not any(d.when.day for d in find_dates(tail, self.article.published)):
                return [sentence]  # 'since July 8, when ...' told in May: no day to give it
            return [
                replace(sentence, end=sentence.start + cut, text=sentence.text[:cut] + "."),
                replace(sentence, start=sentence.start + cut, text=tail),
            ]
        said = WHO_SAID_THAT.search(sentence.text)
        if not said or not self.lex.running.search(sentence.text, said.end()):
            return [sentence]
        cut = sentence.start + said.start()
        head = replace(sentence, end=cut, text=sentence.text[: said.start()] + ".")
        tail = replace(sentence, start=cut, text=sentence.text[said.start() :])
        return [head, tail]

    def read_sentence(self, sentence: Sentence, mentions: list[Mention]):
        text = sentence.text
        if sentence.index == 0:
            self.context.first_sentence = text.strip()
        local = [
            Mention(m.ref, m.text, m.start - sentence.start, m.end - sentence.start, m.sentence)
            for m in mentions
        ]
        where = DATELINE_PLACE.match(text) if sentence.index in (0, self.lead) else None
        if where:  # 'MOGADISHU, Somalia - ...': where the news was written, no actor of it
            local = [m for m in local if m.start >= where.end()]
        local = self.governments(text, local)
        self.find_resolutions(sentence)
        background = is_background(text, self.article.published) or bool(
            self.lex.background.search(text)
        )
        if background:
            self.context.background_paragraph = sentence.paragraph
            return
        if sentence.index in (0, self.lead):
            dateline = DATELINE.match(text)
        elif sentence.index == 1 and CITY_ALONE.fullmatch(self.context.first_sentence):
            dateline = DATE_LEAD.match(text)
        else:
            dateline = None
        masked = " " * dateline.end() + text[dateline.end() :] if dateline else text
        dates = find_dates(masked, self.article.published)
        if (
            self.context.background_paragraph == sentence.paragraph
            and not dates
            and not PRESENT_COUNT.search(text)
        ):  # 'A war in the 1990s ... About 30,000 people were killed': still that war; not
            # 'Azerbaijan says 93 of its civilians have been killed'
            return
        if self.context.background_paragraph == sentence.paragraph:
            self.context.last_attacks = []  # a count in background tells of the war so far,
            # not of the attack told before it
        claim = self.claim_of(text, local)
        first_person = next((m.ref for m in local if m.ref.startswith("person:")), None)
        is_call = self.find_calls(sentence, local, dates, claim)
        figures = self.figures.find(masked, dates)  # no year of a dateline
        period = self.over_a_period(text, dates) or self.goes_on_with_a_period(
            text, sentence.index, dates
        )
        if period or any(d.role == "since" for d in dates):
            self.context.period_sentence = sentence.index
        self.context.war_is_subject = bool(self.lex.war_subject.match(text))
        attacks = self.find_attacks(sentence, local, dates, claim, is_call, figures, period)
        attacks = self.placed_by_next(attacks, text)
        attacks = self.placed_by_next_list(attacks)
        attacks = self.dated_by_the_wave(attacks, text, dates)
        if not attacks and not is_call:
            self.place_last_attack(sentence, local, dates)
        if claim.stance == "denied" and self.context.last_attacks:
            attacks = self.without_denied_again(attacks, sentence.index, figures)
            if not attacks:
                self.add_denials(sentence, local, claim)
        if not attacks and self.lex.unknown_attacker.search(text):
            for index in self.context.last_attacks:  # 'The attack has not been claimed': not
                if index in self.carried:  # by the attacker of the attack told before it
                    self.attacks[index] = replace(self.attacks[index], perpetrator=None)
                    self.carried.discard(index)
        if self.lex.owned.search(text) and (attacks or self.context.last_attacks):
            self.blame_last_attacks(text, local, attacks)  # 'X claimed both attacks, saying'
        elif (
            not attacks
            and self.context.last_attacks
            and (
                self.lex.blame.search(text)
                or self.lex.done_by.search(text)
                or self.lex.attributes.search(text)
                or self.lex.links.search(text)
            )
        ):  # 'He blamed Boko Haram', 'the attack was carried out by Boko Haram', 'Local sources
            # attributed the shelling to the M23'
            self.blame_last_attacks(text, local, attacks)
        self.toll_told_before(sentence, attacks, figures)
        totals_before = len(self.totals)
        told_of_last = False
        if figures is not None or self.figures.has_damage(text):
            told_of_last = self.place_figures(
                sentence, local, dates, figures, attacks, claim, period
            )
        if (
            figures is not None
            and not attacks
            and not told_of_last
            and len(self.totals) == totals_before
            and self.attack_word(text)
        ):  # 'U.S. airstrikes on a fuel port held by the Houthis killed at least 74 people':
            # an attack not placed yet, its toll kept for the sentence that places it
            self.context.placeless_toll = (sentence.index, figures)
        self.context.last_attacks = attacks or (
            self.context.last_attacks if figures is None or told_of_last else []
        )
        dated = [d for d in dates if d.role == "event" and d.when.day]
        exchange = self.lex.call_context.search(text) if dated else None
        if dated:
            self.context.last_date = dated[-1].when
            self.context.last_date_sentence = sentence.index
            self.context.last_date_talks = bool(self.lex.meeting_noun.search(text))
            self.context.last_date_people = frozenset(
                m.ref for m in local if m.ref.startswith("person:")
            )
            visit = self.lex.visit.search(text)
            visitor = next(
                (
                    m.ref
                    for m in reversed(local)
                    if visit and m.ref.startswith("person:") and m.end <= visit.start()
                ),
                None,
            )
            if visitor:  # 'as Blinken arrived in Kyiv': his visit's day
                self.context.visit = (visitor, dated[0].when)
                people = [
                    m for m in local if m.ref.startswith("person:") and m.end <= visit.start()
                ]
                if (
                    len(people) >= 2
                    and people[-2].ref != visitor
                    and PAIR_JOINT.fullmatch(text, people[-2].end, people[-1].start)
                    and VISITORS_VERB.fullmatch(text, people[-1].end, visit.start())
                ):
                    self.context.visiting_pair = ((people[-2].ref, visitor), dated[0].when)
            named_place = any(self.is_place(m.ref) for m in local)
            if (
                not attacks
                and not named_place
                and (self.lex.fighting.search(text) or (self.attack_word(text) and not is_call))
            ):  # also 'The barrage on Monday involved 40 missiles': an attack told nowhere
                self.context.fighting_day = (sentence.index, dated[0].when)  # not 'Fighting
                # raged around Pokrovsk on Sunday', which dates no shelling of Kherson
        if exchange:  # 'after talks with the two ministers in Geneva on Friday, but fighting
            # continued on Saturday': the talks' day is the first named after them
            when = next((d.when for d in dated if d.start >= exchange.start()), dated[-1].when)
            self.context.call_date = (sentence.index, when)
            if not is_call:
                self.date_call_before(sentence.index, when)
        said = next((d.when for d in dates if d.role == "report" and d.when.day), None)
        if sentence.index <= 2 and said and first_person and not self.context.lead_statement:
            self.context.lead_statement = (first_person, said)
        self.context.last_person = first_person or self.context.last_person
        for m in local:
            if m.ref.startswith("person:"):
                if m.ref in self.context.people_named:
                    self.context.people_named.remove(m.ref)
                self.context.people_named.append(m.ref)
        opening = next((m for m in local if m.start <= 1), None)
        if opening and opening.ref.startswith("person:"):
            self.context.opening_person = (sentence.index, opening.ref)
        named_people = tuple(dict.fromkeys(m.ref for m in local if m.ref.startswith("person:")))
        if named_people:
            self.context.sentence_people = (sentence.index, named_people)
        named = [m.ref for m in local if self.is_place(m.ref) and not self.is_region(m.ref)]
        told = [self.attacks[i].place for i in attacks if self.attacks[i].place]
        # the places of the attacks told, before those named in passing ('only hours after the
        # ceasefire announced in Moscow, a missile destroyed a building in the city')
        self.context.last_places = list(dict.fromkeys(told or named)) or self.context.last_places
        regions = [m.ref for m in local if self.is_region(m.ref)]
        self.context.last_region = regions[-1] if regions else self.context.last_region
        for m in local:
            kind = self.is_place(m.ref) and (
                self.lex.kind_after_place.match(text, m.end)
                or self.lex.kind_before_place.search(text, max(0, m.start - 40), m.start)
            )
            if kind:
                self.context.place_of_kind[kind.group(1).lower()] = m.ref

    # --- claims

    def claim_of(self, text: str, mentions: list[Mention]) -> Claim:
        stance = "asserted"
        if self.lex.denied.search(text):
            stance = "denied"
        elif self.lex.alleged.search(text):
            stance = "alleged"
        speaker = None
        verb = self.lex.speech.search(text) or self.lex.count_giving.search(text)
        if verb:
            actors = [m for m in mentions if m.ref.startswith(("person:", "org", "forces:"))]
            before = [m for m in actors if m.end <= verb.start()]
            after = [m for m in actors if m.start >= verb.end()]
            people = [m for m in before if m.ref.startswith("person:")]
            between = text[people[-1].end : verb.start()] if people else ""
            appositive = between.startswith(",") and self.vocab.titles.search(between)
            if appositive and len(text[people[-1].end : verb.start()].split()) <= 12:
                speaker = people[-1].ref
            elif (
                before
                and SUBJECT_START.fullmatch(text, 0, before[0].start)
                and (APPOSITIVE_GAP.fullmatch(text, before[0].end, verb.start()))
            ):  # 'The Syrian Observatory for Human Rights, a Britain-based war monitor that
                speaker = before[0].ref  # relies on ..., gave a higher toll'
            elif (
                before
                and len(text[before[-1].end : verb.start()].split()) <= 4
                and not UNKNOWN_SUBJECT.search(text, before[-1].end, verb.start())
            ):  # not '..., and el-Sissi, the White House said': a speaker the article names
                speaker = before[-1].ref  # but no list knows
            elif PRONOUN_START.match(text):
                speaker = self.context.last_speaker
            elif after and after[0].start - verb.end() < 3:
                speaker = after[0].ref
        elif PRONOUN_START.match(text):
            speaker = self.context.last_speaker
        if speaker:
            self.context.last_speaker = speaker
        return Claim(speaker, stance)

    # --- calls

    def find_calls(self, sentence: Sentence, mentions: list[Mention], dates, claim) -> bool:
        text = sentence.text
        if self.calls and self.redated(sentence, mentions, dates):
            return True
        if self.calls and (again := self.lex.call_told_again.match(text)):
            if again["named"] and not self.met_a_group(sentence):
                pass  # 'The talks with Putin lasted three hours': read as any other sentence
            elif again["ordinal"] and MET_VERB.search(text, again.end()):
                pass  # 'It is their second meeting since the war began, after the two met in
                # Amman on October 13': the earlier meeting, told
            elif again["attended"] or again["named"]:
                self.join_call_told(text, again, mentions)
                return True
            else:
                told_on = next((d for d in dates if d.start >= again.end() and d.when.day), None)
                last = self.calls[-1]
                if (
                    told_on
                    and not last.when.day
                    and DATE_RIGHT_AFTER.fullmatch(text, again.end(), told_on.start)
                ):  # 'During the phone talk on October 2, ...': the call told, on its day
                    self.calls[-1] = replace(last, when=told_on.when)
                return True
        if self.calls and (joined := TOOK_PART_IN_TOLD.search(text)):
            # "Trump's envoy Keith Kellogg also took part in the meeting": one more participant
            last = self.calls[-1]
            person = [
                m.ref for m in mentions if m.ref.startswith("person:") and m.end <= joined.start()
            ]
            if (
                person
                and sentence.index - last.sentence <= 2
                and person[-1] not in last.participants
            ):
                self.calls[-1] = replace(last, participants=(*last.participants, person[-1]))
            return True
        phone = self.lex.phone.search(text)
        trigger = (
            phone
            or self.lex.meeting.search(text)
            or self.lex.meeting_held.search(text)
            or self.meeting_of_people(text, mentions)
            or self.lex.trip_to_meet.search(text)
            or self.welcomed_person(text, mentions)
            or self.signed_where_they_were(text, mentions)
        )
        spoke = None if trigger else self.spoke_with(text, mentions)
        trigger = trigger or spoke
        if not trigger:
            return self.call_told_by_its_pair(
                sentence, mentions, dates, claim
            ) or self.call_told_by_its_delegations(sentence, mentions, claim)
        if self.lex.planned_call.search(
            text[max(0, trigger.start() - 30) : trigger.start()]
        ) or INVITED_FOR.search(text, max(0, trigger.start() - 40), trigger.start()):
            return False  # 'readiness to host talks', 'invited to Moscow for consultations': a
            # plan, no call
        if phone and TOOK_PART_BY.search(text, max(0, trigger.start() - 60), trigger.start()):
            return False  # 'took part in the summit by videoconference': no call between those
            # who attended
        if trigger.group(0).lower() == "called on" and (
            CALLED_ON_TO.match(text, trigger.end())
            or any(d.start == trigger.end() - len("on") for d in dates)
        ):
            # 'called on Israel to halt its strikes when he met Guterres': an appeal, no visit;
            # 'called on Monday for talks': a day, no visit; the meeting is the one told after
            # it, if any
            trigger = self.lex.meeting.search(text, trigger.end()) or self.lex.meeting_held.search(
                text, trigger.end()
            )
            if not trigger:
                return False
        while trigger and self.appealed_for(text, trigger.start(), dates):
            # 'Putin, who has not met Zelensky since 2019, met Erdogan': the next one, if any
            trigger = self.lex.meeting.search(text, trigger.end()) or self.lex.meeting_held.search(
                text, trigger.end()
            )
        if not trigger:
            return False
        clause_end = RELATIVE_OR_NEXT_CLAUSE.search(text, trigger.end())
        if self.lex.planned_call_after.search(
            text, trigger.end(), clause_end.start() if clause_end else len(text)
        ):
            return False  # 'a meeting between A and B has been mooted': none took place yet
        trip = self.lex.planned_trip.search(text, 0, trigger.start())
        if trip and not CLAUSE_MARK.search(text, trip.end(), trigger.start()):
            return False  # 'is due to travel to Geneva on Friday for talks with': still to come
        if trigger.group(0).lower() == "received" and self.lex.casualty.match(
            text,
            trigger.end() + 1 + len(re.match(r"(?:\w+\s+){0,2}", text[trigger.end() + 1 :])[0]),
        ):
            return False  # 'received severe wounds'
        topic = TOPIC_START.search(text, trigger.end())  # 'informed him about X': X took no part
        cut = topic.start() if topic else len(text)
        denied = [  # 'met A on Thursday, with no word on any meeting with B': to the clause's end
            (m.start(), end if (end := text.find(",", m.end())) >= 0 else len(text))
            for pattern in (self.lex.meeting, self.lex.phone)
            for m in pattern.finditer(text, trigger.end(), cut)
            if self.appealed_for(text, m.start(), dates)
        ]
        planned = self.lex.planned_clause.search(text, trigger.end(), cut)
        if planned:  # 'met B on Monday and is due to hold talks with C on Tuesday'
            cut = planned.start()
        left = LEFT_CLAUSE.search(text, trigger.end(), cut)
        if left:  # 'was received moments after Bayramov left the building': Bayramov had gone
            cut = left.start()
        contrast = BUT_CLAUSE.search(text, trigger.end(), cut)
        if contrast:  # 'met A in March, but the generals have refused to let envoys meet B'
            cut = contrast.start()
        addressee = next((m for m in mentions if topic and 0 < m.start - topic.end() <= 2), None)
        if (
            addressee and addressee.ref.startswith("person:") and not topic["unaddressed"]
        ):  # not 'to discuss Trump's push', ', saying Putin': no one addressed
            cut = addressee.end  # 'told Sergei Lavrov that X': Lavrov took part, X did not
        asides = [(a.start(), a.end()) for a in RELATIVE_ASIDE.finditer(text, 0, trigger.start())]
        asides += [(q.start(), q.end()) for q in QUOTED.finditer(text, 0, trigger.start())]
        # '"It is Putin's words that diverge from reality," the President said in Helsinki,
        # where he held talks with Stubb': one quoted takes no part
        joined = COORDINATED_VERB.search(text, 0, trigger.start())
        subject = next((m for m in mentions if m.ref.startswith("person:")), None)
        if joined and subject and subject.end <= joined.start():
            # 'A attended the swearing-in of B on Tuesday and met C': B took no part
            asides.append((subject.end, joined.start()))
        people: list[str] = []
        for m in mentions:
            aside = any(a <= m.start < b for a, b in asides)  # ', who accuses X of ...,'
            if (
                m.ref.startswith("person:")
                and m.ref not in people
                and m.start < cut
                and not aside
                and not any(a <= m.start < b for a, b in denied)
                and not self.lex.agent_of.match(text, m.end)  # "Trump's envoy Steve Witkoff"
                and not (  # 'He also informed Michel of his phone conversation with Erdogan':
                    # the one told of it took no part
                    self.lex.briefed_before.search(text, max(0, m.start - 30), m.start)
                    and OWN_EXCHANGE_AFTER.match(text, m.end)
                )
                and not (  # 'under the mediation of the Emir', 'at Ain el-Tineh'; not 'met
                    # at Lavrov's invitation'
                    NOT_PARTICIPANT_BEFORE.search(text, max(0, m.start - 40), m.start)
                    and not text.startswith(("'s", "’s"), m.end)
                )
            ):
                people.append(m.ref)
        between = BETWEEN.search(text, trigger.start(), trigger.end() + 60)
        paired = [  # 'Zelensky referred to talks held in Riyadh between Rubio and Lavrov'
            p for p in people if any(m.ref == p and m.start > between.end() for m in mentions)
        ] if between else []  # fmt: skip
        if len(paired) >= 2:
            people = paired
        anaphor = self.subject_anaphor(text, trigger.start(), dates)
        pair = self.lex.pair_anaphor.search(text, 0, cut)
        if pair and not people and self.calls and pair.start() < trigger.start():
            people = list(self.calls[-1].participants)  # 'The two ministers had also spoken'
        named_before = any(m.ref in people and m.start < trigger.start() for m in mentions)
        # 'the junta chief held separate talks with A and B': the chief took part in each
        if (
            anaphor
            and len(paired) < 2
            and (len(people) == 1 or not named_before)
            and not REPORTED_CLAUSE.search(text, anaphor.end(), trigger.start())
        ):  # not 'On Monday he told reporters that mediators had met X'
            pronoun = anaphor.group(0).split()[-1].lower() in ("he", "she")
            opened = self.context.subject_named
            leader = anaphor.group(0).lower().endswith(tuple(self.lex.leader_anaphors))
            speaker = self.context.opening_person
            referent = self.office_holder(anaphor.group(0), people) or (
                None  # 'The Hamas leader met X': no one the article names, nor the host
                if leader
                else (opened[1] if pronoun and opened and opened[0] == sentence.index - 1 else None)
                # 'Michel expressed concern. He said he had also spoken with Pashinyan': he who
                # opened the sentence before, speaking on
                or (
                    speaker[1]
                    if pronoun
                    and speaker
                    and speaker[0] == sentence.index - 1
                    and PRONOUN_SPEAKS.match(text, anaphor.end())
                    else None
                )
                or self.call_host()
                or self.context.last_person
            )
            if referent and referent not in people:
                people.insert(0, referent)
                if anaphor.start() == 0 and not pronoun:  # 'The head of state has had a series
                    # of conversations ... On Tuesday, he spoke with Macron': the same person
                    self.context.subject_named = (sentence.index, referent)
        elif len(people) == 1 and (offices := MINISTERS_OF.match(text, trigger.end())):
            # 'Pompeo met the foreign ministers of Armenia and Azerbaijan': those the article
            # names as such, before or after
            for country in (offices["a"], offices["b"]):
                referent = (
                    self.office_holder(f"{country}'s FM", people) or self.owned_person(country)
                    if country
                    else None
                )
                if referent and referent not in people:
                    people.append(referent)
        elif THEY_SUBJECT.search(text, 0, trigger.start()) and (
            self.context.sentence_people[0] == sentence.index - 1
            and len(self.context.sentence_people[1]) >= 2
        ):  # 'Von der Leyen and Borrell arrived in Kyiv. Together with Heger, they held talks
            # with Zelensky': the two named in the sentence before
            people[:0] = [p for p in self.context.sentence_people[1] if p not in people]
        elif len(people) == 1 and OBJECT_PRONOUN.match(text, trigger.end()):
            # 'Modi arrived in Moscow ... Putin hosted him for dinner': the one named last
            referent = next(
                (p for p in reversed(self.context.people_named) if p not in people), None
            )
            if referent:
                people.append(referent)
        elif len(people) == 1 and (told := self.lex.object_anaphor.match(text, trigger.end())):
            # 'Erdogan phoned the Azerbaijani leader': the one the article names so
            referent = self.office_holder(told.group("a"), people)
            if referent and referent not in people:
                people.append(referent)
        named_before_pair = [
            m for m in mentions if m.ref in people and pair and m.end <= pair.start()
        ]
        if pair and (
            len(people) < 2 or (pair.start() < trigger.start() and len(named_before_pair) < 2)
        ):  # not 'Sybiha raised the attack with Rubio when the two met': those two
            # 'separate meetings between Pompeo and the two ministers', 'the two ministers held
            # talks with the co-chairs'; not 'He met Tusk, and the two leaders signed'
            people += [p for p in self.pair_named(pair.group(0), people) if p not in people]
        subject_group = (  # 'the co-chairs met A', 'the co-chairs hosted a joint meeting with
            # A and B': those who hold the title
            self.counterparts_as_group(text, 0, mentions, before=trigger.start())
            if people and not named_before and not anaphor
            else []
        )
        if len(people) == 1:
            group = self.counterparts_as_group(text, trigger.start(), mentions)
            people += [ref for ref in group if ref not in people]
        elif (
            len(people) >= 2
            and (named := self.lex.group_counterpart.search(text, trigger.start()))
            and not RELATIVE_AFTER_NAME.search(text, trigger.end(), named.start())
        ):  # not 'with Macron, whose country is one of the co-chairs of the Minsk Group'
            group = self.counterparts_as_group(text, trigger.start(), mentions)
            unnamed = not any(
                m.ref.startswith("person:") and m.start > named.end() for m in mentions
            )
            if unnamed and len(group) == 1 and group[0].startswith("org"):  # 'talks between A
                people += group  # and B with mediators from the OSCE Minsk Group'
        people += [ref for ref in subject_group if ref not in people]
        reported = REPORTED_CLAUSE.search(text[: trigger.start()])
        own_part = reported and SPEAKER_PRONOUN.search(text, reported.end())  # 'Kuleba said
        if reported and not own_part:  # that during the talks with Lavrov, he proposed': his
            speakers = {m.ref for m in mentions if m.end <= reported.start()}
            mentioned_after = {m.ref for m in mentions if m.start >= reported.end()}
            people = [p for p in people if p not in speakers or p in mentioned_after]
        attribution = next(  # '..., Keceli said.': the speaker told of the call, took no part
            (
                m.ref
                for m in mentions
                if re.fullmatch(r"\s+(?:said|says|added|noted|told \w+)\W*", text[m.end :])
            ),
            None,
        )
        fronted = LEADING_PARTICIPLE.match(text)
        if fronted and trigger.start() >= fronted.end():  # 'Before receiving Bayramov, Pompeo
            # held a separate meeting with Mnatsakanyan': the one received is not in it
            people = [
                p for p in people if any(m.ref == p and m.start >= fronted.end() for m in mentions)
            ]
        planned = self.lex.unheld_meeting_with.search(text, trigger.end())
        if planned:  # 'met A in Luanda to discuss a possible meeting with B': B has not met
            people = [
                p for p in people if any(m.ref == p and m.start < planned.start() for m in mentions)
            ]
        if attribution and sum(m.ref == attribution for m in mentions) == 1:
            people = [p for p in people if p != attribution]
        opener = OTHER_NEWS_OPENER.match(text)
        separate = SEPARATE.search(text, opener.end() if opener else 0)
        if separate and ONE_APART.search(text, max(0, separate.start() - 8), separate.start()):
            separate = None  # 'held a separate meeting with the co-chairs A, B and C': one
            # meeting, apart from the one told before
        hosts = [m.ref for m in mentions if m.ref in people and m.end <= trigger.start()]
        with_at = text.find(" with ", trigger.start())
        unnamed_host = (  # 'The co-chairs met separately with A and B': no host named
            separate
            and with_at > 0
            and not any(m.ref in people and m.end <= with_at for m in mentions)
            and not self.lex.anaphor.search(text, 0, with_at)
        )
        placed = "sidelines" in text or any(
            self.is_place(m.ref) and MEETING_PLACE.search(text[: m.start]) for m in mentions
        )
        kind = "PhoneCall" if phone or (spoke and not placed) else "Meeting"
        opening = [
            d for d in dates if d.start <= 1 and d.role in ("same-day", "told-day")
        ]  # 'Earlier in the
        # day, A and B held talks at the block hit by a drone on March 2': the day it opens with
        when = (
            (self.event_date(opening, thread=self.calls) if opening else None)
            or self.days_after_the_main_clause(text, trigger.start(), dates)
            or first_day_of_span(self.event_date(dates, thread=self.calls), dates)
            or self.call_date_around(sentence, trigger, mentions, dates)
            or self.visit_day(people)
            or self.day_of_call_followed(text)
            or self.day_of_the_pair(sentence, trigger, people)
            or self.undated()
        )
        if len(people) == 1 and self.lex.call_context.search(text, trigger.end()):
            self.context.open_call = (sentence.index, kind, when)  # '... with his counterparts'
        place = self.meeting_place(text, mentions) if kind == "Meeting" else None
        chairs = [m.ref for m in mentions if m.ref in people and CHAIRING.match(text, m.end)]
        if (not people or chairs == people) and (
            self.lex.delegations.search(text) or self.talks_of_countries(text, mentions)
        ):  # 'delegations held talks in Istanbul', 'consultations between Russia and the
            # United States, held in Riyadh', 'delegations met, with Fidan chairing the
            # session': the heads may be named next
            self.context.delegation_talks = (sentence.index, when, place, tuple(chairs))
            return bool(chairs)
        if len(people) < 2 or unnamed_host or (separate and not set(people) - set(hosts)):
            return bool(people)  # 'A and B held separate meetings with the co-chairs': A and B
            # did not meet each other
        topics = tuple(code for code, pattern in self.vocab.topics if pattern.search(text))
        plural = (
            (kind == "PhoneCall" and self.lex.plural_call.search(text))  # a meeting with
            # several counterparts is one meeting ('met his French, British and German
            # counterparts'); calls are made one by one
            # 'spoke by phone with the Emir ..., and with President el-Sisi': a call each; so
            # 'held talks with Berri, whose party ..., and with Mikati': a meeting each, not
            # 'a meeting with the co-chairs A, B and C, and also with D'
            or (
                AND_WITH.search(text, trigger.end())
                and (
                    kind == "PhoneCall"
                    or len(people) == 3
                    # 'with Blinken on Sunday and with Lavrov on Saturday': a day each
                    or sum(d.start > trigger.start() for d in dates) >= 2
                )
            )
            or IN_TURN.search(text, trigger.end())
            or self.dated_one_by_one(trigger, people, mentions, dates)
            # 'telephoned army chief Burhan and RSF commander Daglo': one caller, a call each;
            # but 'in a phone call with A and B' is one call
            or (
                kind == "PhoneCall"
                and len(set(hosts)) <= 1
                and not self.lex.one_call_with.search(text, max(0, trigger.start() - 12))
            )
        )
        guests = [p for p in people if p not in hosts]
        serial = [call for call in self.serial_calls(text, mentions) if set(call[0]) <= set(people)]
        if serial and {p for call in serial for p in call[0]} == set(people):
            starts = [start for _, _, start in serial[1:]] + [len(text)]
            for (two, own_kind, start), end in zip(serial, starts, strict=True):
                own_when = self.event_date(clause_dates(dates, start, end), thread=self.calls)
                self.calls.append(
                    CallReport(
                        own_kind, two, own_when or when, place, topics, sentence.index, claim
                    )
                )
            return True
        each = pair and pair.group(0).lower().startswith("each") and pair.start() < trigger.start()
        pair_people = self.pair_named(pair.group(0), []) if each else []
        if each and len(pair_people) == 2:
            # 'Each minister also held a separate meeting with the co-chairs A, B and C': each
            # of the two with the three
            others = [p for p in people if p not in pair_people]
            groups = [(one, *others) for one in pair_people] if others else [tuple(people)]
        elif separate and len(hosts) > 1 and guests:  # 'A and B held separate meetings with
            # the co-chairs C, D and E': A with the three, B with the three
            groups = [(host, *guests) for host in hosts]
        elif (
            (plural or separate) and len(people) > 2 and not self.lex.joint_call.search(text)
        ):  # 'with A, and then with B', 'separate conversations with A and B': one call each
            host = hosts[0] if hosts else people[0]
            groups = [(host, other) for other in people if other != host]
        else:
            groups = [tuple(people)]
        if (
            len(groups) == 1
            and not when.day
            and CALL_TOLD_BEFORE.search(text, max(0, trigger.start() - 20), trigger.start())
            and self.pair_told_before(set(people))
        ):
            return True  # 'Trump described his conversation with the Ukrainian leader as very
            # good': the call told before, no day of its own
        if len(groups) == 1 and not when.day and self.told_apart_before(sentence.index, people):
            return True  # 'Pompeo met separately on Friday with the foreign ministers of A and
            # B. Pompeo held talks with A and B at the State Department': those meetings
        for group in groups:
            self.calls.append(
                CallReport(
                    kind,
                    tuple(group),
                    self.own_date(group, mentions, dates, when) if len(groups) > 1 else when,
                    place,
                    topics,
                    sentence.index,
                    claim,
                )
            )
        if len(groups) == 1:
            self.met_again(sentence, trigger, mentions, dates, groups[0], claim)
        return True

    def subject_anaphor(self, text: str, end: int, dates) -> re.Match | None:
        """'The Secretary', 'He', 'On Friday he'; or a pronoun after whatever date opens the
        sentence: 'The following day he', 'Hours later she'."""
        found = self.lex.anaphor.search(text, 0, end)
        opening = next((d for d in dates if d.start == 0), None)
        if found or not opening:
            return found
        return PRONOUN_AFTER_OPENING_DATE.match(text, opening.end, end)

    def pair_told_before(self, people: set[str]) -> bool:
        """Whether the article told a call or meeting of just these people before."""
        return len(people) >= 2 and any(set(call.participants) == people for call in self.calls)

    def told_apart_before(self, index: int, people: list[str]) -> bool:
        """Whether the sentence before told two or more calls or meetings, each of one host
        with one of these people: the same, told again together."""
        before = list(itertools.takewhile(lambda c: c.sentence == index - 1, reversed(self.calls)))
        hosts = {c.participants[0] for c in before}
        return (
            len(before) >= 2
            and len(hosts) == 1
            and {p for c in before for p in c.participants} == set(people)
        )

    def met_again(self, sentence: Sentence, trigger: re.Match, mentions, dates, group, claim):
        """'A was welcomed by B on Monday evening for informal talks, and the two leaders held
        formal negotiations in the Kremlin on Tuesday': a second meeting of the pair, on the
        day its own clause gives."""
        text = sentence.text
        pair = self.lex.pair_anaphor.search(text, trigger.end())
        again = pair and (
            self.lex.meeting_held.search(text, pair.end())
            or self.lex.meeting.search(text, pair.end())
        )
        first = self.calls[-1].when.day
        day = next(
            (d.when for d in dates if pair and d.start > pair.end() and d.role == "event"), None
        )
        if not (again and day and day.day and first and day.day != first):
            return
        place = self.meeting_place(text[pair.end() :], [
            replace(m, start=m.start - pair.end(), end=m.end - pair.end())
            for m in mentions if m.start > pair.end()
        ])  # fmt: skip
        self.calls.append(
            CallReport("Meeting", tuple(group), day, place, (), sentence.index, claim)
        )

    def redated(self, sentence: Sentence, mentions: list[Mention], dates) -> bool:
        """'Lavrov announced the truce after consultations with A and B. The consultations,
        convened in Moscow, began on Friday afternoon': the meeting told just before was on
        Friday, whatever day its own sentence took (the news day of a dateline)."""
        last = self.calls[-1]
        under_way = self.lex.meeting_under_way.match(sentence.text)
        day = next((d.when for d in dates if d.role == "event" and d.when.day), None)
        if not (under_way and day and sentence.index - last.sentence <= 2):
            return False
        if any(
            m.ref.startswith("person:")
            and m.ref not in last.participants
            and COUNTERPART_BEFORE.search(sentence.text, 0, m.start)
            for m in mentions
        ):
            return False  # 'The talks with C began on Friday': another meeting; not 'convened
            # at the initiative of Putin'
        self.calls[-1] = replace(last, when=day)
        return True

    def welcomed_person(self, text: str, mentions: list[Mention]) -> re.Match | None:
        """'Putin welcomed Indian Prime Minister Narendra Modi at his residence': a host who
        welcomed a person met them (not 'welcomed the decision')."""
        for verb in self.lex.welcomed.finditer(text):
            person = next(
                (m for m in mentions if m.ref.startswith("person:") and m.start >= verb.end()),
                None,
            )
            if person and (
                TITLE_GAP.fullmatch(text, verb.end(), person.start)
                or self.lex.titled_apposition.fullmatch(text, verb.end(), person.start)
            ):
                return verb
        return None

    @staticmethod
    def signed_where_they_were(text: str, mentions: list[Mention]) -> re.Match | None:
        """'Zelensky arrived in Madrid on Monday, where he and Spanish Prime Minister Pedro
        Sanchez signed a security agreement': the two signed it together, so they met; not
        'the three leaders have signed a joint statement' (no place they were at)."""
        for where in WHERE_HE_AND.finditer(text):
            guest = next(
                (m for m in mentions if m.ref.startswith("person:") and m.start >= where.end()),
                None,
            )
            signed = guest and SIGNED.match(text, guest.end)
            if signed and TITLE_GAP.fullmatch(text, where.end(), guest.start):
                return signed
        return None

    def meeting_of_people(self, text: str, mentions: list[Mention]) -> re.Match | None:
        """'a meeting of Bayramov and Mnatsakanyan', 'consultations of the foreign ministers A
        and B': a meeting of the people named right after; not 'a meeting of G7 ministers'."""
        for found in self.lex.meeting_of.finditer(text):
            if any(
                m.ref.startswith("person:") and TITLE_GAP.fullmatch(text, found.end(), m.start)
                for m in mentions
            ):
                return found
        return None

    def meeting_place(self, text: str, mentions: list[Mention]) -> str | None:
        """The first place the sentence names as where people met ('met in Geneva')."""
        return next(
            (
                m.ref
                for m in mentions
                if self.is_place(m.ref) and MEETING_PLACE.search(text[: m.start])
            ),
            None,
        )

    def call_told_by_its_delegations(
        self, sentence: Sentence, mentions: list[Mention], claim: Claim
    ) -> bool:
        """'Russian and Ukrainian delegations held talks in Istanbul on Monday. The Russian
        delegation was led by A, and the Ukrainian side by B': A and B met, on that day and in
        that place, with whoever chaired the talks ('The meeting, chaired by C, lasted an hour').
        Talks told without a verb of meeting ('delegations agreed on Monday at their talks in
        Istanbul') are opened here."""
        text = sentence.text
        told = self.context.delegation_talks
        led = self.lex.delegation_led.search(text)
        heads = [
            m.ref
            for m in mentions
            if m.ref.startswith("person:")
            and led
            and m.start > led.start()
            and not self.lex.agent_of.match(text, m.end)  # "Zelensky's party"
        ]
        joined = self.context.delegation_call
        if heads and joined and sentence.index == joined[0] + 1:
            # '... The American side was represented by Rubio, Waltz and Witkoff': the other
            # side of the talks just told
            call = self.calls[joined[1]]
            more = tuple(p for p in dict.fromkeys(heads) if p not in call.participants)
            self.calls[joined[1]] = replace(call, participants=(*call.participants, *more))
            self.context.delegation_call = (sentence.index, joined[1])
            return True
        talks = self.lex.talks_of_delegations.search(text) or self.talks_of_countries(
            text, mentions
        )
        if talks and not (told and told[0] == sentence.index):
            dates = find_dates(text, self.article.published)
            when = self.event_date(dates, thread=self.calls) or self.undated()
            self.context.delegation_talks = (
                sentence.index, when, self.meeting_place(text, mentions), ()
            )  # fmt: skip
            return False
        if not told or sentence.index - told[0] > 2:
            return False
        chaired = self.lex.chaired_by.search(text)
        chairs = [m.ref for m in mentions if chaired and m.start == chaired.end()]
        if chairs and not self.lex.delegation_led.search(text):
            self.context.delegation_talks = (*told[:3], (*told[3], *chairs))
            return False
        people = list(dict.fromkeys(heads))
        if len(people) < 2:
            return False
        self.context.delegation_talks = None
        people += [p for p in told[3] if p not in people]
        topics = tuple(code for code, p in self.vocab.topics if p.search(text))
        self.calls.append(
            CallReport("Meeting", tuple(people), told[1], told[2], topics, sentence.index, claim)
        )
        self.context.delegation_call = (sentence.index, len(self.calls) - 1)
        return True

    def talks_of_countries(self, text: str, mentions: list[Mention]) -> bool:
        """'consultations between Russia and the United States': talks of two states whose
        people are not named (yet)."""
        between = self.lex.talks_between.search(text)
        return bool(
            between
            and sum(m.ref.startswith("country:") and m.start > between.end() for m in mentions) >= 2
            and not any(m.ref.startswith("person:") for m in mentions)
        )

    def join_call_told(self, text: str, again: re.Match, mentions: list[Mention]):
        """'The meeting was attended by the co-chairs A, B and C', 'The talks with A, B and C':
        the people named after `again` took part in the meeting told last, in place of the
        organization they serve ('met with the co-chairs of the OSCE Minsk Group')."""
        start = again.end()
        last = self.calls[-1]
        joined = [
            m.ref
            for m in mentions
            if m.ref.startswith("person:") and m.start >= start and m.ref not in last.participants
        ]
        if not joined:
            return
        served = again["named"] or self.lex.group_counterpart.match(
            text, len(text[:start].rstrip()) + 1
        )
        kept = [p for p in last.participants if not (served and p.startswith("org"))]
        self.calls[-1] = replace(last, participants=tuple(dict.fromkeys(kept + joined)))

    def met_a_group(self, sentence: Sentence) -> bool:
        """The call told last, a sentence or two before, was with a group not yet named
        ('met with the co-chairs of the OSCE Minsk Group')."""
        last = self.calls[-1]
        return sentence.index - last.sentence <= 2 and any(
            p.startswith("org") for p in last.participants
        )

    def appealed_for(self, text: str, start: int, dates) -> bool:
        """'called on Monday for peace talks between A and B': an appeal for a meeting; 'No
        joint meeting was held': one denied; none held. The days told between the appeal and
        its meeting are passed over."""
        if CIRCUMSTANCE_TRIGGER.match(text, start):
            return False  # 'called for a ceasefire during talks with': the talks were held
        before = text[:start]
        for d in dates:
            if d.end <= start:
                before = before[: d.start] + " " * (d.end - d.start) + before[d.end :]
        return bool(self.lex.appeal.search(re.sub(r"\s+", " ", before[-80:])))

    def pair_named(self, phrase: str, taken: list[str]) -> list[str]:
        """'the two ministers': the last two people named before with that title (any two
        people for 'the two sides'), none already taken part."""
        kind = phrase.lower().removeprefix("each ").removeprefix("of ").removeprefix("the ")
        title = self.lex.pair_titles.get(kind.removeprefix("two "))
        named = [p for p in reversed(self.context.people_named) if p not in taken]
        if title:
            named = [
                p
                for p in named
                if p in self.entities
                and any(self.holds(pos.title, title) for pos in self.entities[p].positions)
            ]
        if len(named) < 2 and self.calls:  # 'Mnatsakanyan and Bayramov met the co-chairs. The
            # meeting followed talks between each of the two ministers and Biegun': that pair
            pair = [p for p in self.calls[-1].participants if p.startswith("person:")]
            if len(pair) == 2 and not set(pair) & set(taken):
                return pair
        return named[1::-1] if len(named) >= 2 else []  # in the order they were named

    def holds(self, office: str, title: str) -> bool:
        """Whether an office is of that title: a foreign minister is a minister, a prime
        minister is not (unless the title is 'prime minister')."""
        office = office.lower()
        return title in office and not any(
            other in office and other not in title for other in self.lex.other_offices
        )

    def serial_calls(self, text: str, mentions: list[Mention]) -> list[tuple[tuple, str, int]]:
        """'A, who was received by B in Baku on Thursday and met C in Moscow a day later, also
        stopped in Yerevan, where he met D'; 'On Wednesday, A spoke by phone with B, a day after
        C received D': one call or meeting per verb, of the kind the verb tells, each with the one
        named right after it and the one named before it since the last (else the first one
        named); each with where its clause starts (after the last comma or 'and' before it)."""
        phone = [m.span() for m in self.lex.phone.finditer(text)]
        triggers = sorted(
            (
                m
                for pattern in (self.lex.phone, self.lex.meeting, self.lex.meeting_held)
                for m in pattern.finditer(text)
            ),
            key=lambda m: m.start(),
        )
        people = [m for m in mentions if m.ref.startswith("person:")]
        if len(triggers) < 2 or len(people) < 3:
            return []
        host = people[0]
        calls: list[tuple[tuple, str, int]] = []
        since = 0  # where the last meeting's counterpart was named
        for trigger in triggers:
            if trigger.start() < since or BY_AFTER.match(text, trigger.end()):
                continue  # 'talks with A, hosted by B': the same meeting, not one more
            pair = BETWEEN_AFTER.match(text, trigger.end())
            two = [m for m in people if pair and m.start >= pair.end()][:2]
            if len(two) == 2 and PAIR_JOINT.fullmatch(text, two[0].end, two[1].start):
                # 'and a phone call between Lavrov and Rubio three days later': those two
                by_phone = any(a < trigger.end() and trigger.start() < b for a, b in phone)
                marks = [m.start() for m in SERIAL_CLAUSE.finditer(text, since, trigger.start())]
                calls.append(
                    (
                        (two[0].ref, two[1].ref),
                        "PhoneCall" if by_phone else "Meeting",
                        marks[-1] if calls and marks else 0,
                    )
                )
                since = two[1].end
                continue
            after = next((m for m in people if m.start >= trigger.end()), None)
            if after is None or not COUNTERPART_GAP.fullmatch(text, trigger.end(), after.start):
                continue
            before = [m for m in people if since <= m.start and m.end <= trigger.start()]
            subject = before[-1] if before else host
            if subject.ref != after.ref and all(after.ref != c[0][1] for c in calls):
                # not 'met Trump, ... hosted by Trump'
                by_phone = any(a < trigger.end() and trigger.start() < b for a, b in phone)
                kind = "PhoneCall" if by_phone else "Meeting"  # 'had a telephone conversation'
                marks = [m.start() for m in SERIAL_CLAUSE.finditer(text, since, trigger.start())]
                calls.append(((subject.ref, after.ref), kind, marks[-1] if calls and marks else 0))
            since = after.end
        return calls if len(calls) >= 2 else []

    def spoke_with(self, text: str, mentions: list[Mention]) -> re.Match | None:
        """'Zarif, who spoke to Bayramov on Tuesday': 'spoke with' a person named right after,
        perhaps with a title; not 'spoke to reporters'."""
        found = [*self.lex.spoke.finditer(text), *self.lex.spoke_on_a_day.finditer(text)]
        for m in sorted(found, key=lambda m: m.start()):
            after = next(
                (x for x in mentions if x.start >= m.end() and x.ref.startswith("person:")), None
            )
            if after and TITLE_GAP.fullmatch(text, m.end(), after.start):
                return m
        return None

    def call_told_by_its_pair(self, sentence: Sentence, mentions: list[Mention], dates, claim):
        """'Fidan held separate phone calls with his Ukrainian and Russian counterparts on
        Monday. Fidan and Ukraine's Foreign Minister Andrii Sybiha discussed the talks': the
        pair who discuss, within two sentences of a call told without its counterpart, held it."""
        told = self.context.open_call
        if not told or sentence.index - told[0] > 2:
            return self.visit_told_by_its_pair(sentence, mentions, dates, claim)
        people = [m for m in mentions if m.ref.startswith("person:")]
        if len(people) < 2 or people[0].ref == people[1].ref:
            return False
        first, second = people[0], people[1]
        text = sentence.text
        if not (
            PAIR_JOINT.fullmatch(text, first.end, second.start)
            and self.lex.pair_exchange.match(text, second.end)
        ):
            return False
        when = self.event_date(dates, thread=self.calls) or told[2]
        topics = tuple(code for code, pattern in self.vocab.topics if pattern.search(text))
        pair = (first.ref, second.ref)
        self.calls.append(CallReport(told[1], pair, when, None, topics, sentence.index, claim))
        self.context.call_date = (sentence.index, when)
        return True

    def visit_told_by_its_pair(self, sentence: Sentence, mentions: list[Mention], dates, claim):
        """'... as Zelensky and Mitsotakis were visiting the city on March 6 ... The two leaders
        discussed defence cooperation': the two who toured together and then discussed met,
        on the day of the visit unless the sentence gives one."""
        if not self.context.visiting_pair:
            return False
        pair, day = self.context.visiting_pair
        text = sentence.text
        exchange = self.lex.pair_exchange.search(text)
        if not exchange:
            return False
        anaphor = self.lex.pair_anaphor.search(text, 0, exchange.start())
        people = [
            m.ref for m in mentions if m.ref.startswith("person:") and m.end <= exchange.start()
        ]
        if not (set(people) == set(pair) or (anaphor and not people)):
            return False
        when = self.event_date(dates, thread=self.calls) or day
        topics = tuple(code for code, pattern in self.vocab.topics if pattern.search(text))
        self.calls.append(CallReport("Meeting", pair, when, None, topics, sentence.index, claim))
        return True

    def counterparts_as_group(
        self, text: str, after: int, mentions: list[Mention], before: int | None = None
    ) -> list[str]:
        """'Mnatsakanyan met the three diplomats later in the day': the people this article
        gave the group's title ('the co-chairs'), else the group met in the meeting told just
        before ('Bayramov met the co-chairs A, B and C. Mnatsakanyan met the three diplomats'),
        else the organization they serve ('met the Minsk Group co-chairs', co-chairs unnamed)."""
        group = self.lex.group_counterpart.search(
            text, after, len(text) if before is None else before
        )
        if not group:
            return []
        owner = next(
            (
                m.ref
                for m in mentions
                if m.ref.startswith("org")
                and (
                    group.start() < m.start < group.start(1)  # 'the Minsk Group co-chairs'
                    or OWNER_OF.fullmatch(text, group.end(), m.start)  # 'co-chairs of the X'
                )
            ),
            None,
        )
        title = self.lex.plural_titles.get(group.group(1).lower())  # 'the Co-Chairs' too
        holders = [
            key
            for key, entity in self.entities.items()
            if any(p.title == title and owner in (None, p.of) for p in entity.positions)
        ]
        if len(holders) >= 2:
            return holders
        met_before = self.calls[-1].participants[1:] if self.calls else ()
        if len(met_before) >= 2 or (met_before and not met_before[0].startswith("person:")):
            return list(met_before)
        return [owner] if owner else []

    def blame_last_attacks(self, text: str, mentions: list[Mention], attacks: list[int]):
        """'He blamed the attack on Boko Haram', 'Hezbollah claimed responsibility for the
        attack': the attack just told, if no attacker was named with it, gets the one this
        sentence blames."""
        owned = self.lex.owned.search(text)
        claimants = [
            m
            for m in (mentions if owned else ())
            if m.ref.startswith(("country:", "forces:", "org"))
            and m.end <= owned.start()
            and not self.lex.offshoot_after.match(text, m.end)  # 'ISWAP, a Boko Haram
        ]  # splinter group, claimed'; "Hamas's armed wing, the Qassam Brigades, claimed'
        accused = [  # 'No group claimed responsibility, but officials blamed al-Shabaab';
            # not 'held the UN responsible for its silence'
            m
            for m in mentions
            if m.ref.startswith(("country:", "forces:", "org"))
            and (blame := self.lex.held_responsible.search(text, 0, m.start))
            and not blame.group(0).lower().startswith(("hold", "held"))
        ]
        charged = [m.ref for m in accused if not self.accused_of_else(text, m.end)]
        if accused and not charged and not claimants:
            return  # 'Yerevan accused Baku of staging provocations': no attack's blame
        blamed = (
            claimants[-1].ref if claimants else next(iter(charged), None)
        ) or self.perpetrator(text, mentions)
        if blamed is None:
            return
        self.remember_attacker(blamed, mentions)  # the attacker of what is told next, too
        # 'claimed both attacks': every attack told so far that has no attacker
        told = (
            range(len(self.attacks))
            if BOTH_ATTACKS.search(text)
            else [*self.context.last_attacks, *attacks]
        )
        for index in told:  # an attacker only carried over from the attack before yields
            if self.attacks[index].perpetrator is None or index in self.carried:
                self.attacks[index] = replace(self.attacks[index], perpetrator=blamed)
                self.carried.discard(index)

    def accused_of_else(self, text: str, end: int) -> bool:
        """'Armenia accused Baku of staging provocations': blamed for something other than an
        attack ('accused Baku of shelling the town' is an attack's blame)."""
        charge = ACCUSED_OF.match(text, end)
        return bool(charge) and not self.attack_word(charge.group(1))

    @staticmethod
    def dated_one_by_one(trigger: re.Match, people, mentions: list[Mention], dates) -> bool:
        """'met President Joe Biden last Thursday and Donald Trump a day later': each one met
        named with a day of their own, a meeting each."""
        met = [m for m in mentions if m.ref in people and m.start >= trigger.end()]
        if len(met) < 2:
            return False
        ends = [m.start for m in met[1:]] + [10**9]
        own = [
            any(m.end <= d.start < end for d in dates if d.role != "report")
            for m, end in zip(met, ends, strict=True)
        ]
        return all(own)

    def own_date(self, group, mentions: list[Mention], dates, when: DateWindow) -> DateWindow:
        """The day told with this counterpart ('with Blinken on Sunday and with Lavrov on
        Saturday'): the first date between the counterpart's name and the next name."""
        other = group[-1]
        at = next((m for m in mentions if m.ref == other), None)
        if at is None:
            return when
        after = [m.start for m in mentions if m.start > at.end and m.ref.startswith("person:")]
        end = min(after, default=10**9)
        told = sorted(clause_dates(dates, at.end, end), key=lambda d: d.start)
        first = [d for d in told if d.role != "report"][:1]  # 'Trump a day later ..., said on
        return self.event_date(first, thread=self.calls) or when  # Wednesday': a day later

    def call_date_around(
        self, sentence: Sentence, trigger: re.Match, mentions: list[Mention], dates
    ) -> DateWindow | None:
        """The day of a call whose sentence gives none: today for one told in the present
        ('is holding a meeting'); the day of the statement it came just before ('spoke at a news
        conference after the two held talks'); else the day the sentence before gave the same
        exchange ('the minister and his counterpart discussed it on Oct. 1. Speaking by phone,
        ...'), or the day of the call it told, for one told as 'also' held."""
        if self.lex.present_call.search(sentence.text[: trigger.end()]):
            return DateWindow(day=self.article.published)
        if AFTER_WORDS.search(
            sentence.text, max(0, trigger.start() - 30), trigger.start()
        ) and self.lex.statement_setting.search(sentence.text, 0, trigger.start()):
            said = next((d.when for d in dates if d.role == "report" and d.when.day), None)
            lead = self.context.lead_statement
            speaker = next((m.ref for m in mentions if m.ref.startswith("person:")), None)
            if said or (lead and lead[0] == speaker):
                return said or lead[1]
        report = next(
            (d for d in dates if d.role == "report" and d.when.day and d.end <= trigger.start()),
            None,
        )
        teller = next((m for m in mentions if m.ref.startswith("person:")), None)
        if (
            report
            and teller
            and teller.end <= report.start
            and OWN_CALL_TOLD.match(sentence.text, report.end, trigger.start())
        ):  # 'Zelenskiy said on Wednesday he had held a phone conversation with Trump': that day
            return report.when
        told = self.context.call_date
        if told and told[0] == sentence.index - 1:
            return told[1]
        last = self.calls[-1] if self.calls else None
        if (
            last
            and last.sentence == sentence.index - 1
            and last.when.day
            and ALSO_BEFORE.search(sentence.text, max(0, trigger.start() - 30), trigger.start())
            and any(m.ref in last.participants for m in mentions)  # not 'Putin also met Xi'
        ):  # after a meeting of Lavrov's  # 'On Friday he met Netanyahu. Blinken also met separately with Herzog': that day
            return last.when
        return None

    def date_call_before(self, index: int, when: DateWindow):
        """'A held a telephone conversation with B. During today's conversation, A informed
        his counterpart ...': the call told in the sentence before without a day has the day
        the sentence about it gives."""
        for i in range(len(self.calls) - 1, -1, -1):
            call = self.calls[i]
            if call.sentence != index - 1:
                break
            if not call.when.day:
                self.calls[i] = replace(call, when=when)

    def day_of_call_followed(self, text: str) -> DateWindow | None:
        """'Following the reception by Aliyev, Cavusoglu held talks with Bayramov': the day of
        the meeting told before."""
        if self.calls and FOLLOWS_A_CALL.match(text):
            return self.calls[-1].when
        return None

    def visit_day(self, people: list[str]) -> DateWindow | None:
        """'... as Blinken arrived in Kyiv on Wednesday. He met Kuleba at the Foreign Ministry':
        a meeting told without a day, of one whose visit the article dated, is on that day."""
        visit = self.context.visit
        return visit[1] if visit and visit[0] in people and len(people) > 1 else None

    def call_host(self) -> str | None:
        """'Bayramov spoke with Cavusoglu. Cavusoglu reiterated ... On the same day, the minister
        spoke with Zarif': the minister is the one who made the last call, though its
        counterpart was named last."""
        last = self.calls[-1].participants if self.calls else ()
        return last[0] if self.context.last_person in last[1:] else None

    def office_holder(self, phrase: str, taken=()) -> str | None:
        """'Azerbaijan's FM': the person this article names as that country's Foreign Minister;
        'The Iranian diplomat': the one person it names as holding an office of Iran; 'the
        Azerbaijani leader': its head of state or government (not one of those `taken`)."""
        owner = re.match(r"([A-Z]\w+)['’]s", phrase)
        demonym = None if owner else re.match(r"[Tt]he ([A-Z]\w+) ", phrase)
        known = self.vocab.surfaces.get((owner or demonym).group(1)) if owner or demonym else None
        if known is None or known.kind not in ("Country", "Demonym"):
            return self.sole_holder(phrase, taken)
        country = "country:" + known.key.split(":", 1)[1]
        named = phrase[demonym.end() :].lower() if demonym else "foreign minister"
        named = self.vocab.lexicon["title_synonyms"].get(named, named).lower()  # 'the Armenian FM'
        if named in self.lex.leader_anaphors:
            return self.leader(country, taken)
        holders = [  # 'the Iranian diplomat' or 'envoy': any office; else the title named
            key
            for key, entity in self.entities.items()
            if any(
                p.of == country
                and (
                    named in ("diplomat", "envoy")
                    or p.title.lower() == named
                    or p.title.lower().endswith(f" {named}")  # 'the Armenian minister'
                )
                for p in entity.positions
            )
        ]
        if owner:
            return holders[0] if holders else None
        return holders[0] if len(holders) == 1 else None

    def day_of_the_pair(self, sentence: Sentence, trigger: re.Match, people) -> DateWindow | None:
        """'Biden told Netanyahu on Thursday that ... The two leaders spoke by phone': the day
        of the sentence just before, which named the pair."""
        told = self.context
        if (
            told.last_date_sentence == sentence.index - 1
            and len(people) >= 2
            and set(people) <= told.last_date_people
            and self.lex.pair_anaphor.search(sentence.text, 0, trigger.start())
        ):
            return told.last_date
        return None

    def owned_person(self, country: str) -> str | None:
        """The one person without an office the article names as its country's ("Azerbaijan's
        Jeyhun Bayramov", after 'the foreign ministers of Armenia and Azerbaijan')."""
        found = [
            key
            for key, entity in self.entities.items()
            if key.startswith("person:")
            and not entity.positions
            and any(
                f"{country}{mark} {name}" in self.article.text
                for name in entity.names
                for mark in ("'s", "’s")
            )
        ]
        return found[0] if len(found) == 1 else None

    def sole_holder(self, phrase: str, taken=()) -> str | None:
        """'the prime minister': the one person this article names with that title."""
        title = phrase.lower().removeprefix("the ")
        if title in self.lex.leader_anaphors:
            return self.leader(None, taken)
        holders = {
            key
            for key, entity in self.entities.items()
            if any(p.title.lower() == title for p in entity.positions)
        }
        return holders.pop() if len(holders) == 1 else None

    def leader(self, country: str | None, taken) -> str | None:
        """The one person the article names as a country's head of state or government (of that
        country, if given; see `leader_titles`), not one of those `taken`; among several, the one
        every call told so far had ('Michel phoned Aliyev ... Erdogan phoned him ... The head of
        state has had a series of conversations')."""
        holders = {
            key
            for key, entity in self.entities.items()
            if key not in taken
            and any(
                p.title.lower() in self.lex.leader_titles
                and (p.of == country if country else not (p.of or "").startswith("org"))
                for p in entity.positions
            )
        }
        if len(holders) > 1 and self.calls:
            holders &= set.intersection(*(set(c.participants) for c in self.calls))
        return holders.pop() if len(holders) == 1 else None

    # --- attacks

    def attack_word(self, text: str) -> re.Match | None:
        """The first word of attack in the text; a weak one ('launched') counts only beside a
        weapon or another word of attack."""
        defended = self.interceptions(text)
        found = [
            m
            for m in self.lex.attack.finditer(text)
            if not (m.group(0).endswith("ed") and ARTICLE_BEFORE.search(text, 0, m.start()))
            and not self.lex.crowd_before.search(text, max(0, m.start() - 40), m.start())
            and not self.lex.topic_before.search(text, max(0, m.start() - 60), m.start())
            and not any(a <= m.start() < b for a, b in defended)
            and not self.lex.unrealized_before.search(text, max(0, m.start() - 40), m.start())
        ]  # 'the besieged capital of North Darfur' describes a town; it tells of no attack, nor
        # does a crowd ('Protesters stormed government buildings'), nor one still to come ('the
        # planned offensive')
        if any(m.group(0).lower() not in self.lex.weak_attack for m in found) or (
            found
            and (
                self.concepts(self.vocab.weapons, text)
                or self.lex.casualty.search(text)  # 'the death toll from the explosion at
            )  # the hospital has risen to 471'
        ):
            return found[0]
        return None

    def weapon_word(self, text: str) -> re.Match | None:
        """The first weapon the sentence names ('a roadside bomb')."""
        found = [m for _, pattern in self.vocab.weapons if (m := pattern.search(text))]
        return min(found, key=lambda m: m.start()) if found else None

    def interceptions(self, text: str) -> list[tuple[int, int]]:
        """Where the text tells of air defence ('shot down 25 drones', 'two missiles were shot
        down'): from the weapon to the verb, which tell of no attack."""
        spans = []
        for verb in self.lex.interception_verb.finditer(text):
            before = self.lex.interceptable_before.search(
                text, max(0, verb.start() - 90), verb.start()
            )
            after = self.lex.interceptable_after.match(text, verb.end())
            if before:
                spans.append((before.start(), verb.end()))
            if after:
                spans.append((verb.start(), after.end()))
        return spans

    def told_again(self, text, trigger, mentions, figures, dated: bool, is_call: bool) -> bool:
        """Whether the attack word names an attack already told, not a new one: the topic of a
        call ('informed him about the attack on Barda'), an attack judged ('the missile strikes
        on Ganja constitute war crimes') or reacted to ('Russia condemned the strike'), or
        counted again by another source ('The Observatory gave a higher toll of 11 dead, saying
        eight were killed in the strike on the Mezzeh district')."""
        if figures is None and (
            (
                is_call
                and TOPIC_THE_BEFORE.search(text, max(0, trigger.start() - 40), trigger.start())
            )
            or (
                not dated
                and (judged := self.lex.judged.search(text))
                and self.lex.the_attack.search(text, 0, judged.start())
            )
            or (
                (reacted := self.lex.reacted_to.search(text))
                and reacted.start() <= trigger.start() < reacted.end()
                and not any(self.is_place(m.ref) for m in mentions if m.start > trigger.start())
            )
        ):
            return True
        other_toll = self.lex.other_toll.search(text)
        return bool(
            other_toll and other_toll.start() < trigger.start() and self.lex.the_attack.search(text)
        )

    def attacker_of_the_place(self, places: list[Mention]) -> str | None:
        """The one attacker this article named for attacks on these places, if one."""
        refs = {m.ref for m in places}
        named = {a.perpetrator for a in self.attacks if a.place in refs and a.perpetrator}
        return named.pop() if len(named) == 1 else None

    def shelling_since_lately(self, dates, figures) -> DateWindow | None:
        """'Azerbaijani forces had been shelling Stepanakert since late on Friday', told on
        Saturday: an attack from that day to the news day, not a campaign; uncounted."""
        published = self.article.published
        since = next((d.when.day for d in dates if d.role == "since" and d.when.day), None)
        if figures is None and since and 0 <= (published - since).days <= 1:
            return DateWindow(earliest=since, latest=published)
        return None

    def date_by_interception(self, text: str, mentions: list[Mention], dates) -> None:
        """'The Houthis said they had fired missiles at Eilat. A missile fired toward Eilat was
        intercepted on Sunday': the attack told without its day, now dated."""
        when = self.event_date(dates) if self.interceptions(text) else None
        if not (when and when.day):
            return
        for m in mentions:
            if (
                self.is_place(m.ref)
                and not self.is_region(m.ref)
                and not FROM_BEFORE.search(text, 0, m.start)  # 'fired from Yemen toward Eilat'
                and (told := self.told_without_its_day(m.ref, when, True, None, True)) is not None
            ):
                self.attacks[told] = replace(self.attacks[told], when=when)

    def find_attacks(
        self, sentence, mentions, dates, claim, is_call, figures, period: bool
    ) -> list[int]:
        """The attacks a sentence tells of (indices into self.attacks); `period`: whether its
        figures add up a period (over_a_period)."""
        text = sentence.text
        running = any(d.role == "since" for d in dates) or period
        dated = any(d.role == "event" and d.when.day for d in dates)
        lately = self.shelling_since_lately(dates, figures)
        if not dated and not lately and (any(d.role == "since" for d in dates) or period):
            return []  # 'have attacked ships since November', 'the bombardment since then has
            # killed 11,320 people in Gaza': a campaign and its toll, no single attack
        # 'bringing the death toll in Martuni to two': news of the attack told, not of another
        update = bool(self.context.last_attacks) and self.figures.tells_update(text)
        told_at = {a.place for a in self.attacks if not a.when.assumed} if update else set()
        if update and any(  # 'The number injured in Zaporizhzhia has risen to 17': the first
            # news of an attack there, told as its update
            self.is_place(m.ref) and not self.is_region(m.ref) and m.ref not in told_at
            for m in mentions
        ):
            update = False
        if not dated and update:
            return []  # 'The deaths brought the toll of soldiers killed in the offensive to 298'
        if (
            not dated
            and figures
            and (figures.killed or 0) >= WAR_TOLL
            and HAVE_BEEN_KILLED.search(text)
        ):
            return []  # "Israel's offensive in Gaza, where more than 37,000 have been killed"
        # 'since the missile attacks began, 26 people have died in Ganja': a total, no attack
        told = SINCE_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
        # 'The attacks come two weeks after ...': the attacks told, set against what followed
        told = self.lex.attacks_came.sub(lambda m: " " * len(m.group(0)), told, count=1)
        tolled = figures is not None and not running and not update
        toll_at = self.casualties_at_place(text, mentions) if tolled else None
        if (
            toll_at
            and toll_at[1]
            and not dated
            and not self.attack_word(told)
            and toll_at[1].ref in {self.attacks[i].place for i in self.context.last_attacks}
        ):
            return []  # 'Russia struck Kyiv on Monday, killing 27. The mayor said 82 people had
            # been injured in Kyiv': the toll of the attack just told
        trigger = (
            self.attack_word(told)
            or (
                toll_at[0]
                if toll_at
                else tolled
                and len(self.context.last_places) == 1
                and self.casualties_at_anaphor(text)
            )
            or (tolled and self.weapon_word(told))  # 'killed when a roadside bomb ripped
            # through their vehicle near Afgoye'
        )
        owned = self.lex.owned.search(text) if trigger and self.context.last_attacks else None
        if owned and (
            owned.start() <= trigger.start() < owned.end()
            or CLAIMED_FOR.fullmatch(text, owned.end(), trigger.start())
        ):
            told = {self.attacks[i].place for i in self.context.last_attacks}
            if all(m.ref in told for m in mentions if self.is_place(m.ref)):
                return []  # 'the ISSP claimed the attack on Sunday': the attack told, claimed
                # that day ('claimed responsibility for the attack')
        if (
            trigger
            and trigger.group(0).lower() in self.lex.attack_nouns
            and TIME_AFTER_THE_ATTACK.search(text, max(0, trigger.start() - 40), trigger.start())
            and not self.attack_word(text[trigger.end() :])
        ):
            return []  # 'Hours after the strikes, Putin welcomed Modi': a time, told by them
        if (
            trigger
            and self.attacks
            and self.told_again(text, trigger, mentions, figures, dated, is_call)
        ):
            return []
        clause = self.clause_around(text, trigger) if trigger else (0, 0)
        relative = RELATIVE_WORD.search(text, trigger.end(), clause[1]) if trigger else None
        if trigger and (
            (self.lex.campaign_start.search(text, *clause) and figures is None)
            or (
                self.lex.habitual.search(text, clause[0])  # to the sentence's end: 'firing on
                # Tartar, Barda and other districts day and night'
                and not any(d.role == "event" for d in dates)  # not 'shelled repeatedly this
            )  # week'
            or (
                self.lex.campaign.search(text, *clause)
                and figures is None  # not 'a series of strikes ... that killed five people'
                and not any(  # 'presses an offensive that was launched in August' is still a
                    # campaign
                    d.role == "event" and not (relative and relative.start() <= d.start < clause[1])
                    for d in dates
                )
            )
        ):
            trigger = None  # 'The militants have frequently targeted the capital': a habit
        if not trigger:
            self.date_by_interception(text, mentions, dates)
            sent = self.lex.weapons_sent.search(text) if self.weapon_word(text) else None
            if sent:  # 'Russia sent more than 100 drones against Ukraine': the sender
                sender = [
                    m
                    for m in mentions
                    if m.end <= sent.start() and m.ref.startswith(("country:", "forces:", "org"))
                ]
                self.remember_attacker(sender[-1].ref if sender else None, mentions)
            elif self.lex.attack_verb.search(text):  # 'The Azerbaijani armed forces continue to
                # target peaceful settlements': no attack told, but the attacker of those to come
                self.remember_attacker(self.perpetrator(text, mentions, strict=True), mentions)
            return []
        places = [
            m
            for m in mentions
            if (self.is_place(m.ref) or m.ref.startswith("region:"))  # 'struck launchers in
            # Kermanshah province'; a town named with its region is kept instead, further on
            and (
                m.start >= trigger.start()
                or (toll_at and m is toll_at[1])
                or self.lex.passive_agent.fullmatch(text, m.end, trigger.start())
                or self.lex.passive_attack.match(APPOSITION.sub("", text[m.end :], count=1))
                or self.lex.passive_attack.match(  # 'the Murmansk, Irkutsk and Amur regions were
                    text[LISTED_REST.match(text, m.end).end() :]  # attacked'
                )
                or (
                    text.startswith(",", m.end) and self.lex.passive_attack.match(text[m.end + 1 :])
                )
                or (  # 'was escorting a convoy close to the village of Yeraskh when it was
                    # hit by a missile'
                    m.start < trigger.start()
                    and WHEN_STRUCK.search(text, m.end, trigger.end() + 20)
                )
                or (  # 'The Tel al-Sultan attack, late on Sunday, hit ...': the subject
                    SUBJECT_THE.fullmatch(text, 0, m.start)
                    and self.lex.named_attack_after.match(text, m.end)
                )
                or (  # 'the killing of Haniyeh in Tehran on July 31, in a strike that'
                    m.start < trigger.start()
                    and KILLING_OF_IN.search(text, max(0, m.start - 80), m.start)
                    and IN_A_STRIKE.search(text, max(0, trigger.start() - 12), trigger.start())
                )
                or (  # 'Qiyasli village of Aghdam district came under fire'
                    (tail := VILLAGE_OF_AREA.match(text, m.end))
                    and self.lex.passive_attack.match(text[tail.end() :])
                )
            )  # 'Stepanakert, the capital of Artsakh, came under rocket fire'; "the enclave's
            # main city, Stepanakert, was shelled'
            and self.may_be_attacked(text, m, mentions)
        ]
        if WHILE_IN.search(text, trigger.end()):  # 'In X, three were killed when a shell hit
            # their house, while in Y two people were killed': X was struck too
            fronted = [
                m
                for m in mentions
                if self.is_place(m.ref) and FRONTED_PLACE.fullmatch(text, 0, m.start)
            ]
            places = fronted[:1] + [m for m in places if m not in fronted[:1]]
        places = self.with_places_inside(text, mentions, places)
        told = self.context.last_places
        if len(told) == 1:  # 'The strikes hit the Red Sea port in Hodeidah province': the port
            # told before, in that province
            places = [
                replace(m, ref=told[0]) if ANAPHOR_IN_BEFORE.search(text, 0, m.start) else m
                for m in places
            ]
        places = self.drop_containers(text, self.before_relative_clause(text, places))
        places = self.without_reference_points(text, places)
        anaphor = self.lex.place_anaphor.search(text) if places else None
        if anaphor and all(
            m.start > anaphor.end() and REFERENCE_POINT.search(text, max(0, m.start - 40), m.start)
            for m in places
        ):  # 'opened fire on the outskirts of the town, about 80 km north of Kaya': the town
            places = []  # told before, not Kaya
        if places and all(
            (
                m.ref.startswith("place+:")
                and (
                    REGION_WORD_AFTER.match(text, m.end)
                    or self.lex.facility.search(m.text.split()[-1])
                )
            )
            or (  # 'stormed the gendarmerie school in the Faladie district': a district of the
                # city told, not the village of that name GeoNames holds
                m.ref.startswith("geo:") and DISTRICT_OF_CITY_AFTER.match(text, m.end)
            )
            for m in places
        ):  # 'In Kyiv, debris fell on a building in the Darnytskyi district', 'In Deir el-Balah,
            # a strike hit a tent near Al-Aqsa Martyrs Hospital': the city, not the district or
            # the landmark the gazetteer does not hold
            fronted = [
                m
                for m in mentions
                if self.is_place(m.ref) and FRONTED_PLACE.fullmatch(text, 0, m.start)
            ]
            if not fronted and any(
                CITY_OWNS.search(text, 0, m.start) or DISTRICT_OF_CITY_AFTER.match(text, m.end)
                for m in places
            ):  # "a missile hit a building in the city's Kapaz district", 'the school in the
                # Faladie district': the city told before; "in Kherson's Dniprovskyi district":
                # Kherson
                fronted = [  # (a district GeoNames holds; one it does not is placed itself,
                    o  # within the town: "Omdurman's Karari district")
                    for o in mentions
                    if self.is_place(o.ref)
                    and any(
                        (m.ref.startswith("geo:") and POSSESSIVE.fullmatch(text, o.start, m.start))
                        or DISTRICT_OF_TOWN.fullmatch(text, m.end, o.start)  # 'the Yarmouk
                        for m in places  # district of southern Khartoum': Khartoum
                    )
                ] or self.told_town_of_the_district(sentence, mentions)
            places = fronted[:1] or places
        towns = [m for m in places if not self.is_region(m.ref)]
        if towns:  # 'Poonch, in Jammu and Kashmir': the town, not its region; but 'airfields in
            # the Murmansk, Irkutsk, Ivanovo and Amur regions were attacked and aircraft caught
            # fire in Murmansk': each region listed, the towns named as two of them
            listed = [m for m in places if self.is_region(m.ref)]
            listed = listed if len(listed) > 2 else []
            places = [
                m
                for m in places
                if (m in towns and not any(fold(m.text) == fold(r.text) for r in listed))
                or self.counted_across(text, m, places)
                or (
                    m in listed
                    and not any(TOWN_THEN_REGION.fullmatch(text, t.end, m.start) for t in towns)
                )
            ]
        if not places:  # 'Officials in Stepanakert said Azerbaijani rocket fire killed one',
            # 'In Kadugli, RSF artillery shelled a market': the place the sentence opens with,
            # when it names no other ('In Sanaa, officials condemned the raids on Hodeidah')
            named = self.without_reference_points(
                text,
                [
                    m
                    for m in mentions
                    if self.is_place(m.ref) and not self.names_a_facility(text, m, mentions)
                ],
            )  # 'In the village of Shagra, west of El Fasher, ...': Shagra
            towns = {  # 'In the village of X in the Y district, ...': X
                m.ref
                for m in named
                if not self.is_region(m.ref) and not REGION_WORD_AFTER.match(text, m.end)
            }
            places = [
                m
                for m in named
                if self.lex.local_source_before.search(text, 0, m.start)
                or (
                    len(towns) == 1
                    and FRONTED_PLACE.fullmatch(text, 0, m.start)
                    # not 'In Moscow, the Defence Ministry claimed that its strikes had hit':
                    # where the speaker is
                    and not self.lex.speech.search(text, m.end, trigger.start())
                )
            ][:1]
        # a call's day is not an attack's; a day told before the call told after the attack is:
        # 'Last Wednesday, a strike killed 16 people, among them the mayor, as he was holding a
        # meeting'
        call_word = (
            (self.lex.phone.search(text) or self.lex.meeting.search(text)) if is_call else None
        )
        days_after = self.days_after_the_main_clause(text, trigger.start(), dates)
        if not is_call and days_after:
            when = days_after
        elif not is_call:
            when = self.event_date(self.dates_of_the_attack(text, trigger, dates)) or lately
        elif call_word and call_word.start() > trigger.start():
            when = self.event_date([d for d in dates if d.end <= call_word.start()])
        else:  # 'During the meeting, A told of the attack on Barda two days before the talks'
            when = self.event_date(
                [d for d in dates if d.start > trigger.start() and d.role in DAY_FROM_ANOTHER]
            )
        fought = self.context.fighting_day
        if when is None and places and not is_call and fought and fought[0] == sentence.index - 1:
            when = fought[1]  # 'Hostilities continued on Saturday. The emergency service said
            # Stepanakert had again come under artillery fire': on Saturday
        told = [self.attacks[i].when for i in self.context.last_attacks]
        if when is None and places and self.lex.same_wave.search(text) and told:
            when = next((a.when for a in reversed(self.attacks) if a.when.day), None)  # 'Other
            # missiles in the same barrage hit Ramat Gan': on the barrage's day
        if when is None and places and self.lex.more_victims.match(text) and told:
            when = next((a.when for a in reversed(self.attacks) if a.when.day), None)  # 'Another
            # 10 people were killed in Kryvyi Rih': in the same wave as the attack told before
        if when is None and places and self.lex.attack_subject.match(text):
            days = {self.attacks[i].when.day for i in self.context.last_attacks}
            if len(days) == 1 and None not in days:  # 'The aggression also targeted Barzeh':
                when = DateWindow(day=days.pop())  # the raid told, on its day
        if (
            self.context.last_attacks
            and self.lex.attack_subject.match(text)
            and all(REFERENCE_POINT.search(text, 0, m.start) for m in places)
        ):  # 'The strike hit the area late on Wednesday', '... the town, near Tubas'
            return self.date_last_attacks(when) if when else list(self.context.last_attacks)
        points_back = not places and not is_call and self.lex.place_anaphor.search(text)
        if (
            not places
            and not is_call
            and (
                (points_back and self.lex.place_anaphor.search(text, trigger.start()))
                or self.lex.described_town.search(text, trigger.start())
            )
        ):  # 'Displaced people in Zamzam camp, south of El Fasher, said a drone struck a water
            # point in the camp'; "Rescue teams in Ganja ... after a missile slammed into a
            # quarter of Azerbaijan's second-largest city": the one place the sentence named
            # before the strike (not where it was written: 'Baku - ...')
            named = self.without_reference_points(
                text,
                [
                    m
                    for m in mentions
                    if self.is_place(m.ref)
                    and m.end <= trigger.start()
                    and self.may_be_attacked(text, m, mentions)
                    and not (m.start == 0 and DASH_AFTER.match(text, m.end))
                ],
            )
            places = named if len(named) == 1 else []
        if not places and when and points_back and not ELSEWHERE_OPENER.match(text):
            places = self.place_told_before(sentence, bool(when.day), points_back.group(0))
            if points_back.group(0).lower().endswith("capital"):  # 'in the capital': the
                places = [m for m in places if self.capital_of(m.ref)]  # place told, a capital
        if (
            places
            and all(m.ref.startswith("region:") for m in places)
            and (not self.one_days_window(when) or COUNTED_ATTACKS.search(text))
            and not (figures is not None and self.lex.one_attack.search(text))
        ):  # 'launched 87 attacks on Kherson Oblast over the past day', 'dropped 900 glide
            # bombs on the Kharkiv region in October': a tally of a region, no one attack
            return []
        if places and not when and figures is None and all(self.is_region(m.ref) for m in places):
            # 'said Azerbaijan was shelling residential areas in Karabakh': the war told of,
            # undated and uncounted, is no one attack; its attacker is remembered all the same
            # ('The Azerbaijani forces continue to target settlements of Artsakh')
            self.remember_attacker(self.perpetrator(text, mentions, strict=True), mentions)
            return []
        perpetrator = self.perpetrator(text, mentions)
        if (
            not places
            and when
            and when.day
            and not perpetrator
            and not is_call
            and (
                DEFINITE_SUBJECT.fullmatch(text, 0, trigger.start())
                or (
                    (verb := self.lex.attack_verb.search(text, trigger.start()))
                    and DEFINITE_OBJECT.match(text, verb.end())
                )
            )
            and (told := self.told_without_its_day(None, when, False, None, True)) is not None
        ):  # 'A missile hit a building in Uman overnight ... The missile struck the building at
            # around 04:00 on Friday', '... when two missiles hit it on the morning of April 8':
            # the attack told, now dated
            self.attacks[told] = replace(self.attacks[told], when=when)
            return [told]
        if not places and not (when and when.day and perpetrator and not is_call):
            # 'The IDF later struck Hezbollah targets in southern Lebanon. One of those strikes
            # hit a motorcycle in Bint Jbeil': the attacker is remembered all the same (not
            # the one of 'operatives who had been preparing a drone launch')
            if self.perpetrator(text, mentions, strict=True) and (
                any(
                    w.group(0).lower() not in self.lex.weak_attack
                    for w in self.lex.attack.finditer(text)
                )
                or self.weapon_word(text)  # 'Russia launched more than 100 drones against Ukraine'
            ):
                self.remember_attacker(perpetrator, mentions)
                if points_back:  # 'Fighters from JNIM opened fire on the outskirts of the
                    # town': the attacker of the attack on the town told before, if unnamed
                    for index in self.context.last_attacks:
                        if self.attacks[index].perpetrator is None:
                            self.attacks[index] = replace(
                                self.attacks[index], perpetrator=perpetrator
                            )
            return []
        carried = False  # whether the attacker is only that of the attack told before
        if (
            perpetrator is None
            and not self.several_accused(text, mentions)
            and not OTHER_NEWS_OPENER.match(text)  # 'Separately, Israeli settlers set fire to'
            and not self.across_the_line(places)
            and not self.lex.unknown_attacker.search(text)  # 'unidentified gunmen killed'
        ):
            perpetrator = self.attacker_of_the_place(places) or self.context.last_perpetrator
            # the attacker this article named for an attack there, else that of the attack told
            # before ('Shelling hit Stepanakert since Friday ... the second strike on Ganja'),
            # never a country's own forces in a place the sentence gives as that country's
            # ('Azerbaijani forces shelled Stepanakert ... four were killed in Azerbaijan's
            # Tartar district')
            owners = {
                m.ref.split(":")[-1]
                for m in mentions
                if m.ref.startswith("country:")
                and any(POSSESSIVE.fullmatch(text, m.start, p.start) for p in places)
            }
            if perpetrator and perpetrator.split(":")[-1] in owners:
                perpetrator = None
            carried = perpetrator is not None
        self.remember_attacker(perpetrator, mentions)
        weapons = self.concepts(self.vocab.weapons, text)
        if "ballistic-missile" in weapons:
            weapons = tuple(w for w in weapons if w != "missile")
        targets = self.concepts(self.vocab.targets, text)
        facility = self.facility_in(text, mentions)
        reports = []
        retold: list[int] = []
        # 'Two bombs hit the store on Saturday', not 'drones struck Kharkiv's outskirts'
        verb = self.lex.attack_verb.search(text, trigger.start()) or trigger
        definite = bool(  # or 'The missiles slammed into an office building in the centre'
            DEFINITE_AFTER.match(text, verb.end())
            or DEFINITE_SUBJECT.fullmatch(text, 0, trigger.start())
        )
        if len(places) > 1:  # '..., while Stepanakert was shelled almost daily': a habit
            places = [m for m in places if not self.habit_in_clause(text, m, dates)] or places
        own = self.attackers_by_place(text, mentions, places) if len(places) > 1 else {}
        for ref, day in self.place_dates(text, places, dates, when):
            named_here = any(m.ref == ref for m in mentions)
            told = (
                self.told_without_its_day(
                    ref, day, named_here, own.get(ref) or perpetrator, definite
                )
                if figures is None and not ANOTHER.search(text)
                else None
            )
            if told is not None:  # 'the overnight missile attack on Ganja ... At about 01:00 on
                # October 17 the enemy fired a missile at Ganja': the attack told, now dated
                attacker = self.attacks[told].perpetrator or own.get(ref) or perpetrator
                self.attacks[told] = replace(self.attacks[told], when=day, perpetrator=attacker)
                retold.append(told)
                continue
            fac = facility[0] if facility and facility[1] == ref else None
            reports.append(
                AttackReport(
                    ref,
                    day or self.undated(),
                    own.get(ref) or perpetrator,
                    weapons,
                    targets,
                    fac,
                    None,
                    sentence.index,
                    claim,
                )
            )
        start = len(self.attacks)
        self.attacks.extend(reports)
        if carried:
            self.carried.update(range(start, len(self.attacks)))
        return retold + list(range(start, len(self.attacks)))

    def dates_of_the_attack(self, text: str, trigger: re.Match, dates) -> list[DateMention]:
        """The days told with the attack, before those of the rest of the sentence: 'Iraq on
        Tuesday recalled its ambassador in protest at strikes launched on Erbil late on Monday,
        which killed four': Monday."""
        days = [d for d in dates if d.role == "event" and d.when.day]
        if len({d.when.day for d in days}) < 2:
            return dates
        end = CLAUSE_END_SAID.search(text, trigger.end())
        own = [
            d
            for d in days
            if trigger.start() <= d.start < (end.start() if end else len(text))
            and (
                ON_BEFORE.search(text, max(0, d.start - 4), d.start)
                or ON_START.match(text, d.start)
            )
            # not 'planners of the
        ]  # October 7 onslaught'
        return [*own, *(d for d in dates if d not in own)] if own else dates

    def told_town_of_the_district(self, sentence: Sentence, mentions: list[Mention]):
        """The town told before, for 'the Faladie district': not one of another country than
        the sentence names ("Lebanon's health ministry said a strike in the Haret Hreik
        district ..." after an attack on Majdal Shams)."""
        text = sentence.text
        named = {  # the countries whose bodies speak: "Lebanon's health ministry"
            m.ref.partition(":")[2]
            for m in mentions
            if m.ref.startswith("country:") and self.owns_a_source(text, m)
        }
        return [
            m
            for m in self.place_told_before(sentence, dated=False)
            if not named or self.vocab.place_country(m.ref) in named | {None}
        ]

    def habit_in_clause(self, text: str, place: Mention, dates) -> bool:
        """Whether the place's own clause tells attacks as a habit, with no day of its own."""
        cuts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(text)), len(text)]
        start, end = next((a, b) for a, b in itertools.pairwise(cuts) if a <= place.start < b)
        return bool(self.lex.habitual.search(text, start, end)) and not any(
            d.role == "event" and start <= d.start < end for d in dates
        )

    def told_without_its_day(
        self, ref: str, day: DateWindow | None, named: bool, attacker: str | None, definite: bool
    ) -> int | None:
        """The attack on that place told before without a day of its own: with a window the text
        gave ('overnight') that holds this day, or told just before as the news of this day or
        the day before ('The death toll from a strike on Kharkiv rose to 16 on Sunday. Two
        bombs hit the store on Saturday'), or at all if the sentence does not name the place
        again ('stormed the hospital on Saturday'); with no place, the one undated attack told
        just before."""
        published = self.article.published
        if ref is None and day is not None and day.day:  # 'Sudan's RSF attacked the hospital in
            # El Fasher, aid groups said. RSF fighters stormed the hospital on Saturday'
            undated = [i for i in self.context.last_attacks if not self.attacks[i].when.day]
            if (
                definite
                and len(undated) == 1
                and self.attacks[undated[0]].place
                and attacker in (None, self.attacks[undated[0]].perpetrator)
            ):  # not 'On Sunday, US forces struck the radar site' after a Houthi attack
                earliest, latest = self.attacks[undated[0]].when.bounds()
                if earliest and latest and earliest <= day.day <= latest:
                    return undated[0]
        for index in reversed(range(len(self.attacks))):
            told = self.attacks[index].when
            earliest, latest = told.bounds()
            if (
                self.attacks[index].place == ref
                and day is not None
                and day.day
                and not told.day
                and (
                    not told.assumed
                    or (
                        definite
                        and index in self.context.last_attacks
                        and (not named or 0 <= (published - day.day).days <= 1)
                    )
                )
                and earliest is not None
                and latest is not None
                and earliest <= day.day <= latest
                and self.attacks[index].claim.stance != "denied"
            ):
                return index
        return None

    @staticmethod
    def clause_around(text: str, found: re.Match) -> tuple[int, int]:
        """The clause a word is in: from the comma before it to the comma after it."""
        start = text.rfind(",", 0, found.start()) + 1
        end = text.find(",", found.end())
        return start, end if end >= 0 else len(text)

    def attackers_by_place(
        self, text: str, mentions: list[Mention], places: list[Mention]
    ) -> dict[str, str]:
        """'Hezbollah said it had fired rockets at Nahariya in response to an Israeli strike on
        Meiss al-Jabal': each place's attacker is the one its own words name, from the place
        before it to this one (else the sentence's)."""
        found: dict[str, str] = {}
        start = 0
        for place in sorted(places, key=lambda m: m.start):
            told = [m for m in mentions if start <= m.start and m.end <= place.end]
            attacker = self.perpetrator(text, told, strict=True) if told else None
            if attacker and place.ref not in found:
                found[place.ref] = attacker
            start = place.end
        return found

    @staticmethod
    def one_days_window(when: DateWindow | None) -> bool:
        """Whether the attack is dated to a day, or to a night ('overnight')."""
        if when is None or when.assumed:
            return False
        earliest, latest = when.bounds()
        return bool(when.day) or bool(earliest and latest and (latest - earliest).days <= 1)

    def place_last_attack(self, sentence: Sentence, mentions: list[Mention], dates):
        """'34 civilians were killed in an attack on a mosque in the west of the country.
        Gunmen surrounded the mosque in the village of Manda on Saturday': the attack told just
        before without a place took place in the one town the next sentence names, on its day."""
        if len(self.context.last_attacks) != 1:
            return
        index = self.context.last_attacks[0]
        attack = self.attacks[index]
        if (
            attack.place is not None
            or attack.sentence != sentence.index - 1
            or ANOTHER.search(sentence.text)  # 'Explosions were also reported in Kyiv'
        ):
            return
        towns = {
            m.ref
            for m in mentions
            if self.is_place(m.ref)
            and not self.is_region(m.ref)
            and LOCATED_AT.search(sentence.text, 0, m.start)  # not 'no reaction from Baku'
        }
        if len(towns) != 1:
            return
        when = self.event_date(dates)
        day = when if when and when.day else attack.when
        self.attacks[index] = replace(attack, place=towns.pop(), when=day)

    def without_denied_again(
        self, attacks: list[int], index: int, figures: Figures | None
    ) -> list[int]:
        """'Armenia's defence ministry denied its forces had fired at Tartar': the attack on
        Tartar just told, denied; no new attack (unless it has a place or a day of its own)."""
        told = {self.attacks[i].place for i in self.context.last_attacks}
        days = {self.attacks[i].when.day for i in self.context.last_attacks}
        if (
            not attacks
            or attacks[-1] != len(self.attacks) - 1
            or any(
                (self.attacks[i].place not in told and self.attacks[i].place is not None)
                or (self.attacks[i].place is None and figures is not None)  # 'Russia denied it,
                # and said Ukrainian drones hit a bus on Sunday, killing 7': an attack of its own
                or (self.attacks[i].when.day and self.attacks[i].when.day not in days)
                or self.attacks[i].sentence != index  # one told before, placed by this sentence
                for i in attacks
            )
        ):  # 'Russia denied responsibility, saying its forces had no combat tasks on Friday and
            # that missiles of the kind were used only by the Ukrainian military': the one told
            return attacks
        del self.attacks[attacks[0] :]
        self.carried -= set(attacks)
        return []

    def toll_told_before(self, sentence: Sentence, attacks: list[int], figures) -> None:
        """'U.S. airstrikes on a fuel port killed at least 74 people. The strikes late Thursday
        on the Ras Isa port set off huge fireballs': the toll is the attack's now placed."""
        told = self.context.placeless_toll
        if not (
            told
            and told[0] == sentence.index - 1
            and len(attacks) == 1  # not 'fired missiles at Goranboy, Tartar and Barda'
            and figures is None
            and DEFINITE_SUBJECT.match(sentence.text)
            and self.attacks[attacks[0]].figures is None
        ):
            return
        self.attacks[attacks[0]] = replace_figures(self.attacks[attacks[0]], told[1])
        self.context.placeless_toll = None

    def placed_by_next(self, attacks: list[int], text: str) -> list[int]:
        """'Azerbaijan admitted shooting down a helicopter over Armenia on Monday. ... it was hit
        by a missile near the village of Yeraskh': the attack the sentence before told without
        a place, told again, without a day of its own, where it took place: one attack. Not
        one told as another ('Explosions were also reported in Kyiv'). 'The attack' told
        again in a village of the region told before is that attack, on its own day if it
        gives one ('An air attack on a gathering in the region of Sagaing killed 100. The
        attack took place on Tuesday in Pazigyi village')."""
        if len(attacks) != 1 or attacks[0] != len(self.attacks) - 1 or ANOTHER.search(text):
            return attacks
        if len(self.context.last_attacks) != 1:
            return attacks
        index = self.context.last_attacks[0]
        told, again = self.attacks[index], self.attacks[attacks[0]]
        in_region = bool(
            told.place and self.is_region(told.place) and self.lex.attack_subject.match(text)
        )
        if again.place is None or (again.when.day and not in_region) or self.is_region(again.place):
            return attacks
        if told.place is not None and not (self.is_region(told.place) and again.figures is None):
            return attacks  # 'Junta aircraft bombed a village in Sagaing Region on Sunday,
            # killing nine. A plane dropped two bombs on Let Yet Kone village': the village
        if told.sentence != again.sentence - 1 or not same_attacker(
            told.perpetrator, again.perpetrator
        ):  # not 'the army destroyed Armenian launchers. Armenia said Azerbaijan struck
            return attacks  # Vardenis': two attacks
        self.attacks.pop()
        self.carried.discard(attacks[0])
        self.attacks[index] = replace(
            told,
            place=again.place,
            when=again.when if again.when.day else told.when,
            perpetrator=told.perpetrator or again.perpetrator,
            weapons=told.weapons or again.weapons,
            figures=told.figures or again.figures,
        )
        return [index]

    def placed_by_next_list(self, attacks: list[int]) -> list[int]:
        """'Ukraine's SBU said it had hit 41 aircraft deep inside Russia. Russia said airfields
        in the Murmansk, Irkutsk and Amur regions were attacked on Sunday': the attack told just
        before without a place (or in a country only) or a toll is the one now told by place,
        on its day, by the same attacker; it is no attack of its own. The places told without a
        day take its day ('... fired missiles at energy sites on January 8. Officials said
        civilians were killed in Kharkiv and Dnipro')."""
        if not attacks:
            return attacks
        before = self.attacks[attacks[0]].sentence - 1
        told_before = itertools.takewhile(  # the attacks of the sentence before, last first
            lambda i: self.attacks[i].sentence >= before, range(attacks[0] - 1, -1, -1)
        )
        placeless = [
            i
            for i in told_before
            if self.attacks[i].sentence == before
            and i not in self.absorbed
            and (self.attacks[i].place or "country:").startswith("country:")
            and self.attacks[i].figures is None
            and self.attacks[i].perpetrator is not None
        ]
        if len(placeless) != 1:
            return attacks
        index = placeless[0]
        told = self.attacks[index]
        if not all(
            self.attacks[i].place
            and not self.attacks[i].place.startswith("country:")
            and self.attacks[i].when.day in (told.when.day, None)
            and self.attacks[i].perpetrator is not None
            and same_attacker(self.attacks[i].perpetrator, told.perpetrator)  # forces:IL, IL
            for i in attacks
        ):
            return attacks
        for i in attacks:
            if self.attacks[i].when.day is None:
                self.attacks[i] = replace(self.attacks[i], when=told.when)
        self.absorbed.add(index)
        self.context.last_attacks = [i for i in self.context.last_attacks if i != index]
        return attacks

    def dated_by_the_wave(self, attacks: list[int], text: str, dates) -> list[int]:
        """'The attack on Dnipro was part of a massive strike launched by Russia on January 14.
        Explosions were also heard in Kyiv ... and in Kharkiv': places struck 'also', told
        without a day right after a dated attack by the same attacker, were struck that day."""
        undated = [i for i in attacks if self.attacks[i].when.day is None]
        if not undated or dates or not ALSO_STRUCK.search(text):
            return attacks
        before = self.attacks[attacks[0]].sentence - 1
        told = [
            a
            for a in self.attacks[: attacks[0]]
            if a.sentence == before and a.when.day and a.claim.stance != "denied"
        ]
        if len({a.when.day for a in told}) != 1:
            return attacks
        wave = told[-1]
        for i in undated:
            if same_attacker(self.attacks[i].perpetrator, wave.perpetrator):
                self.attacks[i] = replace(self.attacks[i], when=wave.when)
        return attacks

    def remember_attacker(self, perpetrator: str | None, mentions: list[Mention]):
        """The attacker a sentence names, for the attacks told next, with the countries where it
        struck: those of the places the sentence names, and the countries it names other than
        the attacker ('struck Hezbollah targets in southern Lebanon': Lebanon)."""
        if perpetrator is None:
            return
        self.context.last_perpetrator = perpetrator
        places = {self.vocab.place_country(m.ref) for m in mentions if self.is_place(m.ref)}
        named = {m.ref.partition(":")[2] for m in mentions if m.ref.startswith("country:")}
        self.context.struck_countries = (places | named) - {None, perpetrator.partition(":")[2]}

    def across_the_line(self, places: list[Mention]) -> bool:
        """Whether the places lie in none of the countries where the attacker told last struck
        ('Ukrainian shelling killed a man in Belgorod. Later, a missile hit Odesa': Belgorod's
        attacker is not Odesa's)."""
        now = {self.vocab.place_country(m.ref) for m in places} - {None}
        struck = self.context.struck_countries
        return bool(struck) and bool(now) and not now & struck

    def date_last_attacks(self, when: DateWindow) -> list[int]:
        """The attacks told last, given the day a sentence about them tells ('The strike hit the
        coastal area late on Wednesday') when they had none and it lies within their window."""
        for index in self.context.last_attacks:
            told = self.attacks[index].when
            earliest, latest = told.bounds()
            if (
                when.day
                and not told.day
                and (earliest or when.day) <= when.day <= (latest or when.day)
            ):
                self.attacks[index] = replace(self.attacks[index], when=when)
        return list(self.context.last_attacks)

    def governments(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions, where a capital named as a government acts or is acted on taken as
        its country: 'a claim Yerevan rejects', 'a rebuke of Moscow', 'officials in Kyiv blamed
        Moscow' (so Moscow is the attacker, and neither is a place struck)."""
        taken = []
        for m in mentions:
            code = self.capital_of(m.ref)
            if code and (
                self.lex.government_after.match(text, m.end)
                or self.lex.government_owns.match(
                    text, m.end - 2 if m.text.endswith(("'s", "’s")) else m.end
                )
                or self.lex.government_before.search(text, max(0, m.start - 40), m.start)
            ):
                name = self.vocab.countries[code]
                country = self.entities.setdefault(
                    f"country:{code}", LocalEntity(f"country:{code}", "Country", name, {name})
                )
                m = replace(m, ref=country.key)
            taken.append(m)
        return taken

    def capital_of(self, ref: str) -> str | None:
        """The code of the country whose capital the place is, if it is one."""
        code = self.vocab.place_country(ref) if self.is_place(ref) else None
        capital = self.vocab.capitals.get(f"country:{code}") if code else None
        entity = self.entities.get(ref)
        if not (capital and entity):
            return None
        return code if fold(capital) in {fold(n) for n in (entity.label, *entity.names)} else None

    def may_be_attacked(self, text: str, m: Mention, mentions: list[Mention]) -> bool:
        """Whether the sentence may tell of the place as struck, not as something else: a name
        ('the Karabakh conflict', 'the Kyiv regime'), a government ('Yerevan denied'), where
        an attack came from or was seen from, a venue, an owner ("Gaza City's Sheikh Radwan
        neighborhood")."""
        return not (
            self.lex.conflict_or_name_after.match(text, m.end)
            or VISIT_TO_BEFORE.search(text[: m.start])
            or self.lex.speaks.match(text, m.end)
            or (  # 'launched from Crimea'; not 'rescued four hostages from the Nuseirat camp'
                NOT_ATTACKED_BEFORE.search(text[: m.start])
                and not FREED_FROM.search(text, max(0, m.start - 60), m.start)
                and not FIRED_TOWARD.search(text, max(0, m.start - 60), m.start)
            )
            or (
                (context := self.lex.context_before.search(text, max(0, m.start - 60), m.start))
                and not FREED.search(text, max(0, context.start() - 30), context.start())
            )  # 'the war in Gaza'; not 'a raid to free four hostages in Nuseirat'
            or self.lex.meeting_venue_before.search(text, max(0, m.start - 40), m.start)
            or self.owns_a_body(text, m, mentions)
            or self.names_a_facility(text, m, mentions)
            or NOT_ATTACKED_AFTER.match(text[m.end :])
            or OWNS_A_PLACE.match(text, m.end)
            or SOURCE_CLAUSE_BEFORE.search(text, max(0, m.start - 80), m.start)
            or (
                (self.is_region(m.ref) or self.vocab.is_sea(m.ref))  # 'the Red Sea port'
                and REGION_OF_A_TOWN_TOLD.match(text, m.end)
                and text[max(0, m.start - 4) : m.start].lower() == "the "
            )
        )

    def names_a_facility(self, text: str, m: Mention, mentions: list[Mention]) -> bool:
        """'bombed al-Tabi'in school, which shelters families in the Daraj neighbourhood of
        Gaza City': the name of a school, hospital or market whose town the sentence names
        after it, not a place of that name."""
        return bool(
            text.startswith(" ", m.end)
            and self.lex.facility.match(text, m.end + 1)
            and any(
                self.is_place(o.ref)
                and not self.is_region(o.ref)
                and not REGION_WORD_AFTER.match(text, o.end)
                and (o.start > m.end or NEAR_BEFORE.search(text, max(0, m.start - 12), m.start))
                for o in mentions
                if o.ref != m.ref
            )  # not 'the Ras Isa port in Hodeidah province': a port, in a province; 'In Jabalia
            # camp, ... a house near Al-Fakhura school': the school's name
        )

    def with_places_inside(
        self, text: str, mentions: list[Mention], places: list[Mention]
    ) -> list[Mention]:
        """'The village of Chiragli in the Aghdam district came under fire': the place named
        right before one that was attacked, as lying in it, was attacked too (and
        drop_containers then keeps only the village)."""
        inside = [
            m
            for m in mentions
            if self.is_place(m.ref)
            and m not in places
            and any(IN_CONTAINER.fullmatch(text, m.end, p.start) for p in places)
        ]
        return sorted([*inside, *places], key=lambda m: m.start) if inside else places

    def before_relative_clause(self, text: str, places: list[Mention]) -> list[Mention]:
        """'Ganja, which after the capital Baku is the second largest city', 'El Fasher, the
        capital of North Darfur': places in a clause that describes the attacked place are not
        attacked; nor are those of a circumstance told after it (', as troops pressed on with an
        offensive in Jenin'). A description set off by commas ends at its comma: 'fired at Ganja,
        the second largest city of Azerbaijan, ..., as well as at Mingachevir'."""
        if not places:
            return places
        clause = DESCRIBING_CLAUSE.search(text, places[0].end)
        if clause and clause.group(0).endswith("where"):
            told = text[clause.end() :]
            if self.lex.attack_verb.search(told) and self.lex.casualty.search(told):
                clause = None  # 'struck the Kursk region, where the governor said a drone hit a
                # car near Rylsk, killing the driver': where the attack was
        joined = (
            AND_IN_PLACE.search(text, clause.end())
            if clause and clause.group(0).endswith("where")
            else None
        )
        if joined:  # 'in Kyiv, where debris fell in the Dniprovskyi district, and in Kharkiv,
            # where ...': the place after the clause is struck too
            later = [m for m in places if m.start >= joined.end()]
            return [m for m in places if m.start < clause.start()] + self.before_relative_clause(
                text, later
            )
        if clause and clause["description"]:
            close = text.find(",", clause.end())
            if close > 0:
                after = DESCRIBING_CLAUSE.search(text, close)
                if not after or after.start() > close:
                    cut = after.start() if after else len(text)
                    return [
                        m for m in places if m.start < cut and not clause.start() <= m.start < close
                    ]
        cut = clause.start() if clause else len(text)
        return [m for m in places if m.start < cut]

    def place_told_before(
        self, sentence: Sentence, dated: bool, anaphor: str = ""
    ) -> list[Mention]:
        """'The armed forces shelled the cemetery on Oct. 15': an attack that names no place but
        points back to one ('the cemetery', 'the town') is at the one place the sentence before
        named or told of ('Stepanakert has been shelled since the weekend. Rockets hit the city
        overnight'); else, when it has a day, at the one place this article told of attacks at
        so far, or at the place of the attack just told. 'The region' points back to the region
        named last, not to a town ('... over the Belgorod Region ... On Sunday, the military
        again attacked the region')."""
        same = anaphor.split()[-2:-1] == ["same"]
        kind = self.context.place_of_kind.get(anaphor.split()[-1].lower()) if same else None
        if kind and anaphor.split()[-1].lower() not in self.lex.region_words:
            return [Mention(kind, "", 0, 0, sentence.index)]  # 'in the same camp' after
            # 'Nuseirat refugee camp' and a hospital in a town: the camp, not the town
        if len(self.context.last_places) == 1:
            told = self.context.last_places[0]
            if anaphor and anaphor.split()[-1].lower() in self.lex.region_words:
                told = self.context.last_region or told
            return [Mention(told, "", 0, 0, sentence.index)]
        if not dated:
            return []
        told = {a.place for a in self.attacks if a.place}
        if len(told) != 1:  # several: the one just told of ('The same port was also hit')
            last = [self.attacks[i].place for i in self.context.last_attacks]
            told = set(last) if len(set(last)) == 1 and last[0] else set()
        if len(told) != 1:
            return []
        return [Mention(told.pop(), "", 0, 0, sentence.index)]

    def casualties_at_place(
        self, text: str, mentions: list[Mention]
    ) -> tuple[re.Match, Mention | None] | None:
        """'four civilians died in Martuni', 'In the village of X, a woman died of shrapnel
        wounds': a toll at a named place tells of an attack there, even when no attack word is
        in the sentence (or only a later one: 'was killed in Shusha when forces shelled it')."""
        for word in self.lex.casualty.finditer(text):
            for m in mentions:
                if self.is_place(m.ref) and m.start < word.start():
                    if FRONTED_PLACE.fullmatch(text, 0, m.start):
                        return word, None  # the place if the sentence names no other
                    if self.lex.residents_of.search(text, max(0, m.start - 60), m.start):
                        return word, m  # 'a resident of the village of X ... was killed'
                    if WHEN_CLAUSE_AFTER.match(text, m.end, word.start()):
                        return word, m  # 'recorded in Martuni on September 27, when a woman
                        # and her grandson were killed by artillery fire'
                elif (
                    self.is_place(m.ref)
                    and m.start > word.end()
                    and re.fullmatch(
                        # 'killed in the northern Arab town of Tamra', 'killed at least 25
                        # militants near Jowhar'
                        r"\s+(?:(?:at least|more than|over|nearly|about|some)\s+)?(?:[\w-]+\s+){0,3}?"
                        # 'killed eight civilians, including a village chief, near Tera'
                        r"(?:[\w-]+,\s+(?:including|among them)\s+[^,]{1,50},\s+)?"
                        # "killed in Zelenskyy's hometown of Kryvyi Rih"
                        r"(?:in|at|near)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}?of\s+)?"
                        r"(?:[A-Z][\w-]*['’]s\s+)?",  # "in Azerbaijan's Tartar district"
                        text[word.end() : m.start],
                    )
                ):
                    return word, m
        return None

    def casualties_at_anaphor(self, text: str) -> re.Match | None:
        """'A woman and her grandson were killed in the city on Sunday': a toll at a place the
        text points back to."""
        for word in self.lex.casualty.finditer(text):
            at = CASUALTY_PLACE_GAP.match(text, word.end())
            if at and self.lex.place_anaphor.match(text, at.end()):
                return word
        return None

    def place_dates(self, text: str, places: list[Mention], dates, when: DateWindow | None):
        """(place, date) pairs: 'X and Y on October 11 and 15 respectively' pairs them in order;
        'X on October 4 and October 5' and 'X on October 27-28' are one attack a day; else each
        place takes the date."""
        refs = list(dict.fromkeys(m.ref for m in places)) or [None]
        owned = {  # "Monday's shelling of the town of Terter": that place's own day
            m.ref: d.when
            for m in places
            for d in dates
            if d.when.day and d.end < m.start and OWNED_DAY_OF.fullmatch(text, d.end, m.start)
        }
        if owned:
            return [(ref, owned.get(ref, when)) for ref in refs]
        # 'on Tuesday and Wednesday, October 31 and November 1': two days, each told twice
        days = list(dict.fromkeys(d.when for d in dates if d.role == "event" and d.when.day))
        ranges = [d.when for d in dates if d.role == "event" and d.each_day]
        if len(ranges) == 1 and not days and (ranges[0].latest - ranges[0].earliest).days < 3:
            first, length = ranges[0].earliest, (ranges[0].latest - ranges[0].earliest).days + 1
            each = [DateWindow(day=first + timedelta(days=n)) for n in range(length)]
            return [(ref, day) for ref in refs for day in each]  # 'October 27-28': one a day
        if re.search(r"\brespectively\b", text) and len(days) == len(refs) > 1:
            return list(zip(refs, days, strict=True))
        if len(refs) > 1 and len([d for d in dates if d.role == "event"]) > 1:
            # 'strikes on Wednesday damaged the hospital in Stepanakert, and that on Thursday
            # shells landed in Shushi': each place the day of its own clause
            cuts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(text)), len(text)]
            spans = list(itertools.pairwise(cuts))
            by_clause = {}
            for m in places:
                start, end = next((a, b) for a, b in spans if a <= m.start < b)
                told = [d.when for d in dates if d.role == "event" and start <= d.start < end]
                if told:
                    by_clause.setdefault(m.ref, told[0])
            if len(by_clause) == len(refs) and len(set(by_clause.values())) > 1:
                return [(ref, by_clause[ref]) for ref in refs]
            # 'shelling of Martuni on Tuesday, and that Stepanakert had been hit again
            # overnight': each place the day told between it and the next place
            own = {}
            for m, following in zip(places, [*places[1:], None], strict=False):
                end = following.start if following else len(text)
                told = [d.when for d in dates if d.role == "event" and m.end <= d.start < end]
                if told:
                    own.setdefault(m.ref, told[0])
            if len(set(own.values())) > 1:
                return [(ref, own.get(ref, when)) for ref in refs]
        if (
            when
            and len(days) > 1
            and len(refs) == 1
            and re.search(r"\d\s+and\s+(?:once\s+)?(?:again\s+)?(?:on\s+)?[A-Z]?\w*\.?\s*\d", text)
        ):
            return [(refs[0], day) for day in days]
        if when and len(days) > 1 and len(refs) == 1:
            # 'On Oct. 4 a missile killed a civilian there, and on Oct. 11 a missile strike on
            # an apartment block killed 10': an attack for each clause's day
            cuts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(text)), len(text)]
            struck = [
                told[0]
                for a, b in itertools.pairwise(cuts)
                if (told := [d.when for d in dates if d.role == "event" and a <= d.start < b])
                and told[0].day
                and (
                    self.attack_word(text[a:b])
                    or self.weapon_word(text[a:b])
                    or ANOTHER_CLAUSE.match(text, a, b)  # ', and another on Oct. 17 that killed'
                )
            ]
            if len(set(struck)) > 1:
                return [(refs[0], day) for day in dict.fromkeys(struck)]
        return [(ref, when) for ref in refs]

    @staticmethod
    def owns_a_body(text: str, place: Mention, mentions: list[Mention]) -> bool:
        """'the State Service of Emergency Situations of Artsakh', "Karabakh's State Service of
        Emergency Situations": the place whose body it is."""
        return any(
            m.ref.startswith(("org", "outlet:"))
            and (
                (m.end <= place.start and BODY_OF.fullmatch(text, m.end, place.start))
                or (m.start >= place.end and BODY_OWNER.fullmatch(text, place.end, m.start))
            )
            for m in mentions
        )

    def without_reference_points(self, text: str, places: list[Mention]) -> list[Mention]:
        """'the Bulengo camp, west of Goma', 'Abu Shouk camp near El Fasher': a place named
        right after another to tell where that one lies is not where the attack was."""
        kept = places[:1]
        for before, place in zip(places, places[1:], strict=False):
            gap = text[before.end : place.start]
            point = REFERENCE_POINT.search(gap)
            if not (point and not CLAUSE_BETWEEN.search(gap, 0, point.start())):
                kept.append(place)  # not 'struck the Kursk region, where the governor said a
                # drone hit a car near the town of Rylsk': Rylsk lies near no place named
        return kept

    def counted_across(self, text: str, wide: Mention, places: list[Mention]) -> bool:
        """'Israeli strikes across Gaza killed 30 people, including 12 in Jabalia': a count
        across the whole place, a share of it in a place inside; both were struck."""
        share = INCLUDING_COUNT.search(text, wide.end)
        return bool(
            share
            and WIDE_BEFORE.search(text, 0, wide.start)
            and any(p.start > share.end() for p in places)
        )

    def drop_containers(self, text: str, places: list[Mention]) -> list[Mention]:
        """'the Garayusifli village of Barda district': the village is the place, in Barda; 'Khan
        Yunis in the southern Gaza Strip': Khan Yunis; 'the southern Gaza city of Rafah': Rafah."""
        kept = []
        places = [self.town_of_area(text, m) for m in places]
        places = [m for i, m in enumerate(places) if all(m.ref != p.ref for p in places[:i])]
        places = [
            m
            for m in places
            if self.counted_across(text, m, places)
            or not any(self.contains(m.ref, other.ref) for other in places)
        ]
        container_end = -1  # where the last container dropped ends
        for m in places:
            inner = kept[-1] if kept else None
            if container_end >= 0 and CONTAINER_CHAIN.fullmatch(text, container_end, m.start):
                container_end = m.end  # 'Magarya village in Zurmi Local Government Area of
                continue  # Zamfara State': Magarya, in Zurmi, in Zamfara
            if (
                inner
                and inner.ref.startswith("place+:")
                and not self.is_region(m.ref)
                and self.lex.landmark_in.fullmatch(text, inner.end, m.start)
            ):  # 'the Zobe junction in Mogadishu': the town the landmark lies in
                kept[-1] = m
                continue
            if (
                inner
                and CITY_OF.fullmatch(text, inner.end, m.start)
                and not REGION_WORD_AFTER.match(text, m.end)
                and not (inner.ref.startswith("place+:") and VILLAGE_AFTER.match(text, inner.end))
            ):  # 'the southern Gaza city of Rafah': Rafah; not 'Gashalti village of Naftalan
                # city', a village the gazetteer lacks, in the town named after it
                kept[-1] = m
                continue
            if (
                inner
                and re.fullmatch(
                    # 'Ariha and Darat Izza in the western countryside of Aleppo': after the
                    # list's last name, one the gazetteer does not hold
                    r"(?:,?\s+and\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
                    r",?\s+(?:village|settlement|town|city|camp|district|neighbou?rhood|area|port)?\s*(?:of|in)\s+(?:the\s+)?"
                    r"(?:(?:north|south|east|west|central)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?"
                    r"(?:(?:countryside|outskirts|suburbs|province|governorate|commune|municipality"
                    r"|county|department|district|region|territory|township)\s+of\s+)?"
                    r"(?:[A-Z][\w-]*['’]s\s+)?",  # "Gashalti in Azerbaijan's Naftalan city", 'Mhardeh
                    # in the northern countryside of Hama'
                    text[inner.end : m.start],
                    re.IGNORECASE,
                )
            ):  # 'Khan Yunis in the southern Gaza Strip': Khan Yunis is the place
                local = self.entities.get(inner.ref)
                village = re.match(
                    r"\s+(?:village|settlement)\b", text[inner.end : m.start]
                ) or re.search(r"\b(?:village|settlement)\s+of\s+$", text[: inner.start])
                if village and local and local.kind == "Place" and inner.ref.startswith("place+:"):
                    local.within = (
                        m.ref
                    )  # 'Kebirli village of Tartar district', 'the village of X in Y'
                container_end = m.end
                continue
            if (
                inner
                and text[inner.end : m.start] == ", "
                and self.is_region(m.ref)
                and not self.is_region(inner.ref)  # not 'the Murmansk, Irkutsk and Amur regions'
            ):
                continue  # 'Dikwa, Borno State': the town, in its region
            kept.append(m)
        return kept

    def town_of_area(self, text: str, place: Mention) -> Mention:
        """ "Gaza City's Sheikh Radwan neighborhood", 'the Mugunga camp, west of the city': the
        town the area lies in (see `landmark_words`)."""
        local = self.entities.get(place.ref)
        if (
            local is not None
            and local.within
            and place.ref.startswith("place+:")
            and self.lex.landmark_after.match(text, place.end)
        ):
            return replace(place, ref=local.within)
        told = self.context.last_places
        if (
            len(told) == 1
            and place.ref.startswith("place+:")
            and (
                self.lex.area_of_town_told.match(text, place.end)
                or self.lex.facility_appositive.match(text, place.end)
            )
        ):  # 'The bombs hit the Lac Vert and Mugunga camps, west of the city': the town told
            return replace(place, ref=told[0])
        return place

    def is_region(self, ref: str) -> bool:
        return self.vocab.is_region(ref)

    def contains(self, outer: str, inner: str) -> bool:
        """Whether a known place lies inside another ('Stepanakert, the capital of Artsakh'), or
        the text puts a place of its own in another ("Omdurman's Karari district")."""
        local = self.entities.get(inner)
        if local is not None and local.within == outer:
            return True
        place = (
            self.vocab.places.get(inner.removeprefix("place:"))
            if inner.startswith("place:")
            else None
        )
        while place and place.within:
            if f"place:{place.within}" == outer:
                return True
            place = self.vocab.places.get(place.within)
        return False

    def perpetrator(self, text: str, mentions: list[Mention], strict: bool = False) -> str | None:
        """The attacker the sentence names (named_attacker); a defence ministry stands for its
        country ("Russia's defence ministry said its missiles hit ...": Russia)."""
        return self.country_of_ministry(self.named_attacker(text, mentions, strict))

    def country_of_ministry(self, actor: str | None) -> str | None:
        """A defence ministry stands for its country ("Armenia's Defense Ministry")."""
        if actor and actor.startswith(DEFENCE_MINISTRY):
            name = actor.removeprefix(DEFENCE_MINISTRY)
            return next(
                (
                    key
                    for key, entity in self.entities.items()
                    if entity.kind == "Country" and entity.label.lower() == name
                ),
                actor,
            )
        return actor

    def named_attacker(self, text: str, mentions: list[Mention], strict: bool) -> str | None:
        """Who attacks, as the sentence says: 'by X', "X's shelling", 'X launched', 'Armenian attack'.
        Actors named together ('the American-British aggression', 'U.S. and British warplanes')
        count as the first of them; a country a weapon came from ('a missile fired from
        Lebanon') is not the attacker. `strict`: not the one country a sentence names in passing."""
        if MUTUAL.search(text):
            return None  # 'Armenia and Azerbaijan accused each other of shelling'
        if blamed := self.organization_of_the_blamed(text, mentions):
            return blamed
        sides = [m.span() for m in SIDES.finditer(text)] if "between" in text else []
        repelled = self.lex.repelled.search(text)  # 'the army said soldiers repelled an attack'
        defenders = (  # the clause of who repelled it, not 'X attacked Y, but troops repelled'
            (max(text.rfind(",", 0, repelled.start()), 0), repelled.start()) if repelled else (0, 0)
        )
        actors = self.actor_chains(
            text,
            [
                m
                for m in mentions
                if m.ref.startswith(("country:", "forces:", "org"))
                and not any(a <= m.start < b for a, b in sides)
                and not (defenders[0] <= m.start and m.end <= defenders[1])
                and not self.lex.attack_verb_before.search(text, 0, m.start)  # its object
                and not self.struck_actor(text, m)
                and not NOT_THE_ATTACKER_AFTER.match(text, m.end)  # 'a Barbados-flagged carrier'
                and not self.lex.reacts.match(text, m.end)
                and not VICTIMS_COUNTED_BEFORE.search(text, max(0, m.start - 60), m.start)
                # 'killed 274 Palestinians': the victims
                and not (
                    self.named_as(m, "Country") and self.lex.origin_before.search(text, 0, m.start)
                )
            ],
        )
        for m in actors:
            if CLAIMED_BY.search(text, max(0, m.start - 20), m.start):
                return m.ref  # 'a suicide bombing in Ankara, claimed by the PKK'
            if (
                BY_BEFORE.search(text, max(0, m.start - 80), m.start)
                and not self.lex.kept_by.search(text, max(0, m.start - 40), m.start)
                and (
                    self.lex.attack.search(CLAUSE_BREAK_BEFORE_BY.split(text[: m.start])[-1])
                    or self.lex.done_by.search(text, max(0, m.start - 120), m.start)
                )  # 'it had been carried out by forces associated with the RSF'
            ):  # 'struck by Russian missiles'; not 'a missile ..., dismissing the claim that the
                return m.ref  # damage was caused by a Ukrainian interceptor'
            if self.lex.arms_of.search(text, 0, m.start) and self.lex.attack.search(text):
                return m.ref  # 'drones of the Rapid Support Forces struck'
        for m in actors:  # 'The spokesman of the Yemeni Armed Forces, ..., said that the naval
            # forces had targeted the tanker': those whose spokesman says their forces struck
            if SPOKESMAN_OF.search(text, 0, m.start) and self.lex.own_forces_did.search(
                text, m.end
            ):
                return m.ref
        for m in actors:  # 'India held Pakistan responsible for the attack', 'blamed Kyiv for';
            # 'shells hit the village, a local leader said, blaming the M23 armed group'
            if self.lex.held_responsible.search(text[: m.start]) and (
                self.lex.attack.search(text) or self.lex.attack_verb.search(text, m.end)
            ):  # also 'accused Yerevan of turning its guns on cities'
                return m.ref
            if (
                self.lex.blamed_on.search(text, 0, m.start)
                or self.lex.attributed_to.search(text, 0, m.start)
                or self.lex.linked_to.search(text, 0, m.start)
                or FROM_POSITIONS_OF.search(text, max(0, m.start - 40), m.start)
            ):  # 'the strike on Ganja, which Baku blames on Armenia', 'an attack attributed to
                # ADF rebels', 'reports linked the attackers to the RSF', 'fired from positions
                return m.ref  # of the RDF'
        for m in actors:  # 'The IDF said it had struck a Hezbollah rocket launcher', '... said
            # fighter jets struck': the speaker is the attacker, not what follows
            said = self.lex.said_it.match(text, m.end)
            reported = CLAUSE_END_SAID.split(text[said.end() :])[0] if said else ""
            if (
                said
                and not SUFFERED.search(reported)
                and (
                    self.lex.attack_verb.search(reported)
                    or self.lex.harm_done.match(
                        text, said.end() - 1
                    )  # 'said its aircraft killed 40'
                    # 'The Israeli army said it had killed X in a strike on Beirut': its own strike
                    or (
                        m.ref.startswith("forces:")
                        and OWN_KILLING.match(reported)
                        and self.lex.attack.search(reported)
                    )
                )
            ):
                return m.ref
        for m in actors:
            rest = text[m.end :]
            own = ITS_AFTER.match(rest)  # 'In the latest crimes of the regime, its jets struck'
            if own and self.lex.attack_verb.search(CLAUSE_END.split(rest[own.end() :])[0]):
                return m.ref
            if rest[:1] == " " and self.lex.attack.match(rest, 1):
                return m.ref  # 'Israeli air strikes', 'Russian missile strikes'
            if self.lex.owner_of_attacks.match(rest):
                return m.ref  # "Israel's wave of air strikes"
            if (word := self.lex.attack.search(text, m.start, m.end + 40)) and (
                word.start() < m.end < word.end()
            ):
                return m.ref  # 'an Israeli military operation': the forces' operation
            if self.lex.after_actor.match(rest):
                follow = self.lex.word_after_actor.match(rest)
                if (
                    follow
                    and (
                        self.lex.attack_verb.fullmatch(follow.group(1))
                        or self.lex.attack.fullmatch(follow.group(1))
                    )
                    and not self.lex.described_place_after.match(rest, follow.end())
                ):  # not "in Sudan's besieged city of El Fasher": a city described
                    return m.ref
        own_forces = self.lex.subjects_forces.search(text)
        if own_forces and self.lex.attack_verb.search(text, own_forces.start()):
            subject = next((m for m in actors if m.start <= 1), None)
            if subject and subject.end <= own_forces.start():  # 'Azerbaijan apologised to
                return subject.ref  # Russia after its forces shot down a helicopter'
        for m, following in zip(actors, [*actors[1:], None], strict=False):
            # 'Hamas gunmen emerged from a tunnel and attacked an army post': the subject of an
            # attack verb further on in its clause, with no other actor between
            aside = SUBJECT_ASIDE.match(text, m.end)  # 'Armenia, in flagrant violation of
            # the ceasefire, continues to fire missiles': the subject, past its aside
            start = aside.end() if aside else m.end
            end = min(following.start if following else len(text), start + 80)
            clause = CLAUSE_END.split(text[start:end], maxsplit=1)[0]
            if not self.lex.victim_after.match(text[m.end :]) and (
                (SUBJECT_GAP.match(clause) and self.lex.attack_verb.search(clause))
                or self.lex.harm_done.match(clause)  # 'RSF fighters killed 11 villagers'
            ):
                return m.ref
        accusable = {
            m.ref
            for m in actors
            if m.ref.startswith(("country:", "forces:"))
            and not self.lex.victim_after.match(text[m.end :])
            and not re.search(
                r"\b(?:of|in|on|at|to|against|(?:border|frontier)s?\s+with|near|close\s+to"
                r"|(?:connect|link)\w*\s+(?:[\w-]+\s+){0,3}?(?:with|and))\s+"  # 'the road
                # connecting Artsakh with Armenia'
                r"(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?"
                r"(?:-?(?:north|south|east|west|central)(?:ern)?)?\s+)?$",  # 'in north-central'
                text[: m.start],
            )  # 'an attack on southern Israel': the target, not the attacker; 'near Banibangou,
            # close to the border with Mali': a landmark
            and not self.owns_a_source(text, m)  # "according to Lebanon's health ministry"
            and not self.lex.speaks.match(text, m.end)  # 'Azerbaijan said Tartar came under'
        }
        struck = {self.vocab.place_country(m.ref) for m in mentions if self.is_place(m.ref)}
        accusable -= {f"country:{code}" for code in struck if code}  # 'Syria has begun mourning
        # after a drone attack on ... Homs': a country is not the attacker of its own town
        forces = {ref for ref in accusable if ref.startswith("forces:")}
        if len(forces) == 1:
            return forces.pop()  # armed forces named in the sentence outweigh a country in passing
        if strict:
            return None  # only what the sentence says, not the one country it names in passing
        return accusable.pop() if len(accusable) == 1 else None

    def organization_of_the_blamed(self, text: str, mentions: list[Mention]) -> str | None:
        """'Israel holds Shukr responsible for the rocket strike', 'Shukr ... was responsible
        for the attack': the organization of the person held responsible, if the article
        names his post in one (not the country that holds him responsible)."""
        for m in mentions:
            if not m.ref.startswith("person:"):
                continue
            held = HOLDS_BEFORE.search(text, max(0, m.start - 40), m.start) and (
                RESPONSIBLE_AFTER.match(text, m.end)
            )
            subject = m.start <= 1 and WAS_RESPONSIBLE.match(text, m.end)
            entity = self.entities.get(m.ref)
            if (held or subject) and entity:
                return next(
                    (p.of for p in entity.positions if p.of and p.of.startswith("org")), None
                )
        return None

    def struck_actor(self, text: str, actor: Mention) -> bool:
        """'A U.S. convoy came under fire', 'Russian troops were shelled': the actor names the
        subject of a passive attack, so what was struck; not 'Russian missiles were fired at'."""
        struck = self.lex.struck_subject.match(text, actor.end)
        return bool(struck) and not (
            set(struck["gap"].lower().split()) & self.lex.weapon_nouns
            or self.lex.speech.search(struck["gap"])
        )

    def owns_a_source(self, text: str, actor: Mention) -> bool:
        """An owner of what follows, when that is not its armed forces or its attack: "according
        to Lebanon's health ministry", 'the Lebanese Health Ministry said'."""
        owned = (DEMONYM_OWNED if self.named_as(actor, "Demonym") else OWNED_WORD).match(
            text, actor.end
        )
        return bool(owned) and not (
            owned.group(1).lower() in self.lex.attacker_words
            or self.lex.attack.fullmatch(owned.group(1))
        )

    def named_as(self, mention: Mention, kind: str) -> bool:
        """Whether the words of a mention are a known name of that kind ('Lebanon' a Country,
        'Lebanese' a Demonym)."""
        known = self.vocab.surfaces.get(mention.text)
        return known is not None and known.kind == kind

    @staticmethod
    def actor_chains(text: str, actors: list[Mention]) -> list[Mention]:
        """Actors named together ('American-British', 'U.S. and British', 'Rapid Support Forces
        (RSF)') as one span that stands for the first."""
        chains: list[Mention] = []
        for m in actors:
            last = chains[-1] if chains else None
            if last and ACTOR_JOINT.fullmatch(text, last.end, m.start):
                end = m.end + 1 if text[m.end : m.end + 1] == ")" else m.end  # 'Forces (RSF)'
                chains[-1] = replace(last, text=text[last.start : end], end=end)
            else:
                chains.append(m)
        return chains

    @staticmethod
    def several_accused(text: str, mentions: list[Mention]) -> bool:
        """'British and American warplanes struck': the sentence names its attackers, several of
        them, so it does not take the attacker of the attack told before."""
        actors = [m for m in mentions if m.ref.startswith(("country:", "forces:", "org"))]
        return any(
            re.fullmatch(r"\s+(?:and|&)\s+", text[a.end : b.start])
            for a, b in zip(actors, actors[1:], strict=False)
        )

    def facility_in(self, text: str, mentions: list[Mention]) -> tuple[str, str] | None:
        """'the cotton factory in Tartar': a facility and the place it stands in."""
        for m in self.lex.facility.finditer(text):
            head = re.search(r"(?:the\s+)?((?:[a-z-]+\s+)?)$", text[: m.start()])
            label = (head.group(1) if head else "") + m.group(0)
            place = next(
                (
                    p
                    for p in mentions
                    if self.is_place(p.ref)
                    and re.fullmatch(r"\s+(?:in|of|near)\s+(?:the\s+)?", text[m.end() : p.start])
                ),
                None,
            )
            if place:
                key = f"facility:{label.casefold()}|{place.ref}"
                if key not in self.entities:
                    self.entities[key] = LocalEntity(
                        key, "Facility", label, {label}, within=place.ref
                    )
                return key, place.ref
        return None

    def add_denials(self, sentence: Sentence, mentions: list[Mention], claim: Claim):
        """'X denied carrying out the attack': the same attacks, reported again as denied by X.
        An attack told without its attacker is the denier's as accused ('Rockets struck
        Stepanakert, officials said. Azerbaijan denied targeting civilians')."""
        text = sentence.text
        denied = self.lex.denied.search(text)
        deniers = [
            m
            for m in mentions
            if m.end <= denied.start()
            and m.ref.startswith(("country:", "forces:", "org"))
            and DENIER_GAP.fullmatch(text, m.end, denied.start())
        ]  # "Azerbaijan's defence ministry denied": Azerbaijan, not its ministry
        denier = self.country_of_ministry(  # "Armenia's Defense Ministry denied": Armenia
            min(deniers, key=lambda m: (m.ref.startswith("org"), -m.start)).ref if deniers else None
        )
        for index in self.context.last_attacks:  # an attacker only carried over yields too
            if denier and (self.attacks[index].perpetrator is None or index in self.carried):
                self.attacks[index] = replace(self.attacks[index], perpetrator=denier)
                self.carried.discard(index)
            denial = replace(
                self.attacks[index], weapons=(), targets=(), facility=None, figures=None,
                sentence=sentence.index, claim=claim,
            )  # fmt: skip
            self.attacks.append(denial)

    # --- figures

    def told_before(self, index: int) -> Figures:
        """The figures this article gave earlier for the attack at the same place."""
        place = self.attacks[index].place
        earlier = [a.figures for a in self.attacks[:index] if a.place == place and a.figures]
        return earlier[-1] if earlier else Figures()

    def names_place_of(self, text: str, index: int) -> bool:
        return self.place_named_at(text, index) >= 0

    def figures_by_clause(self, text: str, index: int, dates, attacks: list[int]) -> bool:
        """'1 civilian was killed in Barda, and 2 were injured in Tartar': each clause's figures
        to the attack at the place that clause names; 'killing three in Kharkiv and two in
        Sumy': a count that borrows the verb before it is a clause of its own. False when the
        clauses do not say."""
        found = []
        told = None
        share = INCLUDING_COUNT.search(text)
        broken_down = bool(share) and (
            sum(self.names_place_of(text[share.end() :], i) for i in attacks) >= 2
        )  # 'all nine were militants, including four killed in Far'a, and three in Tulkarem'
        for at, clause in pieces(CLAUSE_BREAK, text):
            share = INCLUDING_COUNT.search(clause) if broken_down else None
            if share:  # the whole count is no town's; its verb is the parts'
                told = self.figures.find(clause[: share.start()], shifted(dates, at)) or told
                at, clause = at + share.end(), clause[share.end() :]
            parts = pieces(CLAUSE_BEFORE_NUMBER, clause, at)
            if sum(self.names_place_of(clause, i) for i in attacks) < 2 or any(
                self.figures.casualty.search(part) for _, part in parts[1:]
            ):
                parts = [(at, clause)]  # only a count that borrows the verb before it is split
            for start, part in parts:
                figures = self.figures.find(part, shifted(dates, start)) or self.borrowed_count(
                    part, told
                )
                told = figures or told
                figures = replace(figures, sentences=(index,)) if figures else None
                named = [i for i in attacks if self.names_place_of(part, i)]
                if len(named) != 1:  # the one of the clause's day, else of its ordinal, among
                    # those named there or all ('two strikes on Ganja: one on Oct. 11 that killed
                    # 10, and another on Oct. 17 that killed 13'; 'the second attack alone')
                    pool = named or attacks
                    named = (
                        self.dated_in(part, shifted(dates, start), pool)
                        or self.by_ordinal(part, pool)
                        or named
                    )
                if len(parts) > 1 and len(named) > 1:  # 'struck A and B, killing three in A'
                    named = [max(named, key=lambda i: self.place_named_at(part, i))]
                if figures is not None and len(named) > 1:  # 'hit Kharkiv and Odesa, killing
                    # five people in Odesa': the place named with the count
                    named = [i for i in named if self.counted_at(part, figures, i)] or named
                if figures is not None and len(named) == 1:
                    found.append((named[0], figures))
        for index, figures in found:
            self.attacks[index] = replace_figures(self.attacks[index], figures)
        return bool(found)

    def across_the_land_at(self, text: str, mentions: list[Mention]) -> int | None:
        """Where the sentence says its toll is the whole country's ('Across the country',
        'Across Ukraine', 'nationwide'), if it does."""
        whole = self.lex.across_the_land.search(text)
        if whole:
            return whole.start()
        return next(
            (
                m.start
                for m in mentions
                if self.named_as(m, "Country") and ACROSS_BEFORE.search(text, 0, m.start)
            ),
            None,
        )

    def by_ordinal(self, part: str, attacks: list[int]) -> list[int]:
        """'the second attack', 'the latter', 'the first strike': that one of the attacks told
        in the sentence, in the order of their days."""
        said = ORDINAL_ATTACK.search(part)
        if not said:
            return []
        ordered = sorted(attacks, key=lambda i: self.attacks[i].when.day or date.max)
        position = ORDINALS[said.group(1).lower()]
        return [ordered[position]] if -len(ordered) <= position < len(ordered) else []

    def dated_in(self, part: str, dates: list[DateMention], attacks: list[int]) -> list[int]:
        """The one attack whose day the clause gives ('..., and on Oct. 11 a strike on an
        apartment block killed 10'), when the sentence tells attacks on several days."""
        days = {d.when.day for d in dates if d.role == "event" and 0 <= d.start < len(part)}
        dated = [i for i in attacks if self.attacks[i].when.day in days - {None}]
        return dated if len(dated) == 1 else []

    def counted_at(self, text: str, figures: Figures, index: int) -> bool:
        """Whether the count is told with the attack's place right after it: 'killing five
        people in Odesa', 'two civilians were killed in Martuni'."""
        ends = [
            found + len(stated)
            for stated in figures.stated.split("; ")
            if stated and (found := text.find(stated)) >= 0
        ]
        return any(
            COUNT_AT_PLACE.fullmatch(text, end, at)
            for end in ends
            for at in self.places_named_at(text, index)
        )

    def update_then_total(self, sentence: Sentence, claim: Claim) -> bool:
        """'He said the death toll had risen to three, and that a total of 92 civilians had
        been killed since September 27': the attack told before, updated, then the war's total."""
        halves = AND_THAT.split(sentence.text, maxsplit=1)
        if len(halves) != 2 or not self.context.last_attacks:
            return False
        published = self.article.published
        told = [(h, find_dates(h, published)) for h in halves]
        found = [self.figures.find(h, d) for h, d in told]
        starts = [next((d.when.day for d in ds if d.role == "since"), None) for _, ds in told]
        if None in found or starts[0] or not starts[1]:
            return False
        update, total = (replace(f, sentences=(sentence.index,)) for f in found)
        index = self.context.last_attacks[0]
        self.attacks[index] = replace_figures(self.attacks[index], update)
        self.add_total(RunningTotal(total, starts[1], (), sentence.index, claim))
        return True

    @staticmethod
    def borrowed_count(clause: str, told: Figures | None) -> Figures | None:
        """'26 people have lost their lives in Ganja and 17 people in Tartar', 'killing three in
        Kharkiv and two in Sumy': a clause that opens with a count and has no casualty word
        counts what the clause before it counted, when that counted one thing."""
        number = NUMBER.match(clause)
        value = parse_number(number.group(0)) if number else None
        fields = [f for f in ("killed", "injured") if told and getattr(told, f) is not None]
        return Figures(**{fields[0]: value}) if value and len(fields) == 1 else None

    def figures_across(self, text: str, index: int, dates, attacks: list[int]) -> bool:
        """'Israeli strikes across Gaza killed 30 people, including 12 in a strike in Jabalia':
        the whole count to the attack across Gaza, the share to the one in Jabalia."""
        share = INCLUDING_COUNT.search(text)
        if not share:
            return False
        wide = [
            i
            for i in attacks
            if any(0 <= at < share.start() and WIDE_BEFORE.search(text, 0, at)
                   for at in self.places_named_at(text, i))
        ]  # fmt: skip
        inside = [
            i for i in attacks if i not in wide and self.place_named_at(text, i) > share.end()
        ]
        if len(wide) != 1 or len(inside) != 1:
            return False
        whole = self.figures.find(text[: share.start()], dates)
        rest = text[share.end() :]
        part = self.figures.find(rest, shifted(dates, share.end())) or self.borrowed_count(
            rest, whole
        )
        if whole is None or part is None:
            return False
        for i, figures in ((wide[0], whole), (inside[0], part)):
            self.attacks[i] = replace_figures(self.attacks[i], replace(figures, sentences=(index,)))
        return True

    def place_named_at(self, text: str, index: int) -> int:
        """Where in the text the attack's place is named last."""
        return max(self.places_named_at(text, index), default=-1)

    def places_named_at(self, text: str, index: int) -> list[int]:
        """Where in the text the attack's place is named."""
        place = self.entities.get(self.attacks[index].place or "")
        names = place.names if place else ()
        return [m.start() for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text)]

    def place_figures(
        self, sentence, mentions, dates, figures, attacks, claim, period: bool
    ) -> bool:
        """Figures go to the sentence's attack, to a running total, or to the attack just told
        (then True: the next sentence may go on telling of it)."""
        text = sentence.text
        if figures is not None:
            figures = replace(figures, sentences=(sentence.index,))
        if figures is not None and not attacks and self.update_then_total(sentence, claim):
            return True
        since = next((d.when.day for d in dates if d.role == "since"), None)
        damage = self.figures.damage_in(text)
        running = (  # 'since the invasion in February 2022': a start told without its day
            since
            or period
            or HAVE_BEEN_KILLED.search(text)
            or any(d.role == "since" for d in dates)
        )
        share = self.lex.attack_share.search(text) if attacks and figures is not None else None
        if share and (since or period):  # the total's part that one attack took
            counted = "killed" if figures.killed is not None else "injured"
            own = Figures(**{counted: parse_number(share["n"])}, sentences=(sentence.index,))
            self.attacks[attacks[0]] = replace_figures(self.attacks[attacks[0]], own)
        across = self.across_the_land_at(text, mentions)
        if figures is not None and attacks and not since and not period:
            if across is not None and not any(
                self.names_place_of(text[:across], i) for i in attacks
            ):
                # 'Across Ukraine, at least 43 people were killed in Monday's barrage, which
                # also hit Dnipro and Pokrovsk': the toll of the whole barrage
                for part in self.totals_by_clause(text, dates) or [figures]:
                    self.add_total(RunningTotal(part, since, damage, sentence.index, claim))
                return False
            each = self.figures.respective(text) if len(attacks) > 1 else None
            if each and len(each) == len(attacks):  # 'on October 11 and 17, attacks that
                # killed 10 and 15 civilians respectively'
                for index, own in zip(attacks, each, strict=True):
                    own = replace(own, sentences=(sentence.index,))
                    self.attacks[index] = replace_figures(self.attacks[index], own)
                return False
            if len(attacks) == 2 and self.figures_across(text, sentence.index, dates, attacks):
                return False
            if len(attacks) > 1 and self.figures_by_clause(text, sentence.index, dates, attacks):
                return False
            struck = {self.attacks[i].place for i in attacks}
            if len(struck) >= MANY_PLACES and SEVERAL_ATTACKS.search(text):
                # 'attacks on Idlib city, Sarmin and Ariha killed at least 11': the toll of
                # them all, no one attack's
                for part in self.totals_by_clause(text, dates) or [figures]:
                    self.add_total(RunningTotal(part, since, damage, sentence.index, claim))
                return False
            if self.lex.additive.match(text):
                figures = self.told_before(attacks[0]).plus(figures)
            self.attacks[attacks[0]] = replace_figures(self.attacks[attacks[0]], figures)
            return False
        if figures is None and damage and self.context.last_total is not None:
            total = self.totals[self.context.last_total]
            self.totals[self.context.last_total] = replace(total, damage=total.damage + damage)
            return False
        # soldiers' deaths tell of the war, unless the sentence points back at the attack ('five
        # soldiers were killed in the ambush')
        military = (
            figures is not None
            and figures.victims == "military"
            and not self.lex.attack_anaphor.search(text)
            and not self.lex.other_victims.search(text)  # 'Two other soldiers were wounded'
        )
        # 'As of 09:00, six people have been killed': after an attack, naming no other place nor
        # a date ('as of October 20, 63 civilians have been killed' is a running total), the
        # perfect tense updates that attack's toll rather than starting a running total
        update = (
            not since
            and not period
            and all(AS_OF.search(text, 0, d.start) for d in dates)  # 'As of this morning'
            and not AT_PLACE.search(text)
        )
        side = self.lex.side_toll.search(text) if running else None
        if side and not (
            side.group(0).startswith("in")
            and any(self.is_region(self.attacks[i].place or "") for i in self.context.last_attacks)
        ):  # 'Azerbaijan says 91 of its civilians have been killed': the side's losses so far;
            update = False  # not 'a drone hit a bus in the Belgorod region. Two people have
            # been killed in the region'

        if figures is not None and not attacks and across is not None:
            # 'Across the country at least 38 people were killed in the morning attack', 'Across
            # Ukraine, at least 41 people died': the day's toll over the land, beside the toll
            # of the attack on the place told
            for part in self.totals_by_clause(text, dates) or [figures]:
                self.add_total(RunningTotal(part, since, damage, sentence.index, claim))
            return False
        if figures is not None and not attacks and WAR_BEGAN.search(text):
            return False  # 'The war began when militants stormed into southern Israel on Oct.
            # 7, killing some 1,200 people': the war's first day, not the attack told last
        if (
            figures is not None
            and (not running or update)
            and not military
            and self.context.last_attacks
        ):
            named = [i for i in self.context.last_attacks if self.names_place_of(text, i)]
            places = {self.attacks[i].place for i in self.context.last_attacks}
            if not named and len(places) > 1 and self.lex.one_attack_anaphor.search(text):
                named = self.context.last_attacks[-1:]  # 'fired at Nahariya in response to a
                # strike on Meiss al-Jabal. Three people were killed in that strike'
            if not named and len(places) > 1:  # 'Russia attacked Kyiv, Kharkiv and Dnipro. At
                # least seven people have been killed': the toll of them all, no one attack's
                for part in self.totals_by_clause(text, dates) or [figures]:
                    self.add_total(RunningTotal(part, since, damage, sentence.index, claim))
                return False
            index = (named or self.context.last_attacks)[0]  # 'in Martuni': that attack's figures
            if not named:  # 'The Lebanese Health Ministry said the strike killed three': the
                index = self.attack_in_counters_country(text, mentions, index)  # last one there
            if self.dated_elsewhen(dates, self.attacks[index].when):
                return False  # 'In October 2024, gang members killed 115 people in ...'
            if self.another_attack_later(text, dates, self.attacks[index].when):
                return False  # 'On Monday, a helicopter was shot down over Armenia, killing
                # two crew members': an attack of its own the day after, not that one's toll
            earlier = self.lex.earlier_figure.search(text) or (  # 'Nine had died on the
                self.lex.died_before.search(text) and not self.figures.tells_update(text)
            )  # spot' after the toll has risen to ten; not 'had died, bringing the toll to 3'
            if earlier:
                index = self.counted_report(index)
            told = self.attacks[index].figures
            risen_less = (
                told is not None
                and TOLL_ROSE.search(text)
                and figures.killed is not None
                and told.killed is not None
                and figures.killed < told.killed
            )  # 'The figure later rose to 38' after the final 74: an earlier count, told after
            # (not 'Officials later said four were killed' after six: a revision)
            if told is not None and (earlier or risen_less):
                # 'The police had on Sunday put the figure at 14 dead', 'the Doctors Network
                # later put the death toll at 61': another count, which only fills what the
                # first one left out
                figures = figures.merge(told)
            elif told is not None and self.another_source(index, claim, told, figures, text):
                # 'The Observatory gave a higher toll of 123 dead' after the ministry's 89: a
                # count of its own, kept beside the first
                self.other_counts.append((index, figures, sentence.index, claim))
                return True
            elif told is not None and not (
                self.figures.tells_update(text) or self.lex.revision.search(text)
            ):  # not 'Officials later said four people were killed'
                figures = fewer_kept_out(told, figures)
            self.attacks[index] = replace_figures(self.attacks[index], figures)
            self.fill_day(index, text, dates)
            return True
        if figures is not None and (running or not self.lex.attack.search(text)):
            # an attack on a place the sentence does not name ('fired a missile at a border
            # village, killing a resident') gives no running total
            for part in self.totals_by_clause(text, dates) or [figures]:
                self.add_total(RunningTotal(part, since, damage, sentence.index, claim))
        return False

    def attack_in_counters_country(self, text: str, mentions: list[Mention], index: int) -> int:
        """The attack a country's counting body gives a toll of: the one told last in that
        country, when the attack told last lies in another ('Hezbollah's rocket attack on Majdal
        Shams ... The Lebanese Health Ministry said the strike killed three': the strike on
        Beirut told before it)."""
        counters = {
            m.ref.split(":")[-1]
            for m in mentions
            if m.ref.startswith("country:") and COUNTING_BODY_AFTER.match(text, m.end)
        }
        place = self.attacks[index].place
        if not counters or not place or self.vocab.place_country(place) in counters:
            return index
        return next(
            (
                i
                for i in range(len(self.attacks) - 1, -1, -1)
                if self.attacks[i].place
                and self.vocab.place_country(self.attacks[i].place) in counters
            ),
            index,
        )

    def counted_report(self, index: int) -> int:
        """The report of the same attack (place and day) that gave its count: 'The toll of
        Wednesday's strike on Kostiantynivka rose to 17 ... The missile struck at 14:00 on
        Wednesday. Shmyhal initially put the toll at 16': the earlier count goes beside the 17,
        not to the report of the hour."""
        attack = self.attacks[index]
        if attack.figures is not None or not attack.when.day:
            return index
        return next(
            (
                i
                for i, told in enumerate(self.attacks)
                if told.figures is not None
                and told.place == attack.place
                and told.when.day == attack.when.day
            ),
            index,
        )

    def another_source(
        self, index: int, claim: Claim, told: Figures, figures: Figures, text: str
    ) -> bool:
        """Whether the figures are another source's count of the attack, not an update: a
        source named that did not tell the attack, figures that differ from those told, and
        no word of a toll that rose or was revised."""
        differ = any(
            getattr(told, name) is not None
            and getattr(figures, name) is not None
            and getattr(told, name) != getattr(figures, name)
            for name in ("killed", "injured")
        )
        return (
            differ
            and claim.claimant is not None
            and claim.claimant != self.attacks[index].claim.claimant
            and not (self.figures.tells_update(text) or self.lex.revision.search(text))
        )

    def fill_day(self, index: int, text: str, dates):
        """'Earlier in the week, bombs hit Bilopillia. A woman was killed in the Jan. 13 attack':
        the day an attack is named by, with the toll, is the day of the attack told without
        one, if it fits; so is the day of its toll when the attack was told within a period
        ('X has been shelled repeatedly this week. Two people were killed there on Monday')."""
        when = self.attacks[index].when
        told = next(
            (
                d.when.day
                for d in dates
                if d.role == "event"
                and d.when.day
                and (self.names_an_attack(text, d.end) or not when.assumed)
            ),
            None,
        )
        earliest, latest = when.bounds()
        if told and not when.day and earliest and latest and earliest <= told <= latest:
            self.attacks[index] = replace(self.attacks[index], when=DateWindow(day=told))

    def names_an_attack(self, text: str, end: int) -> bool:
        """Whether the day ending at `end` names an attack: 'the Jan. 13 attack', "Monday's
        strike"."""
        gap = DAY_BEFORE_ATTACK.match(text, end)  # a word between, or none ("Thursday's
        # attack on the academy")
        return bool(gap) and any(self.lex.attack.match(text, at) for at in (gap.end(), gap.end(1)))

    @staticmethod
    def dated_elsewhen(dates, when: DateWindow) -> bool:
        """Whether the sentence dates what it tells before an attack told (a later day may
        update its toll: 'On Friday, rescuers found another body, raising the toll to four')."""
        earliest = when.bounds()[0]  # 'The war began when fighters attacked Israel on Oct.
        # 7, killing 1,200': before even the earliest day the attack told may have had
        return bool(earliest) and any(
            d.role == "event" and d.when.bounds()[1] and d.when.bounds()[1] < earliest
            for d in dates
        )

    def another_attack_later(self, text: str, dates, when: DateWindow) -> bool:
        """Whether the sentence tells an attack of its own on a later day than the attack told
        (one that does not point back at it, nor update its toll)."""
        return (
            bool(when.day)
            and any(d.role == "event" and d.when.day and d.when.day > when.day for d in dates)
            and (self.attack_word(text) or self.lex.attack_verb.search(text)) is not None
            and not self.lex.attack_anaphor.search(text)
            and not self.figures.tells_update(text)
        )

    def goes_on_with_a_period(self, text: str, index: int, dates) -> bool:
        """'Since October 8, Hezbollah has attacked northern Israel almost daily. The attacks
        have killed 11 civilians. In Lebanon, more than 490 people have been killed': a count in
        the perfect right after a period told, naming no day, adds up that period too."""
        return (
            self.context.period_sentence == index - 1
            and not any(d.role == "event" for d in dates)
            and bool(PERFECT_TOLL.search(text))
        )

    def over_a_period(self, text: str, dates=()) -> bool:
        """'so far', 'since the attacks began', 'during the reporting period': the figures add up
        a period, not one attack ('since this morning' is not such a period)."""
        campaign = self.lex.campaign_toll.search(text) if "toll" in text else None
        if (
            campaign
            and ON_A_PLACE.match(text, campaign.end())
            and any(d.role == "event" and d.when.day for d in dates)
        ):
            campaign = None  # 'The toll of the aggression on Hodeidah ... of the raids launched
            # on Thursday evening': one day's raids on a town
        if self.lex.war_toll.search(text) or campaign:
            return True  # 'the war has killed more than 15,000 people', 'the toll of soldiers
            # killed in the ground offensive'
        if self.context.war_is_subject and (
            self.lex.pronoun_toll.search(text) or HAVE_BEEN_KILLED.search(text)
        ):
            return True  # 'The war ... broke out in April 2023. ..., it has killed 20,000'
        if ("between" in text or "from" in text) and MONTH_SPAN.search(text):
            return True  # 'killed in gang violence between April and June'
        if DIGIT.search(text) and YEAR_PERIOD.search(SUPERLATIVE_SINCE.sub("", text)):
            return True  # 'at least 5,601 people were killed in gang violence in 2024'; not
            # 'one of the deadliest attacks since the army seized power in 2021'
        told = RELATIVE_ASIDE.sub(  # 'In X, which has been under fire since the war began, a
            # resident was killed': the aside's period is not the figure's
            lambda m: m.group(0) if self.lex.casualty.search(m.group(0)) else " " * len(m.group(0)),
            text,
        )
        if "since" in told:  # 'the most serious incident since the truce': no period's toll
            told = SUPERLATIVE_SINCE.sub(lambda m: " " * len(m.group(0)), told)
        # 'The deadliest attack so far took place on October 28': one attack, compared
        told = SUPERLATIVE_SO_FAR.sub(lambda m: " " * len(m.group(0)), told)
        comment = SPEAKER_COMMENT.search(told) if "ing that" in told else None  # '..., warning
        told = told[: comment.start()] if comment else told  # that violence ... so far spared'
        running = [m.group(0).lower() for m in self.lex.running.finditer(told)]
        if self.context.last_attacks and running and set(running) <= self.lex.weak_running:
            return False  # 'In total, 15 people were killed, among them a child': that attack's
        return bool(running) and not self.lex.not_running.search(text)

    def totals_by_clause(self, text: str, dates) -> list[Figures] | None:
        """'26 people have lost their lives in Ganja and 17 people in Tartar': one total per
        clause, the second taking the casualty word of the first; '12 have been killed and 35
        injured, while the ombudsman has reported 12 deaths and 53 injured': one per source."""
        found: list[Figures] = []
        for at, part in pieces(SOURCE_CLAUSE, text):
            whole = self.figures.find(part, shifted(dates, at))
            if whole is not None and whole.killed is not None and whole.injured is not None:
                found.append(whole)
            else:
                found += self.totals_of_clauses(part, shifted(dates, at), found)
        return found if len(found) > 1 else None

    def totals_of_clauses(self, text: str, dates, found: list[Figures]) -> list[Figures]:
        found = list(found)
        start = len(found)
        for at, clause in pieces(CLAUSE_BEFORE_NUMBER, text):
            figures = self.figures.find(clause, shifted(dates, at))
            if figures is None and found and AT_PLACE.search(clause):
                figures = self.borrowed_count(clause, found[-1])
            if figures is not None:
                found.append(figures)
        return found[start:]

    def add_total(self, total: RunningTotal):
        """A new running total, or the rest of the one just told: a total split over two
        sentences ('19 civilians were killed... about 80 were wounded') is one total."""
        last = self.totals[self.context.last_total] if self.context.last_total is not None else None
        given = {f for f in ("killed", "injured") if getattr(total.figures, f) is not None}
        if (
            last
            and total.sentence - last.sentence <= 3
            and total.since in (None, last.since)
            and not given
            & {f for f in ("killed", "injured") if getattr(last.figures, f) is not None}
        ):
            merged = replace(last, figures=last.figures.merge(total.figures))
            self.totals[self.context.last_total] = merged
            return
        self.totals.append(total)
        self.context.last_total = len(self.totals) - 1

    # --- resolutions

    def find_resolutions(self, sentence: Sentence):
        text = sentence.text
        for m in RESOLUTIONS.finditer(text):
            if re.search(
                r"\b(?:in|of|since|by|with)\s+$", text[: m.start("list")]
            ) or VOTES_AFTER.match(text, m.end("list")):
                continue  # 'adopted in 1993': a year; 'adopted by 14 votes': a count, no resolution
            body = "unga" if re.search(r"General Assembly", text[: m.start()]) else "unsc"
            for item in re.finditer(r"(\d{2,4})(?:\s*\((\d{4})\))?", m["list"]):
                number = int(item.group(1))
                given = item.group(2) or m["year"]
                year = int(given) if given else self.resolution_year(body, number)
                self.resolutions.append(ResolutionRef(body, number, year, sentence.index))

    def resolution_year(self, body: str, number: int) -> int | None:
        if body != "unsc":
            return None
        firsts = sorted(
            (first, int(year))
            for year, first in self.vocab.lexicon["resolution_years"]["first_numbers"].items()
        )
        for (first, year), (next_first, _) in zip(firsts, firsts[1:], strict=False):
            if first <= number < next_first:
                return year
        return None

    # --- helpers

    def event_date(self, dates: list[DateMention], thread=()) -> DateWindow | None:
        """The day the sentence gives, before any told relative to the last one ('The day
        before, on Monday': Monday); a call's 'the day before' counts from the call told last;
        'a day later' and 'a day after' count from the call or
        attack told last, else from the last day named; 'later in the day' is the news day: the
        latest day of the reports of the `thread` ('A called B today. [an attack told] Later in
        the day, A received C': the call's day)."""
        given = next((d.when for d in dates if d.role == "event" and d.when.day), None)
        if given:
            return given
        for d in dates:
            if d.role == "event":
                return d.when
            if d.role == "told-day":  # 'Hours later': the day of the event told last
                said = next((r.when for r in dates if r.role == "report" and r.when.day), None)
                told = self.last_told_day(thread)
                if said or told or self.context.last_date:
                    return said or (DateWindow(day=told) if told else self.context.last_date)
            if d.role == "same-day":
                # 'said on Tuesday that Fidan had called Kuleba earlier in the day': that day
                said = next((r.when for r in dates if r.role == "report" and r.when.day), None)
                days = [r.when for r in thread if r.when.day]
                same = said or max(days, key=lambda w: w.day, default=None)
                lead = self.context.lead_statement  # 'Blinken said on Monday ... Earlier in
                # the day, at a meeting with Herzog': the day the lead's speaker spoke
                if same or self.context.last_date or lead:
                    return same or self.context.last_date or lead[1]
            if d.role == "day-before":  # the day before the one said ('Netanyahu said on
                # Monday that a strike the night before'); a call's is before the last call's ('A
                # had discussed the same issues with B the day before'), else the last day named;
                # a day named after that call for talks is nearer ('The first round of talks,
                # held on May 16 ... A day earlier, Erdogan had received Zelensky': May 15)
                said = next((r.when.day for r in dates if r.role == "report" and r.when.day), None)
                last_call = next((r for r in reversed(thread) if r.when.day), None)
                named = self.context.last_date.day if self.context.last_date else None
                called = last_call.when.day if last_call else None
                named_at = self.context.last_date_sentence
                if (
                    last_call
                    and named
                    and named_at > last_call.sentence
                    and self.context.last_date_talks  # not 'the truce agreed on October 10'
                    and not any(a.sentence == named_at for a in self.attacks)
                ):
                    called = None
                if said or called or named:
                    return DateWindow(day=(said or called or named) - timedelta(days=d.days))
            if d.role == "days-before-named":  # 'talks in Istanbul on July 13. Two days before
                # those talks, Erdogan called Putin': before the day named last, else told last
                named = self.context.last_date.day if self.context.last_date else None
                before = named or self.last_told_day()
                if before:
                    return DateWindow(day=before - timedelta(days=d.days))
            if d.role not in ("day-after", "day-before-event"):
                continue
            told = self.last_told_day() or (self.context.last_date or DateWindow()).day
            if d.role == "day-after" and told:
                # the day after the event told last ('By Wednesday the toll had risen to
                # eight. A day later, ...': after the attack, not after the update)
                return DateWindow(day=told + timedelta(days=d.days))
            said = next((r.when.day for r in dates if r.role == "report" and r.when.day), None)
            came = next((r.when.day for r in dates if r.role == "came-day"), None)
            if d.role == "day-before-event" and (came or told or said):
                # 'Nehammer met Zelenskiy on Saturday. The visits came a day after a strike';
                # 'authorities said on Wednesday ... a day after militants attacked': Tuesday;
                # "Monday's talks came a day after": Sunday, whatever was told last
                return DateWindow(day=(came or told or said) - timedelta(days=d.days))
        return None

    @staticmethod
    def days_after_the_main_clause(text: str, trigger: int, dates) -> DateWindow | None:
        """'told Netanyahu on Thursday ..., three days after Israeli strikes killed seven aid
        workers', 'struck on Sunday, two days after Scholz held a call with Putin': what the
        trigger tells happened that many days before the main clause's day."""
        after = next(
            (
                d
                for d in dates
                if d.role == "day-before-event"
                and d.end <= trigger
                and not CLAUSE_MARK.search(text, d.end, trigger)
            ),
            None,
        )
        main_day = next(  # the day of the main clause, before 'three days after'
            (
                d.when.day
                for d in dates
                if d.role == "event" and d.when.day and after and d.end <= after.start
            ),
            None,
        )
        own_day = any(d.start > after.end and d.when.day for d in dates) if after else False
        if not main_day or own_day:  # 'two weeks after it was struck on February 18': its own
            return None
        return DateWindow(day=main_day - timedelta(days=after.days))

    def last_told_day(self, thread=()) -> date | None:
        """The day of the call or attack told last; of the `thread`'s last, where all told after
        it happened before it ('met the co-chairs on October 30 ... reminded them of the strikes
        on Ganja on October 11 ... Earlier that day': October 30)."""
        told = [r for r in [*self.calls, *self.attacks] if r.when.day]
        if not told:
            return None
        last = max(told, key=lambda r: r.sentence)
        own = next((r for r in reversed(thread) if r.when.day), None)
        if own and all(r.when.day < own.when.day for r in told if r.sentence > own.sentence):
            return own.when.day
        return last.when.day

    def undated(self) -> DateWindow:
        published: date = self.article.published
        return DateWindow(earliest=published - UNDATED_WINDOW, latest=published, assumed=True)

    def is_place(self, ref: str) -> bool:
        return ref.startswith(("place:", "place+:", "geo:"))

    @staticmethod
    def concepts(table, text: str) -> tuple[str, ...]:
        return tuple(code for code, pattern in table if pattern.search(text))


def cut_in_two(sentence: Sentence, head_end: int, tail_start: int) -> list[Sentence]:
    """The sentence read as two: up to `head_end` (closed by a full stop), and from
    `tail_start` on, the words before it blanked out so that offsets stay the sentence's."""
    return [
        replace(
            sentence,
            end=sentence.start + head_end,
            text=sentence.text[:head_end] + ".",
        ),
        replace(sentence, text=" " * tail_start + sentence.text[tail_start:]),
    ]


def same_attacker(one: str | None, other: str | None) -> bool:
    """Whether two reports' attackers may be one: either unnamed, or the same country or
    organization ('forces:RU' is 'country:RU')."""
    return None in (one, other) or one.split(":")[-1] == other.split(":")[-1]


def clause_dates(dates: list[DateMention], start: int, end: int) -> list[DateMention]:
    """The days told within a call's own clause, and the report's day: the clause's even within
    an aside ('A, who was received by B on Thursday and met C a day later, ...')."""
    return [
        replace(d, role="event") if d.role == "aside" else d
        for d in dates
        if start <= d.start < end or d.role == "report"
    ]


def first_day_of_span(when: DateWindow | None, dates: list[DateMention]) -> DateWindow | None:
    """Talks 'in Moscow on October 9-10' are dated by the day they began: a meeting's span is
    told, not a window it happened somewhere in (an attack's span is one attack a day)."""
    told = next((d for d in dates if d.role == "event" and d.each_day and d.when == when), None)
    return DateWindow(day=when.earliest) if when and told else when


def pieces(pattern: re.Pattern, text: str, offset: int = 0) -> list[tuple[int, str]]:
    """The text split where `pattern` matches, each piece with where it starts (plus `offset`),
    so that spans found in the whole text (its dates) can be shifted onto the piece."""
    starts = [0, *(m.end() for m in pattern.finditer(text))]
    ends = [*(m.start() for m in pattern.finditer(text)), len(text)]
    return [(offset + a, text[a:b]) for a, b in zip(starts, ends, strict=True)]


def shifted(dates: list[DateMention], start: int) -> list[DateMention]:
    """The dates of a text, placed on its piece that starts at `start`."""
    return [replace(d, start=d.start - start, end=d.end - start) for d in dates]


def fewer_kept_out(told: Figures, figures: Figures) -> Figures:
    """'killing two people. A port worker was killed at the scene, and a woman died of her
    wounds': victims told one by one after the toll, fewer than it, do not replace it."""
    fewer = {
        name: None
        for name in ("killed", "injured")
        if getattr(told, name) is not None
        and getattr(figures, name) is not None
        and getattr(figures, name) < getattr(told, name)
    }
    return replace(figures, **fewer) if fewer else figures


def replace_figures(report: AttackReport, figures: Figures) -> AttackReport:
    merged = report.figures.merge(figures) if report.figures else figures
    return replace(report, figures=merged)
