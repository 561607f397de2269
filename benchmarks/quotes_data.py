"""Loader for the hand annotations of quotes and speakers (offsets and ids only).

``benchmarks/data/quotes-annotations.jsonl`` holds, per quote: ``article_id``, ``start``,
``end`` (code-point offsets into the PTC training article), ``kind`` (direct|indirect),
``speaker`` (canonical name) and ``speaker_mention`` ([start, end] of the phrase that names
the speaker next to the quote: a name, pronoun or description; absent when the quote carries
on a previous quote's voice). The article text is never stored here: :func:`load` joins the
annotations with the corpus under ``--data``.

Two sets: ``quotes-annotations.jsonl`` (30 articles, the *tuning* set: the rules were developed
looking at its misses) and ``quotes-annotations-heldout.jsonl`` (15 other training articles,
rows marked ``"split": "heldout"``, annotated before the layer was run on them and never used
to tune it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ANNOTATIONS = Path(__file__).parent / "data" / "quotes-annotations.jsonl"
HELDOUT = Path(__file__).parent / "data" / "quotes-annotations-heldout.jsonl"
SETS = {"tuning": (ANNOTATIONS,), "heldout": (HELDOUT,), "all": (ANNOTATIONS, HELDOUT)}


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str
    speaker_mention: tuple[int, int] | None


@dataclass(frozen=True)
class AnnotatedArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


def load(data_dir: str | Path, annotations: Path | tuple[Path, ...] = ANNOTATIONS
         ) -> list[AnnotatedArticle]:
    files = (annotations,) if isinstance(annotations, Path) else annotations
    lines = [line for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    by_article: dict[str, list[GoldQuote]] = {}
    for line in lines:
        if not line.strip():
            continue
        row = json.loads(line)
        mention = row.get("speaker_mention")
        by_article.setdefault(row["article_id"], []).append(GoldQuote(
            row["start"], row["end"], row["kind"], row["speaker"],
            tuple(mention) if mention else None))
    articles_dir = Path(data_dir) / "ptc" / "train-articles"
    out = []
    for article_id, quotes in sorted(by_article.items()):
        path = articles_dir / f"article{article_id}.txt"
        if not path.exists():
            raise SystemExit(f"error: {path} not found (is --data the shared data folder?)")
        text = path.read_text(encoding="utf-8")
        out.append(AnnotatedArticle(article_id, text, tuple(sorted(quotes, key=lambda q: q.start))))
    return out
