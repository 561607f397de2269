"""slant analyze and slant techniques through the real CLI (no model: SLANT_MODEL_DIR=none)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slant.cli import main
from slant.document.analysis import Analysis

REPO = Path(__file__).parents[1]
SAMPLE = REPO / "examples" / "sample-article.txt"
ARTICLE = "Storm Warning for the Coast\n\nThe storm is coming, officials said.\n\nStay inside.\n"


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLANT_MODEL_DIR", "none")


def _write(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_article_exists_and_has_the_demo_layout() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[0] and lines[1] == ""
    assert "He added:" in text and "warned that" in text
    assert 250 <= len(text.split()) <= 600


def test_json_for_one_file_is_the_analysis(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    assert main(["analyze", str(SAMPLE)]) == 0
    captured = capsys.readouterr()
    analysis = Analysis.from_json(captured.out)
    assert analysis.metadata.article_id == "sample-article"
    assert analysis.text == SAMPLE.read_text(encoding="utf-8")
    assert analysis.spans is None and analysis.genre is None  # no model: nothing invented
    assert analysis.metadata.model_version is None
    assert captured.err.count("no model installed: only text structure and quotes are shown") == 1


def test_json_list_and_jsonl_for_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    _write(tmp_path / "in" / "article1.txt")
    _write(tmp_path / "in" / "sub" / "article2.txt")
    _write(tmp_path / "in" / "notes.md", "not an article")
    assert main(["analyze", str(tmp_path / "in")]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [item["metadata"]["article_id"] for item in listed] == ["1", "2"]
    assert main(["analyze", str(tmp_path / "in"), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [Analysis.from_json(line).metadata.article_id for line in lines] == ["1", "2"]


def test_text_and_html_to_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    assert main(["analyze", str(SAMPLE), "--format", "text", "-o", str(report)]) == 0
    text = report.read_text(encoding="utf-8")
    assert "\x1b[" not in text and "not predicted" in text and "He added:" in text
    page = tmp_path / "page.html"
    assert main(["analyze", str(SAMPLE), "-f", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Port Aldren" in html
    assert capsys.readouterr().out == ""
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    umask = os.umask(0)
    os.umask(umask)
    assert page.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600


def test_output_is_not_left_half_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous result", encoding="utf-8")
    assert main(["analyze", str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "previous result"  # untouched
    assert list(tmp_path.iterdir()) == [out]
    assert main(["analyze", str(SAMPLE), "-o", str(tmp_path / "no" / "dir" / "x.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_stdin_through_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "SLANT_MODEL_DIR": "none"}
    result = subprocess.run([sys.executable, "-m", "slant", "analyze", "-", "-f", "jsonl"],
                            input=ARTICLE.encode(), capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    analysis = Analysis.from_json(result.stdout)
    assert analysis.metadata.article_id == "stdin" and analysis.text == ARTICLE
    assert analysis.title is not None
    assert analysis.span_text(analysis.title) == ARTICLE.split("\n")[0]


def test_techniques_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["techniques", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["ptc"]) == 14 and len(data["semeval2023"]["techniques"]) == 23
    assert len(data["semeval2023"]["categories"]) == 6
    assert len(data["frames"]) == 14 and len(data["genres"]) == 3
    assert main(["techniques", "-t", "genres", "-f", "json"]) == 0
    assert list(json.loads(capsys.readouterr().out)) == ["genres"]
    assert main(["techniques", "-t", "ptc"]) == 0
    table = capsys.readouterr().out
    assert "Name_Calling,Labeling" in table and "Whataboutism,Straw_Men,Red_Herring" in table
    assert main(["techniques", "-t", "nonsense"]) == 2
    assert "Traceback" not in capsys.readouterr().err
