"""The terminal report."""

from __future__ import annotations

import io

from render_examples import full_analysis, structure_only_analysis

from slant.document.analysis import CharSpan
from slant.render.text import render_text


def _report(*analyses, color: bool | None = None) -> str:  # type: ignore[no-untyped-def]
    stream = io.StringIO()
    render_text(list(analyses), stream, color=color)
    return stream.getvalue()


def test_full_report_shows_every_field() -> None:
    out = _report(full_analysis())
    assert "\x1b[" not in out  # a StringIO is no terminal: no colour codes
    assert "Mayor Slams Reckless Bridge Plan" in out
    assert "opinion (opinion 0.70, reporting 0.25, satire 0.05)" in out
    assert "probability 0.83 (hyperpartisan)" in out
    assert "Political 0.80" in out
    assert "“spineless cowards” — Name_Calling,Labeling 0.88" in out
    assert "“Our town, our river!” — Slogans 0.90 (voice: Ada Holm)" in out
    assert "paragraph techniques: False_Dilemma-No_Choice 0.70" in out
    assert "Critics" in out and "indirect" in out
    assert "not predicted" not in out
    assert all(line == line.rstrip() for line in out.splitlines())


def test_structure_only_says_not_predicted() -> None:
    out = _report(structure_only_analysis())
    for field in ("Genre", "Hyperpartisan", "Frames", "Techniques"):
        assert any(line.startswith(field) and "not predicted" in line
                   for line in out.splitlines()), field
    assert "paragraph techniques" not in out
    assert "spineless cowards." in out


def test_colour_when_asked_and_markup_in_text_is_literal() -> None:
    analysis = structure_only_analysis()
    text = "[bold red]Not markup[/bold red]\n\nBody [link=x]here[/link]."
    analysis = analysis.model_copy(update={
        "text": text, "title": CharSpan(start=0, end=text.index("\n")),
        "paragraphs": [CharSpan(start=0, end=text.index("\n")),
                       CharSpan(start=text.index("Body"), end=len(text))]})
    out = _report(analysis)
    assert "[bold red]Not markup[/bold red]" in out
    assert "Body [link=x]here[/link]." in out
    coloured = _report(full_analysis(), color=True)
    assert "\x1b[" in coloured
