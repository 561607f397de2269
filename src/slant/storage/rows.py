"""The normalised rows stored beside an analysis's JSON: columns, spans and labels."""

from __future__ import annotations

import datetime as dt
from typing import Any

from slant.document.analysis import Analysis, TechniqueSpan
from slant.errors import StorageError


class InvalidQuery(StorageError):
    """A value given to the store cannot be stored or searched for (bad date, NUL, too long)."""


def check_value(value: str | None, what: str, max_length: int | None = None) -> None:
    """Refuse values no database can hold the same way (PostgreSQL text has no NUL)."""
    if value is None:
        return
    if "\x00" in value:
        raise InvalidQuery(f"{what} contains a NUL character")
    if max_length is not None and len(value) > max_length:
        raise InvalidQuery(f"{what} is longer than {max_length} characters")

FRAME = "frame"
PARAGRAPH_TECHNIQUE = "paragraph_technique"

_MAX_TITLE = 500


def covered_chars(spans: list[TechniqueSpan]) -> int:
    """Characters inside at least one span (overlaps counted once)."""
    total = 0
    reach = -1
    for start, end in sorted((s.start, s.end) for s in spans):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """An ISO date (``YYYY-MM-DD``, or a timestamp starting with one); ``None`` stays ``None``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InvalidQuery(f"not an ISO date (YYYY-MM-DD): {str(value)[:40]!r}") from None


def article_columns(analysis: Analysis) -> dict[str, Any]:
    """Columns of the ``articles`` row that come from the analysis itself."""
    title = None
    if analysis.title is not None:
        title = analysis.text[analysis.title.start : analysis.title.end].strip()[:_MAX_TITLE]
    spans = analysis.spans
    return {
        "title": title or None,
        "text": analysis.text,
        "n_chars": len(analysis.text),
        "n_spans": None if spans is None else len(spans),
        "technique_chars": None if spans is None else covered_chars(spans),
        "genre": None if analysis.genre is None else analysis.genre.label,
        "hyperpartisan": (
            None if analysis.hyperpartisan is None else analysis.hyperpartisan.probability
        ),
        "model_version": analysis.metadata.model_version,
        "analysis_json": analysis.to_json(),
    }


def span_rows(article_id: str, analysis: Analysis) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article_id,
            "start": span.start,
            "end": span.end,
            "technique": span.technique,
            "technique_2023": span.technique_2023,
            "score": span.score,
        }
        for span in analysis.spans or []
    ]


def label_rows(article_id: str, analysis: Analysis) -> list[dict[str, Any]]:
    found: set[tuple[str, str]] = set()
    if analysis.frames is not None:
        found.update((FRAME, label) for label in analysis.frames.labels)
    for paragraph in analysis.paragraph_techniques or []:
        found.update((PARAGRAPH_TECHNIQUE, label) for label in paragraph.labels)
    return [
        {"article_id": article_id, "kind": kind, "label": label} for kind, label in sorted(found)
    ]
