"""Time of the voices layer per article, and its share of the whole analysis.

    python benchmarks/voices_speed.py [--articles /work/shared/data/ptc/dev-articles]

Runs the voices component over every article of the folder (after one warm-up pass) and prints
ms/article. When a model is installed (slant.load() finds one), the model runs first and is
timed too; the voices layer then works as in ``slant analyze``, on the model's technique spans
(voices, targets) and its quote head's proposals, and the percentage it adds is printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402

from slant.document.article import Article  # noqa: E402
from slant.pipeline.analyzer import empty_analysis  # noqa: E402
from slant.voices.component import VoicesComponent  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", default="/work/shared/data/ptc/dev-articles")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(Path(args.articles).glob("*.txt"))
    if not paths:
        raise SystemExit(f"error: no .txt articles in {args.articles}")
    articles = [Article.from_text(p.read_text(encoding="utf-8"), id=p.stem) for p in paths]
    tokens = sum(len(a.text.split()) for a in articles) / len(articles)
    from slant.pipeline.analyzer import load

    analyzer = load(quotes=False)
    model_ms = None
    if analyzer.components:
        started = time.perf_counter()
        analyses = list(analyzer.analyze_many(articles))
        model_ms = 1000 * (time.perf_counter() - started) / len(articles)
    else:
        analyses = [empty_analysis(a) for a in articles]
    component = VoicesComponent()
    items = list(zip(articles, analyses, strict=True))
    component.process(items)  # warm-up
    best = float("inf")
    for _ in range(args.repeat):
        started = time.perf_counter()
        component.process(items)
        best = min(best, time.perf_counter() - started)
    voices_ms = 1000 * best / len(articles)
    print(machine_line())
    print(f"articles: {len(articles)} from {args.articles}, {tokens:.0f} words on average")
    print(f"voices layer: {voices_ms:.2f} ms/article "
          f"({voices_ms * 800 / tokens:.2f} ms per 800 words)")
    if model_ms is None:
        print("model: none installed; share of the whole analysis not measured")
        return
    print(f"model {analyzer.model_version}: {model_ms:.2f} ms/article; the voices layer adds "
          f"{100 * voices_ms / model_ms:.1f}%")


if __name__ == "__main__":
    main()
