"""A real uvicorn server on 127.0.0.1 for the web tests (their fixture analyzer is
:func:`_fixture_models.fixture_analyzer`)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import uvicorn

from slant.pipeline.analyzer import Analyzer
from slant.web import Settings, create_app


class RunningServer:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=30, trust_env=False, **kwargs)


@contextmanager
def running_server(settings: Settings, analyzer: Analyzer | None = None
                   ) -> Iterator[RunningServer]:
    """``create_app(settings)`` served by uvicorn in a thread on a free 127.0.0.1 port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(settings, analyzer=analyzer)
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield RunningServer(f"http://127.0.0.1:{port}")
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
