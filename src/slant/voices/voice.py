"""The voice of each technique span: the author's, or the speaker of the quote that holds it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from slant.document.analysis import Quote, TechniqueSpan, VoiceCounts

AUTHOR = "author"
UNATTRIBUTED = "unattributed"  # inside a quote whose speaker was not found


def containing_quote(span_start: int, span_end: int, quotes: Sequence[Quote],
                     starts: list[int]) -> Quote | None:
    """The quote that holds at least half of the span (quotes sorted by start, not nested)."""
    i = bisect.bisect_right(starts, span_start) - 1
    length = max(1, span_end - span_start)
    for quote in quotes[max(0, i - 1) : i + 2]:
        overlap = min(span_end, quote.end) - max(span_start, quote.start)
        if overlap * 2 >= length:
            return quote
    return None


def assign_voices(spans: Sequence[TechniqueSpan], quotes: Sequence[Quote]) -> VoiceCounts:
    ordered = sorted(quotes, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    counts = VoiceCounts()
    for span in spans:
        quote = containing_quote(span.start, span.end, ordered, starts)
        if quote is None:
            span.voice = AUTHOR
            _count(counts.author, span.technique)
            continue
        span.voice = quote.speaker or UNATTRIBUTED
        _count(counts.quoted, span.technique)
        _count(counts.by_speaker.setdefault(span.voice, {}), span.technique)
    return counts


def _count(table: dict[str, int], key: str) -> None:
    table[key] = table.get(key, 0) + 1
