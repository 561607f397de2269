"""SemEval-2023 Task 3 article and paragraph labels.

Subtask 1 (genre, one label per article): per-class precision/recall/F1, macro-F1 (the
official measure) as the mean F1 over the classes that occur in the gold labels or the
predictions, and accuracy. A gold article missing from the predictions counts as wrong.

Subtasks 2 (frames per article) and 3 (techniques per paragraph, keyed by article and line):
multi-label. Over a fixed class list (the taxonomy), each (item, class) pair is a true
positive, false positive or false negative. Micro-F1 (official measure) comes from the
summed counts; macro-F1 is the mean of per-class F1. As in the official scorers a ratio with
a zero denominator counts as 1 (so a class absent from both gold and predictions has F1 = 1,
and a class only in one of them has F1 = 0); gold labels outside the class list are ignored.
Items missing from the predictions count as predicted empty; predictions for items that are
not in the gold file are ignored. Both are reported in the notes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence

from slant.scoring.report import Score, class_score, harmonic_mean, ratio


def _coverage_notes(gold: Mapping, predicted: Mapping, what: str) -> list[str]:
    notes = []
    missing = [k for k in gold if k not in predicted]
    extra = [k for k in predicted if k not in gold]
    if missing:
        notes.append(f"{len(missing)} gold {what} have no prediction")
    if extra:
        notes.append(f"{len(extra)} predicted {what} are not in the gold file (ignored)")
    return notes


def score_single_label(gold: Mapping[str, str], predicted: Mapping[str, str],
                       task: str = "st1") -> Score:
    correct: Counter = Counter()
    gold_count: Counter = Counter(gold.values())
    pred_count: Counter = Counter()
    for key, label in gold.items():
        guess = predicted.get(key)
        if guess is None:
            continue
        pred_count[guess] += 1
        if guess == label:
            correct[label] += 1
    classes = sorted(set(gold_count) | set(pred_count))
    per_class = [class_score(c, correct[c], pred_count[c], gold_count[c]) for c in classes]
    accuracy = ratio(sum(correct.values()), len(gold))
    notes = _coverage_notes(gold, predicted, "articles")
    if notes and "have no prediction" in notes[0]:
        notes[0] += " (counted as wrong)"
    return Score(
        task=task, main="macro_f1",
        figures={"macro_f1": ratio(sum(r.f1 for r in per_class), len(per_class)),
                 "accuracy": accuracy},
        per_class=per_class,
        counts={"gold": len(gold), "predicted": sum(pred_count.values()),
                "correct": sum(correct.values())},
        notes=notes,
    )


def score_multi_label(gold: Mapping[Hashable, Iterable[str]],
                      predicted: Mapping[Hashable, Iterable[str]],
                      classes: Sequence[str], task: str, what: str = "items") -> Score:
    known = set(classes)
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    ignored: Counter = Counter()
    for key, labels in gold.items():
        truth = set(labels)
        ignored.update(truth - known)
        truth &= known
        guess = set(predicted.get(key, ())) & known
        tp.update(truth & guess)
        fp.update(guess - truth)
        fn.update(truth - guess)
    per_class = [
        class_score(c, tp[c], tp[c] + fp[c], tp[c] + fn[c], when_empty=1.0) for c in classes
    ]
    n_tp, n_fp, n_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision = ratio(n_tp, n_tp + n_fp, 1.0)
    recall = ratio(n_tp, n_tp + n_fn, 1.0)
    micro = harmonic_mean(precision, recall)
    if n_tp + n_fp + n_fn == 0:
        micro = 1.0
    notes = _coverage_notes(gold, predicted, what)
    if notes and "have no prediction" in notes[0]:
        notes[0] += " (counted as predicted empty)"
    if ignored:
        notes.append("gold labels outside the class list were ignored: "
                     + ", ".join(f"{label} ({n})" for label, n in sorted(ignored.items())))
    return Score(
        task=task, main="micro_f1",
        figures={"micro_f1": micro, "precision": precision, "recall": recall,
                 "macro_f1": ratio(sum(r.f1 for r in per_class), len(per_class))},
        per_class=per_class,
        counts={"gold_items": len(gold), "gold_labels": n_tp + n_fn,
                "predicted_labels": n_tp + n_fp, "correct": n_tp},
        notes=notes,
    )
