"""The Dask engine against a real scheduler and two real workers on 127.0.0.1: the results
equal the local engine's, and each worker loads the analyzer once."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

BODY = "Speaker {i} said the reform is a betrayal.\n\nOthers called it a brave, overdue step {i}."


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env() -> dict[str, str]:
    return {**os.environ, "SLANT_MODEL_DIR": "none",
            "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "5s"}


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `dask scheduler` and two `dask worker` processes, torn down even on failure."""
    dask = str(Path(sys.executable).parent / "dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask-logs")
    processes: list[subprocess.Popen] = []

    def start(name: str, *args: str) -> None:
        log = open(logs / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        processes.append(subprocess.Popen([dask, *args], env=_env(), stdout=log,
                                          stderr=subprocess.STDOUT, cwd=logs))
        log.close()

    try:
        start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", str(port),
              "--no-dashboard")
        for i in range(2):
            start(f"worker{i}", "worker", address, "--nthreads", "1", "--no-nanny",
                  "--host", "127.0.0.1", "--no-dashboard", "--name", f"w{i}",
                  "--local-directory", str(logs / f"w{i}"))
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        # workers first, then the scheduler; whatever does not stop in 5 s is killed
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _corpus(folder: Path) -> list[str]:
    feed = folder / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as file:
        for i in range(60):
            file.write(json.dumps({"id": f"j{i}", "text": BODY.format(i=i)}) + "\n")
        file.write(json.dumps({"id": "dup", "text": BODY.format(i=3)}) + "\n")
        file.write("not json\n")
    articles = folder / "articles"
    articles.mkdir()
    for i in range(5):
        (articles / f"article{i}.txt").write_text(f"Headline {i}\n\n" + BODY.format(i=100 + i),
                                                  encoding="utf-8")
    return [str(feed), str(articles)]


def _analyses(path: Path) -> dict[str, dict]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["analysis"]["metadata"].pop("timings")
        assert record["key"] not in found
        found[record["key"]] = record
    return found


def _batch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "slant", "batch", *args, "--quiet"],
                          env=_env(), capture_output=True, text=True, timeout=300)


def test_dask_cluster_results_equal_local(tmp_path: Path, scheduler: str) -> None:
    inputs = _corpus(tmp_path)
    local = _batch(*inputs, "--out", str(tmp_path / "local.jsonl"), "--workers", "2",
                   "--chunk-size", "4")
    assert local.returncode == 1, local.stderr  # 1: the broken record
    remote = _batch(*inputs, "--out", str(tmp_path / "dask.jsonl"), "--engine", "dask",
                    "--scheduler", scheduler, "--chunk-size", "4")
    assert remote.returncode == 1, remote.stderr
    for log in (local.stderr, remote.stderr):
        assert "65 done, 1 skipped" in log and "1 failed" in log
    local_results = _analyses(tmp_path / "local.jsonl")
    dask_results = _analyses(tmp_path / "dask.jsonl")
    assert len(local_results) == 65
    assert local_results == dask_results
    # resuming on the cluster skips everything the first run did
    again = _batch(*inputs, "--out", str(tmp_path / "dask.jsonl"), "--engine", "dask",
                   "--scheduler", scheduler)
    assert again.returncode == 1 and "0 done, 66 skipped" in again.stderr


def test_dask_workers_load_the_analyzer_once(scheduler: str) -> None:
    from slant.batch.dask_engine import DaskEngine
    from slant.batch.keys import article_key
    from slant.batch.worker import AnalyzerSettings
    from slant.document.article import Article

    articles = [Article.from_text(BODY.format(i=i), id=str(i)) for i in range(40)]
    chunks = iter([[(article_key(a.text, None), a) for a in articles[i : i + 2]]
                   for i in range(0, 40, 2)])
    engine = DaskEngine(AnalyzerSettings(), scheduler=scheduler)
    try:
        assert engine.start() is None  # no model: model version None
        client = engine._client
        before = client.run(lambda: __import__("slant.batch.worker").batch.worker.load_count)
        results = [r for chunk in engine.run(chunks) for r in chunk]
        after = client.run(lambda: __import__("slant.batch.worker").batch.worker.load_count)
    finally:
        engine.close()
    assert sorted(r[1] for r in results) == sorted(str(i) for i in range(40))
    assert len(after) == 2 and all(count >= 1 for count in after.values())
    assert after == before  # 20 tasks ran, no worker loaded the analyzer again


def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path)
    result = _batch(*inputs, "--out", str(tmp_path / "x.jsonl"), "--engine", "dask",
                    "--scheduler", f"tcp://127.0.0.1:{_free_port()}")
    assert result.returncode == 2
    assert result.stderr.startswith("slant: error: cannot reach the Dask scheduler")
