"""What runs inside an engine's worker: one analyzer per worker process, loaded once."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from slant.document.analysis import Analysis
from slant.document.article import Article
from slant.pipeline.analyzer import Analyzer

#: One chunk of work: (key, article) pairs.
Chunk = list[tuple[str, Article]]
#: One result: (key, article id, analysis or the one-line reason it failed).
Result = tuple[str, str, Analysis | str]


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


def init_process(settings: AnalyzerSettings) -> None:
    """Process-pool initializer: die with the parent, then load the analyzer once."""
    _die_with_parent()
    global _analyzer
    _analyzer = settings.load()


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
    assert _analyzer is not None, "init_process did not run"
    return _analyzer.model_version


def process_chunk(chunk: Chunk) -> list[Result]:
    """Analyse a chunk with this worker process's analyzer."""
    assert _analyzer is not None, "init_process did not run"
    return analyse_chunk(_analyzer, chunk)


def analyse_chunk(analyzer: Analyzer, chunk: Sequence[tuple[str, Article]]) -> list[Result]:
    """Analyse a chunk in batches; if a batch fails, each of its articles alone, so one bad
    article fails by itself with its reason."""
    articles = [article for _, article in chunk]
    try:
        analyses: list[Analysis | str] = list(analyzer.analyze_many(articles))
    except Exception:  # noqa: BLE001 - isolate the article that fails below
        analyses = []
        for article in articles:
            try:
                analyses.append(analyzer.analyze(article))
            except Exception as error:  # noqa: BLE001 - one failure, not the run
                message = str(error).splitlines()[0] if str(error) else ""
                analyses.append(f"analysis failed: {type(error).__name__}: {message}"[:500])
    return [(key, article.id, analysis)
            for (key, article), analysis in zip(chunk, analyses, strict=True)]


def default_threads(workers: int) -> int:
    """Model threads per worker when ``workers`` share this machine."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))
