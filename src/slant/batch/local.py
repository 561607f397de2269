"""The local engine: a process pool on this machine, one analyzer per worker process."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from slant.batch.worker import (
    AnalyzerSettings,
    Chunk,
    Result,
    init_process,
    process_chunk,
    process_model_version,
)
from slant.errors import SlantError


class LocalEngine:
    def __init__(self, settings: AnalyzerSettings, workers: int | None = None,
                 in_flight_per_worker: int = 2) -> None:
        self.workers = workers or os.cpu_count() or 1
        if self.workers < 1:
            raise SlantError("--workers must be at least 1")
        self.settings = settings
        self.max_in_flight = self.workers * in_flight_per_worker
        self.description = f"local, {self.workers} worker process{'es' * (self.workers > 1)}"
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> str | None:
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_process,
            initargs=(self.settings,),
        )
        try:
            return self._pool.submit(process_model_version).result()  # SlantError if no model
        except BrokenProcessPool:
            raise SlantError("the worker processes could not start (the analyzer failed to "
                             "load; run `slant analyze` on one article to see why)") from None

    def run(self, chunks: Iterator[Chunk]) -> Iterator[list[Result]]:
        assert self._pool is not None, "start() first"
        pending: set[Future[list[Result]]] = set()
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < self.max_in_flight:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.add(self._pool.submit(process_chunk, chunk))
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    yield future.result()
                except BrokenProcessPool:
                    raise SlantError("a worker process died (out of memory?); what was "
                                     "written so far is kept: rerun to resume") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
