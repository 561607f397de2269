"""Token probabilities → character spans."""

from __future__ import annotations

import numpy as np

from slant.pipeline.windows import TokenizedText


def token_runs(probs: np.ndarray, threshold: float, max_gap: int = 0) -> list[tuple[int, int]]:
    """Half-open token ranges where ``probs >= threshold``, bridging gaps of ``max_gap`` tokens."""
    above = np.flatnonzero(probs >= threshold)
    if len(above) == 0:
        return []
    runs = []
    start = prev = int(above[0])
    for index in above[1:]:
        index = int(index)
        if index - prev > max_gap + 1:
            runs.append((start, prev + 1))
            start = index
        prev = index
    runs.append((start, prev + 1))
    return runs


def widen_to_words(tokens: TokenizedText, start: int, end: int) -> tuple[int, int]:
    """Grow a token range so that it starts and ends on whole words."""
    words = tokens.word_ids
    while start > 0 and words[start] >= 0 and words[start - 1] == words[start]:
        start -= 1
    while end < len(words) and words[end - 1] >= 0 and words[end] == words[end - 1]:
        end += 1
    return start, end


def char_range(tokens: TokenizedText, start: int, end: int) -> tuple[int, int]:
    return int(tokens.offsets[start, 0]), int(tokens.offsets[end - 1, 1])


def whole_hyphenated(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a character range over hyphen-joined words ("trumped" → "trumped-up")."""
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        end += 1
        while end < len(text) and text[end].isalnum():
            end += 1
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    return start, end


#: Words that never make a technique span on their own.
FUNCTION_WORDS = frozenset(
    "a an the and or but of in on at to for from by with as is are was were be been it its this "
    "that these those he she they we you i his her their our your my them us him me not no so "
    "if then than too very just also".split()
)


def is_content(text: str) -> bool:
    """True when ``text`` holds a word that can carry a technique by itself."""
    words = [w.strip(".,;:!?\"'“”‘’()[]-").lower() for w in text.split()]
    return any(len(w) >= 2 and w not in FUNCTION_WORDS for w in words)


#: Fewest tokens a tagged quote must have to be proposed.
MIN_QUOTE_TOKENS = 4


def tagged_quotes(tokens: TokenizedText, quote_probs: np.ndarray,
                  min_confidence: float) -> list[tuple[int, int, str, float]]:
    """(start, end, kind, confidence) of the quotes the quote head tags: runs that open at a B
    or I tag and go on over I tags of the same kind (argmax per token; tags in ``QUOTE_TAGS``
    order), widened to whole words. The confidence is the mean probability of the run's kind."""
    if len(quote_probs) == 0:
        return []
    tags = quote_probs.argmax(1)
    out = []
    index = 0
    while index < len(tags):
        if tags[index] == 0:
            index += 1
            continue
        begin = 1 if tags[index] in (1, 2) else 3  # B tag of the run's kind
        stop = index + 1
        while stop < len(tags) and tags[stop] == begin + 1:
            stop += 1
        confidence = float(quote_probs[index:stop, begin : begin + 2].sum(1).mean())
        if stop - index >= MIN_QUOTE_TOKENS and confidence >= min_confidence:
            a, b = widen_to_words(tokens, index, stop)
            start, end = char_range(tokens, a, b)
            out.append((start, end, "direct" if begin == 1 else "indirect", confidence))
        index = stop
    return out
