"""SemEval-2020 Task 11, technique classification (TC): micro-F1 over the gold fragments.

Each gold fragment (article, start, end, technique) is one item; a prediction file assigns
one technique per template line. Items are matched per fragment (same article, start and
end): when one fragment carries several gold techniques, its predicted techniques are matched
to them at best, whatever their order — the number of matches is the size of the multiset
intersection. Micro precision = matches / predictions, recall = matches / gold items, F1 is
their harmonic mean (with one prediction per gold item, all three equal the accuracy).
Per-class figures use the same matches, counted by technique.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from slant.scoring.report import Score, class_score, harmonic_mean, ratio

Item = tuple[str, int, int, str]  # article id, start, end, technique


def _by_fragment(items: Iterable[Item]) -> dict[tuple[str, int, int], Counter]:
    grouped: dict[tuple[str, int, int], Counter] = defaultdict(Counter)
    for article_id, start, end, technique in items:
        grouped[(article_id, start, end)][technique] += 1
    return grouped


def score_tc(gold: Iterable[Item], predicted: Iterable[Item],
             classes: Sequence[str] | None = None) -> Score:
    gold_groups = _by_fragment(gold)
    pred_groups = _by_fragment(predicted)
    correct: Counter = Counter()
    gold_count: Counter = Counter()
    pred_count: Counter = Counter()
    for labels in gold_groups.values():
        gold_count.update(labels)
    for fragment, labels in pred_groups.items():
        pred_count.update(labels)
        correct.update(labels & gold_groups.get(fragment, Counter()))
    n_gold, n_pred, n_correct = sum(gold_count.values()), sum(pred_count.values()), sum(
        correct.values())
    precision, recall = ratio(n_correct, n_pred), ratio(n_correct, n_gold)
    labels = list(classes) if classes is not None else sorted(set(gold_count) | set(pred_count))
    extra = sorted((set(gold_count) | set(pred_count)) - set(labels))
    per_class = [class_score(c, correct[c], pred_count[c], gold_count[c]) for c in labels + extra]
    present = [row for row in per_class if row.support or row.predicted]
    notes = []
    missing = sum(max(0, sum(g.values()) - sum(pred_groups.get(f, Counter()).values()))
                  for f, g in gold_groups.items())
    if missing:
        notes.append(f"{missing} gold fragments have no prediction (counted as wrong)")
    stray = sum(sum(p.values()) for f, p in pred_groups.items() if f not in gold_groups)
    if stray:
        notes.append(f"{stray} predictions are on fragments that are not in the gold file")
    return Score(
        task="tc", main="micro_f1",
        figures={"micro_f1": harmonic_mean(precision, recall), "precision": precision,
                 "recall": recall,
                 "macro_f1": ratio(sum(r.f1 for r in present), len(present))},
        per_class=per_class,
        counts={"gold": n_gold, "predicted": n_pred, "correct": n_correct},
        notes=notes,
    )
