"""Load benchmark of ``slant serve``: concurrent clients posting articles on 127.0.0.1.

    python benchmarks/serve_load.py                         # 96 synthetic articles, 16 clients
    python benchmarks/serve_load.py --articles DIR          # the .txt/.html files of DIR
    python benchmarks/serve_load.py --no-model --clients 32 --count 400

It starts the real ``slant serve`` in its own process (a temporary SQLite database unless
``--db``), lets ``--clients`` threads post every article once to ``POST /api/v1/articles``
(analyse and store; ``--endpoint analyze`` to skip storage), and prints throughput, p50/p99
latency and the error count. Then it runs the batch path on the same articles in this process
(``Analyzer.analyze_many`` of ``slant.load()``) and prints its throughput and the ratio
serve/batch. Synthetic articles are made-up sentences, nothing from any corpus.
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import machine_line  # noqa: E402
from synthetic import synthetic_paragraph  # noqa: E402


def synthetic_articles(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for number in range(count):
        paragraphs = [synthetic_paragraph(rng) for _ in range(rng.randint(4, 9))]
        texts.append(f"Synthetic article {number}\n\n" + "\n\n".join(paragraphs))
    return texts


def folder_articles(folder: str) -> list[str]:
    from slant.readers.files import ReadFailure, iter_articles

    texts = []
    for item in iter_articles([folder]):
        if isinstance(item, ReadFailure):
            print(f"skipped: {item.reason}", file=sys.stderr)
        else:
            texts.append(item.text)
    if not texts:
        sys.exit(f"serve_load: no readable article in {folder}")
    return texts


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, db: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "slant", "serve", "--port", str(port), "--db", db,
         "--log-level", "warning"], env=dict(os.environ))
    import httpx

    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("serve_load: slant serve exited during start-up")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    process.kill()
    sys.exit("serve_load: slant serve did not start within 300 s")


def run_clients(base: str, endpoint: str, texts: list[str], clients: int
                ) -> tuple[float, list[float], list[str]]:
    import httpx

    work: queue.Queue[tuple[int, str]] = queue.Queue()
    for number, text in enumerate(texts):
        work.put((number, text))
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client() -> None:
        with httpx.Client(base_url=base, timeout=600, trust_env=False) as http:
            while True:
                try:
                    number, text = work.get_nowait()
                except queue.Empty:
                    return
                body = {"text": text}
                if endpoint == "articles":
                    body.update(source=f"bench-{number % 4}", date=f"2024-0{1 + number % 9}-15")
                started = time.perf_counter()
                try:
                    response = http.post(f"/api/v1/{endpoint}", json=body)
                    ok = response.status_code in (200, 201)
                    problem = None if ok else f"HTTP {response.status_code}: {response.text[:120]}"
                except httpx.HTTPError as error:
                    problem = f"{type(error).__name__}: {error}"
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if problem:
                        errors.append(problem)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, latencies, errors


def batch_path(texts: list[str]) -> tuple[float, str | None]:
    import slant
    from slant.document.article import Article

    analyzer = slant.load()
    analyzer.analyze(Article.from_text(texts[0]))  # warm-up, as the server had
    articles = [Article.from_text(text) for text in texts]
    started = time.perf_counter()
    count = sum(1 for _ in analyzer.analyze_many(articles))
    assert count == len(articles)
    return time.perf_counter() - started, analyzer.model_version


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", help="folder of .txt/.html articles (default: synthetic)")
    parser.add_argument("--count", type=int, default=96, help="synthetic articles to post")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--endpoint", choices=["articles", "analyze"], default="articles")
    parser.add_argument("--db", help="database URL for the server (default: temporary SQLite)")
    parser.add_argument("--no-model", action="store_true", help="SLANT_MODEL_DIR=none")
    args = parser.parse_args()
    if args.no_model:
        os.environ["SLANT_MODEL_DIR"] = "none"
    texts = folder_articles(args.articles) if args.articles else synthetic_articles(args.count)
    chars = sum(len(t) for t in texts)

    with tempfile.TemporaryDirectory(prefix="slant-serve-load-") as folder:
        db = args.db or f"sqlite:///{Path(folder) / 'load.db'}"
        port = free_port()
        server = start_server(port, db)
        base = f"http://127.0.0.1:{port}"
        try:
            run_clients(base, "analyze", texts[:1], 1)  # warm-up
            wall, latencies, errors = run_clients(base, args.endpoint, texts, args.clients)
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                server.kill()
        batch_wall, model_version = batch_path(texts)

    serve_rate = len(texts) / wall
    batch_rate = len(texts) / batch_wall
    print(machine_line())
    print(f"model: {model_version or 'none (SLANT_MODEL_DIR=none or no model shipped)'}")
    print(f"articles: {len(texts)} ({chars / len(texts):.0f} characters on average), "
          f"clients: {args.clients}, endpoint: POST /api/v1/{args.endpoint}")
    print(f"serve: {serve_rate:.2f} articles/s, latency p50 {1000 * statistics.median(latencies):.0f}"
          f" ms, p99 {1000 * percentile(latencies, 0.99):.0f} ms, errors {len(errors)}")
    print(f"batch path (analyze_many, same articles): {batch_rate:.2f} articles/s")
    print(f"serve / batch throughput: {serve_rate / batch_rate:.2f}")
    overhead_ms = 1000 * (1 / serve_rate - 1 / batch_rate)
    print(f"serving cost beyond the analysis: {overhead_ms:.1f} ms per article (HTTP, JSON, "
          "storage, and the clients on the same machine)")
    for problem in errors[:5]:
        print(f"error: {problem}")


if __name__ == "__main__":
    main()
