"""Score a packaged model on the English dev split, and choose its decision thresholds."""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from slant.document.article import Article
from slant.pipeline.encoder import EncodedText
from slant.pipeline.model import ModelComponent
from slant.scoring.labels import score_multi_label
from slant.scoring.report import Score
from slant.scoring.spans import score_si
from slant.scoring.techniques import score_tc
from slant.training.corpus import TrainingArticle


class DevSet:
    """Dev articles encoded once; every figure is computed from the cached encoder output."""

    def __init__(self, model: ModelComponent, articles: list[TrainingArticle]) -> None:
        self.model = model
        self.articles = articles
        self.documents = [Article.from_text(a.text, id=a.id) for a in articles]
        self.encoded: list[EncodedText] = model.encode([a.text for a in articles])
        self._paragraph_probs = [
            model.paragraph_probabilities(doc, enc)
            for doc, enc in zip(self.documents, self.encoded, strict=True)
        ]

    def si(self, threshold: float, gap: int) -> Score:
        gold = {a.id: [(s, e) for s, e, _ in a.ptc_spans] for a in self.articles}
        predicted = {
            a.id: [
                (s, e) for s, e, *_ in self.model.candidate_spans(
                    enc, [s.start for s in doc.sentences], threshold, gap
                )
            ]
            for a, doc, enc in zip(self.articles, self.documents, self.encoded, strict=True)
        }
        return score_si(gold, predicted)

    def tc(self) -> Score:
        gold, predicted = [], []
        for article, encoded in zip(self.articles, self.encoded, strict=True):
            fragments: dict[tuple[int, int], int] = defaultdict(int)
            for start, end, label in article.ptc_spans:
                fragments[(start, end)] += 1
                gold.append((article.id, start, end, label))
            spans = list(fragments)
            probs = self.model.span_probabilities(article.text, encoded, spans)
            for (start, end), row in zip(spans, probs, strict=True):
                for index in np.argsort(-row)[: fragments[(start, end)]]:
                    predicted.append((article.id, start, end, self.model.ptc_labels[int(index)]))
        return score_tc(gold, predicted, self.model.ptc_labels)

    def st3(self, thresholds: dict[str, float]) -> Score:
        labels = self.model.paragraph_labels
        gold, predicted = {}, {}
        for article, document, probs in zip(self.articles, self.documents, self._paragraph_probs,
                                            strict=True):
            for paragraph, row in zip(document.paragraphs, probs, strict=True):
                if paragraph.line not in article.paragraph_labels:
                    continue
                key = (article.id, paragraph.line)
                gold[key] = article.paragraph_labels[paragraph.line]
                predicted[key] = [
                    label for label, p in zip(labels, row, strict=True)
                    if p >= thresholds.get(label, thresholds.get("*", 0.5))
                ]
        return score_multi_label(gold, predicted, labels, task="st3", what="paragraphs")

    def tune_si(self) -> tuple[float, int, Score]:
        best = None
        for gap in (0, 1, 2, 4):
            for threshold in np.arange(0.2, 0.71, 0.05):
                score = self.si(float(threshold), gap)
                if best is None or score.value > best[2].value:
                    best = (round(float(threshold), 2), gap, score)
        return best

    def tune_st3(self) -> tuple[dict[str, float], Score]:
        best = None
        for threshold in np.arange(0.1, 0.71, 0.05):
            cut = {"*": round(float(threshold), 2)}
            score = self.st3(cut)
            if best is None or score.value > best[1].value:
                best = (cut, score)
        return best
