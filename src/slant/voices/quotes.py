"""Find quotations: direct quotes between quotation marks and indirect (reported) speech.

Direct quotes are found by pairing quotation marks paragraph by paragraph. A quote left open at
the end of a paragraph continues into the next one when that paragraph opens with a quotation
mark of the same kind (the typographic convention), or when its next mark of that kind closes a
quote (articles stored one sentence per line, as the PTC corpus is, or a statement set out over
paragraphs that are not re-opened). A quote span covers the
text between the marks; a quote that runs over paragraphs is one span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚‹"
_SINGLE_CLOSE = "’›"
_MARKS = re.compile("[\"'“”„«»‘’‚‹›]")
_OPEN_BEFORE = set(" \t\u00a0([{—–-/:\n") | set(_DOUBLE_OPEN) | set(_SINGLE_OPEN)
_WORD = re.compile(r"[\w’'-]+")

_SAID_COMMA = re.compile(r"\b(?:said|says|say|asked|added|wrote|replied|told \w+),$")

MIN_UNCUED_WORDS = 4  # a shorter quoted phrase without a reporting cue is a term, not a quote


@dataclass(frozen=True, slots=True)
class Mark:
    pos: int
    family: str  # "d" (double) or "s" (single)
    can_open: bool
    can_close: bool
    weak: bool = False  # a closing single mark that may be a plural possessive (workers’ rights)


@dataclass(slots=True)
class DirectQuote:
    start: int  # first character inside the opening mark
    end: int  # the closing mark (exclusive end of the content)
    open_mark: int
    close_mark: int | None  # None when the quote was never closed
    paragraphs: int = 1


def _classify(text: str, i: int, lo: int, hi: int) -> Mark | None:
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    family = "d" if ch in "\"“”„«»" else "s"
    if family == "s" and (prev.isalnum() and nxt.isalpha()):
        return None  # apostrophe inside a word: Russia’s, don't
    before_ok = prev in _OPEN_BEFORE or prev in "\"'"
    after_space = nxt.isspace() or nxt in ".,;:!?)]}—–-…" or i + 1 >= hi
    if ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN or ch == "«":
        if ch == "‘" and prev.isalnum():
            return None
        return Mark(i, family, True, False)
    if ch in _DOUBLE_CLOSE or ch in _SINGLE_CLOSE:
        if before_ok and not after_space and ch == "’":
            if nxt.isdigit():
                return None  # ’90s
            return Mark(i, family, True, False)  # ’ typed as an opening mark
        if before_ok and not after_space:
            return Mark(i, family, True, False)
        weak = family == "s" and prev in "sz" and nxt == " " and text[i + 2 : i + 3].islower()
        return Mark(i, family, False, True, weak=weak)
    # straight marks
    if before_ok and not after_space:
        if family == "s" and nxt.isdigit():
            return None
        return Mark(i, family, True, False)
    if after_space and not prev.isspace():
        weak = family == "s" and prev in "sz" and nxt == " " and text[i + 2 : i + 3].islower()
        return Mark(i, family, False, True, weak=weak)
    if family == "d":
        return Mark(i, family, True, True)
    return None


def _marks(text: str, lo: int, hi: int) -> list[Mark]:
    out = []
    for match in _MARKS.finditer(text, lo, hi):
        mark = _classify(text, match.start(), lo, hi)
        if mark is not None:
            out.append(mark)
    return out


def find_direct_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[DirectQuote]:
    """Outermost quoted passages, in text order."""
    quotes: list[DirectQuote] = []
    stack: list[Mark] = []  # open marks; stack[0] is the outermost
    carried_open: Mark | None = None
    carried_paragraphs = 1
    para_marks = [_marks(text, a, b) for a, b in paragraphs]
    for index, (_, p_end) in enumerate(paragraphs):
        marks = para_marks[index]
        if carried_open is not None:
            stack = [carried_open]
            if marks and marks[0].can_open and marks[0].family == carried_open.family \
                    and marks[0].pos == paragraphs[index][0]:
                marks = marks[1:]  # the mark that re-opens a continued quote
        later_closes = [i for i, m in enumerate(marks) if m.can_close and not m.weak]
        for position, mark in enumerate(marks):
            same = [k for k, m in enumerate(stack) if m.family == mark.family]
            if mark.can_close and same and not (
                mark.weak and any(i > position and marks[i].family == mark.family
                                  for i in later_closes)
            ):
                depth = same[-1]
                opener = stack[depth]
                del stack[depth:]
                if not stack:
                    quotes.append(DirectQuote(opener.pos + 1, mark.pos, opener.pos, mark.pos,
                                              carried_paragraphs))
                    carried_paragraphs = 1
                continue
            if mark.can_open:
                stack.append(mark)
        carried_open = None
        if stack:
            opener = stack[0]
            if _continues(text, opener, para_marks, index, paragraphs):
                carried_open = opener
                carried_paragraphs += 1
            else:
                if _may_stay_open(text, opener, paragraphs[index]):
                    end = p_end
                    while end > opener.pos + 1 and text[end - 1].isspace():
                        end -= 1
                    quotes.append(DirectQuote(opener.pos + 1, end, opener.pos, None,
                                              carried_paragraphs))
                carried_paragraphs = 1
            stack = []
    return [q for q in quotes if q.end > q.start]


def _continues(text: str, opener: Mark, para_marks: list[list[Mark]], index: int,
               paragraphs: Sequence[tuple[int, int]], depth: int = 0) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    following = [m for m in para_marks[index + 1] if m.family == opener.family]
    if following and following[0].pos == paragraphs[index + 1][0] and following[0].can_open:
        return True  # the next paragraph re-opens the quote
    if "\n\n" in text[paragraphs[index][1] : paragraphs[index + 1][0]]:
        return _closes_later(text, opener, para_marks, index)  # paragraphs apart
    if not following:
        # one sentence per line: a line without marks inside a quote that closes later
        return depth < 8 and _continues(text, opener, para_marks, index + 1, paragraphs,
                                        depth + 1)
    # one sentence per line: the next line's first mark closes the quote
    return following[0].can_close and not following[0].can_open


def _closes_later(text: str, opener: Mark, para_marks: list[list[Mark]], index: int) -> bool:
    """A statement set out over paragraphs that are not re-opened: “A\n\nB\n\nC.” The next
    paragraphs (a few at most) hold no mark until one that closes the quote."""
    if text[opener.pos] not in "“«":
        return False
    for marks in para_marks[index + 1 : index + 7]:
        following = [m for m in marks if m.family == opener.family]
        if following:
            return following[0].can_close and not following[0].can_open
    return False


def _may_stay_open(text: str, opener: Mark, paragraph: tuple[int, int]) -> bool:
    """An unclosed quote runs to the paragraph end only when its opening mark is unambiguous."""
    if text[opener.pos] in "“«„":
        return True
    before = text[paragraph[0] : opener.pos].rstrip()
    return before == "" or before.endswith(":") or bool(_SAID_COMMA.search(before))


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
