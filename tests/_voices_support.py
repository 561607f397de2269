"""Helpers shared by the voices tests: quotes of an analysis by their text."""

from __future__ import annotations

from slant.document.analysis import Analysis
from slant.document.article import Article
from slant.pipeline.analyzer import empty_analysis
from slant.voices.component import analyse_voices


def quotes_by_text(analysis: Analysis) -> dict[str, tuple[str, str | None]]:
    """quote text -> (kind, speaker name)"""
    names = {e.id: e.name for e in analysis.entities or []}
    return {analysis.text[q.start:q.end]: (q.kind, names.get(q.speaker or ""))
            for q in analysis.quotes or []}


def find_quote(quotes: dict[str, tuple[str, str | None]], opening: str) -> tuple[str, str | None]:
    hits = [v for k, v in quotes.items() if k.startswith(opening)]
    assert hits, f"no quote starts with {opening!r}: {list(quotes)}"
    return hits[0]


def voices_of_text(text: str) -> Analysis:
    """The analysis of ``text`` with the voices layer alone (no model)."""
    article = Article.from_text(text, id="t")
    analysis = empty_analysis(article)
    analyse_voices(article, analysis)
    return analysis


def quotes_of_text(text: str) -> dict[str, tuple[str, str | None]]:
    """Run the voices layer alone on ``text``: quote text -> (kind, speaker name)."""
    return quotes_by_text(voices_of_text(text))
