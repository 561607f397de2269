"""The terminal report (rich): what slant found in an article, paragraph by paragraph.

Article text is always passed to rich as :class:`rich.text.Text`, never as markup, so that
brackets in an article cannot be read as rich styles. Colour is used only on a terminal;
``-o FILE`` and pipes get plain text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from slant.document.analysis import Analysis
from slant.render.segments import ParagraphView, active_spans, paragraph_views, technique_counts
from slant.render.voices import VoiceRow, quoted_share, voice_rows
from slant.taxonomy import technique

NOT_PREDICTED = "not predicted"


def make_console(stream: TextIO, *, color: bool | None = None, width: int | None = None) -> Console:
    """A console on ``stream``: colour only when asked or when it is a terminal."""
    is_tty = hasattr(stream, "isatty") and stream.isatty()
    use_color = is_tty if color is None else color
    return Console(
        file=stream,
        force_terminal=use_color,
        no_color=not use_color,
        color_system="truecolor" if use_color else None,
        width=width if width else (None if is_tty else 100),
        highlight=False,
        emoji=False,
        markup=False,
    )


def render_text(analyses: Iterable[Analysis], stream: TextIO, *, color: bool | None = None,
                width: int | None = None) -> None:
    """Write the report of each analysis to ``stream``.

    Without colour, the report is rendered off-screen first and trailing spaces are removed.
    """
    is_tty = hasattr(stream, "isatty") and stream.isatty()
    use_color = is_tty if color is None else color
    target: TextIO = stream if use_color else io.StringIO()
    console = make_console(target, color=use_color, width=width or (None if is_tty else 100))
    for number, analysis in enumerate(analyses):
        if number:
            console.print()
        console.print(report(analysis))
    if not use_color:
        assert isinstance(target, io.StringIO)
        stream.write("\n".join(line.rstrip() for line in target.getvalue().split("\n")))


def report(analysis: Analysis) -> RenderableType:
    """The whole report of one article as one rich renderable."""
    parts: list[RenderableType] = [_header(analysis), _overview(analysis)]
    counts = _technique_table(analysis)
    if counts is not None:
        parts.append(counts)
    parts.append(Rule("Paragraphs", style="dim"))
    spans = active_spans(analysis)
    for view in paragraph_views(analysis, spans, with_quotes=True):
        parts.append(_paragraph(analysis, view))
    rows = voice_rows(analysis)
    if rows:
        parts.append(Rule("Voices", style="dim"))
        parts.append(_voices(analysis, rows))
    if analysis.quotes:
        parts.append(Rule("Quotes", style="dim"))
        parts.append(_quotes(analysis))
    return Group(*parts)


def _header(analysis: Analysis) -> RenderableType:
    title = analysis.span_text(analysis.title) if analysis.title else "(no title)"
    meta = analysis.metadata
    line = Text()
    line.append(f"article {meta.article_id}", style="dim")
    if meta.source_path:
        line.append(f" · {meta.source_path}", style="dim")
    line.append(f" · slant {meta.slant_version}", style="dim")
    line.append(f" · model {meta.model_version or 'none'}", style="dim")
    return Group(Rule(style="bold"), Text(title, style="bold"), line, Rule(style="bold"))


def _overview(analysis: Analysis) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    if analysis.genre is None:
        table.add_row("Genre", Text(NOT_PREDICTED, style="dim"))
    else:
        probabilities = ", ".join(
            f"{label} {p:.2f}" for label, p in sorted(analysis.genre.probabilities.items(),
                                                       key=lambda kv: -kv[1]))
        table.add_row("Genre", Text(f"{analysis.genre.label} ({probabilities})"))
    if analysis.hyperpartisan is None:
        table.add_row("Hyperpartisan", Text(NOT_PREDICTED, style="dim"))
    else:
        verdict = "hyperpartisan" if analysis.hyperpartisan.label else "not hyperpartisan"
        table.add_row("Hyperpartisan",
                      Text(f"probability {analysis.hyperpartisan.probability:.2f} ({verdict})"))
    if analysis.frames is None:
        table.add_row("Frames", Text(NOT_PREDICTED, style="dim"))
    else:
        ranked = sorted(analysis.frames.scores.items(), key=lambda kv: -kv[1])
        frames = Text()
        for position, (label, score) in enumerate(ranked[:6]):
            if position:
                frames.append(", ")
            chosen = label in analysis.frames.labels
            frames.append(f"{label} {score:.2f}", style="bold" if chosen else "dim")
        if not ranked:
            frames.append("none")
        table.add_row("Frames", frames)
    if analysis.spans is None:
        table.add_row("Techniques", Text(NOT_PREDICTED, style="dim"))
    else:
        table.add_row("Techniques", Text(f"{len(analysis.spans)} spans"))
    if analysis.quotes is not None:
        table.add_row("Quotes", Text(str(len(analysis.quotes))))
    return table


def _technique_table(analysis: Analysis) -> RenderableType | None:
    counts = technique_counts(analysis)
    if not counts:
        return None
    table = Table(title="Technique spans", title_justify="left", show_edge=False)
    table.add_column("technique")
    table.add_column("spans", justify="right")
    for label, count in counts.items():
        entry = technique(label)
        name = Text(label, style=f"black on {entry.color}" if entry else "")
        table.add_row(name, str(count))
    return table


def _paragraph(analysis: Analysis, view: ParagraphView) -> RenderableType:
    text = Text()
    for segment in view.segments:
        top = segment.top
        style = f"black on {top.color}" if top else ""
        if segment.quote is not None:
            style = f"{style} italic".strip()  # quoted stretches: someone else's voice
        text.append(segment.text, style=style)
    label = "title" if view.is_title else f"line {view.line}"
    parts: list[RenderableType] = [Text(f"[{label}]", style="bold cyan"),
                                   Padding(text, (0, 0, 0, 2))]
    if analysis.paragraph_techniques is not None:
        if view.techniques is None or not view.techniques.labels:
            parts.append(Padding(Text("paragraph techniques: none", style="dim"), (0, 0, 0, 2)))
        else:
            chosen = ", ".join(f"{label} {view.techniques.scores.get(label, 0.0):.2f}"
                               for label in view.techniques.labels)
            parts.append(Padding(Text(f"paragraph techniques: {chosen}"), (0, 0, 0, 2)))
    seen: set[int] = set()
    for segment in view.segments:
        for span in segment.spans:
            if span.index in seen:
                continue
            seen.add(span.index)
            line = Text("• ")
            line.append(f"“{analysis.text[span.start:span.end]}”")
            line.append(" — ")
            line.append(span.technique, style=f"black on {span.color}")
            line.append(f" {span.score:.2f}")
            if span.voice and span.voice != "author":
                line.append(f" (voice: {_entity_name(analysis, span.voice)})", style="dim")
            parts.append(Padding(line, (0, 0, 0, 4)))
    parts.append(Text(""))
    return Group(*parts)


def _entity_name(analysis: Analysis, entity_id: str | None) -> str:
    if entity_id is None:
        return "unknown speaker"
    for entity in analysis.entities or []:
        if entity.id == entity_id:
            return entity.name
    return entity_id


def _quotes(analysis: Analysis) -> RenderableType:
    table = Table(show_edge=False, show_lines=False)
    table.add_column("speaker")
    table.add_column("kind")
    table.add_column("quote", overflow="fold")
    for quote in analysis.quotes or []:
        kind = f"{quote.kind} (model)" if quote.source == "model" else quote.kind
        table.add_row(Text(_entity_name(analysis, quote.speaker)), kind,
                      Text(analysis.span_text(quote)))
    return table


def _technique_list(row: VoiceRow) -> Text:
    if row.techniques is None:
        return Text(NOT_PREDICTED, style="dim")
    if not row.techniques:
        return Text("none", style="dim")
    out = Text()
    for position, (label, count) in enumerate(row.techniques.items()):
        if position:
            out.append(", ")
        entry = technique(label)
        out.append(label, style=f"black on {entry.color}" if entry else "")
        out.append(f" {count}")
    return out


def _voices(analysis: Analysis, rows: list[VoiceRow]) -> RenderableType:
    """Who is quoted, how often, and which techniques appear in each voice."""
    table = Table(show_edge=False)
    table.add_column("voice")
    table.add_column("role", overflow="fold")
    table.add_column("quotes", justify="right")
    table.add_column("techniques in this voice", overflow="fold")
    for row in rows:
        name = Text(row.name, style="bold" if row.key == "author" else "")
        if row.kind and row.key != "author":
            name.append(f" ({row.kind})", style="dim")
        quotes = "" if row.key == "author" else (
            f"{row.quotes}" + (f" ({row.direct} direct, {row.indirect} indirect)"
                               if row.direct and row.indirect else
                               " direct" if row.direct else " indirect"))
        table.add_row(name, Text(row.role or ""), quotes, _technique_list(row))
    parts: list[RenderableType] = [table]
    share = quoted_share(analysis)
    if share is not None:
        parts.append(Text(f"{share:.0%} of technique spans are in quoted voices, "
                          f"{1 - share:.0%} in the author's.", style="dim"))
    parts.append(Text(""))
    return Group(*parts)
