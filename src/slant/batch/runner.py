"""The batch loop: read lazily, skip what is done, analyse in chunks, write in chunks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from slant.batch.engine import Engine
from slant.batch.keys import article_key
from slant.batch.sinks import Sink
from slant.batch.summary import Summary
from slant.batch.worker import Chunk, Result
from slant.document.analysis import Analysis
from slant.document.article import Article
from slant.errors import StorageError
from slant.readers.files import ReadFailure
from slant.readers.pending import PendingHtml


class Progress(Protocol):
    def start(self, what: str, total_bytes: int | None) -> None: ...
    def update(self, summary: Summary, bytes_done: int, total_bytes: int | None) -> None: ...
    def stop(self) -> None: ...


class _Source(Protocol):
    bytes_done: int
    total_bytes: int | None

    def __iter__(self) -> Iterator[Article | PendingHtml | ReadFailure]: ...


def _chunks(items: Iterable[Article | PendingHtml | ReadFailure], sink: Sink,
            model_version: str | None, chunk_size: int, summary: Summary, seen: set[str],
            tick: Callable[[], None]) -> Iterator[Chunk]:
    """Chunks of new articles: read failures are counted, done and duplicate keys skipped.
    HTML pages pass unkeyed: the worker extracts and keys them (checked on return)."""
    candidates: list[tuple[str, Article]] = []
    pages: list[tuple[None, PendingHtml]] = []

    def flush() -> Iterator[Chunk]:
        done = sink.done_among([key for key, _ in candidates])
        chunk: Chunk = list(pages)
        for key, article in candidates:
            if key in done:
                summary.skipped_done += 1
            elif key in seen:
                summary.skipped_duplicate += 1
            else:
                seen.add(key)
                chunk.append((key, article))
        candidates.clear()
        pages.clear()
        tick()
        if chunk:
            yield chunk

    for item in items:
        if isinstance(item, ReadFailure):
            summary.fail(item.path, item.reason)
            continue
        if isinstance(item, PendingHtml):
            pages.append((None, item))
        else:
            candidates.append((article_key(item.text, model_version), item))
        if len(candidates) + len(pages) >= chunk_size:
            yield from flush()
    yield from flush()


def _new_results(results: list[Result], sink: Sink, seen: set[str],
                 summary: Summary) -> list[tuple[str, Analysis]]:
    """The analyses to write; failures are counted, and pages keyed in the worker are
    checked against the output and this run (a page may repeat an article already done)."""
    finished: list[tuple[str, Analysis]] = []
    late_keys = [key for key, _, outcome, keyed_here in results
                 if keyed_here and not isinstance(outcome, str)]
    done = sink.done_among(late_keys) if late_keys else set()
    for key, article_id, outcome, keyed_here in results:
        if isinstance(outcome, str):
            summary.fail(article_id, outcome)
        elif keyed_here and key in done:
            summary.skipped_done += 1
        elif keyed_here and key in seen:
            summary.skipped_duplicate += 1
        else:
            if keyed_here:
                seen.add(key)
            finished.append((key, outcome))
    return finished


def run_batch(source: _Source, sink: Sink, engine: Engine, *, chunk_size: int = 32,
              progress: Progress | None = None) -> Summary:
    """Analyse every new article of ``source`` into ``sink``; return the counts.

    The engine must be started; the caller closes engine and sink.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    summary = Summary()
    model_version = engine.start()
    summary.startup = summary.elapsed
    if progress is not None:
        progress.start(f"{engine.description} -> {sink.description} (model "
                       f"{model_version or 'none'})", source.total_bytes)

    def tick() -> None:
        if progress is not None:
            progress.update(summary, source.bytes_done, source.total_bytes)

    try:
        seen: set[str] = set()
        chunks = _chunks(source, sink, model_version, chunk_size, summary, seen, tick)
        for results in engine.run(chunks):
            finished = _new_results(results, sink, seen, summary)
            try:
                sink.write(finished)
            except OSError as error:  # disk full, output removed, ...
                raise StorageError(f"cannot write {sink.description}: "
                                   f"{error.strerror or error}; what was written before is "
                                   "kept: rerun to resume") from None
            summary.done += len(finished)
            tick()
    finally:
        if progress is not None:
            progress.stop()
    return summary
