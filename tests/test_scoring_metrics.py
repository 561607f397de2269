"""Scorers against hand-computed figures (the arithmetic is next to each expected value)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.scoring.binary import score_binary
from slant.scoring.labels import score_multi_label, score_single_label
from slant.scoring.spans import merge_spans, score_si
from slant.scoring.tasks import evaluate_files
from slant.scoring.techniques import score_tc

approx = pytest.approx
FIXTURES = Path(__file__).parent / "fixtures" / "formats"


# SI ----------------------------------------------------------------------------------------

def test_si_partial_overlap_with_merging_and_an_article_without_gold() -> None:
    gold = {"A": [(0, 10), (20, 30)]}
    predicted = {"A": [(5, 15), (25, 28), (26, 29)], "B": [(0, 4)]}
    score = score_si(gold, predicted)
    # predicted after merging: A (5,15), (25,29); B (0,4) -> |S| = 3; |T| = 2
    assert score.counts["predicted_spans"] == 3 and score.counts["gold_spans"] == 2
    # (5,15)∩(0,10) = 5 chars: 5/10 for P, 5/10 for R; (25,29)∩(20,30) = 4: 4/4 P, 4/10 R
    assert score.figures["precision"] == approx((0.5 + 1.0) / 3)  # = 0.5
    assert score.figures["recall"] == approx((0.5 + 0.4) / 2)  # = 0.45
    assert score.value == approx(2 * 0.5 * 0.45 / (0.5 + 0.45))  # = 0.473684...
    assert any("merged" in note for note in score.notes)


def test_si_touching_spans_are_not_merged_but_overlapping_gold_spans_are() -> None:
    assert merge_spans([(5, 10), (0, 5)]) == [(0, 5), (5, 10)]
    assert merge_spans([(0, 10), (5, 20), (20, 22)]) == [(0, 20), (20, 22)]
    score = score_si({"A": [(0, 10)]}, {"A": [(0, 5), (5, 10)]})
    # P = (5/5 + 5/5) / 2 = 1; R = (5/10 + 5/10) / 1 = 1
    assert score.figures["precision"] == approx(1.0) and score.figures["recall"] == approx(1.0)
    assert score.counts["predicted_spans"] == 2
    score = score_si({"A": [(0, 10), (5, 20)]}, {"A": [(0, 10)]})
    # gold merged into (0,20): P = 10/10 = 1, R = 10/20 = 0.5, F1 = 2*0.5/1.5 = 0.6667
    assert score.value == approx(2 / 3)


def test_si_empty_sets() -> None:
    nothing = score_si({"A": [(0, 10)]}, {})
    assert (nothing.figures["precision"], nothing.figures["recall"], nothing.value) == (0, 0, 0)
    assert score_si({}, {}).value == 1.0  # both sets empty: F1 = 1 as in the official scorer


# TC ----------------------------------------------------------------------------------------

def test_tc_matches_several_labels_on_one_fragment_at_best() -> None:
    gold = [("A", 0, 5, "L"), ("A", 0, 5, "R"), ("A", 10, 15, "N"), ("B", 0, 3, "S")]
    predicted = [("A", 0, 5, "R"), ("A", 0, 5, "L"), ("A", 10, 15, "L"), ("B", 0, 3, "S")]
    score = score_tc(gold, predicted)
    # matches: {L,R} vs {R,L} = 2, N vs L = 0, S vs S = 1 -> 3 of 4 gold, 3 of 4 predicted
    assert score.value == approx(0.75)
    assert score.figures["precision"] == approx(0.75) and score.figures["recall"] == approx(0.75)
    rows = {row.label: row for row in score.per_class}
    # L: predicted twice, right once, gold once: P = 1/2, R = 1/1, F1 = 2*0.5*1/1.5 = 0.6667
    assert (rows["L"].precision, rows["L"].recall, rows["L"].f1) == (0.5, 1.0, approx(2 / 3))
    assert rows["N"].f1 == 0.0 and rows["S"].f1 == 1.0
    # macro over the classes present: (0.6667 + 1 + 0 + 1) / 4 = 0.6667
    assert score.figures["macro_f1"] == approx((2 / 3 + 1 + 0 + 1) / 4)


def test_tc_a_label_repeated_in_the_prediction_matches_once() -> None:
    score = score_tc([("A", 0, 5, "L"), ("A", 0, 5, "R")], [("A", 0, 5, "L"), ("A", 0, 5, "L")])
    # multiset {L,R} ∩ {L,L} = {L}: 1 match of 2 -> 0.5
    assert score.value == approx(0.5)


# SemEval-2023 ------------------------------------------------------------------------------

def test_st1_macro_f1_and_accuracy_with_a_missing_prediction() -> None:
    gold = {"1": "opinion", "2": "opinion", "3": "reporting", "4": "satire"}
    predicted = {"1": "opinion", "2": "reporting", "3": "reporting"}
    score = score_single_label(gold, predicted)
    # opinion P 1/1 R 1/2 F1 .6667; reporting P 1/2 R 1/1 F1 .6667; satire 0 -> macro 4/9
    assert score.value == approx((2 / 3 + 2 / 3 + 0) / 3)
    assert score.figures["accuracy"] == approx(2 / 4)
    assert any("no prediction" in note for note in score.notes)


def test_multi_label_micro_and_macro_with_the_official_zero_division() -> None:
    gold = {"x": ["A", "B", "Q"], "y": ["C"], "z": []}
    predicted = {"x": ["A"], "y": ["C", "A"]}
    score = score_multi_label(gold, predicted, ["A", "B", "C", "D"], task="st2")
    # tp: A(x), C(y) = 2; fp: A(y) = 1; fn: B(x) = 1; Q is not a class: ignored
    assert score.figures["precision"] == approx(2 / 3) and score.figures["recall"] == approx(2 / 3)
    assert score.value == approx(2 / 3)
    rows = {row.label: row for row in score.per_class}
    # A: P 1/2 R 1/1 F1 .6667; B: P 1 (no prediction) R 0 -> F1 0; C: 1; D: absent -> 1
    assert [rows[c].f1 for c in "ABCD"] == [approx(2 / 3), 0.0, 1.0, 1.0]
    assert score.figures["macro_f1"] == approx((2 / 3 + 0 + 1 + 1) / 4)
    assert any("Q (1)" in note for note in score.notes)
    assert any("1 gold items have no prediction" in note for note in score.notes)


def test_multi_label_nothing_to_find_and_nothing_found_is_perfect() -> None:
    assert score_multi_label({"x": []}, {"x": []}, ["A"], task="st3").value == 1.0


# hyperpartisan -----------------------------------------------------------------------------

def test_hyperpartisan_accuracy_and_true_class_f1() -> None:
    gold = {"1": True, "2": True, "3": False, "4": False, "5": True}
    predicted = {"1": True, "2": False, "3": True, "4": False, "9": True}
    score = score_binary(gold, predicted)
    # right: 1 and 4 -> accuracy 2/5; true class: tp 1 (1), predicted true 2 (1,3), gold true 3
    assert score.value == approx(0.4)
    assert score.figures["precision"] == approx(0.5) and score.figures["recall"] == approx(1 / 3)
    assert score.figures["f1"] == approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))  # = 0.4
    false_row = score.per_class[1]
    # false class: predicted false 2 (2,4), right 1 (4), gold false 2 -> P .5 R .5
    assert (false_row.precision, false_row.recall) == (0.5, 0.5)
    assert len(score.notes) == 2  # 5 missing, 9 not in gold


# from files --------------------------------------------------------------------------------

def test_evaluate_files_on_the_fixtures(tmp_path: Path) -> None:
    ptc = FIXTURES / "ptc"
    assert evaluate_files("si", ptc / "si.labels", ptc / "si.labels").value == 1.0
    assert evaluate_files("tc", ptc / "tc.labels", ptc / "tc.labels").value == 1.0
    pred = tmp_path / "st3.txt"
    pred.write_text("2001\t1\t\n2001\t3\tLoaded_Language\n2001\t5\tExaggeration-Minimisation\n",
                    encoding="utf-8")
    score = evaluate_files("st3", FIXTURES / "semeval2023" / "labels-subtask-3.txt", pred)
    # gold labels: (2001,5) {Exaggeration, Fear}, (2001,6) {False_Dilemma}; tp 1, fp 1
    # (Loaded_Language on line 3), fn 2 -> P 1/2, R 1/3, F1 = 2*(1/2)*(1/3)/(5/6) = 0.4
    assert score.value == approx(0.4)
    hp = FIXTURES / "hyperpartisan"
    assert evaluate_files("hyperpartisan", hp / "ground-truth.xml", hp / "predictions.txt"
                          ).value == 1.0
