"""Load the English training corpora from a ``../shared/data``-style folder.

One :class:`TrainingArticle` per PTC article, joined with its SemEval-2023 annotations (the
2023 English train set is the PTC train + dev articles with identical character offsets; its
article files keep one paragraph per line, which the paragraph labels refer to).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from slant.errors import InputError

TYPO_LABELS = {"Appeal_to_Fear-Prejudi-čce": "Appeal_to_Fear-Prejudice"}


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


@dataclass
class HyperpartisanArticle:
    id: str
    title: str
    html: str
    label: bool


def _read_lines(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip()]


def load_english(data_dir: str | Path) -> list[TrainingArticle]:
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
            text = source.read_text(encoding="utf-8")
            articles[article_id] = TrainingArticle(article_id, text, split)
        for row in _read_lines(ptc / f"{split}-task-flc-tc.labels"):
            articles[row[0]].ptc_spans.append((int(row[2]), int(row[3]), row[1]))
    span_dir = en / "train-labels-subtask-3-spans"
    for article in articles.values():
        span_file = span_dir / f"article{article.id}-labels-subtask-3.txt"
        if span_file.is_file():
            for row in _read_lines(span_file):
                label = TYPO_LABELS.get(row[1], row[1])
                article.spans_2023.append((int(row[2]), int(row[3]), label))
    labels3 = en / "train-labels-subtask-3.txt"
    if labels3.is_file():
        for row in _read_lines(labels3):
            if row[0] in articles:
                names = [TYPO_LABELS.get(x, x) for x in (row[2].split(",") if len(row) > 2 else []) if x]
                articles[row[0]].paragraph_labels[int(row[1])] = names
    for row in _read_lines(en / "train-labels-subtask-1.txt"):
        if row[0] in articles:
            articles[row[0]].genre = row[1]
    for row in _read_lines(en / "train-labels-subtask-2.txt"):
        if row[0] in articles:
            articles[row[0]].frames = [x for x in (row[1].split(",") if len(row) > 1 else []) if x]
    return list(articles.values())


def load_hyperpartisan(data_dir: str | Path) -> list[HyperpartisanArticle]:
    """The by-article training set: (id, title, body markup, label)."""
    import xml.etree.ElementTree as ET

    folder = Path(data_dir) / "hyperpartisan"
    truth_files = sorted(folder.glob("ground-truth-training-byarticle-*.xml"))
    article_files = sorted(folder.glob("articles-training-byarticle-*.xml"))
    if not truth_files or not article_files:
        return []
    labels = {
        element.get("id"): element.get("hyperpartisan") == "true"
        for element in ET.parse(truth_files[0]).getroot()
    }
    out = []
    for _, element in ET.iterparse(article_files[0], events=("end",)):
        if element.tag != "article":
            continue
        inner = "".join(ET.tostring(child, encoding="unicode") for child in element)
        body = (element.text or "") + inner
        article_id = element.get("id")
        out.append(HyperpartisanArticle(article_id, element.get("title") or "", body,
                                        labels[article_id]))
        element.clear()
    return out
