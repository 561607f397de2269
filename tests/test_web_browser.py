"""In a real browser (Debian's chromium through Playwright): highlights, definitions on hover,
technique filter, corpus charts, and escaping of hostile article text. Screenshots go to
``test-artifacts/``."""

from __future__ import annotations

from pathlib import Path

import pytest
from _browser_support import chromium
from _fixture_models import fixture_analyzer, sample_analysis
from _web_support import running_server

from slant.storage import Store
from slant.taxonomy import ptc_technique
from slant.web import Settings

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

SAMPLE = (
    "Leaders betray the nation\n"
    "\n"
    "The corrupt regime has once again betrayed every honest worker, critics say.\n"
    "\n"
    "\"This is a disgrace,\" said Maria Lopez, the union leader. \"They are traitors.\"\n"
    "\n"
    "Officials declined to comment on the figures released on Monday."
)


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.page_errors = errors  # type: ignore[attr-defined]
    yield opened
    context.close()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'browser.db'}"


@pytest.fixture
def server(db: str):
    with running_server(Settings(db_url=db), fixture_analyzer()) as running:
        yield running


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_analyse_then_hover_a_span_to_read_its_definition(page, server) -> None:
    page.goto(f"{server.base_url}/")
    page.fill("#text", SAMPLE)
    page.fill("#source", "Browser test")
    page.click("#analyse-button")
    page.wait_for_url("**/articles/*")
    highlighted = page.locator("#article-text .seg.hl")
    assert highlighted.count() >= 5
    regime = page.locator("#article-text .seg.hl", has_text="corrupt regime").first
    regime.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    definition = ptc_technique("Name_Calling,Labeling").definition
    assert definition[:40] in tip.inner_text()
    assert "score 0.91" in tip.inner_text()
    # overlapping spans: "betrayed" sits inside "once again betrayed every honest worker"
    inner = page.locator("#article-text .seg.hl", has_text="betrayed").first
    assert len(inner.get_attribute("data-spans").split()) == 2
    assert "inset" in inner.get_attribute("style")
    inner.hover()
    assert tip.locator(".span-info").count() == 2
    shot(page, "analyse-hover-definition")
    # keyboard users get the same by focusing a span
    page.keyboard.press("Escape")
    page.locator("#article-text .seg.hl").first.focus()
    tip.wait_for(state="visible")
    assert page.page_errors == []


def test_filter_highlights_by_technique(page, server) -> None:
    page.goto(f"{server.base_url}/")
    page.fill("#text", SAMPLE)
    page.click("#analyse-button")
    page.wait_for_url("**/articles/*")
    loaded = 'input[data-technique="Loaded_Language"]'
    name_calling = 'input[data-technique="Name_Calling,Labeling"]'
    before = page.locator("#article-text .seg.hl").count()
    page.uncheck(name_calling)
    traitors = page.locator("#article-text .seg", has_text="traitors").first
    assert "hl" not in traitors.get_attribute("class")
    assert page.locator("#article-text .seg.hl").count() < before
    disgrace = page.locator("#article-text .seg", has_text="disgrace").first
    assert "hl" in disgrace.get_attribute("class")
    page.uncheck(loaded)
    assert "hl" not in disgrace.get_attribute("class")
    # "betrayed" keeps the fill of the enclosing exaggeration span
    betrayed = page.locator("#article-text .seg", has_text="betrayed").first
    assert "hl" in betrayed.get_attribute("class")
    shot(page, "technique-filter")
    page.click("#show-all")
    assert page.locator("#article-text .seg.hl").count() == before
    assert page.page_errors == []


def test_corpus_page_shows_charts(page, server, db: str) -> None:
    with Store.open(db) as store:
        for month, source in [(1, "Alpha"), (2, "Alpha"), (2, "Beta"), (3, "Gamma"), (4, "Beta")]:
            store.save(sample_analysis(source=source, date=f"2024-0{month}-15"))
        store.save(sample_analysis("Calm\n\nThe weather was mild.", source="Gamma",
                                   date="2024-05-01", with_model=False))
    page.goto(f"{server.base_url}/corpus")
    mix = page.locator("#chart-mix svg")
    density = page.locator("#chart-density svg")
    assert mix.is_visible() and density.is_visible()
    assert mix.locator("rect[data-technique]").count() >= 9
    assert density.locator("rect[data-period]").count() == 4
    box = density.bounding_box()
    assert box["width"] > 300 and box["height"] > 100
    shot(page, "corpus-charts")
    page.select_option("#f-source", "Beta")
    page.click("#corpus-filters button[type=submit]")
    page.wait_for_url("**source=Beta**")
    assert page.locator("#articles tbody tr").count() == 2
    assert page.page_errors == []


def test_hostile_article_text_renders_as_text_and_runs_nothing(page, server) -> None:
    hostile = (
        "<script>window.pwned = 1</script> Breaking\n"
        "\n"
        "The corrupt regime wrote \"><img src=x onerror=\"window.pwned=2\"> in its statement.\n"
        "\n"
        "<b onmouseover=\"window.pwned=3\">bold</b> & <iframe src=\"javascript:alert(1)\">"
    )
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server.base_url}/")
    page.fill("#text", hostile)
    page.click("#analyse-button")
    page.wait_for_url("**/articles/*")
    text = page.locator("#article-text").inner_text()
    assert "<script>window.pwned = 1</script>" in text
    assert "\"><img src=x onerror=\"window.pwned=2\">" in text
    assert "<iframe src=\"javascript:alert(1)\">" in text
    assert page.locator("#article-text img, #article-text script, #article-text iframe, "
                        "#article-text b").count() == 0
    page.locator("#article-text .seg.hl").first.hover()
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert dialogs == []
    shot(page, "escaping")
    page.goto(f"{server.base_url}/corpus")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert "<script>window.pwned" in page.locator("#articles").inner_text()


def test_without_a_model_the_page_says_not_predicted(page, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLANT_MODEL_DIR", "none")
    with running_server(Settings(db_url=f"sqlite:///{tmp_path / 'none.db'}")) as plain:
        page.goto(f"{plain.base_url}/")
        assert page.locator("#no-model").is_visible()
        page.fill("#text", SAMPLE)
        page.click("#analyse-button")
        page.wait_for_url("**/articles/*")
        assert page.locator("#spans-not-predicted").is_visible()
        assert page.locator("#article-text .seg.hl").count() == 0
        assert "Leaders betray the nation" in page.locator("#article-text").inner_text()
        shot(page, "not-predicted")
