"""Quote annotations as training targets for the quote head: one BIO tag per token.

The annotation files are JSON lines of ``article_id``, ``start``, ``end`` (code-point offsets
into the PTC article) and ``kind`` (direct|indirect), as ``benchmarks/quotes_training_set.py``
writes them from the development annotations. Articles without a row in the file have no quote
targets: the head learns nothing from them (their tags are ignored, not "outside").
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from slant.errors import InputError
from slant.pipeline.labels import QUOTE_TAGS

#: Tag of tokens the quote loss ignores.
IGNORED = -100
_BEGIN = {"direct": QUOTE_TAGS.index("B-direct"), "indirect": QUOTE_TAGS.index("B-indirect")}


def read_quote_annotations(path: str | Path) -> dict[str, list[tuple[int, int, str]]]:
    """article id -> [(start, end, kind)]; an article listed with ``"kind": null`` has no quote."""
    by_article: dict[str, list[tuple[int, int, str]]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"{path}: cannot read quote annotations ({error.strerror})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            kind = row["kind"]  # null: an annotated article without quotes
            quotes = by_article.setdefault(str(row["article_id"]), [])
            if kind is not None:
                if kind not in _BEGIN or not 0 <= row["start"] < row["end"]:
                    raise ValueError(row)
                quotes.append((int(row["start"]), int(row["end"]), kind))
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{path}:{number}: not a quote annotation row") from None
    return by_article


def quote_tags(offsets: np.ndarray, quotes: list[tuple[int, int, str]]) -> np.ndarray:
    """BIO tag per token (character ``offsets`` [T, 2]); a token belongs to a quote when its
    middle lies inside; of nested quotes the outer one wins."""
    tags = np.zeros(len(offsets), dtype=np.int64)
    middles = (offsets[:, 0] + offsets[:, 1]) / 2.0
    for start, end, kind in sorted(quotes, key=lambda q: (q[0], -q[1])):
        inside = np.nonzero((middles >= start) & (middles < end) & (tags == 0))[0]
        if len(inside):
            tags[inside] = _BEGIN[kind] + 1
            tags[inside[0]] = _BEGIN[kind]
    return tags
