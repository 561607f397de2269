"""Bad input through the real CLI: one clear line, non-zero exit, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slant.cli import main

GOOD = "Harbour News\n\nThe harbour reopened on Monday.\n"


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLANT_MODEL_DIR", "none")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["analyze", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("slant: error:")]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"  \n\t\n \r\n", "empty article"),
        ("binary.txt", bytes(range(256)) * 8, "binary data"),
        ("latin1.txt", "Caf\u00e9 news\n\nSo\u00f1a said.".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes,
                  expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = _run([str(path)], capsys)
    assert code == 1 and out == ""
    lines = _error_lines(err)
    assert len(lines) == 1 and expected in lines[0] and name in lines[0]


def test_50_mb_file_is_refused_without_reading_it(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: instant, and no 50 MB written to disk
        handle.truncate(50 * 1024 * 1024)
    code, out, err = _run([str(path)], capsys)
    assert code == 1 and out == ""
    assert "52.4 MB is larger than the 5 MiB limit" in _error_lines(err)[0]


def test_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run([str(tmp_path / "nope.txt")], capsys)
    assert code == 1 and out == ""
    assert _error_lines(err) == [f"slant: error: {tmp_path / 'nope.txt'}: no such file or folder"]


def test_folder_with_unreadable_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "article1.txt").write_text(GOOD, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")  # target does not exist
    os.mkfifo(folder / "pipe.txt")  # opening it would block forever: must be refused unopened
    (folder / "device.txt").symlink_to("/dev/zero")  # would never end
    (folder / "dir.txt").mkdir()  # a folder that looks like a file: walked into, nothing there
    code, out, err = _run([str(folder), "-f", "jsonl"], capsys)
    assert code == 1
    assert [json.loads(line)["metadata"]["article_id"] for line in out.splitlines()] == ["1"]
    lines = _error_lines(err)
    assert len(lines) == 3
    assert any("dangling.txt: broken symbolic link" in line for line in lines)
    assert any("pipe.txt: not a regular file" in line for line in lines)
    assert any("device.txt: not a regular file" in line for line in lines)
    summary = err.splitlines()[-1]
    assert summary.startswith("slant: analysed 1 article; 3 inputs failed:")
    assert "dangling.txt" in summary and "pipe.txt" in summary and "device.txt" in summary


def test_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = _run([str(tmp_path / "empty")], capsys)
    assert code == 1 and "holds no .txt or .html article" in _error_lines(err)[0]


def test_one_bad_file_among_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "article1.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "article2.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "article3.txt").write_text(GOOD.replace("Monday", "Friday"), encoding="utf-8")
    out_file = tmp_path / "out.json"
    code, out, err = _run([str(tmp_path / f"article{i}.txt") for i in (1, 2, 3)]
                          + [str(tmp_path / "missing.txt"), "-o", str(out_file)], capsys)
    assert code == 1 and out == ""
    analyses = json.loads(out_file.read_text(encoding="utf-8"))
    assert [a["metadata"]["article_id"] for a in analyses] == ["1", "3"]
    summary = err.splitlines()[-1]
    assert summary.startswith("slant: analysed 2 articles; 2 inputs failed:")
    assert "article2.txt" in summary and "missing.txt" in summary
    assert len(_error_lines(err)) == 2


@pytest.mark.parametrize(
    ("payload", "expected"),
    [(b"", "empty article"), (b"\x00\x01\x02binary", "binary data"),
     (b"Title\n\n\xc3\x28 broken", "not valid UTF-8"),
     (b"x" * (5 * 1024 * 1024 + 10), "larger than the 5 MiB limit")],
)
def test_bad_stdin_in_a_real_process(payload: bytes, expected: str) -> None:
    env = {**os.environ, "SLANT_MODEL_DIR": "none"}
    result = subprocess.run([sys.executable, "-m", "slant", "analyze", "-"], input=payload,
                            capture_output=True, env=env, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "Traceback" not in err and result.stdout == b""
    lines = _error_lines(err)
    assert len(lines) == 1 and expected in lines[0] and "<stdin>" in lines[0]
