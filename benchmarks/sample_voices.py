"""Quotes, speakers and the voice and target of chosen label spans in one article.

    python benchmarks/sample_voices.py --article /work/shared/samples/nato-warmongers.txt \
        --label warmongers --label fascist

Runs the voices layer alone (no model) on the article, prints every quote with its speaker,
then marks each ``--label`` fragment (its first occurrence) as a Name_Calling,Labeling span, as
the model would, and prints the voice and target the layer gives it. This checks the voices
layer on a label the model may not find.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from slant.document.analysis import TechniqueSpan
from slant.document.article import Article
from slant.pipeline.analyzer import empty_analysis
from slant.voices.component import VoicesComponent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", required=True, help="a text file: title, blank line, body")
    parser.add_argument("--label", action="append", default=[], help="a fragment to mark")
    args = parser.parse_args()
    text = Path(args.article).read_text(encoding="utf-8")
    article = Article.from_text(text, id=Path(args.article).stem)
    analysis = empty_analysis(article)
    spans = []
    for fragment in args.label:
        start = text.find(fragment)
        if start < 0:
            raise SystemExit(f"error: {fragment!r} is not in the article")
        spans.append(TechniqueSpan(start=start, end=start + len(fragment),
                                   technique="Name_Calling,Labeling", score=1.0))
    analysis.spans = spans
    VoicesComponent().process([(article, analysis)])
    names = {entity.id: entity.name for entity in analysis.entities or []}
    for quote in analysis.quotes or []:
        print(f"{quote.kind:8s} {names.get(quote.speaker or '', '-'):28s} "
              f"{text[quote.start:quote.end][:70]!r}")
    for span in analysis.spans:
        voice = names.get(span.voice or "", span.voice)
        print(f"label {text[span.start:span.end]!r}: voice {voice}, target {span.target_text!r}")


if __name__ == "__main__":
    main()
