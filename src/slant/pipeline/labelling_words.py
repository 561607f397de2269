"""Words that label people or groups ("warmongers", "thugs"), proposed as extra fragments.

The encoder's fragment channel misses some of these words, most often in titles, while the
span head, shown the word, labels it confidently. :func:`labelling_word_spans` finds every use
of a word of ``slant/taxonomy/data/labelling-words.txt``; the model component keeps those that
no fragment covers and that the span head gives a technique (see ``ModelComponent._spans``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")


@cache
def labelling_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, stems) of the shipped list, lower-cased."""
    text = resources.files("slant.taxonomy").joinpath("data", "labelling-words.txt").read_text("utf-8")
    entries = [line.strip().lower() for line in text.splitlines()
               if line.strip() and not line.startswith("#")]
    return (frozenset(e for e in entries if not e.endswith("*")),
            tuple(e[:-1] for e in entries if e.endswith("*")))


def is_labelling_word(word: str) -> bool:
    words, stems = labelling_words()
    lower = word.lower()
    return lower in words or lower.startswith(stems)


def labelling_word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words of the list in ``text``."""
    return [match.span() for match in WORD.finditer(text) if is_labelling_word(match.group())]
