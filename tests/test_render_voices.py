"""The Voices section of the renderers: who is quoted, how often, which techniques in each
voice, and quoted stretches marked in the text."""

from __future__ import annotations

import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from _browser_support import chromium
from render_examples import full_analysis, hostile_analysis, structure_only_analysis

from slant.document.analysis import Analysis, Quote
from slant.render.html import render_html
from slant.render.segments import paragraph_views, quote_marks
from slant.render.text import render_text
from slant.render.voices import quoted_share, voice_rows


def _report(analysis: Analysis) -> str:
    stream = io.StringIO()
    render_text([analysis], stream, width=120)
    return stream.getvalue()


def _without_spans(analysis: Analysis) -> Analysis:
    """Quotes found, but no model: techniques are not predicted."""
    return analysis.model_copy(update={"spans": None, "voices": None})


def _with_unattributed(analysis: Analysis) -> Analysis:
    assert analysis.quotes is not None
    text = analysis.text
    start = text.index("the mayor was")
    quotes = [*analysis.quotes[:2], Quote(start=start, end=start + 9, kind="direct")]
    return analysis.model_copy(update={"quotes": quotes})


class _Quoted(HTMLParser):
    """The quoted stretches of a page: (attributes, text inside)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.quoted: list[tuple[dict[str, str | None], list[str]]] = []
        self.depth = 0  # nesting depth of spans inside the current quoted span
        self.in_tip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "span" and "quoted" in classes:
            self.quoted.append((dict(attrs), []))
            self.depth = 1
        elif tag == "span" and self.depth:
            self.depth += 1
            if "tip" in classes or self.in_tip:
                self.in_tip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.depth:
            self.depth -= 1
            if self.in_tip:
                self.in_tip -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.in_tip:
            self.quoted[-1][1].append(data)


def test_voice_rows_author_first_then_speakers_by_quotes() -> None:
    rows = voice_rows(full_analysis())
    assert [r.key for r in rows] == ["author", "e1", "e3"]
    author, holm, critics = rows
    assert author.techniques == {"Loaded_Language": 2, "Name_Calling,Labeling": 2,
                                 "Exaggeration,Minimisation": 1}
    assert (holm.name, holm.role, holm.kind, holm.direct, holm.indirect) == (
        "Ada Holm", "mayor", "person", 2, 0)
    assert holm.techniques is not None and holm.technique_total == 3
    assert (critics.name, critics.quotes, critics.indirect, critics.techniques) == (
        "Critics", 1, 1, {})
    assert quoted_share(full_analysis()) == pytest.approx(3 / 8)


def test_voice_rows_without_model_and_with_unattributed_quotes() -> None:
    assert voice_rows(structure_only_analysis()) == []
    rows = voice_rows(_without_spans(full_analysis()))
    assert all(row.techniques is None for row in rows)
    assert quoted_share(_without_spans(full_analysis())) is None
    rows = voice_rows(_with_unattributed(full_analysis()))
    assert rows[-1].key == "unattributed" and rows[-1].name == "unknown speaker"
    assert rows[-1].direct == 1


def test_segments_cut_at_quotes_cover_each_quote_exactly() -> None:
    analysis = full_analysis()
    marks = {mark.index: mark for mark in quote_marks(analysis)}
    assert marks[0].label == "Ada Holm (mayor), direct quote"
    assert marks[2].label == "Critics, indirect speech"
    segments = [s for view in paragraph_views(analysis, with_quotes=True) for s in view.segments]
    for index, quote in enumerate(analysis.quotes or []):
        inside = [s for s in segments if s.quote is not None and s.quote.index == index]
        assert "".join(s.text for s in inside) == analysis.text[quote.start:quote.end]
    # technique boundaries still cut: the Slogans span lies inside the second quote
    assert any(s.quote is not None and s.spans and s.spans[0].technique == "Slogans"
               for s in segments)
    # without the option, nothing changes for other users of the segments
    plain = [s for view in paragraph_views(analysis) for s in view.segments]
    assert all(s.quote is None for s in plain)


def test_text_report_voices_section() -> None:
    out = _report(full_analysis())
    section = out[out.index("─ Voices ─"):out.index("─ Quotes ─")]
    lines = section.splitlines()
    holm = next(line for line in lines if "Ada Holm" in line)
    assert "mayor" in holm and "2 direct" in holm
    assert "Black-and-White_Fallacy 1" in section and "Slogans 1" in section
    critics = next(line for line in lines if "Critics" in line)
    assert "1 indirect" in critics and "none" in critics
    author = next(line for line in lines if line.strip().startswith("author"))
    assert "Loaded_Language 2" in author
    assert "38% of technique spans are in quoted voices" in section
    assert lines.index(author) < lines.index(holm) < lines.index(critics)


def test_text_report_voices_without_model_and_unattributed() -> None:
    out = _report(_with_unattributed(_without_spans(full_analysis())))
    section = out[out.index("─ Voices ─"):out.index("─ Quotes ─")]
    assert "not predicted" in section
    assert "unknown speaker" in section
    assert "quoted voices" not in section
    assert "─ Voices ─" not in _report(structure_only_analysis())


def test_html_marks_quoted_stretches_with_speaker() -> None:
    analysis = full_analysis()
    parser = _Quoted()
    parser.feed(render_html(analysis))
    by_index = {int(attrs["data-quote"] or -1): (attrs, "".join(text))
                for attrs, text in parser.quoted}
    assert set(by_index) == {0, 1, 2}
    for index, quote in enumerate(analysis.quotes or []):
        attrs, text = by_index[index]
        assert text == analysis.text[quote.start:quote.end]
    assert by_index[0][0]["title"] == "Ada Holm (mayor), direct quote"
    assert by_index[0][0]["data-speaker"] == "Ada Holm"
    assert "q-indirect" in (by_index[2][0]["class"] or "")
    assert by_index[2][0]["title"] == "Critics, indirect speech"


def test_html_voices_table() -> None:
    page = render_html(full_analysis())
    section = page[page.index('<section class="voices"'):]
    section = section[:section.index("</section>")]
    assert section.index('data-voice="author"') < section.index('data-voice="e1"') \
        < section.index('data-voice="e3"')
    row = section[section.index('data-voice="e1"'):section.index('data-voice="e3"')]
    assert "Ada Holm" in row and "mayor" in row and ">2" in row
    assert "Slogans 1" in row and "Black-and-White_Fallacy 1" in row
    assert "38% of technique spans are in quoted voices" in section
    no_model = render_html(_without_spans(full_analysis()))
    section = no_model[no_model.index('<section class="voices"'):]
    assert "not predicted" in section[:section.index("</section>")]
    assert '<section class="voices"' not in render_html(structure_only_analysis())


def test_hostile_speaker_name_is_escaped_in_quote_marks() -> None:
    page = render_html(hostile_analysis())
    assert "<img src=y" not in page
    parser = _Quoted()
    parser.feed(page)
    (attrs, _), = parser.quoted
    assert attrs["title"] == "<img src=y onerror=alert(3)>, direct quote"
    assert attrs["data-speaker"] == "<img src=y onerror=alert(3)>"
    out = _report(hostile_analysis())
    assert "<img src=y onerror=alert(3)>" in out


@pytest.mark.browser
def test_in_browser_quoted_stretch_is_shaded(tmp_path: Path) -> None:
    page_file = tmp_path / "voices.html"
    page_file.write_text(render_html(full_analysis()), encoding="utf-8")
    with chromium() as browser:
        page = browser.new_page()
        page.goto(page_file.as_uri())
        quoted = page.locator(".quoted[data-quote='0']")
        assert quoted.get_attribute("title") == "Ada Holm (mayor), direct quote"
        style = quoted.evaluate(
            "e => [getComputedStyle(e).borderLeftWidth, getComputedStyle(e).backgroundColor]")
        assert style == ["3px", "rgb(238, 242, 247)"]
        plain = page.locator(".para .text").nth(1).evaluate(
            "e => getComputedStyle(e).backgroundColor")
        assert plain == "rgba(0, 0, 0, 0)"


def test_a_role_that_repeats_the_name_is_not_shown_twice() -> None:
    analysis = full_analysis()
    entities = [e.model_copy(update={"role": "Critics"}) if e.id == "e3" else e
                for e in analysis.entities or []]
    rows = voice_rows(analysis.model_copy(update={"entities": entities}))
    assert next(r for r in rows if r.key == "e3").role is None
    assert next(r for r in rows if r.key == "e1").role == "mayor"


def test_a_quote_the_model_found_says_so_in_its_label() -> None:
    analysis = full_analysis()
    quotes = list(analysis.quotes or [])
    quotes[2] = quotes[2].model_copy(update={"source": "model"})
    marks = {m.index: m for m in quote_marks(analysis.model_copy(update={"quotes": quotes}))}
    assert marks[2].label == "Critics, indirect speech (found by the model)"
    assert marks[0].label == "Ada Holm (mayor), direct quote"
    report = _report(analysis.model_copy(update={"quotes": quotes}))
    assert report.count("indirect (model)") == 1
