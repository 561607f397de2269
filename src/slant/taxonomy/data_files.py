"""Load the taxonomy data files shipped in ``slant/taxonomy/data/``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from slant.taxonomy.entries import Category, Entry, Technique


@cache
def _read(name: str) -> dict[str, Any]:
    text = resources.files("slant.taxonomy").joinpath("data", f"{name}.json").read_text("utf-8")
    return json.loads(text)


@cache
def ptc_entries() -> tuple[Technique, ...]:
    return tuple(
        Technique(taxonomy="ptc", **item) for item in _read("ptc")["techniques"]
    )


@cache
def semeval2023_entries() -> tuple[Technique, ...]:
    return tuple(
        Technique(taxonomy="semeval2023", **item) for item in _read("semeval2023")["techniques"]
    )


@cache
def category_entries() -> tuple[Category, ...]:
    return tuple(Category(**item) for item in _read("semeval2023")["categories"])


@cache
def frame_entries() -> tuple[Entry, ...]:
    return tuple(Entry(taxonomy="frames", **item) for item in _read("frames")["frames"])


@cache
def genre_entries() -> tuple[Entry, ...]:
    return tuple(Entry(taxonomy="genres", **item) for item in _read("genres")["genres"])


def semeval2023_aliases() -> dict[str, str]:
    return dict(_read("semeval2023")["aliases"])


def ptc_to_2023_table() -> dict[str, str]:
    return dict(_read("semeval2023")["ptc_to_2023"])


def title(name: str) -> str:
    return str(_read(name)["title"])
