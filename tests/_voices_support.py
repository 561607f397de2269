"""Helpers shared by the voices tests: quotes of an analysis by their text."""

from __future__ import annotations

from slant.document.analysis import Analysis


def quotes_by_text(analysis: Analysis) -> dict[str, tuple[str, str | None]]:
    """quote text -> (kind, speaker name)"""
    names = {e.id: e.name for e in analysis.entities or []}
    return {analysis.text[q.start:q.end]: (q.kind, names.get(q.speaker or ""))
            for q in analysis.quotes or []}


def find_quote(quotes: dict[str, tuple[str, str | None]], opening: str) -> tuple[str, str | None]:
    hits = [v for k, v in quotes.items() if k.startswith(opening)]
    assert hits, f"no quote starts with {opening!r}: {list(quotes)}"
    return hits[0]
