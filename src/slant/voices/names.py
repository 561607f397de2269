"""Find names: sequences of capitalised words, split into a title/role prefix and the name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from slant.voices.lexicon import (
    NOT_NAMES,
    OCCUPATIONS,
    ORG_WORDS,
    PLACE_WORDS,
    PLACES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLES,
)

# A capitalised word (allowing inner capitals, hyphens, dots of initials) or an acronym.
_CAP = (r"(?:[A-Z]\.(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Rev)\."
        r"|[A-Z]\.(?=\s[A-Z])|[A-Z][\w'’-]*\w|[A-Z]"
        # a surname with a lower-case particle: 'Joseph diGenova', 'Bill deBlasio'
        r"|\b(?:di|de|da|du|del|van|von|le|la)[A-Z][\w'’-]*\w)")
_CONNECT = r"(?:[ \t](?:of(?:[ \t]the)?|for|de|da|del|van|von|bin|al|la|le)(?=[ \t][A-Z]))"
_STRONG_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. president minister secretary senator sen. rep. governor mayor "
    "judge director chairman chairwoman spokesman spokeswoman spokesperson ambassador envoy "
    "commissioner chancellor leader chief pope king queen prince sheriff investigator professor "
    "researcher scientist officer correspondent editor founder ceo coordinator cardinal "
    "archbishop bishop principal supervisor rabbi imam".split()
) | OCCUPATIONS
_DEPARTMENT_WORDS = frozenset(
    "state defense defence homeland security health education energy labor labour justice "
    "finance treasury commerce agriculture interior transportation housing veterans affairs "
    "foreign human services urban development war trade economy home".split()
)
_ACRONYMS = frozenset({"WHO", "US"})  # acronyms spelled like words that are not names
# words a name never ends in, though a title written in capitals may ('Kiss From a Rose')
_TITLE_CASE_TAILS = frozenset({"from", "with", "to", "in", "on", "at", "into", "a", "an", "the",
                               "and", "or", "is", "are", "was", "my", "your", "our", "their"})
_NAME_RUN = re.compile(rf"{_CAP}(?:(?:[ \t]|{_CONNECT}[ \t]){_CAP})*")  # never over a line break
_POSSESSIVE = re.compile(r"[’']s?$")
_WEB_DOMAIN = re.compile(r"\.(?:com|org|net|gov|edu|info|co\.uk)\b")
_SENTENCE_START = re.compile(r"(?:[.!?:;][\"”’]?\s+|\n[\"“‘]?|^[\"“‘]?)$")


@dataclass(slots=True)
class NameMention:
    start: int
    end: int
    name: str
    kind: str  # person | organisation | group | unknown
    title: str | None  # title or role written before the name ("President", "EDL leader")
    sentence_initial: bool


def _strip_possessive(text: str, start: int, end: int) -> int:
    chunk = text[start:end]
    m = _POSSESSIVE.search(chunk)
    if m and m.start() > 0:
        return start + m.start()
    return end


def _affiliation_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'Michael Wong of the University of Ostra' is a person and an organisation, while
    'Bank of England' and 'Secretary of State' stay one name."""
    match = re.search(r"\sof(?:\sthe)?\s", text[start:end])
    if match is None:
        return [(start, end)]
    person, org = text[start : start + match.start()].split(), text[start + match.end() : end]
    if not 2 <= len(person) <= 4 or _is_org(person) or any(
            w.lower() in TITLES or w.lower() in PLACE_WORDS for w in person):
        return [(start, end)]
    if not _is_org(org.split()) and org.lower() not in PLACES:
        return [(start, end)]
    return [(start, start + match.start()), (start + match.end(), end)]


_INNER_POSSESSIVE = re.compile(r"[’']s?[ \t]+(?=[A-Z])")


def _possessive_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'the Gazette’s Tom Berg', 'ABC News’s Jon Karl': the owner and the person are two
    names."""
    parts, lo = [], start
    for match in _INNER_POSSESSIVE.finditer(text, start, end):
        parts.append((lo, match.start()))
        lo = match.end()
    parts.append((lo, end))
    return parts


def find_names(text: str) -> list[NameMention]:
    mentions: list[NameMention] = []
    runs = [part for match in _NAME_RUN.finditer(text)
            for whole in _possessive_split(text, match.start(), match.end())
            for part in _affiliation_split(text, *whole)]
    for start, end in runs:
        end = _strip_possessive(text, start, end)
        while end > start and text[end - 1] in ".-":
            end -= 1
        words = text[start:end].split()
        while len(words) > 1 and words[-1].lower() in REPORTING_VERBS:  # 'Loomer Tweeted'
            end = start + text[start:end].rindex(words[-1])
            while end > start and text[end - 1].isspace():
                end -= 1
            words = words[:-1]
        # drop leading words that are not names (The, But, On ...)
        while words and words[0].lower().strip(".") in NOT_NAMES and words[0] not in _ACRONYMS:
            start = text.index(words[0], start) + len(words[0])
            while start < end and text[start].isspace():
                start += 1
            words = words[1:]
        if not words or len(words) > 1 and words[-1].lower() in _TITLE_CASE_TAILS or (
                _CONTRACTION.fullmatch(words[0]) or _CONTRACTION.fullmatch(words[-1])):
            continue  # 'The Kiss From a Rose star', 'Police in Seattle Can’t': a headline
        # split off titles / roles written before the name
        title_words: list[str] = []
        strong = [k for k, w in enumerate(words[:-1]) if w.lower() in _STRONG_TITLES]
        if strong:  # "Port Director Anna Brask", "Defense Secretary Tom Ferro"
            cut = strong[-1] + 1
            if cut < len(words) - 1 and words[cut] in ("of", "for"):
                # 'Secretary of Homeland Security Kirstjen Nielsen': the department is the title's
                depth = cut + 1 + (words[cut + 1] == "the")
                while depth < len(words) - 1 and words[depth].lower() in _DEPARTMENT_WORDS:
                    depth += 1
                cut = depth if depth > cut + 1 else cut
            title_words, words = words[:cut], words[cut:]
        elif not _is_org(words):
            while len(words) > 1 and words[0].lower().rstrip(",") in TITLES:
                title_words.append(words.pop(0))
        if title_words and text.find(words[0], start) >= 0:
            start = text.index(words[0], start)
        name = " ".join(words)
        sentence_initial = bool(_SENTENCE_START.search(text[max(0, start - 4) : start])) \
            or start == 0
        if not title_words:  # "guild leader Ines Varga", "spokesman John Smith"
            before = text[max(0, start - 30) : start].split()
            if before and before[-1] in ROLE_NOUNS and before[-1] in _STRONG_TITLES | {
                    "spokesman", "spokeswoman", "researcher", "lawyer", "attorney", "official",
                    "activist", "analyst", "adviser", "aide", "commentator", "host"}:
                title_words = before[-2:] if len(before) > 1 and before[-2][:1].isupper() \
                    else before[-1:]
        kind = _kind(words, bool(title_words))
        if _WEB_DOMAIN.match(text, start + len(name)):
            kind = "organisation"  # 'StandUp2Cancer.org', 'BestMedicalDegrees.com'
        mentions.append(NameMention(start, start + len(name), name, kind,
                                    " ".join(title_words) or None, sentence_initial))
    return _drop_headline_words(text, _drop_sentence_initial_words(text, mentions))


# 'He’d', 'I’ll', 'Can’t', 'What’s': a contraction is never part of a name
_CONTRACTION = re.compile(r"(?i)(?:he|she|i|we|you|they|it|what|that|there|who|let|ca|do|does|"
                          r"did|is|was|were|are|wo|have|has|had|could|would|should|ai)(?:n)?"
                          r"[’'](?:d|ll|ve|re|t|s|m)")
# words of four letters or more that a headline in title case may leave in lower case
_SMALL_TITLE_WORDS = frozenset({"with", "from", "into", "onto", "over", "upon", "about", "after",
                                "than", "that", "this", "their", "your", "when", "while",
                                "under", "says", "said"})


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in headline style: most longer words capitalised."""
    lines, pos = [], 0
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) >= 4]
        # a lower-case content word ('statement', 'skippers') marks a sentence with names in it
        lower = [w for w in words if w[0].islower() and w not in _SMALL_TITLE_WORDS]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words) and (
                not lower or len(words) >= 8):
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return lines


def _drop_headline_words(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """In a headline-style line every word is capitalised: keep only names found elsewhere."""
    headlines = _title_case_lines(text)
    if not headlines:
        return mentions

    def in_headline(m: NameMention) -> bool:
        return any(a <= m.start < b for a, b in headlines)

    elsewhere = {w for m in mentions if not in_headline(m) for w in m.name.split()}
    return [m for m in mentions if not in_headline(m)
            or all(w in elsewhere for w in m.name.split())]


def _is_org(words: list[str]) -> bool:
    return any(w.lower().strip(".,") in ORG_WORDS for w in words) or any(
        len(w) >= 2 and w.isupper() and w.isalpha() for w in words
    )


def _kind(words: list[str], titled: bool) -> str:
    lowered = " ".join(words).lower()
    if _is_org(words):
        return "organisation"
    if lowered in PLACES or all(w.lower() in PLACES for w in words) or (
            len(words) >= 2 and words[0].lower() in PLACE_WORDS):
        return "place"
    if titled:
        return "person"
    return "unknown"


# a reporting verb right after a lone sentence-initial word makes it a speaker's name: 'Smith said'
_SPEAKS_AFTER = re.compile(r"[ \t]+(?:also[ \t]+)?(?:said|says|told|tells|added|adds|wrote|writes|"
                           r"insisted|insists|explained|argued|argues|claimed|claims|warned|"
                           r"warns|noted|notes|stated|tweeted)\b")


def _drop_sentence_initial_words(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """A lone capitalised word at a sentence start is a name only if it recurs elsewhere or a
    reporting verb follows it."""
    elsewhere = {m.name for m in mentions if not m.sentence_initial}
    multi = {w for m in mentions if " " in m.name for w in m.name.split()}
    return [
        m for m in mentions
        if not m.sentence_initial or " " in m.name or m.name in elsewhere or m.name in multi
        or m.title or len(m.name) >= 2 and m.name.isupper() and m.name.isalpha()  # 'NATO said'
        or _SPEAKS_AFTER.match(text, m.end) is not None
    ]
