"""slant evaluate: figures, JSON output and one-line errors (in-process CLI runs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def test_tc_text_report_names_the_measure_and_every_class(tmp_path: Path, capsys) -> None:
    pred = tmp_path / "pred.labels"
    # the two labels of fragment 160-170 swapped (still both right), Slogans replaced by Doubt
    pred.write_text(
        "1001\tLoaded_Language\t98\t113\n1001\tName_Calling,Labeling\t117\t124\n"
        "1001\tBandwagon,Reductio_ad_hitlerum\t126\t150\n1001\tExaggeration,Minimisation\t160\t170\n"
        "1001\tLoaded_Language\t160\t170\n1002\tDoubt\t63\t85\n", encoding="utf-8")
    assert main(["evaluate", "tc", str(FIXTURES / "ptc" / "tc.labels"), str(pred)]) == 0
    out = capsys.readouterr().out
    assert "micro_f1 = 0.8333" in out  # 5 of 6 fragments right: 5/6 = 0.8333
    assert "Name_Calling,Labeling" in out and "Doubt" in out


def test_json_output_for_machines(tmp_path: Path, capsys) -> None:
    pred = tmp_path / "st1.txt"
    pred.write_text("2001\topinion\n2002\tsatire\n", encoding="utf-8")
    gold = FIXTURES / "semeval2023" / "labels-subtask-1.txt"
    assert main(["evaluate", "st1", str(gold), str(pred), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # opinion F1 1; reporting gold 1, predicted 0 -> F1 0; satire predicted 1, gold 0 -> F1 0
    assert data["main"] == "macro_f1" and data["value"] == pytest.approx(1 / 3)
    assert data["figures"]["accuracy"] == pytest.approx(0.5)  # 1 of 2 articles right
    assert {row["label"] for row in data["per_class"]} == {"opinion", "reporting", "satire"}


@pytest.mark.parametrize("task", ["si", "tc", "st1", "st2", "st3", "hyperpartisan"])
def test_missing_prediction_file_is_one_line_and_exit_2(task: str, tmp_path: Path, capsys
                                                        ) -> None:
    gold = tmp_path / "gold"
    gold.write_text("")
    if task == "hyperpartisan":
        gold = FIXTURES / "hyperpartisan" / "ground-truth.xml"
    assert main(["evaluate", task, str(gold), str(tmp_path / "absent")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "absent: no such file" in err


def test_malformed_prediction_file_names_the_line(tmp_path: Path, capsys) -> None:
    pred = tmp_path / "pred.txt"
    pred.write_text("0000001 true\n0000002 perhaps\n")
    gold = FIXTURES / "hyperpartisan" / "ground-truth.xml"
    assert main(["evaluate", "hyperpartisan", str(gold), str(pred)]) == 2
    err = capsys.readouterr().err
    assert "pred.txt:2: the prediction must be 'true' or 'false'" in err
    assert err.count("\n") == 1
