"""The taxonomies slant predicts, as data: techniques, categories, frames and genres.

- :data:`PTC_TECHNIQUES`: the 14 span techniques of the Propaganda Techniques Corpus
  (SemEval-2020 Task 11), exact label strings (some contain commas).
- :data:`SEMEVAL2023_TECHNIQUES`: the 23 paragraph techniques of SemEval-2023 Task 3
  subtask 3, each in one of :data:`SEMEVAL2023_CATEGORIES`.
- :data:`FRAMES` (subtask 2) and :data:`GENRES` (subtask 1).
- :func:`to_ptc` / :func:`to_2023` map between the two technique taxonomies.

Definitions, examples and colours live in ``slant/taxonomy/data/*.json``; every renderer takes
a technique's colour from :func:`technique_color`.
"""

from __future__ import annotations

from slant.taxonomy.data_files import (
    category_entries,
    frame_entries,
    genre_entries,
    ptc_entries,
    ptc_to_2023_table,
    semeval2023_aliases,
    semeval2023_entries,
)
from slant.taxonomy.entries import Category, Entry, Technique

PTC_TECHNIQUES: tuple[str, ...] = tuple(t.label for t in ptc_entries())
SEMEVAL2023_TECHNIQUES: tuple[str, ...] = tuple(t.label for t in semeval2023_entries())
SEMEVAL2023_CATEGORIES: tuple[str, ...] = tuple(c.id for c in category_entries())
#: SemEval-2023 technique -> category id.
SEMEVAL2023_CATEGORY: dict[str, str] = {
    t.label: t.category for t in semeval2023_entries() if t.category is not None
}
#: The four SemEval-2023 techniques that the English data never uses.
ENGLISH_UNUSED_2023: frozenset[str] = frozenset(
    {"Questioning_the_Reputation", "Appeal_to_Values", "Consequential_Oversimplification",
     "Appeal_to_Time"}
)
FRAMES: tuple[str, ...] = tuple(f.label for f in frame_entries())
GENRES: tuple[str, ...] = tuple(g.label for g in genre_entries())

#: Colour for a label that is in no taxonomy (never expected from slant's own output).
UNKNOWN_COLOR = "#D0D0D0"

_PTC = {t.label: t for t in ptc_entries()}
_SEMEVAL2023 = {t.label: t for t in semeval2023_entries()}
_CATEGORIES = {c.id: c for c in category_entries()}
_FRAMES = {f.label: f for f in frame_entries()}
_GENRES = {g.label: g for g in genre_entries()}
_ALIASES_2023 = semeval2023_aliases()
_PTC_TO_2023 = ptc_to_2023_table()


def normalize_2023_label(label: str) -> str:
    """The canonical SemEval-2023 label: fixes the corpus typo ``Appeal_to_Fear-Prejudi-čce``."""
    label = label.strip()
    return _ALIASES_2023.get(label, label)


def ptc_technique(label: str) -> Technique:
    """The PTC entry of ``label``; ``KeyError`` if it is not one of the 14."""
    return _PTC[label]


def semeval2023_technique(label: str) -> Technique:
    """The SemEval-2023 entry of ``label`` (aliases accepted); ``KeyError`` if unknown."""
    return _SEMEVAL2023[normalize_2023_label(label)]


def technique(label: str) -> Technique | None:
    """The entry for a label of either taxonomy (PTC first); None when it is in neither.

    The labels ``Doubt``, ``Repetition`` and a few more exist in both; the PTC entry is
    returned for them, which carries the same colour.
    """
    found = _PTC.get(label)
    if found is None:
        found = _SEMEVAL2023.get(normalize_2023_label(label))
    return found


def technique_color(label: str) -> str:
    """The highlight colour of a technique of either taxonomy (``#RRGGBB``)."""
    found = technique(label)
    return found.color if found is not None else UNKNOWN_COLOR


def category(category_id: str) -> Category:
    return _CATEGORIES[category_id]


def frame(label: str) -> Entry:
    return _FRAMES[label]


def genre(label: str) -> Entry:
    return _GENRES[label]


def to_ptc(name_2023: str) -> str | None:
    """The PTC (2020) class of a SemEval-2023 technique; None when it has none.

    ``KeyError`` for a string that is not a SemEval-2023 technique.
    """
    return semeval2023_technique(name_2023).ptc


def to_2023(ptc_name: str) -> str:
    """The SemEval-2023 name of a PTC technique.

    Merged PTC classes map to the 2023 technique that the English span files use most
    often for them: ``Whataboutism,Straw_Men,Red_Herring`` → ``Red_Herring`` and
    ``Bandwagon,Reductio_ad_hitlerum`` → ``Guilt_by_Association``. ``KeyError`` if unknown.
    """
    return _PTC_TO_2023[ptc_name]


__all__ = [
    "ENGLISH_UNUSED_2023",
    "FRAMES",
    "GENRES",
    "PTC_TECHNIQUES",
    "SEMEVAL2023_CATEGORIES",
    "SEMEVAL2023_CATEGORY",
    "SEMEVAL2023_TECHNIQUES",
    "UNKNOWN_COLOR",
    "Category",
    "Entry",
    "Technique",
    "category",
    "category_entries",
    "frame",
    "frame_entries",
    "genre",
    "genre_entries",
    "normalize_2023_label",
    "ptc_entries",
    "ptc_technique",
    "semeval2023_entries",
    "semeval2023_technique",
    "technique",
    "technique_color",
    "to_2023",
    "to_ptc",
]
