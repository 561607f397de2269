"""The REST API on a real uvicorn server, against SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest
from _fixture_models import fixture_analyzer
from _web_support import running_server

from slant.web import Settings

TEXT = (
    "Leaders betray the nation\n"
    "\n"
    "The corrupt regime has once again betrayed every honest worker.\n"
    "\n"
    "\"This is a disgrace,\" said Maria Lopez, the union leader."
)


@pytest.fixture
def server(db_url: str):
    with running_server(Settings(db_url=db_url, max_request_bytes=200_000),
                        fixture_analyzer()) as running:
        yield running


@pytest.fixture
def client(server):
    with server.client() as http:
        yield http


def test_health_and_openapi(client: httpx.Client) -> None:
    health = client.get("/api/v1/health").json()
    assert health["status"] == "ok" and health["model_version"] == "test-fixture"
    assert health["articles"] == 0
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/analyze", "/api/v1/articles", "/api/v1/articles/{article_id}",
                 "/api/v1/stats"):
        assert path in spec["paths"]
    assert client.get("/api/docs").status_code == 200


def test_analyze_does_not_store(client: httpx.Client) -> None:
    response = client.post("/api/v1/analyze", json={"text": TEXT})
    assert response.status_code == 200
    analysis = response.json()
    assert analysis["text"] == TEXT
    spans = {(TEXT[s["start"]:s["end"]], s["technique"]) for s in analysis["spans"]}
    assert ("corrupt regime", "Name_Calling,Labeling") in spans
    assert client.get("/api/v1/health").json()["articles"] == 0


def test_analyze_html_and_title(client: httpx.Client) -> None:
    html = "<html><body><h1>x</h1><p>The corrupt regime lies.</p><p>Second one.</p></body></html>"
    analysis = client.post("/api/v1/analyze", json={"html": html, "title": "Given"}).json()
    assert "The corrupt regime lies." in analysis["text"]
    assert "<p>" not in analysis["text"]
    plain = client.post("/api/v1/analyze", json={"text": "Body only here.", "title": "My title"})
    body = plain.json()
    assert body["text"].startswith("My title\n\n")
    assert body["text"][body["title"]["start"]:body["title"]["end"]] == "My title"


@pytest.mark.parametrize("payload", [
    {"text": "   "},
    {},
    {"text": "a", "html": "<p>b</p>"},
    {"text": 5},
    {"text": "fine", "unexpected": 1},
    {"text": "x\x00y"},
    {"text": "fine", "url": "javascript:alert(1)"},
    ["not", "an", "object"],
])
def test_bad_analyze_input_is_a_4xx_json_error(client: httpx.Client, payload: object) -> None:
    response = client.post("/api/v1/analyze", json=payload)
    assert 400 <= response.status_code < 500
    message = response.json()["error"]["message"]
    assert message and "\n" not in message


def test_invalid_json_and_wrong_content_type(client: httpx.Client) -> None:
    bad = client.post("/api/v1/analyze", content=b"{broken",
                      headers={"content-type": "application/json"})
    assert bad.status_code == 422 and "JSON" in bad.json()["error"]["message"]
    binary = client.post("/api/v1/analyze", content=b"\xff\xfe\x00garbage",
                         headers={"content-type": "application/json"})
    assert 400 <= binary.status_code < 500


def test_request_size_limit_gives_413(client: httpx.Client) -> None:
    big = client.post("/api/v1/analyze", json={"text": "word " * 60_000})
    assert big.status_code == 413
    assert "limit" in big.json()["error"]["message"]

    def chunks():
        for _ in range(50):
            yield b"x" * 10_000

    streamed = client.post("/api/v1/articles", content=chunks(),
                           headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    assert client.get("/api/v1/health").json()["articles"] == 0


def test_store_get_list_filter_stats_export_delete(client: httpx.Client) -> None:
    created = client.post("/api/v1/articles", json={
        "text": TEXT, "source": "Daily Test", "url": "https://example.org/a",
        "date": "2024-03-01"})
    assert created.status_code == 201, created.text
    stored = created.json()
    article_id = stored["id"]
    assert stored["link"] == f"/articles/{article_id}"
    other = client.post("/api/v1/articles", json={
        "text": "Calm weather\n\nThe weather was mild today.", "source": "Weather Wire",
        "date": "2024-05-02"}).json()

    fetched = client.get(f"/api/v1/articles/{article_id}").json()
    assert fetched["analysis"] == stored["analysis"]
    assert fetched["analysis"]["metadata"]["source"] == "Daily Test"

    def ids(**params) -> set[str]:
        response = client.get("/api/v1/articles", params=params)
        assert response.status_code == 200, response.text
        return {item["id"] for item in response.json()["items"]}

    assert ids() == {article_id, other["id"]}
    assert ids(q="honest WORKER") == {article_id}
    assert ids(source="Weather Wire") == {other["id"]}
    assert ids(technique="Name_Calling,Labeling") == {article_id}
    assert ids(genre="reporting") == {other["id"]}
    assert ids(frame="Political") == {article_id, other["id"]}
    assert ids(date_from="2024-04-01") == {other["id"]}
    page = client.get("/api/v1/articles", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 2 and len(page["items"]) == 1

    stats = client.get("/api/v1/stats").json()
    assert stats["articles"] == 2
    mix = {m["source"]: m["techniques"] for m in stats["by_source"]}
    assert mix["Daily Test"]["Loaded_Language"] == 2
    assert [p["period"] for p in stats["density_over_time"]] == ["2024-03", "2024-05"]
    assert stats["density_over_time"][0]["density"] > 0
    assert stats["density_over_time"][1]["density"] == 0

    tc = client.get(f"/api/v1/articles/{article_id}/export/tc")
    assert tc.status_code == 200
    lines = [line.split("\t") for line in tc.text.splitlines()]
    assert all(len(line) == 4 for line in lines)
    assert {(TEXT[int(s):int(e)], t) for _, t, s, e in lines} >= {
        ("corrupt regime", "Name_Calling,Labeling"), ("disgrace", "Loaded_Language")}
    st3 = client.get(f"/api/v1/articles/{article_id}/export/st3").text.splitlines()
    assert [line.split("\t")[1:] for line in st3] == [
        ["1", ""], ["3", "Loaded_Language"], ["5", ""]]
    assert client.get(f"/api/v1/articles/{article_id}/export/json").json() == stored["analysis"]
    hp = client.get(f"/api/v1/articles/{article_id}/export/hyperpartisan").text.split()
    assert hp[1:] == ["true", "0.8"]
    assert client.get(f"/api/v1/articles/{article_id}/export/docx").status_code == 404

    assert client.delete(f"/api/v1/articles/{article_id}").status_code == 204
    assert client.get(f"/api/v1/articles/{article_id}").status_code == 404
    assert client.delete(f"/api/v1/articles/{article_id}").status_code == 404
    assert ids() == {other["id"]}


def test_idempotency_key(client: httpx.Client) -> None:
    first = client.post("/api/v1/articles", json={"text": TEXT, "key": "abc"}).json()
    second = client.post("/api/v1/articles", json={"text": TEXT, "key": "abc"}).json()
    assert first["id"] == second["id"]
    assert client.get("/api/v1/articles").json()["total"] == 1


@pytest.mark.parametrize("path", [
    "/api/v1/articles?date_from=yesterday",
    "/api/v1/articles?limit=0",
    "/api/v1/articles?limit=100000",
    "/api/v1/articles?offset=-1",
    "/api/v1/stats?period=fortnight",
    "/api/v1/stats?date_to=2024-13-45",
    "/api/v1/articles/no-such-id",
    "/api/v1/articles/no-such-id/export/tc",
    "/api/v1/nothing-here",
])
def test_bad_queries_are_4xx_json(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert 400 <= response.status_code < 500
    assert response.json()["error"]["message"]


def test_bad_date_on_store_is_422(client: httpx.Client) -> None:
    response = client.post("/api/v1/articles", json={"text": TEXT, "date": "last week"})
    assert response.status_code == 422
    assert client.get("/api/v1/health").json()["articles"] == 0


def test_concurrent_posts_lose_nothing(server, client: httpx.Client) -> None:
    failures: list[str] = []

    def post(worker: int) -> None:
        with server.client() as http:
            for i in range(5):
                response = http.post("/api/v1/articles", json={
                    "text": f"Story {worker}-{i}\n\nThe corrupt regime, part {worker}-{i}."})
                if response.status_code != 201:
                    failures.append(response.text)

    threads = [threading.Thread(target=post, args=(w,)) for w in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert client.get("/api/v1/articles", params={"limit": 1}).json()["total"] == 80


def test_restart_keeps_articles(db_url: str) -> None:
    settings = Settings(db_url=db_url)
    with running_server(settings, fixture_analyzer()) as first, first.client() as http:
        ids = [http.post("/api/v1/articles", json={"text": f"T{i}\n\nThe corrupt regime {i}."}
                         ).json()["id"] for i in range(3)]
    with running_server(settings, fixture_analyzer()) as second, second.client() as http:
        assert {http.get(f"/api/v1/articles/{i}").status_code for i in ids} == {200}
        assert http.get("/api/v1/health").json()["articles"] == 3


def test_token_protects_writes_and_deletes(tmp_path: Path) -> None:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 't.db'}", token="s3cret")
    with running_server(settings, fixture_analyzer()) as server, server.client() as http:
        body = {"text": TEXT}
        assert http.post("/api/v1/articles", json=body).status_code == 401
        wrong = http.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer no"})
        assert wrong.status_code == 401 and wrong.json()["error"]["message"]
        good = http.post("/api/v1/articles", json=body,
                         headers={"Authorization": "Bearer s3cret"})
        assert good.status_code == 201
        article_id = good.json()["id"]
        assert http.delete(f"/api/v1/articles/{article_id}").status_code == 401
        assert http.get(f"/api/v1/articles/{article_id}").status_code == 200  # reads are open
        assert http.post("/api/v1/analyze", json=body).status_code == 200
        assert http.delete(f"/api/v1/articles/{article_id}",
                           headers={"X-API-Token": "s3cret"}).status_code == 204
        # the form stores only with the token; without it, it shows the result unstored
        page = http.post("/analyse", data={"text": TEXT})
        assert page.status_code == 200 and "Not stored" in page.text
        assert http.get("/api/v1/health").json()["articles"] == 0
        stored = http.post("/analyse", data={"text": TEXT, "token": "s3cret"})
        assert stored.status_code == 303


def test_security_headers(client: httpx.Client) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_default_analyzer_never_invents_predictions(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """With the model switched off, the real analyzer leaves model fields empty."""
    monkeypatch.setenv("SLANT_MODEL_DIR", "none")
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}")
    with running_server(settings) as server, server.client() as http:
        assert http.get("/api/v1/health").json()["model_version"] is None
        created = http.post("/api/v1/articles", json={"text": TEXT}).json()
        analysis = created["analysis"]
        assert analysis["spans"] is None and analysis["genre"] is None
        assert analysis["frames"] is None and analysis["hyperpartisan"] is None
        page = http.get(created["link"]).text
        assert "not predicted" in page
        assert "/export/json" in page and "/export/tc" not in page
        assert http.get(f"/api/v1/articles/{created['id']}/export/tc").status_code == 409
        form = http.get("/").text
        assert "No trained model is installed" in form


class _SlowComponent:
    """Takes 0.4 s per batch and records batch sizes (stands in for a heavy model)."""

    name = "slow"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def process(self, items) -> None:
        import time

        self.batches.append(len(items))
        time.sleep(0.4)


def test_event_loop_stays_responsive_and_requests_share_batches(tmp_path: Path) -> None:
    import time

    from slant.pipeline.analyzer import Analyzer

    slow = _SlowComponent()
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'slow.db'}", batch_wait_s=0.05)
    with running_server(settings, Analyzer([slow])) as server:
        results: list[int] = []

        def post(number: int) -> None:
            with server.client() as http:
                results.append(http.post("/api/v1/analyze",
                                         json={"text": f"Article {number} text."}).status_code)

        threads = [threading.Thread(target=post, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        time.sleep(0.1)
        with server.client() as http:
            started = time.perf_counter()
            assert http.get("/api/v1/health").status_code == 200
            assert time.perf_counter() - started < 0.3
        for thread in threads:
            thread.join()
    assert results == [200] * 8
    assert sum(slow.batches) == 8 and max(slow.batches) > 1


@pytest.mark.parametrize("method, path, body", [
    ("GET", "/api/v1/articles/%00", None),
    ("GET", "/api/v1/articles/%00/export/tc", None),
    ("GET", "/api/v1/articles?q=%00", None),
    ("GET", "/api/v1/articles?source=a%00b", None),
    ("GET", "/api/v1/stats?technique=%00", None),
    ("GET", "/articles/%00", None),
    ("GET", "/corpus?q=a%00", None),
    ("GET", "/api/v1/articles/" + "a" * 5000, None),
    ("DELETE", "/api/v1/articles/%00", None),
    ("POST", "/api/v1/articles", {"text": "T\n\nok", "source": "a\x00b"}),
    ("POST", "/api/v1/articles", {"text": "T\n\nok", "key": "a\x00b"}),
    ("POST", "/api/v1/articles", {"text": "T\n\nok", "url": "https://x.org/\x00"}),
])
def test_nul_characters_and_odd_ids_are_4xx_on_every_database(
        client: httpx.Client, method: str, path: str, body: object) -> None:
    response = client.request(method, path, json=body)
    assert 400 <= response.status_code < 500, response.text
    assert client.get("/api/v1/health").json()["articles"] == 0
