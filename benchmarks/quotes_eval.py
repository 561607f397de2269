"""Quote spans and speaker attribution of the voices layer against the hand annotations.

    python benchmarks/quotes_eval.py --data /work/shared/data [--set dev|heldout2|tuning|heldout|dev2]

Prints precision and recall of quote spans (exact match, and at least 50% overlap: the shared
part is at least half of the longer span; one-to-one matching; gold quotes nested inside
another gold quote form one group, matched by a prediction of any of its members) and speaker accuracy: of the
gold quotes matched with 50% overlap, the share whose predicted speaker is the gold speaker
(same canonical name or surname, or an entity whose mentions include the gold speaker phrase).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402
from quotes_data import SETS, GoldQuote, load_set  # noqa: E402

from slant.document.analysis import Analysis, Quote  # noqa: E402
from slant.document.article import Article  # noqa: E402
from slant.pipeline.analyzer import empty_analysis  # noqa: E402
from slant.voices.component import analyse_voices  # noqa: E402


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared * 2 >= max(a_end - a_start, b_end - b_start)


def _norm(name: str) -> str:
    words = name.lower().replace("’s", "").replace("'s", "").split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _speaker_ok(gold: GoldQuote, pred: Quote, analysis: Analysis) -> bool:
    if pred.speaker is None:
        return gold.speaker == "unknown"  # the annotator found no speaker either
    entity = next(e for e in analysis.entities if e.id == pred.speaker)
    predicted, expected = _norm(entity.name), _norm(gold.speaker)
    if predicted == expected or predicted.split()[-1:] == expected.split()[-1:]:
        return True
    if gold.speaker_mention is not None:
        g0, g1 = gold.speaker_mention
        return any(m.start < g1 and g0 < m.end for m in entity.mentions)
    return False


def nested_groups(quotes: tuple[GoldQuote, ...]) -> list[list[GoldQuote]]:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    parser.add_argument("--show", action="store_true", help="print every miss")
    parser.add_argument("--set", default="dev", choices=sorted(SETS),
                        help="dev: the development articles (tuning, heldout, dev2, dev3; "
                             "default); heldout2: the 24 held-out articles (never tune on it)")
    args = parser.parse_args()
    articles = load_set(args.data, args.set)
    n_gold = n_pred = exact = overlap_gold = overlap_pred = speaker_right = partial = 0
    by_kind: dict[str, list[int]] = {}
    elapsed = 0.0
    for annotated in articles:
        article = Article.from_text(annotated.text, id=annotated.id)
        analysis = empty_analysis(article)
        started = time.perf_counter()
        analyse_voices(article, analysis)
        elapsed += time.perf_counter() - started
        predicted = list(analysis.quotes or [])
        groups = nested_groups(annotated.quotes)
        n_gold += len(groups)
        n_pred += len(predicted)
        exact += sum(any(p.start == g.start and p.end == g.end for p in predicted for g in group)
                     for group in groups)
        used: set[int] = set()
        for group in groups:
            candidates = [(i, g) for g in group for i, p in enumerate(predicted)
                          if i not in used and _overlaps(g.start, g.end, p.start, p.end)]
            # in a nested group, the member whose speaker the prediction names
            match, gold = next(((i, g) for i, g in candidates
                                if _speaker_ok(g, predicted[i], analysis)),
                               candidates[0] if candidates else (None, group[0]))
            counts = by_kind.setdefault(gold.kind, [0, 0, 0])
            counts[0] += 1
            if match is None:
                partial += any(min(g.end, p.end) > max(g.start, p.start)
                               for g in group for p in predicted)
                if args.show:
                    print(f"MISS {annotated.id} {gold.kind} {gold.start}-{gold.end}: "
                          f"{annotated.text[gold.start:gold.end][:80]!r}")
                continue
            used.add(match)
            counts[1] += 1
            overlap_gold += 1
            ok = _speaker_ok(gold, predicted[match], analysis)
            speaker_right += ok
            counts[2] += ok
            if args.show and not ok:
                who = next((e.name for e in analysis.entities
                            if e.id == predicted[match].speaker), None)
                print(f"SPEAKER {annotated.id} gold={gold.speaker!r} predicted={who!r}: "
                      f"{annotated.text[gold.start:gold.end][:60]!r}")
        overlap_pred += len(used)
        if args.show:
            for i, p in enumerate(predicted):
                if i not in used:
                    print(f"EXTRA {annotated.id} {p.kind} {p.start}-{p.end}: "
                          f"{annotated.text[p.start:p.end][:80]!r}")
    print(machine_line())
    print(f"set: {args.set}")
    print(f"articles: {len(articles)}, gold quotes: {n_gold}, predicted quotes: {n_pred}")
    print(f"exact spans:      P {exact / max(1, n_pred):.3f}  R {exact / max(1, n_gold):.3f}")
    print(f">=50% overlap:    P {overlap_pred / max(1, n_pred):.3f}  "
          f"R {overlap_gold / max(1, n_gold):.3f}")
    print(f"missed but overlapped by a prediction (boundaries differ): {partial} of "
          f"{n_gold - overlap_gold} missed")
    print(f"speaker accuracy: {speaker_right / max(1, overlap_gold):.3f} of matched quotes, "
          f"{speaker_right / max(1, n_gold):.3f} of all gold quotes")
    for kind, (total, found, right) in sorted(by_kind.items()):
        print(f"  {kind:8s} gold {total:3d}  recall(50%) {found / max(1, total):.3f}  "
              f"speaker {right / max(1, found):.3f}")
    print(f"voices layer: {1000 * elapsed / max(1, len(articles)):.2f} ms/article")


if __name__ == "__main__":
    main()
