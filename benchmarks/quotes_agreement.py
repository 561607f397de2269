"""Agreement between two annotators of quotes, scored like the voices layer.

    python benchmarks/quotes_agreement.py --data /work/shared/data [--set heldout2|heldout8]

Two sets of articles were annotated twice, independently, by readers following
``benchmarks/data/ANNOTATING.md``:

- ``heldout2``: eight short ``heldout2`` articles, ``quotes-annotations-heldout2-part2.jsonl``
  (annotator A) and ``quotes-agreement-heldout2.jsonl`` (annotator B);
- ``heldout8`` (tenth session): the ten long ``heldout8`` articles, the ``heldout8`` files
  (annotator A) and ``quotes-agreement-heldout8-*.jsonl`` (annotator B, two readers).

This script treats A as gold and B as the
prediction and prints the same figures as ``quotes_eval.py``: span precision and recall (exact,
and at least 50% overlap, nested gold quotes grouped) and speaker agreement on matched quotes
(same canonical name or surname, or the same speaker phrase). It shows how far two careful
human readers agree, which bounds what the layer can be expected to reach. The layer's own
figures against annotator A: ``quotes_eval.py --set heldout2-part2`` and ``--set heldout8``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402
from quotes_data import (  # noqa: E402
    AGREEMENT_ARTICLES,
    DATA,
    AnnotatedArticle,
    GoldQuote,
    load,
    load_set,
)
from quotes_scoring import exact_matches, match_groups, nested_groups, same_name  # noqa: E402

ANNOTATOR_A = DATA / "quotes-annotations-heldout2-part2.jsonl"
ANNOTATOR_B = DATA / "quotes-agreement-heldout2.jsonl"
ARTICLES = AGREEMENT_ARTICLES
HELDOUT8_B = tuple(sorted(DATA.glob("quotes-agreement-heldout8-*.jsonl")))


def annotations(data_dir: str, name: str) -> tuple[list[AnnotatedArticle], list[AnnotatedArticle]]:
    """Annotator A's and annotator B's articles of agreement set ``name``."""
    if name == "heldout2":
        return load(data_dir, ANNOTATOR_A, ARTICLES), load(data_dir, ANNOTATOR_B, ARTICLES)
    first = load_set(data_dir, "heldout8")
    return first, load(data_dir, HELDOUT8_B, [a.id for a in first])


def same_speaker(a: GoldQuote, b: GoldQuote) -> bool:
    if same_name(a.speaker, b.speaker):
        return True
    if a.speaker_mention and b.speaker_mention:
        (a0, a1), (b0, b1) = a.speaker_mention, b.speaker_mention
        return a0 < b1 and b0 < a1
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    parser.add_argument("--set", default="heldout2", choices=("heldout2", "heldout8"),
                        help="which twice-annotated articles")
    args = parser.parse_args()
    first, second = annotations(args.data, args.set)
    gold = {a.id: a for a in first}
    other = {a.id: a for a in second}
    n_gold = n_pred = exact = matched = speakers = 0
    for article_id, annotated in sorted(gold.items()):
        predicted = list(other[article_id].quotes)
        spans = [(p.start, p.end) for p in predicted]
        groups = nested_groups(annotated.quotes)
        n_gold += len(groups)
        n_pred += len(predicted)
        exact += exact_matches(groups, spans)
        for g, i in match_groups(groups, spans,
                                 lambda g, i, predicted=predicted: same_speaker(g, predicted[i])):
            if i is not None:
                matched += 1
                speakers += same_speaker(g, predicted[i])
    print(machine_line())
    print(f"set: {args.set}, articles: {len(gold)}, annotator A quotes: {n_gold} (nested grouped), "
          f"annotator B quotes: {n_pred}")
    print(f"exact spans:      P {exact / max(1, n_pred):.3f}  R {exact / max(1, n_gold):.3f}")
    print(f">=50% overlap:    P {matched / max(1, n_pred):.3f}  R {matched / max(1, n_gold):.3f}")
    print(f"speaker agreement: {speakers / max(1, matched):.3f} of matched quotes")


if __name__ == "__main__":
    main()
