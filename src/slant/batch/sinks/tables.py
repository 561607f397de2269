"""Flat rows for the Parquet tables: one row per article, one row per technique span."""

from __future__ import annotations

from collections import Counter

import pyarrow as pa

from slant.document.analysis import Analysis

_SCORES = pa.map_(pa.string(), pa.float64())

ARTICLES_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("key", pa.string()),
    ("title", pa.string()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("date", pa.string()),
    ("source_path", pa.string()),
    ("model_version", pa.string()),
    ("slant_version", pa.string()),
    ("characters", pa.int64()),
    ("paragraphs", pa.int32()),
    ("genre", pa.string()),
    ("genre_probabilities", _SCORES),
    ("frames", pa.list_(pa.string())),
    ("frame_scores", _SCORES),
    ("hyperpartisan_probability", pa.float64()),
    ("hyperpartisan", pa.bool_()),
    ("span_count", pa.int32()),
    ("technique_counts", pa.map_(pa.string(), pa.int32())),
    ("quote_count", pa.int32()),
    ("analysis_json", pa.string()),
])

SPANS_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("key", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("technique", pa.string()),
    ("technique_2023", pa.string()),
    ("score", pa.float64()),
    ("voice", pa.string()),
    ("text", pa.string()),
])


def _map(scores: dict | None) -> list[tuple[str, float]] | None:
    return None if scores is None else sorted(scores.items())


def article_row(key: str, analysis: Analysis) -> dict:
    """The articles-table row. Fields the model did not predict are null, never zero."""
    meta = analysis.metadata
    spans = analysis.spans
    return {
        "id": meta.article_id,
        "key": key,
        "title": None if analysis.title is None else analysis.span_text(analysis.title),
        "source": meta.source,
        "url": meta.url,
        "date": meta.date,
        "source_path": meta.source_path,
        "model_version": meta.model_version,
        "slant_version": meta.slant_version,
        "characters": len(analysis.text),
        "paragraphs": len(analysis.paragraphs),
        "genre": None if analysis.genre is None else analysis.genre.label,
        "genre_probabilities": _map(None if analysis.genre is None
                                    else analysis.genre.probabilities),
        "frames": None if analysis.frames is None else list(analysis.frames.labels),
        "frame_scores": _map(None if analysis.frames is None else analysis.frames.scores),
        "hyperpartisan_probability": (None if analysis.hyperpartisan is None
                                      else analysis.hyperpartisan.probability),
        "hyperpartisan": None if analysis.hyperpartisan is None else analysis.hyperpartisan.label,
        "span_count": None if spans is None else len(spans),
        "technique_counts": (None if spans is None
                             else sorted(Counter(s.technique for s in spans).items())),
        "quote_count": None if analysis.quotes is None else len(analysis.quotes),
        "analysis_json": analysis.to_json(),
    }


def span_rows(key: str, analysis: Analysis) -> list[dict]:
    """The spans-table rows: none when spans were not predicted (or none were found)."""
    return [
        {
            "id": analysis.metadata.article_id,
            "key": key,
            "start": span.start,
            "end": span.end,
            "technique": span.technique,
            "technique_2023": span.technique_2023,
            "score": span.score,
            "voice": span.voice,
            "text": analysis.span_text(span),
        }
        for span in analysis.spans or []
    ]
