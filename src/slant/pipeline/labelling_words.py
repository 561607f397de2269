"""Words that label people or groups ("warmongers", "thugs"), proposed as extra fragments.

The encoder's fragment channel misses some of these words, most often in titles, while the
span head, shown the word, labels it confidently. :func:`labelling_word_spans` finds every use
of a word of ``slant/taxonomy/data/labelling-words.txt``; the model component keeps those that
no fragment covers and that the span head gives a technique (see ``ModelComponent._spans``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")

#: (whole words, stems): an entry ending in "*" is a stem matching any word it starts
Entries = tuple[frozenset[str], tuple[str, ...]]


def shipped_entries() -> list[str]:
    """The entries of the shipped list, in its order, lower-cased."""
    text = resources.files("slant.taxonomy").joinpath("data", "labelling-words.txt").read_text("utf-8")
    return [line.strip().lower() for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def parse_entries(entries: Iterable[str]) -> Entries:
    entries = [entry.lower() for entry in entries]
    return (frozenset(e for e in entries if not e.endswith("*")),
            tuple(e[:-1] for e in entries if e.endswith("*")))


def matched_entry(word: str, entries: Entries) -> str | None:
    """The entry ``word`` matches (a stem comes back with its "*"), or None."""
    words, stems = entries
    lower = word.lower()
    if lower in words:
        return lower
    return next((stem + "*" for stem in stems if lower.startswith(stem)), None)


@cache
def labelling_words() -> Entries:
    return parse_entries(shipped_entries())


def is_labelling_word(word: str) -> bool:
    return matched_entry(word, labelling_words()) is not None


def labelling_word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words of the list in ``text``."""
    return [match.span() for match in WORD.finditer(text) if is_labelling_word(match.group())]
