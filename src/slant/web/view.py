"""What the article template needs from an analysis: highlighted paragraphs, counts, voices."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from slant.document.analysis import Analysis
from slant.render.segments import (
    ActiveSpan,
    ParagraphView,
    active_spans,
    darker,
    paragraph_views,
    technique_counts,
)
from slant.taxonomy import technique, technique_color
from slant.web.charts import bar_chart, technique_name


def segment_style(spans: tuple[ActiveSpan, ...]) -> str:
    """Fill with the innermost span's colour; one underline per other span, so overlaps show."""
    if not spans:
        return ""
    shadows = [f"inset 0 -{3 * (i + 1)}px 0 {darker(s.color)}"
               for i, s in enumerate(reversed(spans[:-1]))]
    style = f"background-color:{spans[-1].color}"
    if shadows:
        style += f";box-shadow:{','.join(shadows)};padding-bottom:{3 * len(shadows)}px"
    return style


def is_web_url(value: object) -> bool:
    """True for http(s) URLs only: anything else (``javascript:`` …) is never made a link."""
    text = str(value or "").strip().lower()
    return text.startswith(("http://", "https://"))


def technique_definition(label: str) -> str:
    entry = technique(label)
    return entry.definition if entry else ""


@dataclass
class ArticleView:
    analysis: Analysis
    spans: list[ActiveSpan]
    paragraphs: list[ParagraphView]
    counts: list[dict[str, Any]]
    frames_chart: Any
    genre_chart: Any
    voices: dict[str, Any] | None

    @property
    def predicted(self) -> bool:
        return self.analysis.spans is not None


def build_view(analysis: Analysis) -> ArticleView:
    spans = active_spans(analysis)
    counts = [
        {"technique": label, "name": technique_name(label), "count": n,
         "color": technique_color(label),
         "definition": (technique(label).definition if technique(label) else "")}
        for label, n in technique_counts(analysis).items()
    ]
    frames_chart = None
    if analysis.frames is not None and analysis.frames.scores:
        top = dict(sorted(analysis.frames.scores.items(), key=lambda kv: -kv[1])[:8])
        frames_chart = bar_chart(top, label="Frames", max_value=1.0,
                                 colors={f: ("#3C6E9F" if f in analysis.frames.labels
                                             else "#A9BCD0") for f in top})
    genre_chart = None
    if analysis.genre is not None:
        genre_chart = bar_chart(analysis.genre.probabilities, label="Genre", max_value=1.0,
                                colors={analysis.genre.label: "#3C6E9F"})
    return ArticleView(analysis=analysis, spans=spans, paragraphs=paragraph_views(analysis, spans),
                       counts=counts, frames_chart=frames_chart, genre_chart=genre_chart,
                       voices=_voices(analysis))


def _voices(analysis: Analysis) -> dict[str, Any] | None:
    if analysis.quotes is None and analysis.entities is None and analysis.voices is None:
        return None
    names = {e.id: e.name for e in analysis.entities or []}
    quotes = [
        {"text": analysis.text[q.start:q.end], "kind": q.kind,
         "speaker": names.get(q.speaker or "", None) if q.speaker else None}
        for q in analysis.quotes or []
    ]
    speakers: dict[str, int] = {}
    for quote in quotes:
        name = quote["speaker"] or "unattributed"
        speakers[name] = speakers.get(name, 0) + 1
    voices = analysis.voices
    return {
        "quotes": quotes,
        "speakers": sorted(speakers.items(), key=lambda kv: -kv[1]),
        "entities": [{"name": e.name, "kind": e.kind, "mentions": len(e.mentions)}
                     for e in analysis.entities or []],
        "author": sum(voices.author.values()) if voices else None,
        "quoted": sum(voices.quoted.values()) if voices else None,
        "by_speaker": (
            sorted(((names.get(s, s), sum(c.values())) for s, c in voices.by_speaker.items()),
                   key=lambda kv: -kv[1]) if voices else []
        ),
    }
