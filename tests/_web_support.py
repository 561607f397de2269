"""A real uvicorn server on 127.0.0.1 for the web tests, and a fixture analyzer.

The fixture analyzer is an ordinary :class:`~slant.pipeline.analyzer.Analyzer` with one
hand-written component that marks fixed phrases, so the web tests see technique spans with
or without the trained model (the model is not what these tests are about).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import httpx
import uvicorn

from slant.document.analysis import (
    Analysis,
    Frames,
    Genre,
    Hyperpartisan,
    ParagraphTechniques,
    TechniqueSpan,
)
from slant.document.article import Article
from slant.pipeline.analyzer import Analyzer
from slant.web import Settings, create_app

#: phrase -> (PTC technique, SemEval-2023 name)
PHRASES = {
    "corrupt regime": ("Name_Calling,Labeling", "Name_Calling-Labeling"),
    "betrayed": ("Loaded_Language", "Loaded_Language"),
    "once again betrayed every honest worker": ("Exaggeration,Minimisation",
                                                "Exaggeration-Minimisation"),
    "disgrace": ("Loaded_Language", "Loaded_Language"),
    "traitors": ("Name_Calling,Labeling", "Name_Calling-Labeling"),
}


class PhraseMarker:
    """Marks every occurrence of :data:`PHRASES` (a test fixture, not a model)."""

    name = "fixture-phrases"

    def process(self, items: Sequence[tuple[Article, Analysis]]) -> None:
        for article, analysis in items:
            text = article.text
            spans = []
            for phrase, (ptc, name_2023) in PHRASES.items():
                start = text.find(phrase)
                while start >= 0:
                    spans.append(TechniqueSpan(start=start, end=start + len(phrase),
                                               technique=ptc, technique_2023=name_2023,
                                               score=0.91))
                    start = text.find(phrase, start + 1)
            analysis.spans = sorted(spans, key=lambda s: (s.start, s.end))
            analysis.paragraph_techniques = [
                ParagraphTechniques(
                    start=p.start, end=p.end, line=p.line or 1,
                    scores={"Loaded_Language": 0.9 if "betrayed" in article.paragraph_text(p)
                            else 0.1},
                    labels=["Loaded_Language"] if "betrayed" in article.paragraph_text(p)
                    else [],
                )
                for p in article.paragraphs
            ]
            loaded = bool(spans)
            analysis.genre = Genre(label="opinion" if loaded else "reporting",
                                   probabilities={"opinion": 0.7 if loaded else 0.2,
                                                  "reporting": 0.2 if loaded else 0.7,
                                                  "satire": 0.1})
            analysis.frames = Frames(scores={"Political": 0.8, "Morality": 0.6, "Economic": 0.2},
                                     labels=["Political", "Morality"])
            analysis.hyperpartisan = Hyperpartisan(probability=0.8 if loaded else 0.2,
                                                   label=loaded)


def fixture_analyzer() -> Analyzer:
    return Analyzer([PhraseMarker()], model_version="test-fixture")


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
