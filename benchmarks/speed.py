"""Speed of the whole analysis (every head, JSON out) over a folder of articles.

    python benchmarks/speed.py [FOLDER] [--tokens 800] [--limit 200]

Prints articles/s, tokens/s, p50/p95 latency per article, peak RSS, the cold start of
``slant analyze`` on one article, the time of the bare ONNX encoder passes over the same
windows, and the ratio of the whole analysis to them. ``--tokens N`` keeps the articles of at
least N tokens and cuts each at its N-th token (on a paragraph boundary when one is near), to
measure articles of that size.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402

import slant  # noqa: E402
from slant.readers import read_article_file  # noqa: E402

DEFAULT_FOLDER = Path(__file__).parents[1] / ".." / "shared" / "data" / "ptc" / "train-articles"


def cut_to_tokens(text: str, tokenizer, limit: int) -> str:
    encoding = tokenizer.encode(text, add_special_tokens=False)
    if len(encoding.ids) <= limit:
        return text
    end = encoding.offsets[limit - 1][1]
    paragraph_end = text.rfind("\n", 0, end)
    if paragraph_end > end * 0.8:
        end = paragraph_end
    return text[:end]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--tokens", type=int, default=800, help="cut articles to N tokens (0: whole)")
    parser.add_argument("--limit", type=int, default=200, help="at most this many articles")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2, help="throughput rounds (best counts)")
    args = parser.parse_args()

    analyzer = slant.load(batch_size=args.batch_size)
    model = next((c for c in analyzer.components if c.name == "model"), None)
    if model is None:
        sys.exit("speed.py: no model installed; nothing to measure")
    paths = sorted(p for p in args.folder.iterdir() if p.suffix == ".txt")[: args.limit]
    texts = [read_article_file(p).text for p in paths]
    if args.tokens:  # only articles that reach the size, cut there
        long_enough = [t for t in texts
                       if len(model.encoder.tokenizer.encode(t, add_special_tokens=False).ids) >= args.tokens]
        texts = [cut_to_tokens(t, model.encoder.tokenizer, args.tokens) for t in long_enough]
    articles = [slant.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)]
    n_tokens = sum(len(e.ids) for e in model.encoder.tokenizer.encode_batch(texts, add_special_tokens=False))

    analyzer.analyze(articles[0])  # warm up
    whole = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for analysis in analyzer.analyze_many(articles):
            analysis.to_json()
        whole.append(time.perf_counter() - started)
    whole_s = min(whole)

    latencies = []
    for article in articles:
        started = time.perf_counter()
        analyzer.analyze(article).to_json()
        latencies.append(time.perf_counter() - started)
    latencies.sort()

    from slant.pipeline.windows import tokenize_texts

    bare = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for first in range(0, len(texts), args.batch_size):
            tokenized = tokenize_texts(model.encoder.tokenizer, texts[first : first + args.batch_size])
            for _group, ids, mask in model.encoder.window_batches(tokenized):
                model.encoder.run_windows(ids, mask)
        bare.append(time.perf_counter() - started)
    bare_s = min(bare)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "article.txt"
        sample.write_text(texts[0], encoding="utf-8")
        colds = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "slant", "analyze", str(sample), "--format", "json",
                            "-o", str(Path(tmp) / "out.json")], check=True, capture_output=True)
            colds.append(time.perf_counter() - started)

    print(machine_line())
    print(f"model: {model.version}; {len(articles)} articles from {args.folder}, "
          f"{n_tokens / len(articles):.0f} tokens each on average"
          + (f" (cut at {args.tokens})" if args.tokens else ""))
    print(f"whole analysis: {len(articles) / whole_s:.1f} articles/s, {n_tokens / whole_s:.0f} tokens/s "
          f"(batches of {args.batch_size}, JSON out)")
    print(f"latency per article (one at a time): p50 {1000 * statistics.median(latencies):.1f} ms, "
          f"p95 {1000 * latencies[int(0.95 * (len(latencies) - 1))]:.1f} ms")
    print(f"bare ONNX encoder passes over the same windows: {bare_s:.2f} s; whole analysis {whole_s:.2f} s; "
          f"ratio {whole_s / bare_s:.2f}")
    print(f"peak RSS: {peak_rss_mb:.0f} MB")
    print(f"cold start of `slant analyze` on one article: median {statistics.median(colds):.2f} s "
          f"(runs: {', '.join(f'{c:.2f}' for c in colds)})")


if __name__ == "__main__":
    main()
