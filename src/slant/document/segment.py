"""Split text into paragraphs (non-empty lines) and sentences, as character ranges."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and whitespace.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])"
                           # a stop with its space lost: 'to protest.Richard Childress'
                           r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z]{2})")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
    "jr", "sr", "vs", "no", "inc", "ltd", "co", "corp", "u.s", "u.k", "e.g", "i.e", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}


def line_ranges(text: str) -> list[tuple[int, int, int]]:
    """(start, end, 1-based line number) of every line that holds more than whitespace.

    ``end`` excludes the line break. Lines are split on ``\\n`` only (``\\r`` stays part of
    the line and is trimmed from the range), as the shared tasks number lines.
    """
    ranges = []
    pos = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped_end = len(line.rstrip())
        lead = len(line) - len(line.lstrip("\ufeff \t\r\f\v\u00a0"))
        if stripped_end > lead and line.strip("\ufeff \t\r\f\v\u00a0"):
            ranges.append((pos + lead, pos + stripped_end, number))
        pos += len(line) + 1
    return ranges


def sentence_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences inside ``text[start:end]`` as absolute (start, end) ranges, whitespace trimmed."""
    chunk = text[start:end]
    cuts = [0]
    for match in _SENTENCE_END.finditer(chunk):
        before = chunk[: match.start()].rsplit(None, 1)
        last_word = before[-1].lower().rstrip(".") if before else ""
        # 'No. 5' is an abbreviation, 'voted no. The ...' ends a sentence
        abbreviation = last_word in _ABBREVIATIONS and (
            last_word != "no" or chunk[match.end() : match.end() + 1].isdigit())
        if abbreviation or (len(last_word) == 1 and last_word.isalpha()):
            continue
        cuts.append(match.end())
    cuts.append(len(chunk))
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = chunk[a:b]
        if not piece.strip():
            continue
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        out.append((start + a + lead, start + a + trail))
    return out
