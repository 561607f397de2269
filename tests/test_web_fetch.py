"""Safe URL fetching, against real HTTP servers on loopback addresses."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from _fixture_models import fixture_analyzer
from _web_support import running_server

from slant.web import Settings
from slant.web.fetch import FetchError, FetchLimits, fetch_url

PAGE = (b"<html><head><title>Local news</title></head><body><article>"
        b"<p>The corrupt regime has once again betrayed every honest worker.</p>"
        b"<p>Officials declined to comment on the matter today.</p></article></body></html>")


class Handler(BaseHTTPRequestHandler):
    other_base = ""
    hosts: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        Handler.hosts.append(self.headers.get("Host", ""))
        if self.path == "/article.html":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/plain.txt":
            self._send(200, "text/plain", b"Title\n\nBody text of the plain article.")
        elif self.path == "/to-other":
            self._redirect(f"{self.other_base}/article.html")
        elif self.path == "/to-article":
            self._redirect("/article.html")
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/big":
            self._send(200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>")
        elif self.path == "/image.png":
            self._send(200, "image/png", b"\x89PNG\r\n")
        else:
            self._send(404, "text/plain", b"not found")

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def http_server(host: str) -> Iterator[str]:
    server = ThreadingHTTPServer((host, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def servers():
    with http_server("127.0.0.1") as first, http_server("127.0.0.2") as second:
        Handler.other_base = second
        yield first, second


def only(address: str):
    return lambda candidate: candidate == ipaddress.ip_address(address)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost/", "http://[::1]/", "http://169.254.169.254/latest",
    "http://10.0.0.1/", "http://192.168.1.1/", "http://0.0.0.0/", "http://2130706433/",
    "http://[::ffff:127.0.0.1]/", "http://100.64.0.1/",
])
def test_private_loopback_and_link_local_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="refused"):
        fetch_url(url)


@pytest.mark.parametrize("url, message", [
    ("file:///etc/passwd", "only http and https"),
    ("ftp://example.org/x", "only http and https"),
    ("gopher://example.org/", "only http and https"),
    ("http:///nohost", "no host"),
    ("http://user:pw@example.org/", "user name"),
    ("http://example.org:99999/", "not a valid URL"),
])
def test_other_schemes_and_odd_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        fetch_url(url)


def test_a_host_name_is_checked_after_resolution() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    with pytest.raises(FetchError, match="news.example resolves to 127.0.0.1"):
        fetch_url("http://news.example/a", resolver=resolver)


def test_allowed_fetch_connects_to_the_checked_address(servers) -> None:
    first, _ = servers
    port = int(first.rsplit(":", 1)[1])
    fetched = fetch_url(f"http://news.example:{port}/article.html", allow_private=True,
                        resolver=lambda host, _port: ["127.0.0.1"])
    assert fetched.is_html and "corrupt regime" in fetched.text
    assert fetched.url == f"http://news.example:{port}/article.html"
    assert Handler.hosts[-1] == f"news.example:{port}"


def test_every_redirect_hop_is_checked(servers) -> None:
    first, _ = servers
    # 127.0.0.1 stands in for a public address here; the redirect goes to 127.0.0.2
    assert "corrupt" in fetch_url(f"{first}/to-article", address_allowed=only("127.0.0.1")).text
    with pytest.raises(FetchError, match="resolves to 127.0.0.2"):
        fetch_url(f"{first}/to-other", address_allowed=only("127.0.0.1"))
    assert "corrupt" in fetch_url(f"{first}/to-other", allow_private=True).text


def test_limits(servers) -> None:
    first, _ = servers
    with pytest.raises(FetchError, match="redirects"):
        fetch_url(f"{first}/loop", allow_private=True, limits=FetchLimits(max_redirects=3))
    with pytest.raises(FetchError, match="larger than"):
        fetch_url(f"{first}/big", allow_private=True, limits=FetchLimits(max_bytes=100_000))
    with pytest.raises(FetchError, match="not an HTML or text page"):
        fetch_url(f"{first}/image.png", allow_private=True)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_url(f"{first}/missing", allow_private=True)
    assert not fetch_url(f"{first}/plain.txt", allow_private=True).is_html


def test_url_input_through_the_api(servers, tmp_path: Path) -> None:
    first, _ = servers
    closed = Settings(db_url=f"sqlite:///{tmp_path / 'a.db'}")
    with running_server(closed, fixture_analyzer()) as server, server.client() as http:
        refused = http.post("/api/v1/articles", json={"url": f"{first}/article.html"})
        assert refused.status_code == 400
        assert "--allow-private-urls" in refused.json()["error"]["message"]
        page = http.post("/analyse", data={"url": f"{first}/article.html"})
        assert page.status_code == 400 and "refused" in page.text
    opened = Settings(db_url=f"sqlite:///{tmp_path / 'b.db'}", allow_private_urls=True)
    with running_server(opened, fixture_analyzer()) as server, server.client() as http:
        created = http.post("/api/v1/articles", json={"url": f"{first}/article.html",
                                                      "source": "Local"})
        assert created.status_code == 201, created.text
        analysis = created.json()["analysis"]
        assert analysis["metadata"]["url"] == f"{first}/article.html"
        assert "once again betrayed every honest worker" in analysis["text"]
        assert any(s["technique"] == "Name_Calling,Labeling" for s in analysis["spans"])
