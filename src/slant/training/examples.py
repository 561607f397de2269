"""Turn training articles into encoder windows with their targets."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from slant.document.segment import line_ranges
from slant.pipeline.features import normalised_lower, span_extra_features
from slant.pipeline.labels import PTC_LABELS, TOKEN_CHANNELS
from slant.pipeline.windows import (
    WINDOW_TOKENS,
    TokenizedText,
    tokens_in_range,
    window_starts,
)
from slant.training.corpus import TrainingArticle
from slant.training.quote_targets import quote_tags

TRAIN_OVERLAP = 64


@dataclass
class Window:
    ids: np.ndarray  # content token ids (no [CLS]/[SEP])
    token_targets: np.ndarray  # float32 [n, channels]
    spans: list[tuple[int, int, np.ndarray, np.ndarray]]  # start, end (window tokens), target, extra
    paragraphs: list[tuple[int, int, np.ndarray]]  # start, end, multi-hot target
    quote_tags: np.ndarray | None = None  # int64 [n] BIO tags; None: article not annotated


def _assign(start: int, end: int, starts: list[int], content: int) -> int | None:
    """The window that holds [start, end) whole and most centrally."""
    best, best_margin = None, -1
    for index, window_start in enumerate(starts):
        window_end = window_start + content
        if start >= window_start and end <= window_end:
            margin = min(start - window_start, window_end - end)
            if margin > best_margin:
                best, best_margin = index, margin
    return best


def article_windows(article: TrainingArticle, tokens: TokenizedText,
                    paragraph_labels: tuple[str, ...]) -> list[Window]:
    content = WINDOW_TOKENS - 2
    starts = window_starts(len(tokens), content, TRAIN_OVERLAP)
    channel = {name: i for i, name in enumerate(TOKEN_CHANNELS)}
    targets = np.zeros((len(tokens), len(TOKEN_CHANNELS)), dtype=np.float32)
    for start, end, _ in article.ptc_spans:
        a, b = tokens_in_range(tokens.offsets, start, end)
        targets[a:b, 0] = 1.0
    for start, end, label in article.spans_2023:
        if label in channel:
            a, b = tokens_in_range(tokens.offsets, start, end)
            targets[a:b, channel[label]] = 1.0
    tags = None if article.quotes is None else quote_tags(tokens.offsets, article.quotes)
    windows = [
        Window(tokens.ids[s : s + content], targets[s : s + content], [], [],
               None if tags is None else tags[s : s + content])
        for s in starts
    ]
    lower = normalised_lower(article.text)
    grouped: dict[tuple[int, int], set[str]] = {}
    for start, end, label in article.ptc_spans:
        grouped.setdefault((start, end), set()).add(label)
    ptc_index = {name: i for i, name in enumerate(PTC_LABELS)}
    for (start, end), labels in grouped.items():
        a, b = tokens_in_range(tokens.offsets, start, end)
        if b <= a:
            continue
        which = _assign(a, b, starts, content)
        if which is None:
            continue
        target = np.zeros(len(PTC_LABELS), dtype=np.float32)
        for label in labels:
            target[ptc_index[label]] = 1.0
        extra = span_extra_features(lower, article.text[start:end])
        windows[which].spans.append((a - starts[which], b - starts[which], target, extra))
    par_index = {name: i for i, name in enumerate(paragraph_labels)}
    for start, end, line in line_ranges(article.text):
        if line not in article.paragraph_labels:
            continue
        a, b = tokens_in_range(tokens.offsets, start, end)
        which = _assign(a, b, starts, content) if b > a else None
        if which is None:
            continue
        target = np.zeros(len(paragraph_labels), dtype=np.float32)
        for label in article.paragraph_labels[line]:
            if label in par_index:
                target[par_index[label]] = 1.0
        windows[which].paragraphs.append((a - starts[which], b - starts[which], target))
    return windows
