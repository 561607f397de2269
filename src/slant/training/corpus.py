"""Load the English training corpora from a ``../shared/data``-style folder.

One :class:`TrainingArticle` per PTC article, joined with its SemEval-2023 annotations (the
2023 English train set is the PTC train + dev articles with identical character offsets; its
article files keep one paragraph per line, which the paragraph labels refer to).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from slant.document.article import Article
from slant.errors import InputError
from slant.taxonomy import normalize_2023_label


@dataclass
class TrainingArticle:
    id: str
    text: str
    split: str  # "train" or "dev" (the 75 PTC dev articles)
    ptc_spans: list[tuple[int, int, str]] = field(default_factory=list)
    spans_2023: list[tuple[int, int, str]] = field(default_factory=list)
    paragraph_labels: dict[int, list[str]] = field(default_factory=dict)  # line -> labels
    genre: str | None = None
    frames: list[str] | None = None
    #: hand-annotated quotes (start, end, kind); None when the article was not annotated
    quotes: list[tuple[int, int, str]] | None = None


def load_english(data_dir: str | Path) -> list[TrainingArticle]:
    from slant.formats import semeval2020, semeval2023

    data = Path(data_dir)
    ptc, en = data / "ptc", data / "semeval2023" / "en"
    if not (ptc / "train-articles").is_dir():
        raise InputError(f"{data}: not a data folder (no ptc/train-articles inside)")
    articles: dict[str, TrainingArticle] = {}
    for split in ("train", "dev"):
        for path in sorted((ptc / f"{split}-articles").glob("article*.txt")):
            article_id = path.stem[len("article"):]
            paragraph_file = en / "train-articles-subtask-3" / path.name
            source = paragraph_file if paragraph_file.is_file() else path
            articles[article_id] = TrainingArticle(
                article_id, source.read_text(encoding="utf-8"), split
            )
        for label in semeval2020.read_tc_labels(ptc / f"{split}-task-flc-tc.labels"):
            articles[label.article_id].ptc_spans.append((label.start, label.end, label.technique))
    for span_file in sorted((en / "train-labels-subtask-3-spans").glob("*.txt")):
        for span in semeval2023.read_span_labels(span_file, known=None):
            if span.article_id in articles:
                articles[span.article_id].spans_2023.append(
                    (span.start, span.end, normalize_2023_label(span.technique))
                )
    for label in semeval2023.read_paragraph_labels(en / "train-labels-subtask-3.txt", known=None):
        if label.article_id in articles:
            articles[label.article_id].paragraph_labels[label.line] = [
                normalize_2023_label(t) for t in label.techniques
            ]
    for genre in semeval2023.read_genre_labels(en / "train-labels-subtask-1.txt"):
        if genre.article_id in articles:
            articles[genre.article_id].genre = genre.genre
    for frames in semeval2023.read_frame_labels(en / "train-labels-subtask-2.txt"):
        if frames.article_id in articles:
            articles[frames.article_id].frames = list(frames.frames)
    return list(articles.values())


def load_hyperpartisan(data_dir: str | Path) -> list[tuple[Article, bool]]:
    """The by-article training set as (article, hyperpartisan) pairs, read like
    ``slant predict hyperpartisan`` reads its input."""
    from slant.formats import hyperpartisan2019

    folder = Path(data_dir) / "hyperpartisan"
    truth_files = sorted(folder.glob("ground-truth-training-byarticle-*.xml"))
    article_files = sorted(folder.glob("articles-training-byarticle-*.xml"))
    if not truth_files or not article_files:
        return []
    labels = {t.article_id: t.hyperpartisan for t in hyperpartisan2019.read_ground_truth(truth_files[0])}
    return [(a, labels[a.id]) for a in hyperpartisan2019.read_articles_xml(article_files[0])]
