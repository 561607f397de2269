"""Speaker phrases around reporting verbs, and their resolution to entities.

A cue is a reporting verb with its subject: "he said", "Vandermolen said", "said the minister",
"Keith Vaz, chairman of the committee, said:", "according to officials". The subject is parsed
into a :class:`SpeakerRef` (a name, a pronoun, or a description); :class:`SpeakerResolver`
then links it to an entity: pronouns to the last person (or organisation) mentioned outside
quotes, descriptions to the person whose role they repeat or whom the next sentence names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from slant.voices.entities import EntityRecord, EntityTable
from slant.voices.lexicon import (
    AUXILIARY_VERBS,
    DOCUMENT_NOUNS,
    ORG_WORDS,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_SPEAKER,
    PRONOUNS_THING,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEECH_PREPOSITIONS,
    TITLES,
)
from slant.voices.names import NameMention

_FILLER = frozenset(
    """also later then previously has had have was is were are reportedly had once further
    again then had just recently earlier repeatedly publicly privately simply only all both
    now did does do already since even long still first
    """.split()
)


_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_TIME_TAIL = re.compile(
    rf"\s+(?:on\s+(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|"
    r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|earlier|later|at\s+the\s+time|"
    r"in\s+a\s+(?:statement|tweet|post|letter|speech|interview)|on\s+Twitter)$"
)
_NOT_SUBJECT_WORDS = frozenset(
    """is was are were be been being has have had will would could should can may might must
    do does did to not that which who whom whose if when because than this it there""".split()
)
# agent-noun endings: a lower-case head noun with one of these names a person or a group
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants",
                  "ent", "ents", "man", "men", "woman", "women")
_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "his", "her", "their", "its",
                          "our", "some", "many", "several", "two", "three", "most", "other"})
_IRREGULAR_PLURALS = frozenset({"people", "police", "men", "women", "children", "staff",
                                "folk", "folks", "clergy", "public"})


def is_plural_noun(word: str) -> bool:
    word = word.lower()
    return word in _IRREGULAR_PLURALS or word.endswith("men") or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")))


_COMMON_BEFORE_NAME = re.compile(r"(?:the|a)\s+(?:website|newspaper|paper|magazine|group|"
                                 r"site|blog|outlet|agency|broadcaster|channel|charity)\s+")
_OPENER = re.compile(r"\s*[A-Z][a-z]+,\s+")  # a sentence adverb: 'Now, ', 'Meanwhile, '
_PARTICIPLE_OPENER = re.compile(r"\s*[A-Z][a-z]+ing\s+(?:from|in|at|on|to|after|before|outside)"
                                r"\s+[^,]{1,60},")
# a verb phrase that reports like a verb: 'Varga made it very clear that ...'
_MADE_CLEAR = re.compile(r"\b(?:made|makes|make|making)\s+(?:it\s+)?(?:very\s+|abundantly\s+|"
                         r"quite\s+|perfectly\s+|crystal\s+)?clear\b")
# 'A teen who supports President X says': a relative clause whose object is the name
_RELATIVE_BEFORE = re.compile(r"\s(?:who|which|that)\s+[a-z]+\s+(?:[\w.’'-]+\s+){0,5}$")
# capitalised words that are part of names more often than verbs: 'United States', 'State
# Department', 'Drudge Report'
_NAME_WORDS = frozenset({"States", "State", "Post", "Times", "Reports", "Report", "Notes"})
_SENTENCE_OPENER = re.compile(r"(?:In|On|At|After|Before|During|Later|Earlier|Two|Three|Last|This|"
                              r"Now|Meanwhile|However|Yesterday|Today)\b[^,.;:]{0,70},\s+")
# 'Like Saviano, he said': a name compared with the speaker, never the speaker
_COMPARED = re.compile(r"\b(?:[Ll]ike|[Uu]nlike)\s+$")
_FIRST_VERB = re.compile(r"((?:[\w’'-]+\s+){1,5}?)(?:has|have|had|is|was|are|were|did|does|will|"
                         r"would|could|can|may|also|[a-z]{3,}ed)\b")
_CATENATIVE = re.compile(r"\s(?:attempted|attempts|tried|tries|went\s+on|goes\s+on|go\s+on|"
                         r"continued|continues|began|begins|started|starts|wanted|wants|"
                         r"is\s+heard|was\s+heard|is\s+seen|was\s+seen)(?:\s+to)?$|"
                         r"\s(?:is|was|were|are)\s+quoted\s+as$")  # 'Lee was quoted as saying'
_POSSESSIVE = re.compile(r"[’'](?:s\b)?$")  # 'officials’' / 'Teravia's'
_VERB_WORD = re.compile(r"(?<![\w’'-])(?:[a-z]+|[A-Z][a-z]+)(?![\w’'-])")  # 'Loomer Tweeted'


@dataclass(slots=True)
class SpeakerRef:
    kind: str  # name | pronoun | description
    text: str
    start: int
    end: int
    role: str | None = None
    mention: NameMention | None = None


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    speaker: SpeakerRef


class NameIndex:
    """Name mentions sorted by position, for fast "which name ends here" questions."""

    def __init__(self, mentions: list[NameMention]) -> None:
        self.mentions = mentions
        self.ends = [m.end for m in mentions]
        self.starts = [m.start for m in mentions]

    def ending_at(self, pos: int) -> NameMention | None:
        i = bisect.bisect_left(self.ends, pos)
        if i < len(self.mentions) and self.mentions[i].end == pos:
            return self.mentions[i]
        return None

    def starting_at(self, pos: int) -> NameMention | None:
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
            return self.mentions[i]
        return None

    def between(self, start: int, end: int) -> list[NameMention]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]


_ASIDE_BEFORE_VERB = re.compile(r",\s*(?:meanwhile|however|though|too|in turn|for (?:his|her|"
                                r"their|its) part|in a statement|in an interview),$")


def subject_before(text: str, lo: int, verb_start: int, names: NameIndex) -> SpeakerRef | None:
    """The subject of a reporting verb that starts at ``verb_start``; ``lo`` bounds the clause."""
    end = verb_start
    # skip filler words and auxiliaries between subject and verb ("Trump also said")
    while True:
        stripped = text[lo:end].rstrip()
        word_start = max(stripped.rfind(" "), stripped.rfind("\n")) + 1
        word = stripped[word_start:]
        if word and (word.lower() in _FILLER or len(word) > 4 and word.endswith("ly")
                     and word.islower() and word not in ("early", "only")):
            end = lo + word_start  # 'Perry shockingly claimed'
            continue
        end = lo + len(stripped)
        aside = _ASIDE_BEFORE_VERB.search(text, lo, end)  # 'Officials, meanwhile, have said'
        if aside is not None and aside.start() > lo:
            end = aside.start()
            continue
        catenative = _CATENATIVE.search(text, lo, end)  # 'Palermo attempted to explain'
        if catenative is not None and catenative.start() > lo:
            end = catenative.start()
            continue
        time_tail = _TIME_TAIL.search(text, lo, end)  # "Grell on Tuesday said"
        if time_tail is not None and time_tail.start() > lo:
            end = time_tail.start()
            continue
        break
    if end <= lo:
        return None
    if text[end - 1] == ")":  # 'Rep. Scott Perry (R-Pa.) said'
        opening = text.rfind("(", lo, end)
        if opening > lo and end - opening <= 30:
            end = len(text[lo:opening].rstrip()) + lo
    left = text[lo:end]
    # appositive: NAME, ROLE, [who ...,] said  /  ROLE, NAME, said
    if left.endswith(",") and re.search(r",\s+(?:who|which)[’']?", left):
        # 'the source, who's familiar with X, told': the phrase before the relative clause
        first = left.find(",")
        described = _description(text, lo, lo + first, names)
        if described is not None and names.ending_at(lo + first) is None:
            return described
    if left.endswith(","):
        name = _name_before_appositive(text, lo, end, names)
        if name is not None:
            return name
        mention = names.ending_at(end - 1)
        if mention is not None and text[lo : mention.start].rstrip().endswith(","):
            role = _strip_possessor(text[lo : mention.start].strip(" ,\n"))
            role = role if 0 < len(role) <= 120 else None
            return SpeakerRef("name", mention.name, mention.start, mention.end, role, mention)
    last_space = max(left.rfind(" "), left.rfind("\n"))
    last_word = left[last_space + 1 :]
    pronoun = re.sub(r"[’'](?:ll|d|ve)$", "", last_word)  # 'I’ll say it again'
    if pronoun.lower() in PRONOUNS_SPEAKER:
        return SpeakerRef("pronoun", pronoun, lo + last_space + 1, lo + last_space + 1 + len(
            pronoun))
    mention = names.ending_at(end)
    while mention is not None and _preceded_by_preposition(text, lo, mention.start):
        # 'Ana Lind of the University of Ostra in Tarland said': back over the affiliation
        before = text[lo : mention.start].rstrip()
        if before.lower().endswith(" the"):
            before = before[:-4].rstrip()
        before = before[: len(before) - len(before.split()[-1])].rstrip()
        previous = names.ending_at(lo + len(before))
        if previous is None:
            break
        mention = previous
    if mention is not None and not _preceded_by_preposition(text, lo, mention.start):
        relative = _RELATIVE_BEFORE.search(text, lo, mention.start)
        if relative is not None and relative.start() > lo:  # the name is the relative's object
            return subject_before(text, lo, relative.start(), names)
        return SpeakerRef("name", mention.name, mention.start, mention.end, mention.title, mention)
    return _description(text, lo, end, names)


_AGE = re.compile(r"\d{1,3}-year-old")


def _names_an_age(lowered: list[str]) -> bool:
    """'the 69-year-old', 'the 72-year-old Hall of Fame driver': the person the text is about."""
    return lowered[0] == "the" and any(_AGE.fullmatch(w) for w in lowered[1:3])


_SUBORDINATOR = re.compile(r".*\s(?:after|before|when|while|because|since|until|although|though|"
                           r"unless|once|whereas)\s", re.DOTALL)


def _preceded_by_preposition(text: str, lo: int, pos: int) -> bool:
    before = text[max(lo, pos - 12) : pos].split()
    if before and before[-1].lower() == "the":
        before = before[:-1]
    return bool(before) and before[-1].lower() in SPEECH_PREPOSITIONS


def _name_before_appositive(text: str, lo: int, end: int, names: NameIndex) -> SpeakerRef | None:
    segment = text[lo:end]
    first_comma = segment.find(",")
    opener = _OPENER.match(segment)
    if opener is not None and names.ending_at(lo + first_comma) is None:
        lo, segment = lo + opener.end(), segment[opener.end() :]  # 'Now, Mayor X, chair of Y,'
        first_comma = segment.find(",")
    if first_comma <= 0 or first_comma == len(segment) - 1:
        return None
    if _PARTICIPLE_OPENER.match(segment):
        # 'Speaking from Oslo, Ann Lee, head of X, said': the opener names no speaker
        return _name_before_appositive(text, lo + first_comma + 1, end, names)
    mention = names.ending_at(lo + first_comma)
    if mention is None or mention.kind in ("place",):
        return None
    appositive = segment[first_comma + 1 : -1].strip()
    role = re.split(r",?\s+(?:who|which|whose|where)\b", appositive)[0].strip(" ,")
    if not role or len(role) > 120 or role[0].isdigit() and len(role) <= 3:
        role = mention.title or None
    if role and role.lower().startswith(("a ", "an ", "the ")):
        role = role.split(" ", 1)[1]
    return SpeakerRef("name", mention.name, mention.start, mention.end, role, mention)


def _description(text: str, lo: int, end: int, names: NameIndex) -> SpeakerRef | None:
    left = text[lo:end]
    cut = max(left.rfind(","), left.rfind(";"), left.rfind(":"), left.rfind("—"),
              left.rfind(" that "), left.rfind("\n"))
    which = left.rfind(" which ")  # 'a piece in which several Muslims explained'
    if which > cut:
        cut = which + len(" which ") - 1
    subordinate = _SUBORDINATOR.search(left)  # 'They stood still after team owners threatened'
    if subordinate is not None and subordinate.end() - 1 > cut:
        cut = subordinate.end() - 1
    start = lo + (cut + 1 if cut >= 0 else 0)
    phrase = text[start:end].strip()
    start = end - len(phrase)
    words = phrase.split()
    if not words or len(words) > 9:
        return None
    lowered = [_POSSESSIVE.sub("", w.lower()) for w in words]
    if cut >= 0 and left[cut] == "," and words[0].islower() and lowered[0] in ROLE_NOUNS:
        # 'Gavino Zarate, secretary of the party told': the name before an unclosed appositive
        mention = names.ending_at(lo + cut)
        if mention is not None and mention.kind in ("person", "unknown"):
            return SpeakerRef("name", mention.name, mention.start, mention.end, phrase, mention)
    if lowered[-1] in ("who", "which", "that", "and", "or", "but") or lowered[-1] == "to" and (
            "for" in lowered):  # 'for the government to say': nobody says it
        return None  # 'X who says', 'X apologized and said': the caller finds the subject
    if lowered[0] == "whom" or any(w in AUXILIARY_VERBS for w in lowered):
        return None  # 'whom his supporters have taken to (calling)': a clause, not a subject
    if lowered[0] in ("and", "but", "as", "so", "while", "who", "with", "although", "though",
                      "because", "since", "when", "if", "after", "before", "once", "until",
                      "unless"):
        words, lowered = words[1:], lowered[1:]
        while len(words) > 1 and lowered[0] in ("now", "then", "later", "still", "yet"):
            words, lowered = words[1:], lowered[1:]  # 'But now the singer insists'
        if not words:
            return None
        start = end - len(" ".join(words))
    if lowered in (["some"], ["others"], ["many"], ["many", "others"], ["some", "others"]):
        return SpeakerRef("description", " ".join(words), start, end)  # 'Some even say ...'
    if _names_an_age(lowered):
        return SpeakerRef("description", " ".join(words), start, end)  # 'the 69-year-old'
    if not any(w in ROLE_NOUNS for w in lowered) and not any(
        w.endswith("s") and w in ROLE_NOUNS for w in lowered
    ):
        # a bare name-like description: an organisation or group written in lower case
        mention = names.ending_at(end)
        cut = next((k for k, w in enumerate(lowered) if k and w in SPEECH_PREPOSITIONS), None)
        if mention is None and not _noun_phrase_speaker(words, lowered) and not (
                cut is not None and _noun_phrase_speaker(words[:cut], lowered[:cut])) and not \
                _coordinated_speakers(words, lowered):
            return None  # 'a caller to the radio show' is headed by 'a caller'

    return SpeakerRef("description", " ".join(words), start, end)


def _coordinated_speakers(words: list[str], lowered: list[str]) -> bool:
    """'the guild and the press', 'unions and employers': every conjunct names a speaker."""
    if "and" not in lowered[1:-1]:
        return False
    k = lowered.index("and")
    parts = [(words[:k], lowered[:k]), (words[k + 1 :], lowered[k + 1 :])]
    return all(part and (low[-1] in ORG_WORDS or low[-1] in ROLE_NOUNS
                         or _noun_phrase_speaker(part, low)) for part, low in parts)


def _noun_phrase_speaker(words: list[str], lowered: list[str]) -> bool:
    """A short noun phrase headed by a group ("local fishermen", "Lake wardens") or by an
    agent noun after a determiner ("a farmer", "the driver")."""
    if len(words) > 4 or any(w in _NOT_SUBJECT_WORDS for w in lowered):
        return False
    if not all(re.fullmatch(r"[\w’'-]+", w) for w in words):
        return False
    head = words[-1]
    if len(words) == 1 and head[:1].isupper() and head[1:].islower() and is_plural_noun(head):
        return True  # 'Progressives say ...' at the start of a sentence
    if not head.islower():
        return False
    if is_plural_noun(head):
        return True
    return (lowered[0] in _DETERMINERS or words[0].endswith(("’s", "'s"))) and len(words) >= 2 \
        and head.endswith(_AGENT_ENDINGS) or head in ORG_WORDS and len(words) >= 2


_DATELINE = re.compile(r"[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3}\s*(?:\([A-Za-z ]+\)\s*)?"
                       r"(?:—|–|--|-)\s+")


def sentence_subject(text: str, s_start: int, verb_start: int, names: NameIndex
                     ) -> SpeakerRef | None:
    """The subject at the start of the sentence, for a verb coordinated with an earlier one:
    'Grell on Tuesday branded the deal ... and vowed that ...'."""
    pos = s_start
    while pos < verb_start and text[pos] in " \t\n\"“‘'":
        pos += 1
    dateline = _DATELINE.match(text, pos, verb_start)  # 'WASHINGTON (AP) — President ...'
    if dateline is not None:
        pos = dateline.end()
    opener = _SENTENCE_OPENER.match(text, pos, verb_start)  # 'In a statement, Manafort ...'
    if opener is not None:
        pos = opener.end()
    word = re.match(r"[A-Za-z]+", text[pos:verb_start])
    if word and word.group(0).lower() in PRONOUNS_SPEAKER - {"it", "i", "we"}:
        return SpeakerRef("pronoun", word.group(0), pos, pos + len(word.group(0)))
    for mention in names.between(pos, min(verb_start, pos + 80)):
        lead = text[pos : mention.start]
        if lead.strip() and not all(w[:1].isupper() or w in ROLE_NOUNS for w in lead.split()):
            return None  # ('Irish member Marie Collins, another victim, ... and said')
        if _possessive_after(text, mention.end):
            continue  # "CNN's Jake Tapper"
        if mention.kind == "place":
            return None
        return SpeakerRef("name", mention.name, mention.start, mention.end, mention.title,
                          mention)
    # a description before the sentence's first verb: 'The victim's family has disputed ...'
    head = _FIRST_VERB.match(text, pos, verb_start)
    if head is not None:
        return _description(text, pos, pos + len(head.group(1).rstrip()), names)
    return None


def coordinated_subject(text: str, lo: int, verb_start: int, names: NameIndex
                        ) -> SpeakerRef | None:
    """The subject of the verb that 'and said' is coordinated with: 'after Warden Ivo Sarn
    corrected the log and said ...' -> the name right before the first verb."""
    for mention in reversed(names.between(lo, verb_start)):
        if _first_verb_after(text, mention.end, verb_start):
            if mention.kind == "place" or _possessive_after(text, mention.end):
                return None
            return SpeakerRef("name", mention.name, mention.start, mention.end, mention.title,
                              mention)
    # '..., however, she misquoted the mayor and said ...'
    for pronoun in reversed(list(_PERSON_SUBJECT.finditer(text, lo, verb_start))):
        if _first_verb_after(text, pronoun.end(), verb_start):
            return SpeakerRef("pronoun", pronoun.group(1), pronoun.start(1), pronoun.end(1))
    return None


_PERSON_SUBJECT = re.compile(r"(?:^|(?<=[\s,]))(he|she|they|He|She|They)(?=\s)")


def _first_verb_after(text: str, pos: int, verb_start: int) -> bool:
    """A verb right after the subject ending at ``pos``: a past form, or a common one."""
    after = re.match(r"\s+(?:also\s+|then\s+)?([a-z]+)\b", text[pos:verb_start])
    return after is not None and (after.group(1).endswith("ed") or after.group(1) in (
        "has", "had", "is", "was", "told", "said", "made", "gave", "took", "wrote"))


def subject_after(text: str, verb_end: int, hi: int, names: NameIndex) -> SpeakerRef | None:
    """The subject written after the verb: '"...," said Smith' / 'said the minister'."""
    pos = verb_end
    while pos < hi and text[pos] == " ":
        pos += 1
    mention = names.starting_at(pos)
    if mention is None and text[pos : pos + 4].lower() == "the ":
        mention = names.starting_at(pos + 4)
    if mention is None:  # 'says the website Tarland Waters', 'said the group Open Docks'
        common = _COMMON_BEFORE_NAME.match(text, pos, hi)
        if common is not None:
            mention = names.starting_at(common.end())
    if mention is None:  # 'said Officer Lena Brask': the title is not part of the mention
        mention = _name_after_title(text, pos, hi, names)
    role_words = None
    if mention is not None and mention.kind != "person":  # 'said Ostra attorney Ana Lind'
        after = re.match(r"\s+((?:[a-z]+\s+){1,3})", text[mention.end : hi])
        person = names.starting_at(mention.end + after.end()) if after is not None else None
        if person is not None and any(w in ROLE_NOUNS for w in after.group(1).split()):
            role_words = text[mention.start : person.start].strip()
            mention = person
    if mention is not None:
        role = role_words or mention.title
        rest = text[mention.end : hi]
        m = re.match(r",\s*((?:the|a|an|his|her)\s[^,.;]{3,100}?)(?:[,.;]|$)", rest)
        if m and any(w.lower() in ROLE_NOUNS for w in m.group(1).split()):
            role = m.group(1).split(" ", 1)[1]
        return SpeakerRef("name", mention.name, mention.start, mention.end, role, mention)
    m = re.match(r"(?:the|a|an|one|another)\s[^,.;:!?“”\"]{2,80}", text[pos:hi], re.IGNORECASE)
    if m:
        phrase = m.group(0)
        words = phrase.split()
        lowered = [w.lower() for w in words]
        for k, w in enumerate(lowered):
            if w in ROLE_NOUNS:
                # extend over "of/for/to X" complements
                stop = k + 1
                while stop < len(words) and (lowered[stop] in SPEECH_PREPOSITIONS
                                             or words[stop][:1].isupper()
                                             or lowered[stop] == "the"):
                    stop += 1
                phrase = " ".join(words[:stop])
                return SpeakerRef("description", phrase, pos, pos + len(phrase))
    word = re.match(r"[A-Za-z]+", text[pos:hi])
    if word and word.group(0).lower() in PRONOUNS_SPEAKER:
        return SpeakerRef("pronoun", word.group(0), pos, pos + len(word.group(0)))
    return None


def _name_after_title(text: str, pos: int, hi: int, names: NameIndex) -> NameMention | None:
    following = names.between(pos, min(hi, pos + 60))
    if not following:
        return None
    lead = text[pos : following[0].start].split()
    if lead and lead[0] == "the":
        lead = lead[1:]
    if not lead or any(w[-1] in ",;:" for w in lead):
        return None
    if following[0].title is not None and all(w[:1].isupper() for w in lead):
        return following[0]
    # 'said witness Kamren Hale', 'said coalition president Tim Lane', 'tweeted conservative
    # pundit and Trump critic David Frum'
    if (len(lead) <= 3 or len(lead) <= 6 and "and" in lead[1:-1]) and lead[-1].lower() in \
            ROLE_NOUNS | TITLES and all(w.isalpha() for w in lead):
        return following[0]
    return None


# a verb right after the word: 'Internal reports show that ...', 'His notes say ...': a noun
_VERB_AFTER_NOUN = re.compile(r"\s+(?:show|showed|say|said|indicate|indicated|suggest|suggested|"
                              r"reveal|revealed|found|find|state|stated|confirm|confirmed|claim|"
                              r"claimed)\b")
# what comes before a verb form that is a plural noun there: 'in states that ...', 'the
# reports', 'many claims'
_PLURAL_NOUN_BEFORE = re.compile(r"\b(?:in|of|from|with|by|for|the|these|those|many|some|all|"
                                 r"other|several|both|such|few|most|its|their|our|two|three|"
                                 r"\d+)\s+$", re.IGNORECASE)


def find_verbs(text: str, start: int, end: int, verbs: frozenset[str] = REPORTING_VERBS
               ) -> list[tuple[int, int]]:
    """(start, end) of every reporting verb in ``text[start:end]``, and of 'made it clear'."""
    found = [(m.start(), m.end())
             for m in _VERB_WORD.finditer(text, start, end) if m.group(0).lower() in verbs
             and m.group(0) not in _NAME_WORDS
             and not (m.group(0).endswith("s") and (_PLURAL_NOUN_BEFORE.search(
                 text, max(0, m.start() - 12), m.start()) or _VERB_AFTER_NOUN.match(
                     text, m.end())))]
    if "clear" in text[start:end]:
        found = sorted(found + [(m.start(), m.end())
                                for m in _MADE_CLEAR.finditer(text, start, end)])
    return found


# what a description opened by one of these words is: a clause or a heading, never a speaker
# ('was', 'Now', 'On smuggling', 'of the board'); a leading 'that'/'or'/'and' is cut off
_NOT_DESCRIPTION_START = frozenset({"was", "were", "is", "are", "now", "on", "in", "of", "at",
                                    "to", "from", "about", "then", "here", "there"})
_CUT_DESCRIPTION_START = frozenset({"that", "or", "and", "but", "so", "yet"})


def _clean_description(ref: SpeakerRef) -> SpeakerRef | None:
    offset = 0
    while (word := re.match(r"(\S+)\s+", ref.text[offset:])) is not None and (
            word.group(1).lower() in _CUT_DESCRIPTION_START):
        offset += word.end()
    rest = ref.text[offset:]
    if not rest.strip() or rest.split()[0].lower() in _NOT_DESCRIPTION_START and not \
            rest.lower().startswith("at least "):  # 'at least two sources said'
        return None
    if offset == 0:
        return ref
    return SpeakerRef("description", rest, ref.start + offset, ref.end)


class SpeakerResolver:
    """Turns speaker references into entities, walking the article in text order."""

    def __init__(self, text: str, table: EntityTable, names: NameIndex,
                 mention_entities: dict[int, EntityRecord],
                 quoted: list[tuple[int, int]], sentence_starts: list[int]) -> None:
        self.text = text
        self.sentence_starts = sentence_starts
        self.table = table
        self.names = names
        self.mention_entities = mention_entities  # name-mention start -> entity
        self.quoted = quoted
        self._pending: list[tuple[int, EntityRecord]] = []  # description-only speakers
        self._last_collective_speaker: EntityRecord | None = None

    def _outside_quotes(self, pos: int) -> bool:
        return not any(a <= pos < b for a, b in self.quoted)

    def _last_entity(self, pos: int, kinds: tuple[str, ...]) -> EntityRecord | None:
        """The last entity of these kinds mentioned outside quotes; within its sentence the
        first one (the subject, more often than not the antecedent)."""
        i = bisect.bisect_left(self.names.starts, pos) - 1
        found: list[EntityRecord] = []  # candidates of the last sentence naming one, last first
        sentence_start = -1
        while i >= 0:
            mention = self.names.mentions[i]
            if found and mention.start < sentence_start:
                break
            record = self.mention_entities.get(mention.start)
            if record is not None and _COMPARED.search(self.text, max(0, mention.start - 8),
                                                       mention.start):
                record = None  # 'Like Saviano, he said ...': he is somebody else
            if record is not None and self._outside_quotes(mention.start) and (
                    record.kind in kinds or "person" in kinds and record.kind == "unknown"
                    and " " in record.name):
                found.append(record.current())
                if sentence_start < 0:
                    j = bisect.bisect_right(self.sentence_starts, mention.start) - 1
                    sentence_start = self.sentence_starts[j] if j >= 0 else 0
            i -= 1
        if not found:
            return None
        # the speaker of that sentence ('With X on Fox, Perry said ...'), else its first name
        return next((record for record in reversed(found) if record.speaks), found[-1])

    def resolve(self, ref: SpeakerRef) -> EntityRecord | None:
        if ref.kind == "name" and ref.mention is not None:
            record = self.mention_entities.get(ref.mention.start)
            if record is None:
                return None
            if record.kind in ("unknown", "place") and record.kind != "organisation":
                record.kind = "person" if record.kind == "unknown" else "organisation"
            if ref.role and not record.role:
                record.role = ref.role
            self._adopt_pending(record, ref.start)
            return record
        if ref.kind == "pronoun":
            word = ref.text.lower()
            if word in PRONOUNS_PERSON or word in ("i",):
                record = self._last_speaker_or_person(ref.start)
            elif word in PRONOUNS_PLURAL or word == "we":
                record = self._later_collective(
                    self._last_entity(ref.start, ("group", "organisation")), ref.start)
            elif word in PRONOUNS_THING:
                record = self._later_collective(
                    self._last_entity(ref.start, ("organisation",)), ref.start)
            else:
                record = None
            if record is not None:
                record.mentions.append((ref.start, ref.end))
            return record
        cleaned = _clean_description(ref)
        if cleaned is None:
            return None
        record = self._resolve_description(cleaned)
        if record.kind in ("organisation", "group"):  # 'the health ministry said ... it said'
            self._last_collective_speaker = record
        return record

    def _later_collective(self, named: EntityRecord | None, pos: int) -> EntityRecord | None:
        """'the health ministry said ... it said': the organisation or group last quoted, when it
        spoke after the last organisation named."""
        collective = self._last_collective_speaker
        if collective is None or named is not None and _last_pos(named, pos) > _last_pos(
                collective, pos):
            return named
        return collective

    def _last_speaker_or_person(self, pos: int) -> EntityRecord | None:
        person = self._last_entity(pos, ("person",))
        pending = self._pending[-1] if self._pending else None
        if pending is not None and (person is None or pending[0] > _last_pos(person, pos)):
            return pending[1]
        return person

    def _resolve_description(self, ref: SpeakerRef) -> EntityRecord:
        words = [w.lower().strip(",") for w in ref.text.split()]
        owner = self.names.starting_at(ref.start + (4 if words[0] == "the" else 0))
        if owner is not None and (words[-1] in DOCUMENT_NOUNS and _is_possessive_phrase(ref.text)
                                  or len(words) == 1 and _POSSESSIVE.search(words[0])):
            # "J Street's statement read", "Trump’s (tweets) ...": the owner speaks
            record = self.mention_entities.get(owner.start)
            if record is not None:
                record.mentions.append((ref.start, ref.end))
                return record.current()
        if _names_an_age(words):
            # '“...,” the 69-year-old said': the person the text is about
            record = self._last_speaker_or_person(ref.start)
            if record is not None:
                record.mentions.append((ref.start, ref.end))
                return record
        # the first role noun that is not a modifier of the next ("government spokesman")
        head = next((w for k, w in enumerate(words) if w in ROLE_NOUNS
                     and (k + 1 == len(words) or words[k + 1] not in ROLE_NOUNS)), None)
        definite = words[0] == "the"
        if definite and head is not None:
            for record in reversed(self.table.entities):
                if record.role and head in record.role.lower() and record.kind == "person":
                    record.mentions.append((ref.start, ref.end))
                    return record
        role = _strip_possessor(ref.text)
        if head is None:
            head = words[-1].strip("’'")
        plural = is_plural_noun(head) and head not in ("boss",)
        kind = "organisation" if head in ORG_WORDS else "group" if plural else "person"
        record = self.table.description(ref.text[0].lower() + ref.text[1:] if ref.text[:2] in
                                        ("A ", "An", "Th") else ref.text, kind, role)
        record.mentions.append((ref.start, ref.end))
        if kind == "person":
            self._pending.append((ref.start, record))
        return record

    def _adopt_pending(self, record: EntityRecord, pos: int) -> None:
        """'Teravia's envoy to the Council said ... Pieter Vandermolen warned': one person."""
        if not self._pending or record.kind != "person":
            return
        start, described = self._pending[-1]
        if described is record or pos - start > 400 or len(record.mentions) > 2:
            return
        # only the very next sentence may name the described person, and only a person the
        # text has not given a role of its own
        i = bisect.bisect_right(self.sentence_starts, start) - 1
        if record.role is not None or i + 2 >= len(self.sentence_starts) + 1 or not (
                i + 1 < len(self.sentence_starts) and self.sentence_starts[i + 1] <= pos
                and (i + 2 >= len(self.sentence_starts) or pos < self.sentence_starts[i + 2])):
            return
        if described.quotes or described.speaks:
            if record.role is None:
                record.role = described.role
            self.table.merge(record, described)
            self._pending.pop()
            for key, value in list(self.mention_entities.items()):
                if value is described:
                    self.mention_entities[key] = record


def _is_possessive_phrase(phrase: str) -> bool:
    return bool(re.search(r"[’']s\s", phrase))


def _possessive_after(text: str, pos: int) -> bool:
    """A possessive 's right after a name: "CNN's Jake Tapper"."""
    return text.startswith(("’s", "'s"), pos)


def _last_pos(record: EntityRecord, before: int) -> int:
    positions = [a for a, _ in record.mentions if a < before]
    return max(positions) if positions else -1


def _strip_possessor(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    if words and (words[0].endswith("’s") or words[0].endswith("'s")):
        words = words[1:]
    return " ".join(words)
