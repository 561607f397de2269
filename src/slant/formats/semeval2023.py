"""SemEval-2023 Task 3 files (news genre, framing, persuasion techniques).

- articles folders ``train-articles-subtask-{1,2,3}/article<ID>.txt``
  (see :mod:`slant.formats.articles`);
- subtask 1 labels: ``ID<TAB>genre`` (opinion, reporting or satire);
- subtask 2 labels: ``ID<TAB>Frame1,Frame2,...`` (the list may be empty);
- subtask 3 labels: ``ID<TAB>line<TAB>tech1,tech2,...`` where ``line`` is the 1-based line
  number in the article file and a paragraph without technique ends in a tab
  (``ID<TAB>line<TAB>``);
- subtask 3 templates, per article or aggregated: ``ID<TAB>line<TAB>paragraph text``, one
  line per non-empty line of the article (the text is the line exactly as in the file and
  may itself hold tabs);
- span files: ``ID<TAB>technique<TAB>start<TAB>end`` (code-point offsets, end exclusive).

Label strings are checked against :mod:`slant.taxonomy` unless ``known=None`` is passed
(gold files contain one known typo, so scorers read gold leniently).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from slant.document.article import Article
from slant.formats._io import (
    atomic_write_text,
    check_label,
    fail,
    iter_lines,
    iter_technique_spans,
    join_lines,
    parse_id,
    parse_offset,
    split_fields,
    write_technique_spans,
)
from slant.formats.articles import iter_articles_folder, read_article, write_articles_folder
from slant.taxonomy import FRAMES, GENRES, SEMEVAL2023_TECHNIQUES

__all__ = [
    "FramesLabel",
    "GenreLabel",
    "ParagraphLabel",
    "SpanTechnique",
    "TemplateParagraph",
    "iter_articles_folder",
    "read_article",
    "read_frame_labels",
    "read_genre_labels",
    "read_paragraph_labels",
    "read_paragraph_template",
    "read_span_labels",
    "template_from_article",
    "write_articles_folder",
    "write_frame_labels",
    "write_genre_labels",
    "write_paragraph_labels",
    "write_paragraph_template",
    "write_span_labels",
]

_DEFAULT = object()


@dataclass(frozen=True, slots=True)
class GenreLabel:
    """Subtask 1: the genre of one article."""

    article_id: str
    genre: str


@dataclass(frozen=True, slots=True)
class FramesLabel:
    """Subtask 2: the frames of one article (possibly none)."""

    article_id: str
    frames: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ParagraphLabel:
    """Subtask 3: the techniques of one paragraph (line ``line`` of the article file)."""

    article_id: str
    line: int
    techniques: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TemplateParagraph:
    """Subtask 3 template line: a paragraph whose techniques are asked for."""

    article_id: str
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class SpanTechnique:
    """A technique on a character range (the subtask 3 span files)."""

    article_id: str
    technique: str
    start: int
    end: int


def _resolve(known: object, default: Collection[str] | None) -> Collection[str] | None:
    return default if known is _DEFAULT else known  # type: ignore[return-value]


def _label_list(path: str | Path, number: int, field: str, allowed: Collection[str] | None,
                kind: str) -> tuple[str, ...]:
    field = field.strip()
    if not field:
        return ()
    labels = []
    for label in field.split(","):
        label = label.strip()
        if not label:
            raise fail(path, number, f"empty {kind} in the comma-separated list {field!r}")
        labels.append(check_label(path, number, label, allowed, kind))
    return tuple(labels)


def _check_unique(path: str | Path, number: int, key: object, seen: set, what: str) -> None:
    if key in seen:
        raise fail(path, number, f"{what} appears a second time")
    seen.add(key)


def _iter_article_lines(path: str | Path, layout: str) -> Iterator[tuple[int, str, str]]:
    """(line number, article id, second field) of every ``ID<TAB>field`` line; each article
    id at most once."""
    seen: set = set()
    for number, line in iter_lines(path):
        article_id, field = split_fields(path, number, line, 2, layout)
        article_id = parse_id(path, number, article_id)
        _check_unique(path, number, article_id, seen, f"article {article_id}")
        yield number, article_id, field


def _iter_paragraph_lines(path: str | Path, layout: str, *, last_may_hold_tabs: bool = False
                          ) -> Iterator[tuple[int, str, int, str]]:
    """(line number, article id, paragraph line, third field) of every
    ``ID<TAB>line<TAB>field`` line; each (article, paragraph line) at most once."""
    seen: set = set()
    for number, line in iter_lines(path):
        article_id, line_no, field = split_fields(path, number, line, 3, layout,
                                                  last_may_hold_tabs=last_may_hold_tabs)
        article_id = parse_id(path, number, article_id)
        paragraph = parse_offset(path, number, line_no, "line number")
        if paragraph < 1:
            raise fail(path, number, "line numbers start at 1")
        _check_unique(path, number, (article_id, paragraph), seen,
                      f"article {article_id} line {paragraph}")
        yield number, article_id, paragraph, field


# subtask 1 -----------------------------------------------------------------------------

def read_genre_labels(path: str | Path, known: Collection[str] | None | object = _DEFAULT
                      ) -> list[GenreLabel]:
    allowed = _resolve(known, GENRES)
    labels = []
    for number, article_id, genre in _iter_article_lines(path, "ID, genre"):
        genre = genre.strip()
        if not genre:
            raise fail(path, number, "the genre is empty")
        labels.append(GenreLabel(article_id, check_label(path, number, genre, allowed, "genre")))
    return labels


def write_genre_labels(path: str | Path, labels: Iterable[GenreLabel]) -> None:
    atomic_write_text(path, join_lines([f"{x.article_id}\t{x.genre}" for x in labels]))


# subtask 2 -----------------------------------------------------------------------------

def read_frame_labels(path: str | Path, known: Collection[str] | None | object = _DEFAULT
                      ) -> list[FramesLabel]:
    allowed = _resolve(known, FRAMES)
    labels = []
    for number, article_id, field in _iter_article_lines(path, "ID, frames"):
        labels.append(FramesLabel(article_id, _label_list(path, number, field, allowed, "frame")))
    return labels


def write_frame_labels(path: str | Path, labels: Iterable[FramesLabel]) -> None:
    atomic_write_text(path, join_lines([f"{x.article_id}\t{','.join(x.frames)}" for x in labels]))


# subtask 3 -----------------------------------------------------------------------------

def read_paragraph_labels(path: str | Path, known: Collection[str] | None | object = _DEFAULT
                          ) -> list[ParagraphLabel]:
    allowed = _resolve(known, SEMEVAL2023_TECHNIQUES)
    labels = []
    for number, article_id, paragraph, field in _iter_paragraph_lines(
        path, "ID, line, techniques (may be empty after the tab)"
    ):
        labels.append(ParagraphLabel(
            article_id, paragraph, _label_list(path, number, field, allowed, "technique")
        ))
    return labels


def write_paragraph_labels(path: str | Path, labels: Iterable[ParagraphLabel]) -> None:
    atomic_write_text(path, join_lines(
        [f"{x.article_id}\t{x.line}\t{','.join(x.techniques)}" for x in labels]
    ))


def read_paragraph_template(path: str | Path) -> list[TemplateParagraph]:
    """A subtask 3 template (one article's or the aggregate); the text may hold tabs."""
    paragraphs = []
    for _, article_id, paragraph, text in _iter_paragraph_lines(
        path, "ID, line, paragraph text", last_may_hold_tabs=True
    ):
        paragraphs.append(TemplateParagraph(article_id, paragraph, text))
    return paragraphs


def write_paragraph_template(path: str | Path, paragraphs: Iterable[TemplateParagraph]) -> None:
    atomic_write_text(path, join_lines(
        [f"{x.article_id}\t{x.line}\t{x.text}" for x in paragraphs]
    ))


def template_from_article(article: Article) -> list[TemplateParagraph]:
    """The template the organisers build: every line holding more than whitespace, with its
    1-based line number and its text exactly as in the file (a leading BOM included, as in
    the organisers' templates)."""
    out = []
    for number, line in enumerate(article.text.split("\n"), start=1):
        if line.strip():
            out.append(TemplateParagraph(article.id, number, line.removesuffix("\r")))
    return out


# span files ----------------------------------------------------------------------------

def read_span_labels(path: str | Path, known: Collection[str] | None | object = _DEFAULT
                     ) -> list[SpanTechnique]:
    allowed = _resolve(known, SEMEVAL2023_TECHNIQUES)
    return [SpanTechnique(*fields) for fields in iter_technique_spans(path, allowed, "technique")]


def write_span_labels(path: str | Path, spans: Iterable[SpanTechnique]) -> None:
    write_technique_spans(path, spans)
