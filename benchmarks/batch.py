"""Benchmark of ``slant batch``: throughput per engine, scaling, peak memory, overhead.

    python benchmarks/batch.py                       # 400 articles, local 1 & 2, dask 2
    python benchmarks/batch.py --articles 2000 --no-model
    python benchmarks/batch.py --big-gb 1.0 --no-model --skip-engines   # streaming memory

It generates a synthetic input (made-up sentences: nothing from any corpus) in a temporary
folder, runs the real ``slant batch`` command for each engine on the same input, samples the
resident memory of the whole process tree (batch process plus its workers) every 50 ms, and
prints the figures with the machine they ran on. ``--big-gb`` writes a JSON Lines file of
that size and shows the peak RSS of a run over it (the claim: under 1.5 GB for 1 GB).
Nothing it writes is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import machine_line  # noqa: E402
from synthetic import synthetic_paragraph  # noqa: E402


def _article(rng: random.Random, chars: int) -> str:
    paragraphs, size = [], 0
    while size < chars:
        paragraph = synthetic_paragraph(rng)
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(paragraphs)


def write_input(path: Path, count: int | None, chars: int, target_bytes: int | None = None,
                seed: int = 7) -> int:
    """Write a JSON Lines input of ``count`` articles (or of ``target_bytes``); return count."""
    rng = random.Random(seed)
    written = size = 0
    with open(path, "w", encoding="utf-8") as file:
        while (count is not None and written < count) or (
                target_bytes is not None and size < target_bytes):
            line = json.dumps({"id": f"bench-{written}", "title": f"Synthetic article {written}",
                               "text": _article(rng, chars), "source": "synthetic.example"})
            file.write(line + "\n")
            size += len(line) + 1
            written += 1
    return written


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            statm = Path(entry.path, "statm").read_text()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[pid] = int(statm.split()[1]) * os.sysconf("SC_PAGE_SIZE")
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(rss.get(pid, 0) for pid in tree)


def run_batch(args: list[str], env: dict[str, str]) -> dict:
    """Run ``slant batch``; return wall time, peak tree RSS and the summary line."""
    command = [sys.executable, "-m", "slant", "batch", *args, "--quiet"]
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(process.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    wall = time.monotonic() - started
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"slant batch failed ({process.returncode}):\n{stderr}")
    summary = next(line for line in stderr.splitlines() if " done, " in line
                   and "articles/s)" in line)
    done = int(re.search(r"(\d+) done", summary).group(1))
    seconds = float(re.search(r"in ([\d.]+) s", summary).group(1))
    startup = float(re.search(r"start-up ([\d.]+) s", summary).group(1))
    return {"wall_s": wall, "run_s": seconds, "startup_s": startup, "done": done,
            "peak_rss": peak, "summary": summary}


def _mean_timings(path: Path) -> dict[str, float]:
    totals: dict[str, float] = {}
    count = 0
    with open(path, encoding="utf-8") as file:
        for line in file:
            timings = json.loads(line)["analysis"]["metadata"]["timings"]
            count += 1
            for name, seconds in timings.items():
                totals[name] = totals.get(name, 0.0) + seconds
    return {name: total / count for name, total in totals.items()} if count else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--chars", type=int, default=2500, help="characters per article")
    parser.add_argument("--chunk-size", type=int, default=16)
    parser.add_argument("--no-model", action="store_true",
                        help="SLANT_MODEL_DIR=none: measure the batch machinery alone")
    parser.add_argument("--skip-engines", action="store_true")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--big-gb", type=float, default=0.0,
                        help="also stream a JSON Lines input of this many GB (e.g. 1.0)")
    parser.add_argument("--big-workers", type=int, default=1)
    options = parser.parse_args()

    env = {**os.environ}
    if options.no_model:
        env["SLANT_MODEL_DIR"] = "none"
    print(machine_line())
    print(f"model: {'disabled (SLANT_MODEL_DIR=none)' if options.no_model else 'default'}; "
          "articles/s are counted after start-up (workers loading the analyzer)")
    with tempfile.TemporaryDirectory(prefix="slant-batch-bench-") as tmp:
        folder = Path(tmp)
        if not options.skip_engines:
            source = folder / "input.jsonl"
            count = write_input(source, options.articles, options.chars)
            print(f"input: {count} synthetic articles of ~{options.chars} characters, "
                  f"{source.stat().st_size / 1e6:.1f} MB; chunk size {options.chunk_size}")
            runs = [("local, 1 worker", ["--engine", "local", "--workers", "1"]),
                    ("local, 2 workers", ["--engine", "local", "--workers", "2"])]
            if not options.skip_dask:
                runs.append(("dask LocalCluster, 2 workers",
                             ["--engine", "dask", "--workers", "2"]))
            results = {}
            print(f"{'engine':32} {'articles/s':>10} {'start-up s':>10} {'run s':>7} "
                  f"{'peak RSS MB':>12}")
            for name, extra in runs:
                out = folder / f"out-{len(results)}.jsonl"
                result = run_batch([str(source), "--out", str(out), "--chunk-size",
                                    str(options.chunk_size), *extra], env)
                result["rate"] = result["done"] / (result["run_s"] - result["startup_s"])
                result["out"] = out
                results[name] = result
                print(f"{name:32} {result['rate']:10.1f} {result['startup_s']:10.2f} "
                      f"{result['run_s']:7.2f} {result['peak_rss'] / 2**20:12.0f}")
            one, two = results["local, 1 worker"], results["local, 2 workers"]
            print(f"scaling efficiency, local 2 vs 1 workers: "
                  f"{two['rate'] / (2 * one['rate']):.0%}")
            if "dask LocalCluster, 2 workers" in results:
                dask_rate = results["dask LocalCluster, 2 workers"]["rate"]
                print(f"scaling efficiency, dask 2 workers vs local 1: "
                      f"{dask_rate / (2 * one['rate']):.0%}")
            timings = _mean_timings(one["out"])
            per_article = 1 / one["rate"]
            inside = sum(timings.values())
            model = timings.get("model", 0.0)
            print("per article, local 1 worker: "
                  f"{per_article * 1e3:.2f} ms in all; model {model * 1e3:.2f} ms; "
                  f"other components {(inside - model) * 1e3:.2f} ms "
                  f"({', '.join(f'{k} {v * 1e3:.2f}' for k, v in timings.items()) or 'none'}); "
                  f"outside the model {(per_article - model) * 1e3:.2f} ms; "
                  f"outside the analyzer (read, key, transfer, write) "
                  f"{(per_article - inside) * 1e3:.2f} ms")
        if options.big_gb > 0:
            big = folder / "big.jsonl"
            started = time.monotonic()
            count = write_input(big, None, 5000, target_bytes=int(options.big_gb * 1e9))
            size = big.stat().st_size
            print(f"big input: {count} articles, {size / 1e9:.2f} GB JSON Lines "
                  f"(written in {time.monotonic() - started:.0f} s)")
            result = run_batch([str(big), "--out", str(folder / "big-out.jsonl"),
                                "--workers", str(options.big_workers),
                                "--chunk-size", str(options.chunk_size)], env)
            print(f"streamed {result['done']} articles in {result['run_s']:.0f} s "
                  f"({result['done'] / (result['run_s'] - result['startup_s']):.0f} articles/s) with "
                  f"{options.big_workers} worker(s): peak RSS of the process tree "
                  f"{result['peak_rss'] / 2**30:.2f} GiB "
                  f"({'under' if result['peak_rss'] < 1.5 * 2**30 else 'OVER'} 1.5 GiB)")


if __name__ == "__main__":
    main()
