"""Extract, then render: cut an article's text into segments at every span boundary.

Technique spans overlap (one fragment can be Loaded_Language inside a longer Flag-Waving
sentence). To keep every span visible, the text is cut at every span start and end; each
:class:`Segment` then carries the list of spans active over it. Each span also gets a *lane*
(a stacking level, stable over all its segments) so that a renderer can draw one underline per
lane and overlapping spans never hide each other.

Quotes can cut the text too (``paragraph_views(..., with_quotes=True)``): each segment then
knows the quote it lies in, so a renderer can mark quoted stretches with their speaker.

The output is plain data (frozen dataclasses), used by the HTML page, the terminal report and
the web application alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from slant.document.analysis import Analysis, CharSpan, ParagraphTechniques, TechniqueSpan
from slant.taxonomy import technique, technique_color


@dataclass(frozen=True, slots=True)
class ActiveSpan:
    """One technique span, as seen by a renderer."""

    index: int
    """Position of the span in ``Analysis.spans``."""
    start: int
    end: int
    technique: str
    technique_2023: str | None
    name: str
    definition: str
    score: float
    color: str
    lane: int
    voice: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteMark:
    """One quote, as seen by a renderer: where it is and whose voice it is in."""

    index: int
    """Position of the quote in ``Analysis.quotes``."""
    start: int
    end: int
    kind: str
    speaker: str | None
    """The speaker's canonical name; ``None`` when no speaker was found."""
    role: str | None = None
    source: str = "rules"
    """'model' when the model's quote head found the quote, 'rules' otherwise."""

    @property
    def label(self) -> str:
        """'Ada Holm (mayor), direct quote' / 'unknown speaker, indirect speech' / 'Ada Holm,
        indirect speech (found by the model)'."""
        who = self.speaker or "unknown speaker"
        if self.role:
            who = f"{who} ({self.role})"
        what = "direct quote" if self.kind == "direct" else "indirect speech"
        found = " (found by the model)" if self.source == "model" else ""
        return f"{who}, {what}{found}"


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch ``[start, end)`` of the text over which the same spans are active."""

    start: int
    end: int
    text: str
    spans: tuple[ActiveSpan, ...]
    """Active spans, in lane order (outermost first)."""
    quote: QuoteMark | None = None
    """The quote this stretch lies in (only when the segments were cut at quotes)."""

    @property
    def top(self) -> ActiveSpan | None:
        """The span drawn as the fill: the innermost (highest lane) one."""
        return self.spans[-1] if self.spans else None


@dataclass(frozen=True, slots=True)
class ParagraphView:
    """One paragraph (or the title) with its segments and its paragraph techniques."""

    start: int
    end: int
    line: int | None
    is_title: bool
    segments: tuple[Segment, ...]
    techniques: ParagraphTechniques | None


def assign_lanes(spans: Sequence[CharSpan]) -> list[int]:
    """A stacking level per span: overlapping spans get different lanes, few lanes overall.

    Longer spans go first at equal start, so an enclosing span sits below the ones inside it.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end, i))
    lane_ends: list[int] = []
    lanes = [0] * len(spans)
    for i in order:
        span = spans[i]
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= span.start:
                lanes[i] = lane
                lane_ends[lane] = span.end
                break
        else:
            lanes[i] = len(lane_ends)
            lane_ends.append(span.end)
    return lanes


def active_spans(analysis: Analysis) -> list[ActiveSpan]:
    """The analysis' technique spans with names, definitions, colours and lanes."""
    spans = [s for s in analysis.spans or [] if 0 <= s.start < s.end <= len(analysis.text)]
    indices = [i for i, s in enumerate(analysis.spans or [])
               if 0 <= s.start < s.end <= len(analysis.text)]
    lanes = assign_lanes(spans)
    return [_active(index, span, lane) for index, span, lane in zip(indices, spans, lanes,
                                                                     strict=True)]


def _active(index: int, span: TechniqueSpan, lane: int) -> ActiveSpan:
    entry = technique(span.technique)
    return ActiveSpan(
        index=index,
        start=span.start,
        end=span.end,
        technique=span.technique,
        technique_2023=span.technique_2023,
        name=entry.name if entry else span.technique,
        definition=entry.definition if entry else "",
        score=span.score,
        color=technique_color(span.technique),
        lane=lane,
        voice=span.voice,
    )


def quote_marks(analysis: Analysis) -> list[QuoteMark]:
    """The analysis' quotes (those inside the text) with their speakers' names and roles."""
    entities = {entity.id: entity for entity in analysis.entities or []}
    marks = []
    for index, quote in enumerate(analysis.quotes or []):
        if not 0 <= quote.start < quote.end <= len(analysis.text):
            continue
        entity = entities.get(quote.speaker) if quote.speaker else None
        name = entity.name if entity else quote.speaker
        marks.append(QuoteMark(index, quote.start, quote.end, quote.kind, name,
                               entity.role if entity else None, quote.source))
    return marks


def segment_text(text: str, spans: Sequence[ActiveSpan], start: int = 0,
                 end: int | None = None, quotes: Sequence[QuoteMark] = ()) -> list[Segment]:
    """Cut ``text[start:end]`` at every boundary of the spans (and quotes) that touch it.

    Quotes do not nest: where two overlap, a segment belongs to the one that starts first.
    """
    end = len(text) if end is None else end
    inside = [s for s in spans if s.start < end and s.end > start]
    quotes_inside = sorted((q for q in quotes if q.start < end and q.end > start),
                           key=lambda q: (q.start, q.index))
    cuts = {start, end}
    for span in [*inside, *quotes_inside]:
        cuts.add(max(span.start, start))
        cuts.add(min(span.end, end))
    points = sorted(cuts)
    segments = []
    for left, right in zip(points, points[1:], strict=False):
        if left >= right:
            continue
        active = tuple(sorted((s for s in inside if s.start <= left and s.end >= right),
                              key=lambda s: (s.lane, s.index)))
        quote = next((q for q in quotes_inside if q.start <= left and q.end >= right), None)
        segments.append(Segment(left, right, text[left:right], active, quote))
    return segments


def paragraph_views(analysis: Analysis, spans: Sequence[ActiveSpan] | None = None, *,
                    with_quotes: bool = False) -> list[ParagraphView]:
    """Every paragraph (the title first, when there is one) cut into segments; with
    ``with_quotes``, also cut at quote boundaries, each segment knowing its quote."""
    spans = active_spans(analysis) if spans is None else spans
    quotes = quote_marks(analysis) if with_quotes else []
    by_start = {(p.start, p.end): p for p in analysis.paragraph_techniques or []}
    views = []
    title = analysis.title
    for paragraph in analysis.paragraphs:
        is_title = title is not None and paragraph.start == title.start
        techniques = by_start.get((paragraph.start, paragraph.end))
        views.append(ParagraphView(
            start=paragraph.start,
            end=paragraph.end,
            line=techniques.line if techniques else _line_of(analysis.text, paragraph.start),
            is_title=is_title,
            segments=tuple(segment_text(analysis.text, spans, paragraph.start, paragraph.end,
                                        quotes)),
            techniques=techniques,
        ))
    return views


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def technique_counts(analysis: Analysis) -> dict[str, int]:
    """Spans per PTC technique, most frequent first."""
    counts: dict[str, int] = {}
    for span in analysis.spans or []:
        counts[span.technique] = counts.get(span.technique, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def darker(color: str, factor: float = 0.6) -> str:
    """A darker shade of ``#RRGGBB``, for underlines drawn in the technique's colour."""
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))
