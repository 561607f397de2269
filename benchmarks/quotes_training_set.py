"""Write the development quote annotations as training targets for ``slant train --quotes``.

    python benchmarks/quotes_training_set.py --set dev173 --out quotes-dev.jsonl

(``dev173``: the 173 development articles model 0.2.0 was trained on; ``dev``: every
development article, for the next release.)

One JSON line per quote (``article_id``, ``start``, ``end``, ``kind``) of the ``dev`` set, and
one ``"kind": null`` line per annotated article that holds no quote, so the quote head learns
from it too. The held-out sets are never written: their figures stay measurements of text the
model has not seen.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from quotes_data import SETS, load_set  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    parser.add_argument("--set", default="dev", choices=sorted(s for s in SETS if "heldout" not in s))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = []
    articles = load_set(args.data, args.set)
    for article in articles:
        if not article.quotes:
            rows.append({"article_id": article.id, "kind": None})
        for quote in article.quotes:
            rows.append({"article_id": article.id, "start": quote.start, "end": quote.end,
                         "kind": quote.kind})
    args.out.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(articles)} articles, {sum(len(a.quotes) for a in articles)} quotes -> {args.out}")


if __name__ == "__main__":
    main()
