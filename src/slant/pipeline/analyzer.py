"""The :class:`Analyzer`: runs pipeline components over batches of articles.

A component is any object with a ``name`` and a ``process(items)`` method that fills fields
of the ``Analysis`` objects it is given; components run in order, each over a whole batch,
so the model can batch encoder windows across articles.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from slant.document.analysis import Analysis, CharSpan, Metadata
from slant.document.article import Article
from slant.version import SLANT_VERSION


class Component(Protocol):
    name: str

    def process(self, items: Sequence[tuple[Article, Analysis]]) -> None:
        """Fill fields of each ``Analysis`` from its ``Article``."""


def empty_analysis(article: Article) -> Analysis:
    """The analysis of an article before any component ran: text and structure only."""
    return Analysis(
        metadata=Metadata(
            article_id=article.id,
            source_path=article.source_path,
            url=article.url,
            source=article.source,
            date=article.date,
            slant_version=SLANT_VERSION,
        ),
        text=article.text,
        title=None if article.title is None else CharSpan(start=article.title.start, end=article.title.end),
        paragraphs=[CharSpan(start=p.start, end=p.end) for p in article.paragraphs],
    )


class Analyzer:
    """Runs components over articles. Build with :func:`load` for the shipped model."""

    def __init__(self, components: Sequence[Component], model_version: str | None = None,
                 batch_size: int = 8) -> None:
        self.components = list(components)
        self.model_version = model_version
        self.batch_size = batch_size

    def analyze(self, article: Article) -> Analysis:
        return next(iter(self.analyze_many([article])))

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, articles: list[Article]) -> list[Analysis]:
        items = [(article, empty_analysis(article)) for article in articles]
        for analysis in (a for _, a in items):
            analysis.metadata.model_version = self.model_version
        for component in self.components:
            started = time.perf_counter()
            component.process(items)
            share = (time.perf_counter() - started) / len(items)
            for _, analysis in items:
                analysis.metadata.timings[component.name] = round(share, 6)
        return [analysis for _, analysis in items]


def load(model_dir: str | Path | None = None, *, quotes: bool = True, batch_size: int = 8,
         threads: int | None = None) -> Analyzer:
    """The standard analyzer: the shipped (or given) model, then quotes and voices.

    Without a model on disk the analyzer still runs the components that need none
    (quotes, voices) and leaves the model's fields ``None``.
    """
    from slant.pipeline.registry import build_components

    components, model_version = build_components(model_dir, quotes=quotes, threads=threads)
    return Analyzer(components, model_version=model_version, batch_size=batch_size)
