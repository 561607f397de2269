"""Reported speech in a title line: 'X Says Y', 'X: Y' and 'Y: X'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from slant.voices.clause_text import FoundQuote, trim_end
from slant.voices.lexicon import ORG_WORDS, ROLE_NOUNS
from slant.voices.names import NameMention
from slant.voices.quotes import word_count
from slant.voices.speakers import NameIndex, SpeakerRef, find_verbs, subject_before

_TITLE_SAYS = re.compile(r"\s(Says|Say|says|say|Warns|warns|Warn|warn|Claims|claims|"
                         r"Tells|tells|Suggests|suggests|Admits|admits|Insists|insists|Denies|"
                         r"denies|Argues|argues)\s")
# what opens the statement after the verb and is not part of it: 'Officials Warn That ...',
# 'Iran Admits To Aiding ...'
_TITLE_OPENER = re.compile(r"(?:[Tt]hat\s+|[Tt]o\s+(?=[A-Za-z]+ing\b))")


def title_line_end(text: str, sentences: Sequence[tuple[int, int]]) -> int:
    """The end of a title line: the first line when a blank line follows it."""
    newline = text.find("\n")
    if newline < 0 or not text.startswith("\n", newline + 1) and not text[newline:].startswith(
            "\r\n\r\n"):
        return -1
    return newline


def headline_quote(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                   names: NameIndex) -> FoundQuote | None:
    """'Teravia says to close $2 bln canal deal', 'Harbour Clerk Says She Was Misled'."""
    match = _TITLE_SAYS.search(text, s_start, s_end)
    if match is None:
        return _headline_colon(text, s_start, s_end, names)
    lo = max(s_start, text.rfind(":", s_start, match.start()) + 1)
    ref = subject_before(text, lo, match.start(1), names)
    if ref is None:  # headline capitals hide names: take the words before the verb
        phrase = text[lo : match.start(1)].strip(" \"“”‘’'")
        if not 0 < len(phrase.split()) <= 5 or not phrase[:1].isupper():
            return None
        start = text.index(phrase, lo)
        ref = SpeakerRef("description", phrase, start, start + len(phrase))
    if ref.kind == "pronoun":
        return None
    start = match.end()
    opener = _TITLE_OPENER.match(text, start, s_end)
    start = opener.end() if opener is not None else start
    end = trim_end(text, start, s_end)
    if word_count(text[start:end]) < 3 or text.startswith(("of ", "Of "), start):
        return None  # 'U.S. Warns of Attacks': no statement
    return FoundQuote(start, end, "indirect", (match.start(1), match.end(1)), ref)


def _headline_colon(text: str, s_start: int, s_end: int, names: NameIndex) -> FoundQuote | None:
    """'Texas Mom: My Son Was Attacked ...' / '... could be stronger: WHO': a headline that
    gives a statement to a source named on one side of a colon."""
    colon = text.find(": ", s_start, s_end)
    if colon < 0 or text.find(": ", colon + 2, s_end) >= 0:
        return None
    sides = [(s_start, colon), (colon + 2, s_end)]
    for (src_lo, src_hi), (said_lo, said_hi) in (sides, sides[::-1]):
        source = text[src_lo:src_hi].strip(" \"“”‘’'")
        words = source.split()
        if not 0 < len(words) <= 3:
            continue
        source_noun = _is_source(words)
        person = _body_name(text, s_end, words, names)
        if not source_noun and person is None:
            continue
        start = said_lo
        while start < said_hi and text[start] == " ":
            start += 1
        if person is not None and not source_noun and text[start] in "\"“‘'":
            continue  # 'Ada Lind: “...”': a direct quote with its speaker's name before it
        end = trim_end(text, start, said_hi)
        if text[start] in "\"“‘'" and text[end - 1] in "\"”’'":  # a quoted headline statement
            start, end = start + 1, trim_end(text, start + 1, end - 1)
        if word_count(text[start:end]) < 3:
            continue
        src_start = text.index(source, src_lo)
        ref = SpeakerRef("description", source, src_start, src_start + len(source))
        if person is not None:  # 'Ada Lind: ...', with Ada Lind named in the body
            ref = SpeakerRef("name", person.name, src_start, src_start + len(source),
                             person.title, person)
        return FoundQuote(start, end, "indirect", (colon, colon + 1), ref)
    return None


# capitals that label a headline rather than name who speaks: places ('UK: ...', 'DRC: ...')
# and a tabloid's flags ('PROOF: ...', 'MAJOR NEW STUDY: ...')
_FLAG_CAPS = frozenset({"UK", "US", "USA", "DRC", "PROOF", "BREAKING", "EXCLUSIVE", "WATCH",
                        "SHOCK", "SHOCKING", "CONFIRMED", "UPDATE", "UPDATED", "VIDEO", "MAJOR",
                        "NEW", "STUDY", "BOMBSHELL", "REVEALED", "LIVE", "JUST", "IN", "URGENT",
                        "ALERT", "WOW", "OMG"})
# a study 'finds' rather than says (the guideline counts no 'a study found ...')
_NOT_SOURCE_NOUNS = frozenset({"study", "studies", "survey", "poll", "research"})


def _body_name(text: str, title_end: int, words: list[str], names: NameIndex
               ) -> NameMention | None:
    """'Roger Goodell: ...', 'McMaster: ...', 'Seal: ...': a headline source written as a name
    (every word capitalised) that a person's name in the body equals or ends with."""
    bare = [w.strip(".,") for w in words]
    if not all(w[:1].isupper() for w in bare) or any(w in _FLAG_CAPS for w in bare):
        return None
    source = " ".join(bare)
    mention = next((m for m in names.between(title_end, len(text))
                    if m.kind in ("person", "unknown") and (
                        m.name == source or len(m.name.split()) >= 2
                        and m.name.endswith(" " + source))),
                   None)
    if mention is None or not _speaks_in_body(text, title_end, bare[-1]):
        return None
    return mention


def _speaks_in_body(text: str, title_end: int, surname: str) -> bool:
    """The name is next to a reporting verb somewhere in the body: 'Goodell said', 'said
    Goodell'."""
    for match in re.finditer(rf"\b{re.escape(surname)}\b", text[title_end:]):
        at = title_end + match.start()
        if find_verbs(text, at, min(len(text), at + len(surname) + 40)) or find_verbs(
                text, max(title_end, at - 12), at):
            return True
    return False


def _is_source(words: list[str]) -> bool:
    """A headline's source: an acronym (WHO, UN) or a phrase with a role, organisation or
    group noun (Texas Mom, Police, Report)."""
    bare = [w.strip(".,") for w in words]
    if any(w in _FLAG_CAPS or w.lower() in _NOT_SOURCE_NOUNS for w in bare):
        return False
    if any(len(w) >= 2 and w.isupper() and w.isalpha() for w in bare):
        return True
    lowered = [w.lower() for w in bare]
    return any(w in ROLE_NOUNS or w in ORG_WORDS or w in _TITLE_ROLES for w in lowered)


# short titles before names in a headline: 'Reps. Gaetz, Biggs: ...'
_TITLE_ROLES = frozenset({"rep", "reps", "sen", "sens", "gov", "gen", "amb"})
