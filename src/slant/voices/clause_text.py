"""What the quote finders share: the quote record and small helpers over sentences and clauses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from slant.voices.entities import EntityRecord
from slant.voices.lexicon import TITLE_ABBREVIATIONS
from slant.voices.speakers import SpeakerRef

BARE_CLAUSE_VERBS = frozenset({"said", "says", "warned", "warns", "claimed", "claims", "argued",
                               "argues", "insisted", "insists", "added", "adds", "believes", "stated",
                               "noted", "admitted", "acknowledged", "alleged", "suggested", "say",
                               "reported", "reports", "wrote", "writes", "explained", "confirmed",
                               "announced", "maintained", "asserted", "declared", "stressed",
                               "revealed", "predicted", "contended", "estimated", "told", "tells",
                               "tell", "warn", "claim", "argue", "insist", "predict", "contend",
                               "contends", "maintain", "maintains", "assert", "asserts", "allege",
                               "alleges", "suggest", "saying", "notes", "explains", "observed",
                               "observes"})
TOLD_VERBS = frozenset({"told", "tells", "tell", "telling", "emailed", "e-mailed", "texted"})
# a second cue at the end of a reported clause: ', according to X', ', The Gazette reported'
TRAILING_ACCORDING = re.compile(r",\s*(?:according to\s|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z]"
                                r"[\w’'.-]*){0,4}\s+(?:reported|reports)\b)")
# 'said the minister was ...': the verb takes a clause, the phrase after it is no inverted subject
CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:is|was|are|were|had|has|have|would|will|could|should|might|must|can|did|does)\b")
# 'and', 'but' or a comma before the verb, perhaps with an auxiliary: '... and has called'
COORDINATION_BEFORE = re.compile(r"(?:\band|\bbut|,)\s*(?:(?:has|have|had|also|then|later)\s+){0,2}$")
_END_TRIM = ".!?…;:, \t\n"


@dataclass(slots=True)
class FoundQuote:
    start: int
    end: int
    kind: str  # direct | indirect
    cue: tuple[int, int] | None
    ref: SpeakerRef | None
    speaker: EntityRecord | None = None
    inherit: bool = False
    source: str = "rules"  # "model": proposed by the model's quote head


def paragraph_of(pos: int, paragraphs: Sequence[tuple[int, int]]) -> tuple[int, int]:
    for a, b in paragraphs:
        if a <= pos <= b:
            return a, b
    return pos, pos


# a full stop that ends an abbreviation, not a sentence: 'U.S. Embassy', 'Rev. Lee', 'J. Smith'
_ABBREVIATION_STOP = re.compile(
    r"(?:\b[A-Z]|\b(?:" + "|".join((*TITLE_ABBREVIATIONS, "Sr", "No", "Inc", "Corp", "Co", "Ltd",
                                    "vs")) + r"))\.$")


def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence part that ends at ``pos`` starts: after the last sentence stop or
    line break in ``text[lo:pos]`` (a stop after an abbreviation does not count)."""
    segment = text[lo:pos]
    cut = max(segment.rfind("! "), segment.rfind("? "), segment.rfind("\n"))
    stop = segment.rfind(". ")
    while stop > cut and _ABBREVIATION_STOP.search(segment, 0, stop + 1):
        stop = segment.rfind(". ", 0, stop)
    cut = max(cut, stop)
    return lo + cut + 2 if cut >= 0 else lo


def inside_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _END_TRIM:
        end -= 1
    return end


_CLOSING_MARKS = "”\"’'"
_DOUBLE_CLOSING = "”\""
_DOUBLE_OPENING = "“\""


def without_closing_mark(text: str, start: int, end: int) -> int:
    """A reported clause that ends in a quoted fragment ('... was “a disgrace.”') ends before
    the closing mark and the stop inside it, as the annotation guideline's readers mark it."""
    cut = end
    while cut > start and text[cut - 1] in _CLOSING_MARKS + ".!?…,;:":
        cut -= 1
    tail = text[cut:end]
    if cut == end or not any(ch in _DOUBLE_CLOSING for ch in tail) or not any(
            ch in _DOUBLE_OPENING for ch in text[start:cut]):
        return end
    # the stop inside the mark ('“a disgrace,”'), or the sentence's end; a mark closed in the
    # middle of the sentence with no stop ('need “closer care” and ...') stays in the span
    if re.search(r"[.!?…,;:][”\"’']", tail) or text[end:end + 80].split("\n", 1)[0].strip(
            " .!?…") == "":
        return cut
    return end


def word_end(text: str, pos: int) -> int:
    match = re.match(r"[\w’'-]+", text[pos:])
    return pos + (match.end() if match else 0)
