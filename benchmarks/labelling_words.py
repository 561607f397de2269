"""What the list of labelling words (``slant/taxonomy/data/labelling-words.txt``) adds.

    python benchmarks/labelling_words.py --data /work/shared/data [--words]

Prints span identification (SI) on the 75 PTC dev articles with and without the list, how
many spans the list adds and which techniques they get. ``--words`` also prints, for every
entry of the list and every entry considered and left out (``LEFT_OUT``), how often it occurs
in the PTC *training* articles and the share of those uses inside a gold technique span: the
figures the list was chosen by (dev articles are never used to choose words).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402

#: Entries considered and left out: under 40% of their training uses are in a gold span,
#: or they are too often literal (a profession, an animal, a party name).
LEFT_OUT = (
    "criminal* regime regimes terrorist* agent* establishment communist* radical* neocon* "
    "killer* animal* elite elites islamist* collaborator* authoritarian* bureaucrat* socialist* "
    "fascism globalist* marxist* savage* cabal apologist* rats rat apostate* globalism "
    "propagandist* rino* mole* spy spies bigot* shill* pariah* oligarch* villain* outcast* "
    "crusader* clique hawks barbarian* occupier* mobs snake* dog thief thieves"
).split()


def word_figures(data: Path) -> None:
    from slant.formats import semeval2020
    from slant.pipeline.labelling_words import WORD, matched_entry, parse_entries, shipped_entries

    listed = shipped_entries()
    considered = parse_entries(listed + LEFT_OUT)
    gold: dict[str, list[tuple[int, int]]] = {}
    for label in semeval2020.read_tc_labels(data / "ptc" / "train-task-flc-tc.labels"):
        gold.setdefault(label.article_id, []).append((label.start, label.end))
    uses: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for path in sorted((data / "ptc" / "train-articles").glob("article*.txt")):
        spans = gold.get(path.stem.removeprefix("article"), [])
        for match in WORD.finditer(path.read_text(encoding="utf-8")):
            entry = matched_entry(match.group(), considered)
            if entry is None:
                continue
            uses[entry] += 1
            start, end = match.span()
            inside[entry] += any(a < end and start < b for a, b in spans)
    print("\nPTC training articles: uses, share inside a gold span")
    for entry, count in uses.most_common():
        status = "listed" if entry in listed else "left out"
        print(f"  {entry:24s} {count:4d}  {inside[entry] / count:.2f}  {status}")


def si_score(data: Path, with_words: bool) -> tuple[float, float, float, Counter[str]]:
    import slant
    from slant.cli.predict import model_component, si_labels
    from slant.formats import semeval2020
    from slant.scoring.spans import group_spans, score_si

    analyzer = slant.load(quotes=False)
    model_component(analyzer).labelling_words = with_words
    predicted = []
    added: Counter[str] = Counter()
    for analysis in analyzer.analyze_many(semeval2020.iter_articles_folder(
            data / "ptc" / "dev-articles")):
        predicted.extend(si_labels(analysis))
        added.update(s.technique for s in analysis.spans or [] if s.source == "lexicon")
    gold = semeval2020.read_si_labels(data / "ptc" / "dev-task-si.labels")
    score = score_si(group_spans((g.article_id, g.start, g.end) for g in gold),
                     group_spans((p.article_id, p.start, p.end) for p in predicted))
    figures = score.figures
    return figures["precision"], figures["recall"], figures["f1"], added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--words", action="store_true", help="print the per-word training figures")
    args = parser.parse_args()
    print(machine_line())
    for with_words in (False, True):
        precision, recall, f1, added = si_score(args.data, with_words)
        name = "with the list" if with_words else "model only   "
        print(f"SI on PTC dev, {name}: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
        if with_words:
            print(f"  spans added by the list: {sum(added.values())} {dict(added)}")
    if args.words:
        word_figures(args.data)


if __name__ == "__main__":
    main()
