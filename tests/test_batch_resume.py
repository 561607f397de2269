"""slant batch survives kill -9: a real process is killed mid-run, a rerun completes the
output, and every article is in it exactly once, for JSON Lines, Parquet and SQLite."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from _storage_support import BACKENDS, database_url

from slant.errors import SlantError

BODY = "Article {i} says the plan is a disaster.\n\nCritics call it reckless, paragraph {i}."


def _input(path: Path, count: int) -> Path:
    with open(path, "w", encoding="utf-8") as file:
        for i in range(count):
            file.write(json.dumps({"id": f"a{i}", "title": f"Title {i}",
                                   "text": BODY.format(i=i)}) + "\n")
        file.write("{broken record\n")
    return path


def _batch_command(inputs: Path, out: str, chunk_size: int) -> list[str]:
    return [sys.executable, "-m", "slant", "batch", str(inputs), "--out", out,
            "--workers", "1", "--chunk-size", str(chunk_size), "--quiet"]


def _env() -> dict[str, str]:
    return {**os.environ, "SLANT_MODEL_DIR": "none"}


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _kill_mid_run(command: list[str], progress: Callable[[], int], at_least: int) -> None:
    """Start the batch, wait until ``progress()`` shows ``at_least`` articles written, then
    kill -9 it (and check its worker processes die with it)."""
    process = subprocess.Popen(command, env=_env(), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if progress() >= at_least:
                    break
            except (OSError, ValueError, SlantError):
                pass
            time.sleep(0.005)
        assert process.poll() is None, (
            "the batch finished before it could be killed: " + process.stderr.read().decode())
        workers = _children(process.pid)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(w) for w in workers), "worker processes outlived the batch"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()


def _finish(command: list[str]) -> str:
    """Run to the end; the input's one broken record makes the exit code 1."""
    result = subprocess.run(command, env=_env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "1 failed" in result.stderr
    return result.stderr


def _jsonl_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_kill_and_resume_jsonl(tmp_path: Path) -> None:
    count = 3000
    inputs = _input(tmp_path / "in.jsonl", count)
    out = tmp_path / "out.jsonl"
    command = _batch_command(inputs, str(out), chunk_size=2)
    _kill_mid_run(command, lambda: _jsonl_lines(out), at_least=200)
    partial = out.read_bytes().split(b"\n")
    assert 200 <= len(partial) - 1 < count
    for line in partial[:-1]:  # every complete line is a whole record; at most a torn tail
        json.loads(line)
    log = _finish(command)
    assert "1 failed" in log and "not valid JSON" in log
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert all(line.endswith("}\n") for line in lines)
    records = [json.loads(line) for line in lines]
    ids = Counter(record["id"] for record in records)
    assert set(ids) == {f"a{i}" for i in range(count)}
    assert max(ids.values()) == 1
    assert len({record["key"] for record in records}) == count
    sample = records[0]
    assert sample["analysis"]["metadata"]["article_id"] == sample["id"]
    # a third run has nothing to do
    again = _finish(command)
    assert f"0 done, {count} skipped" in again
    assert len(out.read_text(encoding="utf-8").splitlines()) == count


def _parquet_rows(path: Path) -> int:
    """Articles committed so far (each part holds one chunk of 4)."""
    return len(list((path / "articles").glob("part-*.parquet"))) * 4


def test_kill_and_resume_parquet(tmp_path: Path) -> None:
    count = 800
    inputs = _input(tmp_path / "in.jsonl", count)
    out = tmp_path / "out.parquet"
    command = [*_batch_command(inputs, str(out), chunk_size=4), "--part-rows", "4"]
    _kill_mid_run(command, lambda: _parquet_rows(out), at_least=60)
    assert not list((out / "articles").glob("part-*.parquet.tmp"))
    _finish(command)
    articles = pq.ParquetDataset(out / "articles").read().to_pylist()
    ids = Counter(row["id"] for row in articles)
    assert set(ids) == {f"a{i}" for i in range(count)} and max(ids.values()) == 1
    assert len({row["key"] for row in articles}) == count
    assert not [p for p in (out / "articles").iterdir() if p.name.startswith(".tmp-")]
    article_parts = {p.name for p in (out / "articles").glob("part-*.parquet")}
    span_parts = {p.name for p in (out / "spans").glob("part-*.parquet")}
    assert article_parts == span_parts
    # without a model spans are not predicted: null counts, an empty spans table
    assert all(row["span_count"] is None for row in articles)
    assert pq.ParquetDataset(out / "spans").read().num_rows == 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_kill_and_resume_database(tmp_path: Path, backend: str) -> None:
    from slant.storage import Store

    count = 1000
    inputs = _input(tmp_path / "in.jsonl", count)
    with database_url(backend, tmp_path) as url:
        store = Store.open(url)  # created (migrated) before the run, read while it runs
        try:
            command = _batch_command(inputs, url, chunk_size=4)
            _kill_mid_run(command, store.count, at_least=100)
            assert 100 <= store.count() < count
            _finish(command)
            import sqlalchemy as sa

            with store.engine.connect() as connection:
                rows = connection.execute(sa.text("SELECT analysis_json FROM articles")).all()
            ids = Counter(json.loads(row[0])["metadata"]["article_id"] for row in rows)
            assert store.count() == count
        finally:
            store.close()
    assert set(ids) == {f"a{i}" for i in range(count)} and max(ids.values()) == 1


def test_torn_jsonl_line_is_cut_on_resume(tmp_path: Path) -> None:
    inputs = _input(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out.jsonl"
    command = _batch_command(inputs, str(out), chunk_size=3)
    _finish(command)
    lines = out.read_bytes().splitlines(keepends=True)
    # simulate a crash in the middle of writing the last record
    out.write_bytes(b"".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2])
    log = _finish(command)
    assert "1 done, 19 skipped" in log
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(f"a{i}" for i in range(20))


def test_foreign_jsonl_output_is_refused(tmp_path: Path) -> None:
    inputs = _input(tmp_path / "in.jsonl", 3)
    out = tmp_path / "notes.jsonl"
    out.write_text('{"key": "x"}\nnot json\n', encoding="utf-8")
    result = subprocess.run(_batch_command(inputs, str(out), 2), env=_env(),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith("slant: error:") and "not a slant batch record" in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == '{"key": "x"}\nnot json\n'


@pytest.mark.parametrize("out", ["out.txt", "ftp://x/y"])
def test_unknown_output_kind_is_one_line(tmp_path: Path, out: str) -> None:
    inputs = _input(tmp_path / "in.jsonl", 1)
    result = subprocess.run(_batch_command(inputs, out, 2), env=_env(), cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
