"""What runs inside an engine's worker: one analyzer per worker process, loaded once."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from slant.document.analysis import Analysis
from slant.document.article import Article
from slant.errors import ModelError, SlantError
from slant.pipeline.analyzer import Analyzer
from slant.readers.pending import PendingHtml

#: One chunk of work: (key, article) pairs; an HTML page not yet extracted has no key yet.
Chunk = list[tuple[str | None, Article | PendingHtml]]
#: One result: (key, article id, analysis or the one-line reason it failed, whether the key
#: was computed here in the worker, after extracting an HTML page).
Result = tuple[str, str, Analysis | str, bool]


@dataclass(frozen=True)
class AnalyzerSettings:
    """How each worker builds its analyzer (plain data: it travels to workers)."""

    model_dir: str | None = None
    threads: int | None = None
    batch_size: int = 8

    def load(self) -> Analyzer:
        from slant.pipeline.analyzer import load

        global load_count
        load_count += 1
        return load(self.model_dir, threads=self.threads, batch_size=self.batch_size)


#: How many analyzers this process loaded (tests check: once per worker, not per task).
load_count = 0


_analyzer: Analyzer | None = None
_load_error: str | None = None


def load_or_reason(settings: AnalyzerSettings) -> tuple[Analyzer | None, str | None]:
    """The analyzer, or the one-line reason it could not load (no traceback in a worker)."""
    try:
        return settings.load(), None
    except SlantError as error:
        return None, str(error)
    except Exception as error:  # noqa: BLE001 - reported by the batch process as one line
        return None, f"the analyzer failed to load ({type(error).__name__}: {error})"


def init_process(settings: AnalyzerSettings) -> None:
    """Process-pool initializer: die with the parent, then load the analyzer once."""
    _die_with_parent()
    global _analyzer, _load_error
    _analyzer, _load_error = load_or_reason(settings)


def _process_analyzer() -> Analyzer:
    if _analyzer is None:
        raise ModelError(_load_error or "the analyzer is not loaded in this worker")
    return _analyzer


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this worker when the batch process dies (kill -9)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def process_model_version() -> str | None:
    """The model version of this worker process's analyzer."""
    return _process_analyzer().model_version


def process_chunk(chunk: Chunk) -> list[Result]:
    """Analyse a chunk with this worker process's analyzer."""
    return analyse_chunk(_process_analyzer(), chunk)


def analyse_chunk(analyzer: Analyzer,
                  chunk: Sequence[tuple[str | None, Article | PendingHtml]]) -> list[Result]:
    """Extract pending HTML pages and key them, then analyse the chunk in batches; if a batch
    fails, each of its articles alone, so one bad article fails by itself with its reason."""
    from slant.batch.keys import article_key

    results: list[Result] = []
    ready: list[tuple[str, Article, bool]] = []
    for key, item in chunk:
        if isinstance(item, PendingHtml):
            try:
                article = item.build()
            except SlantError as error:
                results.append(("", item.id or item.where, str(error), True))
                continue
            ready.append((article_key(article.text, analyzer.model_version), article, True))
        else:
            assert key is not None
            ready.append((key, item, False))
    articles = [article for _, article, _ in ready]
    try:
        analyses: list[Analysis | str] = list(analyzer.analyze_many(articles))
    except Exception:  # noqa: BLE001 - isolate the article that fails below
        analyses = []
        for article in articles:
            try:
                analyses.append(analyzer.analyze(article))
            except Exception as error:  # noqa: BLE001 - one failure, not the run
                message = str(error).splitlines()[0] if str(error) else ""
                analyses.append(f"{article.id}: analysis failed: {type(error).__name__}: "
                                f"{message}"[:500])
    results.extend((key, article.id, analysis, keyed_here)
                   for (key, article, keyed_here), analysis in zip(ready, analyses, strict=True))
    return results


def default_threads(workers: int) -> int:
    """Model threads per worker when ``workers`` share this machine."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))
