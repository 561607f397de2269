"""SemEval-2019 Task 4 (hyperpartisan, by article): accuracy (the official ranking measure)
and precision, recall and F1 of the "true" class. A gold article missing from the predictions
counts as wrong; predictions for articles not in the gold file are ignored."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from slant.scoring.report import Score, class_score, ratio


def score_binary(gold: Mapping[str, bool], predicted: Mapping[str, bool],
                 task: str = "hyperpartisan") -> Score:
    support: Counter = Counter()   # gold articles per class
    answered: Counter = Counter()  # predictions per class (for gold articles)
    correct: Counter = Counter()
    missing = 0
    for key, truth in gold.items():
        support[truth] += 1
        guess = predicted.get(key)
        if guess is None:
            missing += 1
            continue
        answered[guess] += 1
        correct[guess] += guess == truth
    true_row = class_score("true", correct[True], answered[True], support[True])
    false_row = class_score("false", correct[False], answered[False], support[False])
    notes = []
    if missing:
        notes.append(f"{missing} gold articles have no prediction (counted as wrong)")
    extra = sum(1 for k in predicted if k not in gold)
    if extra:
        notes.append(f"{extra} predicted articles are not in the gold file (ignored)")
    return Score(
        task=task, main="accuracy",
        figures={"accuracy": ratio(correct[True] + correct[False], len(gold)),
                 "precision": true_row.precision, "recall": true_row.recall, "f1": true_row.f1},
        per_class=[true_row, false_row],
        counts={"gold": len(gold), "predicted": answered[True] + answered[False],
                "correct": correct[True] + correct[False], "missing": missing},
        notes=notes,
    )
