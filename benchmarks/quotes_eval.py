"""Quote spans and speaker attribution of the voices layer against the hand annotations.

    python benchmarks/quotes_eval.py --data /work/shared/data [--set dev|heldout2|...] [--model shipped]

Prints precision and recall of quote spans (exact match, and at least 50% overlap: the shared
part is at least half of the longer span; one-to-one matching; gold quotes nested inside
another gold quote form one group, matched by a prediction of any of its members) and speaker accuracy: of the
gold quotes matched with 50% overlap, the share whose predicted speaker is the gold speaker
(same canonical name or surname, or an entity whose mentions include the gold speaker phrase).

Without ``--model`` the voices layer runs alone (the rules); with ``--model shipped`` (or a
model folder) the model runs first and its quote head proposes the indirect quotes the rules
miss, as in ``slant analyze``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402
from quotes_data import SETS, GoldQuote, load_set  # noqa: E402
from quotes_scoring import exact_matches, match_groups, nested_groups, same_name  # noqa: E402

from slant.document.analysis import Analysis, Quote  # noqa: E402
from slant.document.article import Article  # noqa: E402
from slant.pipeline.analyzer import empty_analysis  # noqa: E402
from slant.voices.component import analyse_voices  # noqa: E402


def _speaker_ok(gold: GoldQuote, pred: Quote, analysis: Analysis) -> bool:
    if pred.speaker is None:
        return gold.speaker == "unknown"  # the annotator found no speaker either
    entity = next(e for e in analysis.entities if e.id == pred.speaker)
    if same_name(entity.name, gold.speaker):
        return True
    if gold.speaker_mention is not None:
        g0, g1 = gold.speaker_mention
        return any(m.start < g1 and g0 < m.end for m in entity.mentions)
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    parser.add_argument("--show", action="store_true", help="print every miss")
    parser.add_argument("--context", type=int, default=0, metavar="N",
                        help="with --show, print the N characters before each missed span")
    parser.add_argument("--set", default="dev", choices=sorted(SETS),
                        help="dev: the development articles (tuning, heldout, dev2, dev3; "
                             "default); heldout2: the 24 held-out articles (never tune on it)")
    parser.add_argument("--model", help="run this model folder first ('shipped': the packaged "
                                            "model), so its quote head adds to the rules")
    args = parser.parse_args()
    articles = load_set(args.data, args.set)
    model = None
    if args.model:
        from slant.models import find_model_dir
        from slant.pipeline.model import ModelComponent

        model = ModelComponent.from_dir(find_model_dir() if args.model == "shipped" else args.model)
    n_gold = n_pred = exact = overlap_gold = overlap_pred = speaker_right = partial = 0
    by_kind: dict[str, list[int]] = {}
    elapsed = 0.0
    for annotated in articles:
        article = Article.from_text(annotated.text, id=annotated.id)
        analysis = empty_analysis(article)
        if model is not None:
            model.process([(article, analysis)])
        started = time.perf_counter()
        analyse_voices(article, analysis)
        elapsed += time.perf_counter() - started
        predicted = list(analysis.quotes or [])
        spans = [(p.start, p.end) for p in predicted]
        groups = nested_groups(annotated.quotes)
        n_gold += len(groups)
        n_pred += len(predicted)
        exact += exact_matches(groups, spans)
        matches = match_groups(groups, spans, lambda g, i, predicted=predicted, analysis=analysis:
                               _speaker_ok(g, predicted[i], analysis))
        for group, (gold, match) in zip(groups, matches, strict=True):
            counts = by_kind.setdefault(gold.kind, [0, 0, 0])
            counts[0] += 1
            if match is None:
                partial += any(min(g.end, p.end) > max(g.start, p.start)
                               for g in group for p in predicted)
                if args.show:
                    before = annotated.text[max(0, gold.start - args.context):gold.start]
                    print(f"MISS {annotated.id} {gold.kind} {gold.start}-{gold.end}: "
                          + (f"{before!r} >> " if args.context else "")
                          + f"{annotated.text[gold.start:gold.end][:80]!r}")
                continue
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
        used = {match for _, match in matches if match is not None}
        overlap_pred += len(used)
        if args.show:
            for i, p in enumerate(predicted):
                if i not in used:
                    print(f"EXTRA {annotated.id} {p.kind} {p.start}-{p.end}: "
                          f"{annotated.text[p.start:p.end][:80]!r}")
    print(machine_line())
    print(f"set: {args.set}, model: {model.version if model else 'none (rules alone)'}")
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
