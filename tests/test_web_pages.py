"""The HTML pages over HTTP (the browser tests check what a person sees)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from _fixture_models import fixture_analyzer, sample_analysis
from _web_support import running_server

from slant.storage import Store
from slant.web import Settings

HOSTILE = (
    "<script>window.pwned = 1</script> headline\n"
    "\n"
    "The corrupt regime said \"><img src=x onerror=\"window.pwned=2\"> and & more.\n"
)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'pages.db'}"


@pytest.fixture
def http(db: str):
    with running_server(Settings(db_url=db), fixture_analyzer()) as server, \
            server.client() as client:
        yield client


def test_form_analyses_stores_and_redirects_to_the_permanent_link(http: httpx.Client) -> None:
    response = http.post("/analyse", data={"text": "Title\n\nThe corrupt regime lies.",
                                           "source": "Paste", "date": "2024-02-03"})
    assert response.status_code == 303
    link = response.headers["location"]
    assert link.startswith("/articles/")
    page = http.get(link)
    assert page.status_code == 200
    assert 'class="seg hl"' in page.text and "corrupt regime" in page.text
    assert "Name calling" in page.text or "Name_Calling" in page.text
    assert "/export/tc" in page.text and "Paste" in page.text


def test_upload_of_a_file(http: httpx.Client) -> None:
    files = {"file": ("story.html", b"<html><body><p>The corrupt regime lies again.</p>"
                                    b"<p>More text here.</p></body></html>", "text/html")}
    response = http.post("/analyse", files=files)
    assert response.status_code == 303
    shown = http.get(response.headers["location"]).text
    assert "corrupt regime</span> lies again." in shown
    bad = http.post("/analyse", files={"file": ("photo.png", b"\x89PNG", "image/png")})
    assert bad.status_code == 422 and ".txt or .html" in bad.text
    binary = http.post("/analyse", files={"file": ("x.txt", b"\x00\x01\x02", "text/plain")})
    assert binary.status_code == 422 and "binary" in binary.text


@pytest.mark.parametrize("data, message", [
    ({}, "paste a text"),
    ({"text": "   "}, "paste a text"),
    ({"text": "fine", "date": "tomorrow"}, "YYYY-MM-DD"),
    ({"url": "file:///etc/passwd"}, "only http and https"),
])
def test_form_errors_show_on_the_form(http: httpx.Client, data: dict, message: str) -> None:
    response = http.post("/analyse", data=data)
    assert 400 <= response.status_code < 500
    assert message in response.text and "<form" in response.text


def test_escaping_in_the_served_html(http: httpx.Client) -> None:
    link = http.post("/analyse", data={"text": HOSTILE}).headers["location"]
    page = http.get(link).text
    assert "<script>window.pwned" not in page
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    assert '<img src=x' not in page
    assert "&#34;&gt;&lt;img src=x onerror=" in page or "&quot;&gt;&lt;img" in page


def test_unknown_article_is_a_404_page(http: httpx.Client) -> None:
    response = http.get("/articles/nope", headers={"accept": "text/html"})
    assert response.status_code == 404 and "<h1>Error 404</h1>" in response.text


def test_corpus_page_lists_filters_and_draws_charts(db: str, http: httpx.Client) -> None:
    with Store.open(db) as store:
        store.save(sample_analysis(source="Alpha", date="2024-01-05"))
        store.save(sample_analysis(source="Beta", date="2024-02-05"))
        store.save(sample_analysis("Quiet\n\nNothing here.", source="Beta", date="2024-03-05",
                                   with_model=False))
    page = http.get("/corpus").text
    assert page.count('<svg') >= 3
    assert 'data-technique="Loaded_Language"' in page
    assert 'data-period="2024-02"' in page
    assert "3 articles" in page and "not predicted" in page
    only_beta = http.get("/corpus", params={"source": "Beta"}).text
    assert "2 articles" in only_beta
    searched = http.get("/corpus", params={"q": "nothing here"}).text
    assert "1 article," in searched
    by_technique = http.get("/corpus", params={"technique": "Name_Calling,Labeling"}).text
    assert "2 articles" in by_technique
    bad = http.get("/corpus", params={"date_from": "soon"})
    assert bad.status_code == 422 and "ISO date" in bad.text


def test_a_stored_non_web_url_is_never_a_link(db: str, http: httpx.Client) -> None:
    with Store.open(db) as store:
        article_id = store.save(sample_analysis(), url="javascript:alert(document.domain)")
        web_id = store.save(sample_analysis(), url="https://example.org/story")
    page = http.get(f"/articles/{article_id}").text
    assert "javascript:alert(document.domain)" in page
    assert 'href="javascript:' not in page
    assert 'href="https://example.org/story"' in http.get(f"/articles/{web_id}").text
