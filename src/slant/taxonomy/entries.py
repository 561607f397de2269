"""Typed entries of the taxonomies: techniques, categories, frames and genres."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Technique:
    """One persuasion technique of the PTC (2020) or SemEval-2023 taxonomy."""

    label: str
    """The exact label string of the shared task's files."""
    name: str
    """Human-readable name."""
    definition: str
    example: str
    color: str
    """Highlight background colour (``#RRGGBB``); dark text stays readable on it."""
    taxonomy: str
    """``"ptc"`` or ``"semeval2023"``."""
    category: str | None = None
    """SemEval-2023 category id (``"attack_on_reputation"`` ...), None for PTC."""
    ptc: str | None = None
    """For a SemEval-2023 technique: its PTC class, None when there is none."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Category:
    """One of the six SemEval-2023 technique categories."""

    id: str
    name: str
    definition: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Entry:
    """A frame or a genre."""

    label: str
    name: str
    definition: str
    example: str
    taxonomy: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
