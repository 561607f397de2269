"""Build a tiny corpus in the shared-data layout, from invented sentences, for training tests;
``quotes.jsonl`` beside it annotates the reported speech in them for the quote head."""

from __future__ import annotations

import json
from pathlib import Path

LOADED = [
    "The corrupt elite keeps stealing from hard-working families.",
    "These traitors have betrayed the nation again and again.",
    "A disgraceful, shameful betrayal by reckless politicians!",
]
NEUTRAL = [
    "The council met on Tuesday to discuss the budget for next year.",
    "Officials said the bridge repairs would take about six weeks.",
    "The report lists rainfall figures for the past three months.",
]


def _article(index: int, loaded: bool) -> tuple[str, list[tuple[int, int, str, str]]]:
    title = f"Story number {index}"
    lines = [title, ""]
    spans = []
    sentences = (LOADED if loaded else NEUTRAL) + NEUTRAL[: 1 + index % 2]
    text = title + "\n\n"
    for sentence in sentences:
        if sentence in LOADED:
            word = sentence.split()[1]
            start = len(text) + sentence.index(word)
            spans.append((start, start + len(word), "Loaded_Language", "Loaded_Language"))
            if "traitors" in sentence:
                start = len(text) + sentence.index("traitors")
                spans.append((start, start + 8, "Name_Calling,Labeling", "Name_Calling-Labeling"))
        text += sentence + "\n\n"
        lines.append(sentence)
    return text, spans


def write_corpus(root: Path, n_train: int = 6, n_dev: int = 2) -> Path:
    ptc, en, hyper = root / "ptc", root / "semeval2023" / "en", root / "hyperpartisan"
    for folder in (ptc / "train-articles", ptc / "dev-articles", en / "train-labels-subtask-3-spans",
                   hyper):
        folder.mkdir(parents=True, exist_ok=True)
    genre_lines, frame_lines, paragraph_lines, quote_lines = [], [], [], []
    for split, count, base in (("train", n_train, 1000), ("dev", n_dev, 2000)):
        tc_lines = []
        for i in range(count):
            article_id = str(base + i)
            text, spans = _article(i, loaded=i % 2 == 0)
            (ptc / f"{split}-articles" / f"article{article_id}.txt").write_text(text, encoding="utf-8")
            reported = "the bridge repairs would take about six weeks"
            if reported in text:
                start = text.index(reported)
                quote_lines.append(json.dumps({"article_id": article_id, "start": start,
                                               "end": start + len(reported), "kind": "indirect"}))
            tc_lines += [f"{article_id}\t{ptc_label}\t{s}\t{e}" for s, e, ptc_label, _ in spans]
            span_file = en / "train-labels-subtask-3-spans" / f"article{article_id}-labels-subtask-3.txt"
            span_file.write_text(
                "".join(f"{article_id}\t{label}\t{s}\t{e}\n" for s, e, _, label in spans),
                encoding="utf-8",
            )
            for number, line in enumerate(text.split("\n"), start=1):
                if line.strip():
                    labels = sorted({lab for s, e, _, lab in spans if text[s:e] in line})
                    paragraph_lines.append(f"{article_id}\t{number}\t{','.join(labels)}")
            genre_lines.append(f"{article_id}\t{'opinion' if i % 2 == 0 else 'reporting'}")
            frame_lines.append(f"{article_id}\t{'Morality' if i % 2 == 0 else 'Economic'}")
        (ptc / f"{split}-task-flc-tc.labels").write_text("\n".join(tc_lines) + "\n", encoding="utf-8")
    (root / "quotes.jsonl").write_text("\n".join(quote_lines) + "\n", encoding="utf-8")
    (en / "train-labels-subtask-1.txt").write_text("\n".join(genre_lines) + "\n", encoding="utf-8")
    (en / "train-labels-subtask-2.txt").write_text("\n".join(frame_lines) + "\n", encoding="utf-8")
    (en / "train-labels-subtask-3.txt").write_text("\n".join(paragraph_lines) + "\n", encoding="utf-8")
    articles, truth = [], []
    for i in range(10):
        body = "".join(f"<p>{s}</p>" for s in (LOADED if i % 2 == 0 else NEUTRAL))
        articles.append(f'<article id="{i:07d}" title="Piece {i}">{body}</article>')
        truth.append(f'<article hyperpartisan="{"true" if i % 2 == 0 else "false"}" id="{i:07d}" '
                     'labeled-by="article"/>')
    (hyper / "articles-training-byarticle-20181122.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><articles>' + "\n".join(articles) + "</articles>\n",
        encoding="utf-8")
    (hyper / "ground-truth-training-byarticle-20181122.xml").write_text(
        '<?xml version="1.0" ?>\n<articles>\n' + "\n".join(truth) + "\n</articles>\n",
        encoding="utf-8")
    return root
