"""Runs the analyzer for the web app off the event loop, batching concurrent requests.

One worker thread owns the :class:`~slant.pipeline.analyzer.Analyzer`. Requests queue up;
the worker takes up to ``batch_size`` waiting articles at once and runs them through
``analyze_many`` (as ``slant batch`` does), so concurrent clients share model batches and the
event loop stays free for other requests.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from concurrent.futures import Future

from slant.document.analysis import Analysis
from slant.document.article import Article
from slant.errors import SlantError
from slant.pipeline.analyzer import Analyzer


class BusyError(SlantError):
    """Too many analyses are waiting."""


_STOP = object()


class AnalysisService:
    def __init__(self, analyzer: Analyzer, *, batch_size: int = 8, wait_s: float = 0.01,
                 max_waiting: int = 256) -> None:
        self.analyzer = analyzer
        self.batch_size = max(1, batch_size)
        self.wait_s = wait_s
        self._queue: queue.Queue[object] = queue.Queue(maxsize=max_waiting)
        self._thread = threading.Thread(target=self._run, name="slant-analyzer", daemon=True)
        self._thread.start()

    @property
    def model_version(self) -> str | None:
        return self.analyzer.model_version

    async def analyze(self, article: Article) -> Analysis:
        future: Future[Analysis] = Future()
        try:
            self._queue.put_nowait((article, future))
        except queue.Full:
            raise BusyError("the server is busy analysing other articles; try again") from None
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        self._queue.put(_STOP)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            batch = [first]
            stop = False
            while len(batch) < self.batch_size:
                try:
                    item = self._queue.get(timeout=self.wait_s)
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                batch.append(item)
            self._process(batch)  # type: ignore[arg-type]
            if stop:
                return

    def _process(self, batch: list[tuple[Article, Future[Analysis]]]) -> None:
        live = [(a, f) for a, f in batch if f.set_running_or_notify_cancel()]
        if not live:
            return
        try:
            results = list(self.analyzer.analyze_many([a for a, _ in live]))
        except Exception:  # noqa: BLE001 - retried one by one so one bad article fails alone
            for article, future in live:
                try:
                    future.set_result(self.analyzer.analyze(article))
                except Exception as error:  # noqa: BLE001 - handed to the waiting request
                    future.set_exception(error)
            return
        for (_, future), result in zip(live, results, strict=True):
            future.set_result(result)
