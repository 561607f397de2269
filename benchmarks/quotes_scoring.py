"""How quote benchmarks match and count: span overlap, nested gold groups, speaker names, and
token labels. Shared by ``quotes_eval.py``, ``quotes_agreement.py`` and the two probes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from quotes_data import GoldQuote

KINDS = {"direct": 1, "indirect": 2}


def spans_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """At least 50% overlap: the shared part is at least half of the longer span."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared * 2 >= max(a_end - a_start, b_end - b_start)


def normalise_name(name: str) -> str:
    words = name.lower().replace("’s", "").replace("'s", "").split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def same_name(a: str, b: str) -> bool:
    """The same canonical name, or the same surname."""
    a, b = normalise_name(a), normalise_name(b)
    return a == b or a.split()[-1:] == b.split()[-1:]


def nested_groups(quotes: Sequence[GoldQuote]) -> list[list[GoldQuote]]:
    """Gold quotes grouped where one lies inside another ('the Gazette reported that X said
    ...' annotated at both levels): a group is one quote, and a prediction matching any member
    matches it."""
    groups: list[list[GoldQuote]] = []
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        outer = groups[-1][0] if groups else None
        if outer is not None and outer.start <= quote.start and quote.end <= outer.end:
            groups[-1].append(quote)
        else:
            groups.append([quote])
    return groups


def match_groups(groups: list[list[GoldQuote]], predicted: Sequence[tuple[int, int]],
                 speaker_ok: Callable[[GoldQuote, int], bool]
                 ) -> list[tuple[GoldQuote, int | None]]:
    """One-to-one matching of gold groups to predicted spans (start, end): per group, the
    member matched and the index of its prediction (None when no unused prediction overlaps
    any member by 50%). In a nested group the member whose speaker the prediction names wins."""
    used: set[int] = set()
    out: list[tuple[GoldQuote, int | None]] = []
    for group in groups:
        candidates = [(g, i) for g in group for i, (start, end) in enumerate(predicted)
                      if i not in used and spans_overlap(g.start, g.end, start, end)]
        gold, match = next(((g, i) for g, i in candidates if speaker_ok(g, i)),
                           candidates[0] if candidates else (group[0], None))
        if match is not None:
            used.add(match)
        out.append((gold, match))
    return out


def exact_matches(groups: list[list[GoldQuote]], predicted: Sequence[tuple[int, int]]) -> int:
    spans = set(predicted)
    return sum(any((g.start, g.end) in spans for g in group) for group in groups)


def token_labels(offsets: Sequence[tuple[int, int]] | np.ndarray,
                 quotes: Sequence[tuple[int, int, str]]) -> np.ndarray:
    """Per token (character offsets): 0 outside quotes, 1 in a direct, 2 in an indirect quote
    (the first quote listed wins)."""
    pairs = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    label = np.zeros(len(pairs), np.int64)
    for start, end, kind in quotes:
        inside = (pairs[:, 0] >= start) & (pairs[:, 1] <= end) & (label == 0)
        label[inside] = KINDS[kind]
    return label


def report_tokens(name: str, predicted: np.ndarray, gold: np.ndarray) -> None:
    """Token precision, recall and F1 per quote kind."""
    for kind, value in KINDS.items():
        tp = int(((predicted == value) & (gold == value)).sum())
        precision = tp / max(1, int((predicted == value).sum()))
        recall = tp / max(1, int((gold == value).sum()))
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(f"{name:12s} {kind:8s} tokens: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
