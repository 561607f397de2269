"""Indirect speech sentence by sentence: 'according to X', 'As X noted', the claim nouns,
reported clauses, and coordinated clauses split in two."""

from __future__ import annotations

import re
from collections.abc import Sequence

from slant.voices.clause_subjects import description_ref, main_clause_speaker
from slant.voices.clause_text import (
    BARE_CLAUSE_VERBS,
    TRAILING_ACCORDING,
    FoundQuote,
    clause_start,
    inside_any,
    trim_end,
)
from slant.voices.headlines import headline_quote, title_line_end
from slant.voices.lexicon import INDIRECT_VERBS
from slant.voices.quotes import word_count
from slant.voices.reported_clause import clause_before_cue, looks_like_clause, reported_clause
from slant.voices.speakers import NameIndex, SpeakerRef, find_verbs, subject_after, subject_before

_SPLIT = re.compile(r",?\s+(?:but|and|while)\s+(?:also\s+)?(?:([a-z]+)\s+)?that\s+")
# a noun that reports a claim: 'making the extraordinary claim that ...'
_CLAIM_NOUN = re.compile(r"\b(?:making|made|make|makes|repeated|repeating|tweeted|posted|issued|"
                         r"issuing|released|releasing|sounded|sounding|leveled|levelled)\s+(?:the|a|"
                         r"an|his|her|their|its)?\s*(?:[a-z]+\s+)?(claims?|allegations?|assertion|"
                         r"argument|prediction|accusations?|warnings?)\s+that\s+")
# 'said A, but warned B': a second reported clause after a coordinated verb, without 'that'
_SPLIT_BARE = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?([a-z]+)\s+(?!that\b)(?=[A-Za-z])")
# a list item's mark before the sentence: '- According to police, ...', '• Lee said ...'
_BULLET = re.compile(r"[-–—•*·]\s+(?=[\"“‘A-Z])")
_AS_VERBS = "|".join(sorted(INDIRECT_VERBS - {"saying", "telling"}, key=len, reverse=True))
_AS_NOTED = re.compile(
    r"(?:(?:Indeed|And|But|So|Yet|Now),?\s+)?[\"“‘]?[Aa]s\s+"
    r"(?!(?:soon|long|far|much|well|many|often|quickly|recently|early|late|if|though)\b)"
    r"([^,;:.!?]{2,80}?)\s+"
    r"(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
    rf"(pointed out|put it|{_AS_VERBS})(?:\s[^,;:.!?]{{0,50}})?,\s+")
_AS_REPORTED_BY = re.compile(r"[\"“‘]?As\s+((?:first\s+)?(?:reported|noted|stated|explained))\s+"
                             r"by\s+([^,;:.!?]{2,80}?),\s+")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
# 'A, Ragan said, but B' / 'A, the report said in May, but B'
_BUT_AFTER_CUE = re.compile(r"[^,.;\"“”]{0,60}?,\s+but\s+")


def find_indirect(text: str, sentences: Sequence[tuple[int, int]], quoted: list[tuple[int, int]],
                  names: NameIndex) -> list[FoundQuote]:
    out: list[FoundQuote] = []
    title_end = title_line_end(text, sentences)
    for s_start, s_end in sentences:
        bullet = _BULLET.match(text, s_start, s_end)
        s_start = bullet.end() if bullet is not None else s_start
        if s_end <= title_end:
            found = headline_quote(text, s_start, s_end, quoted, names)
            if found is not None:
                out.append(found)
                continue
        for c_start, c_end in _clauses(text, s_start, s_end, quoted):
            found = _as_noted(text, c_start, c_end, quoted, names)
            if found is None:
                found = _as_noted_after(text, c_start, c_end, quoted, names)
            if found is None:
                found = _according_to(text, c_start, c_end, quoted, names)
            if found is None:
                found = _claim_noun(text, c_start, c_end, quoted, names)
            if found is None:
                found = _object_relative(text, c_start, c_end, quoted, names)
            if found is not None:
                out.extend(_split_coordinated(text, found))
                continue
            lo = c_start
            while lo < c_end:  # 'X, who says A, told ... that B': one clause after another
                found = reported_clause(text, c_start, c_end, quoted, names, lo)
                if found is None or lo > c_start and found.start < lo:
                    break  # a later cue over the whole sentence: not a second quote
                out.extend(_split_coordinated(text, found))
                second = _but_after_inverted_cue(text, found, c_end)
                if second is not None:
                    out.append(second)
                after = max(found.end, found.cue[1] if found.cue is not None else found.end)
                if after <= lo:
                    break
                lo = after
    return out


def _but_after_inverted_cue(text: str, found: FoundQuote, c_end: int) -> FoundQuote | None:
    """'A, Ragan said, but B': B is the same speaker's report, unless it has its own cue."""
    if found.kind != "indirect" or found.cue is None or found.cue[0] < found.end:
        return None
    match = _BUT_AFTER_CUE.match(text, found.cue[1], c_end)
    if match is None:
        return None
    start, end = match.end(), trim_end(text, match.end(), c_end)
    if word_count(text[start:end]) < 3 or not looks_like_clause(text, start, end) or any(
            find_verbs(text, start, end, INDIRECT_VERBS)):
        return None
    return FoundQuote(start, end, "indirect", found.cue, found.ref)


def _clauses(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]]
             ) -> list[tuple[int, int]]:
    """A sentence cut at semicolons outside quotes: 'A asserted X; B maintained Y'."""
    parts, lo = [], s_start
    for match in re.finditer(";\\s+", text[s_start:s_end]):
        cut = s_start + match.start()
        if not inside_any(cut, quoted):
            parts.append((lo, cut))
            lo = s_start + match.end()
    parts.append((lo, s_end))
    return parts


def _as_noted(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
              names: NameIndex) -> FoundQuote | None:
    """'As Slavo noted, CLAUSE' / 'As Paul wrote for The Post, CLAUSE' / 'Indeed, as the site
    has reported at length, CLAUSE'."""
    match = _AS_NOTED.match(text, s_start, s_end)
    by = _AS_REPORTED_BY.match(text, s_start, s_end) if match is None else None
    if by is not None and not inside_any(s_start, quoted):  # 'As reported by The Times, ...'
        match = by
        ref = description_ref(text, by.start(2), by.end(2), names)
        cue = (by.start(1), by.end(1))
    elif match is None or inside_any(s_start, quoted):
        return None
    else:
        cue = (match.start(2), match.end(2))
        ref = subject_before(text, match.start(1), cue[0], names) or description_ref(
            text, match.start(1), match.end(1), names)
    if ref is None:
        return None
    start = match.end()
    end = trim_end(text, start, s_end)
    if word_count(text[start:end]) < 3 or text[start] in "\"“‘'":
        return None
    return FoundQuote(start, end, "indirect", cue, ref)


# 'CLAUSE, as the mayor promised.' / 'CLAUSE, as Ann Lee pointed out in May.'
_AS_NOTED_AFTER = re.compile(
    r",\s+as\s+(?!(?:well|expected|usual|always|ever|such|if|though|soon|long|far|much|many|"
    r"often|before|noted|reported|said)\b)([^,;:.!?]{2,60}?)\s+"
    r"(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
    rf"(pointed out|put it|{_AS_VERBS})"
    r"(?:\s+(?:in|on|at|last|earlier|this|yesterday|recently|previously|before|the\s+day)\b"
    r"[^,;:.!?]{0,40})?[.!?…]*[\"”’']?\s*$")


def _subject_and_verb(text: str, match: re.Match[str], quoted: list[tuple[int, int]],
                      names: NameIndex) -> tuple[tuple[int, int], SpeakerRef] | None:
    """The cue (group 2) and the speaker (group 1, the words before it) of a cue pattern's
    match, outside quotes; a speaker written 'it', 'I' or 'we' is none."""
    if inside_any(match.start(), quoted):
        return None
    cue = (match.start(2), match.end(2))
    ref = subject_before(text, match.start(1), cue[0], names) or description_ref(
        text, match.start(1), match.end(1), names)
    if ref is None or ref.kind == "pronoun" and ref.text.lower() in ("it", "i", "we"):
        return None
    return cue, ref


def _as_noted_after(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                    names: NameIndex) -> FoundQuote | None:
    """A trailing 'as X VERB' cue: the sentence before it is X's."""
    match = _AS_NOTED_AFTER.search(text, s_start, s_end)
    if match is None or inside_any(s_start, quoted):
        return None
    found = _subject_and_verb(text, match, quoted, names)
    if found is None:
        return None
    cue, ref = found
    if text[s_start] in "\"“‘'":
        return None
    return clause_before_cue(text, s_start, match.start(), cue, ref)


# 'a crane that Berg claimed was able to ...': the relative pronoun is the reported
# clause's subject, and the clause starts at its verb
_OBJECT_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+((?:the\s+)?[A-Za-z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,3}?)\s+"
    r"(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
    r"(claimed|claims|claim|said|says|say|alleged|alleges|insisted|insists|argued|argues|"
    r"asserted|asserts|maintained|maintains|contended|contends|warned|warns)\s+"
    r"(?=(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must)\s)")


_AUTHOR_AFTER_RELATIVE = re.compile(r",\s+(?:and|but|while|which|though|although)\s")


def _object_relative(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                     names: NameIndex) -> FoundQuote | None:
    """'the crate, which Berg claims is from a ferry': 'is from a ferry' is Berg's."""
    match = _OBJECT_RELATIVE.search(text, s_start, s_end)
    found = _subject_and_verb(text, match, quoted, names) if match is not None else None
    if match is None or found is None:
        return None
    cue, ref = found
    start = match.end()
    trailing = TRAILING_ACCORDING.search(text, start, s_end)
    stop = trailing.start() if trailing else s_end
    author = _AUTHOR_AFTER_RELATIVE.search(text, start, stop)  # '..., and it did'
    stop = author.start() if author else stop
    if text[max(s_start, match.start() - 2) : match.start()].strip() == ",":
        # 'The concerns, which the department says can be tied to X, were sent ...': the
        # relative clause ends at the comma that closes it
        comma = text.find(",", start, stop)
        stop = comma if comma > 0 else stop
    end = trim_end(text, start, stop)
    if word_count(text[start:end]) < 3:
        return None
    return FoundQuote(start, end, "indirect", cue, ref)


def _split_coordinated(text: str, quote: FoundQuote) -> list[FoundQuote]:
    """'confirmed that A but denied that B': two reported clauses of one speaker."""
    if quote.kind != "indirect":
        return [quote]
    match = _SPLIT.search(text, quote.start, quote.end)
    if match is None or match.group(1) is not None and match.group(1) not in INDIRECT_VERBS:
        match = _SPLIT_BARE.search(text, quote.start, quote.end)
        if match is None or match.group(1) not in BARE_CLAUSE_VERBS or not looks_like_clause(
                text, match.end(), quote.end):
            return [quote]
    first = FoundQuote(quote.start, trim_end(text, quote.start, match.start()), "indirect",
                       quote.cue, quote.ref)
    cue = quote.cue if match.group(1) is None else (match.start(1), match.end(1))
    second = FoundQuote(match.end(), quote.end, "indirect", cue, quote.ref)
    if word_count(text[second.start:second.end]) < 3:
        return [quote]
    if word_count(text[first.start:first.end]) < 3:
        # 'has admitted to sinking it, but says it was an accident': the second is the report
        return [second] if match.group(1) is not None else [quote]
    return [first, second]


# an adverbial opener before a mid-sentence 'according to': 'At the same time,', 'In May,'
_SHORT_OPENER = re.compile(r"(?:(?:And|But|So|Yet|Now|Still|Thus|However|Meanwhile|Moreover|"
                           r"Also|Instead|Indeed|Then|Later|Earlier|In|At|On|By|For|After|"
                           r"Before|During|Since|Until|Last|This|Today|Yesterday)\b[^,;:.]{0,40},"
                           r"\s*)+")


# a connective before 'according to' without a comma: 'But according to the board, ...'
_BARE_CONNECTIVE = re.compile(r"(?:And|But|So|Yet|Now|Still|Also)")


def _according_to(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                  names: NameIndex) -> FoundQuote | None:
    match = _ACCORDING.search(text, s_start, s_end)
    if match is None or inside_any(match.start(), quoted):
        return None
    if text.count("(", s_start, match.start()) > text.count(")", s_start, match.start()):
        return None  # '(6 minutes, according to the timeline)'
    if text.count("(", s_start, s_end) != text.count(")", s_start, s_end):
        return None
    if _has_inverted_cue(text, match.end(), s_end, names):
        return None  # 'A, according to the treaty, Lu said.': Lu is the speaker
    ref = subject_after(text, match.end(), s_end, names)
    if ref is None:
        m = re.match(r"[^,.;]{2,60}", text[match.end() : s_end])
        if m is None:
            return None
        phrase = m.group(0).strip()
        ref = SpeakerRef("description", phrase, match.end(), match.end() + len(phrase))
    before = text[s_start : match.start()].strip()
    if before.strip(" ,") == "" or before.endswith(",") and _SHORT_OPENER.fullmatch(before) or (
            _BARE_CONNECTIVE.fullmatch(before)):
        # 'According to X, CLAUSE' / 'In May, according to X, ...' / 'But according to X, ...'
        comma = text.find(",", ref.end, s_end)
        if comma < 0 or inside_any(comma, quoted):
            return None  # 'According to Berg: “Rather than A, B.”' is a direct quote
        start = comma + 1
        while start < s_end and text[start].isspace():
            start += 1
        end = trim_end(text, start, s_end)
    else:
        if _has_own_speaker(text, s_start, match.start(), names):
            return None  # 'X said CLAUSE, according to court filings': X is the speaker
        start = s_start
        end = trim_end(text, start, match.start())
    if word_count(text[start:end]) < 3 or text[start] in "\"“‘'":
        return None
    return FoundQuote(start, end, "indirect", (match.start(), match.end() - 1), ref)


def _has_inverted_cue(text: str, lo: int, hi: int, names: NameIndex) -> bool:
    """', Lu said.' / ', the embassy said in an email.' at the end of the sentence."""
    for verb_start, verb_end in find_verbs(text, lo, hi, BARE_CLAUSE_VERBS):
        if not re.fullmatch(r"[^,;]{0,40}", text[verb_end:trim_end(text, verb_end, hi)]):
            continue
        comma = text.rfind(",", lo, verb_start)
        if comma >= 0 and subject_before(text, comma + 1, verb_start, names) is not None:
            return True
    return False


def _has_own_speaker(text: str, lo: int, hi: int, names: NameIndex) -> bool:
    """The stretch before a trailing 'according to' opens with its own speaker and reporting
    verb ('She told a meeting that ...', 'Velden said she ...')."""
    for verb_start, _ in find_verbs(text, lo, hi, INDIRECT_VERBS):
        clause_lo = clause_start(text, lo, verb_start)
        ref = subject_before(text, clause_lo, verb_start, names)
        return ref is not None and ref.kind in ("name", "pronoun")
    return False


def _claim_noun(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                names: NameIndex) -> FoundQuote | None:
    """'..., said Rick, before making the claim that CLAUSE' / 'his assertion that CLAUSE'."""
    match = _CLAIM_NOUN.search(text, s_start, s_end)
    if match is None or inside_any(match.start(), quoted):
        return None
    start = match.end()
    if text[start] in "\"“‘'":
        return None
    ref = main_clause_speaker(text, s_start, match.start(), quoted, names)
    if ref is None:
        return None
    trailing = TRAILING_ACCORDING.search(text, start, s_end)
    end = trim_end(text, start, trailing.start() if trailing else s_end)
    if word_count(text[start:end]) < 3:
        return None
    return FoundQuote(start, end, "indirect", (match.start(1), match.end(1)), ref)
