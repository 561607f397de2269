"""SemEval-2020 Task 11 (Propaganda Techniques Corpus) files.

- articles folder: ``article<ID>.txt`` (see :mod:`slant.formats.articles`);
- SI labels: ``ID<TAB>start<TAB>end`` (end exclusive, code-point offsets);
- TC labels: ``ID<TAB>technique<TAB>start<TAB>end`` (the technique may contain commas,
  e.g. ``Name_Calling,Labeling``);
- TC template: ``ID<TAB>?<TAB>start<TAB>end``, one line per fragment to classify; a fragment
  with several gold techniques appears once per technique.

Readers raise :class:`slant.errors.FormatError` with file, line number and the problem.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from slant.formats._io import (
    atomic_write_text,
    fail,
    iter_lines,
    iter_technique_spans,
    join_lines,
    parse_id,
    parse_range,
    split_fields,
    write_technique_spans,
)
from slant.formats.articles import iter_articles_folder, read_article, write_articles_folder
from slant.taxonomy import PTC_TECHNIQUES

__all__ = [
    "SpanLabel",
    "TechniqueLabel",
    "TemplateLine",
    "iter_articles_folder",
    "read_article",
    "read_si_labels",
    "read_tc_labels",
    "read_tc_template",
    "write_articles_folder",
    "write_si_labels",
    "write_tc_labels",
    "write_tc_template",
]

TEMPLATE_MARK = "?"
_DEFAULT = object()


@dataclass(frozen=True, slots=True, order=True)
class SpanLabel:
    """One propaganda fragment of task SI: ``[start, end)`` in article ``article_id``."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TechniqueLabel:
    """One fragment of task TC with its PTC technique."""

    article_id: str
    technique: str
    start: int
    end: int

    @property
    def span(self) -> tuple[str, int, int]:
        return (self.article_id, self.start, self.end)


@dataclass(frozen=True, slots=True)
class TemplateLine:
    """One line of a TC template: a fragment whose technique is asked for."""

    article_id: str
    start: int
    end: int


def _known(known: Collection[str] | None | object) -> Collection[str] | None:
    return PTC_TECHNIQUES if known is _DEFAULT else known  # type: ignore[return-value]


def read_si_labels(path: str | Path) -> list[SpanLabel]:
    labels = []
    for number, line in iter_lines(path):
        article_id, start, end = split_fields(path, number, line, 3, "ID, start, end")
        first, last = parse_range(path, number, start, end)
        labels.append(SpanLabel(parse_id(path, number, article_id), first, last))
    return labels


def write_si_labels(path: str | Path, labels: Iterable[SpanLabel]) -> None:
    atomic_write_text(path, join_lines([f"{x.article_id}\t{x.start}\t{x.end}" for x in labels]))


def read_tc_labels(path: str | Path, known: Collection[str] | None | object = _DEFAULT
                   ) -> list[TechniqueLabel]:
    """TC labels; each technique must be one of ``known`` (default: the 14 PTC techniques;
    ``None`` accepts any string)."""
    spans = iter_technique_spans(path, _known(known), "PTC technique", refused={
        TEMPLATE_MARK: "technique is '?': this is a template, not a labels file"})
    return [TechniqueLabel(*fields) for fields in spans]


def write_tc_labels(path: str | Path, labels: Iterable[TechniqueLabel]) -> None:
    write_technique_spans(path, labels)


def read_tc_template(path: str | Path) -> list[TemplateLine]:
    lines = []
    for number, line in iter_lines(path):
        article_id, mark, start, end = split_fields(path, number, line, 4, "ID, ?, start, end")
        if mark.strip() != TEMPLATE_MARK:
            raise fail(path, number, f"second field must be '?' in a TC template, found {mark!r}")
        first, last = parse_range(path, number, start, end)
        lines.append(TemplateLine(parse_id(path, number, article_id), first, last))
    return lines


def write_tc_template(path: str | Path, lines: Iterable[TemplateLine | TechniqueLabel]) -> None:
    """A template from template lines or from gold labels (their techniques become ``?``)."""
    atomic_write_text(path, join_lines(
        [f"{x.article_id}\t{TEMPLATE_MARK}\t{x.start}\t{x.end}" for x in lines]
    ))
