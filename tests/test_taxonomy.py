"""The taxonomies: exact labels, categories, mapping 2023 <-> 2020, colours."""

from __future__ import annotations

import itertools
import math
import re

import pytest

from slant import taxonomy
from slant.taxonomy import (
    ENGLISH_UNUSED_2023,
    FRAMES,
    GENRES,
    PTC_TECHNIQUES,
    SEMEVAL2023_CATEGORY,
    SEMEVAL2023_TECHNIQUES,
    normalize_2023_label,
    technique_color,
    to_2023,
    to_ptc,
)

PTC_EXPECTED = {
    "Appeal_to_Authority", "Appeal_to_fear-prejudice", "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt", "Exaggeration,Minimisation",
    "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Slogans",
    "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring",
}

CATEGORIES_EXPECTED = {
    "attack_on_reputation": {"Name_Calling-Labeling", "Guilt_by_Association", "Doubt",
                             "Appeal_to_Hypocrisy", "Questioning_the_Reputation"},
    "justification": {"Flag_Waving", "Appeal_to_Authority", "Appeal_to_Popularity",
                      "Appeal_to_Values", "Appeal_to_Fear-Prejudice"},
    "distraction": {"Straw_Man", "Red_Herring", "Whataboutism"},
    "simplification": {"Causal_Oversimplification", "False_Dilemma-No_Choice",
                       "Consequential_Oversimplification"},
    "call": {"Slogans", "Conversation_Killer", "Appeal_to_Time"},
    "manipulative_wording": {"Loaded_Language", "Obfuscation-Vagueness-Confusion",
                             "Exaggeration-Minimisation", "Repetition"},
}


def test_ptc_labels_exact() -> None:
    assert len(PTC_TECHNIQUES) == 14
    assert set(PTC_TECHNIQUES) == PTC_EXPECTED


def test_semeval2023_labels_and_categories() -> None:
    assert len(SEMEVAL2023_TECHNIQUES) == 23 == len(set(SEMEVAL2023_TECHNIQUES))
    grouped: dict[str, set[str]] = {}
    for label, category in SEMEVAL2023_CATEGORY.items():
        grouped.setdefault(category, set()).add(label)
    assert grouped == CATEGORIES_EXPECTED
    assert taxonomy.SEMEVAL2023_CATEGORIES == tuple(CATEGORIES_EXPECTED)
    assert ENGLISH_UNUSED_2023 <= set(SEMEVAL2023_TECHNIQUES) and len(ENGLISH_UNUSED_2023) == 4


def test_frames_and_genres() -> None:
    assert len(FRAMES) == 14 == len(set(FRAMES))
    assert "Legality_Constitutionality_and_jurisprudence" in FRAMES
    assert "External_regulation_and_reputation" in FRAMES
    assert GENRES == ("opinion", "reporting", "satire")


@pytest.mark.parametrize(
    ("name_2023", "expected"),
    [
        ("Appeal_to_Hypocrisy", "Whataboutism,Straw_Men,Red_Herring"),
        ("Red_Herring", "Whataboutism,Straw_Men,Red_Herring"),
        ("Straw_Man", "Whataboutism,Straw_Men,Red_Herring"),
        ("Whataboutism", "Whataboutism,Straw_Men,Red_Herring"),
        ("Appeal_to_Popularity", "Bandwagon,Reductio_ad_hitlerum"),
        ("Guilt_by_Association", "Bandwagon,Reductio_ad_hitlerum"),
        ("Conversation_Killer", "Thought-terminating_Cliches"),
        ("False_Dilemma-No_Choice", "Black-and-White_Fallacy"),
        ("Flag_Waving", "Flag-Waving"),
        ("Name_Calling-Labeling", "Name_Calling,Labeling"),
        ("Exaggeration-Minimisation", "Exaggeration,Minimisation"),
        ("Appeal_to_Fear-Prejudice", "Appeal_to_fear-prejudice"),
        ("Appeal_to_Fear-Prejudi-\u010dce", "Appeal_to_fear-prejudice"),
        ("Appeal_to_Authority", "Appeal_to_Authority"),
        ("Causal_Oversimplification", "Causal_Oversimplification"),
        ("Doubt", "Doubt"),
        ("Loaded_Language", "Loaded_Language"),
        ("Repetition", "Repetition"),
        ("Slogans", "Slogans"),
        ("Obfuscation-Vagueness-Confusion", None),
        ("Questioning_the_Reputation", None),
        ("Appeal_to_Values", None),
        ("Consequential_Oversimplification", None),
        ("Appeal_to_Time", None),
    ],
)
def test_to_ptc(name_2023: str, expected: str | None) -> None:
    assert to_ptc(name_2023) == expected


def test_to_2023_is_inverse_of_to_ptc() -> None:
    for ptc in PTC_TECHNIQUES:
        name_2023 = to_2023(ptc)
        assert name_2023 in SEMEVAL2023_TECHNIQUES
        assert to_ptc(name_2023) == ptc
    assert to_2023("Whataboutism,Straw_Men,Red_Herring") == "Red_Herring"
    assert to_2023("Bandwagon,Reductio_ad_hitlerum") == "Guilt_by_Association"
    with pytest.raises(KeyError):
        to_2023("Red_Herring")
    with pytest.raises(KeyError):
        to_ptc("Name_Calling,Labeling")


def test_normalizer() -> None:
    assert normalize_2023_label("Appeal_to_Fear-Prejudi-\u010dce") == "Appeal_to_Fear-Prejudice"
    assert normalize_2023_label(" Loaded_Language\n") == "Loaded_Language"


def test_every_entry_is_documented() -> None:
    entries = [*taxonomy.ptc_entries(), *taxonomy.semeval2023_entries()]
    for entry in [*entries, *taxonomy.frame_entries(), *taxonomy.genre_entries()]:
        assert entry.name and entry.definition.endswith(".") and len(entry.example) > 10
    for category in taxonomy.category_entries():
        assert category.name and category.definition


def _relative_luminance(color: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def test_colors_are_readable_and_distinct() -> None:
    ptc_colors = [taxonomy.ptc_technique(label).color for label in PTC_TECHNIQUES]
    assert len(set(ptc_colors)) == 14
    for entry in [*taxonomy.ptc_entries(), *taxonomy.semeval2023_entries()]:
        assert re.fullmatch(r"#[0-9A-F]{6}", entry.color)
        # WCAG AA contrast of near-black text (#1A1A1A) on the highlight: at least 4.5
        text = _relative_luminance("#1A1A1A")
        assert (_relative_luminance(entry.color) + 0.05) / (text + 0.05) >= 4.5, entry.label
    # No two PTC colours are near-identical (RGB distance).
    rgb = [tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in ptc_colors]
    assert min(math.dist(a, b) for a, b in itertools.combinations(rgb, 2)) > 40
    # A 2023 technique with a PTC class shares its colour, so renderers agree across taxonomies.
    for entry in taxonomy.semeval2023_entries():
        if entry.ptc is not None:
            assert entry.color == technique_color(entry.ptc)
    assert technique_color("Flag_Waving") == technique_color("Flag-Waving")
    assert technique_color("no such technique") == taxonomy.UNKNOWN_COLOR
