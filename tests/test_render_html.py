"""The self-contained HTML page: content, escaping, no external resources, real browser."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from _browser_support import chromium
from render_examples import (
    HOSTILE_BODY,
    HOSTILE_TITLE,
    full_analysis,
    hostile_analysis,
    structure_only_analysis,
)

from slant.render.html import render_html
from slant.taxonomy import ptc_technique, technique_color


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def test_page_is_self_contained() -> None:
    page = render_html(full_analysis())
    parsed = _parse(page)
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed"}
    for _, attrs in parsed.tags:
        for key, value in attrs.items():
            assert not key.startswith("on")
            if key in ("src", "href"):
                raise AssertionError(f"external resource: {key}={value}")
    assert "url(" not in page and "@import" not in page


def test_every_span_is_highlighted_with_its_colour_and_tooltip() -> None:
    analysis = full_analysis()
    page = render_html(analysis)
    parsed = _parse(page)
    segments = [attrs for tag, attrs in parsed.tags if "seg" in (attrs.get("class") or "")]
    highlighted = {t for attrs in segments for t in (attrs["data-techniques"] or "").split("|")}
    assert highlighted == {span.technique for span in analysis.spans or []}
    for label in highlighted:
        assert technique_color(label) in page
        assert ptc_technique(label).definition in page  # tooltips carry definitions
    # the nested span: "reckless" carries both techniques, drawn as two underlines
    both = "Name_Calling,Labeling|Loaded_Language"
    nested = [a for a in segments if a["data-techniques"] == both]
    assert nested and nested[0]["style"] is not None
    assert nested[0]["style"].count("linear-gradient") == 2
    assert all(a.get("tabindex") == "0" and a.get("aria-describedby") for a in segments)
    assert "score 0.93" in page and "score 0.55" in page


def test_summary_sections() -> None:
    page = render_html(full_analysis())
    text = " ".join(_parse(page).text)
    for expected in ("Genre", "opinion", "0.70", "Hyperpartisan", "0.83", "Frames", "Political",
                     "Quality of life", "Loaded language", "Ada Holm", "Critics", "indirect",
                     "False dilemma or no choice 0.70", "line 5", "Voices"):
        assert expected in text, expected
    assert "not predicted" not in text


def test_structure_only_page_says_not_predicted() -> None:
    page = render_html(structure_only_analysis())
    text = " ".join(_parse(page).text)
    assert "No model was run" in text
    assert text.count("not predicted") >= 4
    assert 'class="seg"' not in page
    assert "spineless cowards." in text


def test_article_text_is_escaped() -> None:
    page = render_html(hostile_analysis())
    parsed = _parse(page)
    names = [tag for tag, _ in parsed.tags]
    assert "script" not in names and "img" not in names and "svg" not in names and "b" not in names
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "<img src=y" not in page
    text = "".join(parsed.text)
    assert HOSTILE_TITLE in text
    assert HOSTILE_BODY.split(">")[0] in text  # the quote-and-bracket payload shows as text
    assert "<b>bold</b>" in text
    for _, attrs in parsed.tags:
        assert not any(key.startswith("on") for key in attrs)


def test_several_articles_in_one_page() -> None:
    page = render_html([full_analysis(), structure_only_analysis()])
    assert page.count('<article class="analysis"') == 2
    assert "<title>slant: 2 articles</title>" in page


@pytest.mark.browser
def test_in_browser_hover_and_focus_show_tooltip_and_no_script_runs(tmp_path: Path) -> None:
    good = tmp_path / "full.html"
    good.write_text(render_html(full_analysis()), encoding="utf-8")
    bad = tmp_path / "hostile.html"
    bad.write_text(render_html(hostile_analysis()), encoding="utf-8")
    with chromium() as browser:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(good.as_uri())
        segment = page.locator(".seg[data-techniques='Name_Calling,Labeling']").last
        tooltip = segment.locator(".tip")
        assert not tooltip.is_visible()
        segment.hover()
        assert tooltip.is_visible()
        assert "Name calling or labelling" in tooltip.inner_text()
        assert "score 0.88" in tooltip.inner_text()
        page.mouse.move(0, 0)
        page.keyboard.press("Tab")  # keyboard users reach the first highlighted segment
        focused = page.locator(".seg:focus .tip")
        assert focused.is_visible() and "Loaded language" in focused.inner_text()
        # overlapping spans stay visible: the nested segment is taller than a plain one
        nested = page.locator(
            ".seg[data-techniques='Name_Calling,Labeling|Loaded_Language']").first
        style = nested.evaluate("e => getComputedStyle(e).paddingBottom")
        assert style == "8px"
        page.goto(bad.as_uri())
        page.wait_for_timeout(200)
        assert dialogs == []
        assert page.locator("img, script, svg").count() == 0
        assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
        assert all(url.startswith("file://") for url in requests), requests
