"""An analysis in the shared tasks' file formats, written by :mod:`slant.formats`."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from slant.document.analysis import Analysis
from slant.errors import SlantError


class NotPredicted(SlantError):
    """The analysis has no prediction for what the export needs."""


_SAFE_ID = re.compile(r"^[\w.-]{1,100}$")

#: format name -> (description, file suffix)
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "json": ("the analysis result (JSON)", "json"),
    "si": ("SemEval-2020 Task 11 SI: ID, start, end", "si.txt"),
    "tc": ("SemEval-2020 Task 11 TC: ID, technique, start, end", "tc.txt"),
    "st1": ("SemEval-2023 Task 3 subtask 1: ID, genre", "st1.txt"),
    "st2": ("SemEval-2023 Task 3 subtask 2: ID, frames", "st2.txt"),
    "st3": ("SemEval-2023 Task 3 subtask 3: ID, line, techniques", "st3.txt"),
    "hyperpartisan": ("SemEval-2019 Task 4: ID true|false confidence", "hp.txt"),
}


def available_formats(analysis: Analysis) -> list[str]:
    """The export formats this analysis can fill (the rest were not predicted)."""
    present = {
        "json": True, "si": analysis.spans is not None, "tc": analysis.spans is not None,
        "st1": analysis.genre is not None, "st2": analysis.frames is not None,
        "st3": analysis.paragraph_techniques is not None,
        "hyperpartisan": analysis.hyperpartisan is not None,
    }
    return [fmt for fmt in EXPORT_FORMATS if present[fmt]]


def export_id(analysis: Analysis, stored_id: str | None) -> str:
    article_id = analysis.metadata.article_id
    if _SAFE_ID.match(article_id):
        return article_id
    return stored_id or "article"


def export(analysis: Analysis, fmt: str, stored_id: str | None = None) -> str:
    if fmt not in EXPORT_FORMATS:
        raise SlantError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "json":
        return analysis.to_json(indent=2) + "\n"
    writer = _WRITERS[fmt]
    with tempfile.TemporaryDirectory(prefix="slant-export-") as folder:
        path = Path(folder) / "out.txt"
        writer(path, analysis, export_id(analysis, stored_id))
        return path.read_text("utf-8")


def _need(value: object, what: str) -> None:
    if value is None:
        raise NotPredicted(f"{what} were not predicted for this article (no model)")


def _si(path: Path, analysis: Analysis, article_id: str) -> None:
    from slant.formats.semeval2020 import SpanLabel, write_si_labels

    _need(analysis.spans, "technique spans")
    spans = sorted({(s.start, s.end) for s in analysis.spans or []})
    write_si_labels(path, [SpanLabel(article_id, a, b) for a, b in spans])


def _tc(path: Path, analysis: Analysis, article_id: str) -> None:
    from slant.formats.semeval2020 import TechniqueLabel, write_tc_labels

    _need(analysis.spans, "technique spans")
    write_tc_labels(path, [TechniqueLabel(article_id, s.technique, s.start, s.end)
                           for s in sorted(analysis.spans or [], key=lambda s: (s.start, s.end))])


def _st1(path: Path, analysis: Analysis, article_id: str) -> None:
    from slant.formats.semeval2023 import GenreLabel, write_genre_labels

    _need(analysis.genre, "the genre")
    write_genre_labels(path, [GenreLabel(article_id, analysis.genre.label)])  # type: ignore[union-attr]


def _st2(path: Path, analysis: Analysis, article_id: str) -> None:
    from slant.formats.semeval2023 import FramesLabel, write_frame_labels

    _need(analysis.frames, "frames")
    write_frame_labels(path, [FramesLabel(article_id, tuple(analysis.frames.labels))])  # type: ignore[union-attr]


def _st3(path: Path, analysis: Analysis, article_id: str) -> None:
    from slant.formats.semeval2023 import ParagraphLabel, write_paragraph_labels

    _need(analysis.paragraph_techniques, "paragraph techniques")
    write_paragraph_labels(path, [ParagraphLabel(article_id, p.line, tuple(p.labels))
                                  for p in analysis.paragraph_techniques or []])


def _hyperpartisan(path: Path, analysis: Analysis, article_id: str) -> None:
    from slant.formats.hyperpartisan2019 import Prediction, write_predictions

    _need(analysis.hyperpartisan, "hyperpartisanship")
    hp = analysis.hyperpartisan
    write_predictions(path, [Prediction(article_id, hp.label, hp.probability)])  # type: ignore[union-attr]


_WRITERS: dict[str, Callable[[Path, Analysis, str], None]] = {
    "si": _si, "tc": _tc, "st1": _st1, "st2": _st2, "st3": _st3, "hyperpartisan": _hyperpartisan,
}
