"""SemEval-2020 Task 11, span identification (SI): partial-overlap precision and recall.

Definition (Da San Martino et al., 2019/2020): spans are sets of character offsets. In each
article, spans that share at least one character are merged (gold and predicted alike, as
the official scorer does with ``-m``; spans that only touch stay apart). For a predicted
span s and a gold span t of the same article, C(s, t, h) = |s ∩ t| / h. Then

    P = Σ_s Σ_t C(s, t, |s|) / |S|        R = Σ_s Σ_t C(s, t, |t|) / |T|

over all articles, S and T being all predicted and all gold spans after merging. P is 0
when there is no prediction, R is 0 when there is no gold span, F1 is their harmonic mean
(and 1 when both S and T are empty, as in the official scorer).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from slant.scoring.report import Score, harmonic_mean, ratio

Span = tuple[int, int]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Disjoint, sorted spans: overlapping ones (sharing a character) are joined."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def group_spans(items: Iterable[tuple[str, int, int]]) -> dict[str, list[Span]]:
    """{article id: spans} from (article id, start, end) triples."""
    grouped: dict[str, list[Span]] = defaultdict(list)
    for article_id, start, end in items:
        grouped[article_id].append((start, end))
    return dict(grouped)


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_si(gold: dict[str, list[Span]], predicted: dict[str, list[Span]]) -> Score:
    """Partial-overlap P/R/F1 of ``predicted`` against ``gold`` ({article id: spans})."""
    gold_merged = {k: merge_spans(v) for k, v in gold.items()}
    pred_merged = {k: merge_spans(v) for k, v in predicted.items()}
    n_gold = sum(len(v) for v in gold_merged.values())
    n_pred = sum(len(v) for v in pred_merged.values())
    precision_sum = recall_sum = 0.0
    for article_id, spans in pred_merged.items():
        for s in spans:
            for t in gold_merged.get(article_id, []):
                common = _overlap(s, t)
                if common:
                    precision_sum += common / (s[1] - s[0])
                    recall_sum += common / (t[1] - t[0])
    precision = ratio(precision_sum, n_pred)
    recall = ratio(recall_sum, n_gold)
    f1 = 1.0 if n_pred == 0 and n_gold == 0 else harmonic_mean(precision, recall)
    notes = []
    merged_pred = sum(len(v) for v in predicted.values()) - n_pred
    if merged_pred:
        notes.append(f"{merged_pred} overlapping predicted spans were merged into others")
    unknown = sorted(set(pred_merged) - set(gold_merged))
    if unknown:
        notes.append(f"{len(unknown)} predicted articles have no gold span "
                     f"(their spans count against precision): {', '.join(unknown[:5])}")
    return Score(
        task="si", main="f1",
        figures={"f1": f1, "precision": precision, "recall": recall},
        counts={"gold_spans": n_gold, "predicted_spans": n_pred,
                "gold_articles": len(gold_merged), "predicted_articles": len(pred_merged)},
        notes=notes,
    )
