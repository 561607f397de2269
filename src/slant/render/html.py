"""One self-contained HTML page: the article with every technique span highlighted.

No external resources (no fonts, scripts or images from elsewhere): the page works offline
and can be mailed as one file. Every string taken from the article goes through Jinja2's
autoescaping. Overlapping spans stay visible: the text is cut into segments at every span
boundary (:mod:`slant.render.segments`); each segment is filled with the colour of its
innermost span and carries one underline per active span, stacked by lane. Hovering or
focusing (Tab) a highlighted segment shows a tooltip with each active technique, its
definition and score. Quoted stretches sit on a faint background with a left rule, and
hovering them names the speaker; the Voices table lists who is quoted, how often, and which
techniques appear in each voice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import jinja2

from slant.document.analysis import Analysis
from slant.render.segments import (
    ParagraphView,
    QuoteMark,
    Segment,
    active_spans,
    darker,
    paragraph_views,
    technique_counts,
)
from slant.render.voices import quoted_share, voice_rows
from slant.taxonomy import category, frame, semeval2023_technique, technique, technique_color

STRIPE_PX = 4


@dataclass(frozen=True)
class LegendItem:
    label: str
    name: str
    definition: str
    color: str
    count: int


@dataclass(frozen=True)
class Bar:
    label: str
    name: str
    value: float
    chosen: bool


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("slant.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def segment_style(segment: Segment) -> str:
    """Inline CSS of one highlighted segment: fill and stacked underlines (trusted values)."""
    top = segment.top
    if top is None:
        return ""
    images, positions = [], []
    for span in segment.spans:
        shade = darker(span.color)
        images.append(f"linear-gradient({shade},{shade})")
        positions.append(f"0 calc(100% - {span.lane * STRIPE_PX}px)")
    lanes = max(span.lane for span in segment.spans) + 1
    return (
        f"background-color:{top.color};"
        f"background-image:{','.join(images)};"
        f"background-position:{','.join(positions)};"
        f"background-size:100% {STRIPE_PX - 1}px;"
        f"padding-bottom:{lanes * STRIPE_PX}px"
    )


def _legend(analysis: Analysis) -> list[LegendItem]:
    items = []
    for label, count in technique_counts(analysis).items():
        entry = technique(label)
        items.append(LegendItem(label, entry.name if entry else label,
                                entry.definition if entry else "", technique_color(label), count))
    return items


def _genre_bars(analysis: Analysis) -> list[Bar]:
    if analysis.genre is None:
        return []
    return [Bar(label, label, p, label == analysis.genre.label)
            for label, p in sorted(analysis.genre.probabilities.items(), key=lambda kv: -kv[1])]


def _frame_bars(analysis: Analysis) -> list[Bar]:
    if analysis.frames is None:
        return []
    bars = []
    for label, score in sorted(analysis.frames.scores.items(), key=lambda kv: -kv[1]):
        try:
            name = frame(label).name
        except KeyError:
            name = label
        bars.append(Bar(label, name, score, label in analysis.frames.labels))
    return bars


def _paragraph_chips(view: ParagraphView) -> list[dict[str, object]]:
    if view.techniques is None:
        return []
    chips = []
    for label in view.techniques.labels:
        try:
            entry = semeval2023_technique(label)
            name, definition, color = entry.name, entry.definition, entry.color
            group = category(entry.category).name if entry.category else ""
        except KeyError:
            name, definition, color, group = label, "", technique_color(label), ""
        chips.append({"label": label, "name": name, "definition": definition, "color": color,
                      "category": group, "score": view.techniques.scores.get(label)})
    return chips


def quote_runs(segments: Sequence[Segment]) -> list[tuple[QuoteMark | None, list[Segment]]]:
    """Consecutive segments grouped by the quote they lie in (``None``: the author's text)."""
    runs: list[tuple[QuoteMark | None, list[Segment]]] = []
    for segment in segments:
        if runs and runs[-1][0] == segment.quote:
            runs[-1][1].append(segment)
        else:
            runs.append((segment.quote, [segment]))
    return runs


def _entity_names(analysis: Analysis) -> dict[str, str]:
    return {entity.id: entity.name for entity in analysis.entities or []}


def article_context(analysis: Analysis, number: int = 0) -> dict[str, object]:
    """Everything the template needs for one article, as plain data."""
    spans = active_spans(analysis)
    views = paragraph_views(analysis, spans, with_quotes=True)
    names = _entity_names(analysis)
    paragraphs = []
    for view in views:
        paragraphs.append({
            "view": view,
            "runs": [(quote, [(segment, segment_style(segment)) for segment in run])
                     for quote, run in quote_runs(view.segments)],
            "chips": _paragraph_chips(view),
        })
    roles = {entity.id: entity.role for entity in analysis.entities or []}
    quotes = [
        {"text": analysis.span_text(quote), "kind": quote.kind,
         "speaker": names.get(quote.speaker, quote.speaker) if quote.speaker else None,
         "role": roles.get(quote.speaker) if quote.speaker else None}
        for quote in analysis.quotes or []
    ]
    voices = None
    if analysis.voices is not None:
        voices = {
            "author": analysis.voices.author,
            "quoted": analysis.voices.quoted,
            "by_speaker": {names.get(k, k): v for k, v in analysis.voices.by_speaker.items()},
        }
    return {
        "number": number,
        "analysis": analysis,
        "title": analysis.span_text(analysis.title) if analysis.title else None,
        "meta": analysis.metadata,
        "legend": _legend(analysis),
        "genre_bars": _genre_bars(analysis),
        "frame_bars": _frame_bars(analysis),
        "paragraphs": paragraphs,
        "quotes": quotes,
        "entities": analysis.entities,
        "voices": voices,
        "voice_rows": voice_rows(analysis),
        "quoted_share": quoted_share(analysis),
        "technique_color": technique_color,
        "voice_name": lambda voice: names.get(voice, voice),
    }


def render_html(analyses: Iterable[Analysis] | Analysis, *, page_title: str | None = None) -> str:
    """The HTML page of one or several analyses."""
    items: Sequence[Analysis] = (
        [analyses] if isinstance(analyses, Analysis) else list(analyses)
    )
    contexts = [article_context(analysis, number) for number, analysis in enumerate(items)]
    if page_title is None:
        first = contexts[0]["title"] if contexts else None
        page_title = (f"slant: {first}" if len(contexts) == 1 and first
                      else f"slant: {len(contexts)} articles")
    template = _environment().get_template("analysis.html.j2")
    return template.render(page_title=page_title, articles=contexts, stripe_px=STRIPE_PX)
