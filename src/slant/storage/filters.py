"""Filters for listing and aggregating stored articles, as SQLAlchemy expressions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from slant.storage.rows import FRAME, PARAGRAPH_TECHNIQUE, check_value, parse_date
from slant.storage.schema import articles, labels, spans

_LIKE_ESCAPE = "\\"
_MAX_TERMS = 12


@dataclass(frozen=True)
class ArticleFilter:
    query: str | None = None
    source: str | None = None
    technique: str | None = None
    genre: str | None = None
    frame: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @classmethod
    def build(cls, *, query: str | None = None, source: str | None = None,
              technique: str | None = None, genre: str | None = None, frame: str | None = None,
              date_from: str | dt.date | None = None,
              date_to: str | dt.date | None = None) -> ArticleFilter:
        for name, value in (("query", query), ("source", source), ("technique", technique),
                            ("genre", genre), ("frame", frame)):
            check_value(value, f"the {name} filter", max_length=1000)
        return cls(
            query=(query or "").strip() or None,
            source=source or None,
            technique=technique or None,
            genre=genre or None,
            frame=frame or None,
            date_from=parse_date(date_from),
            date_to=parse_date(date_to),
        )

    def conditions(self) -> list[sa.ColumnElement[bool]]:
        found: list[sa.ColumnElement[bool]] = []
        if self.query:
            for term in self.query.split()[:_MAX_TERMS]:
                pattern = f"%{_escape_like(term)}%"
                found.append(
                    sa.or_(
                        articles.c.text.ilike(pattern, escape=_LIKE_ESCAPE),
                        articles.c.source.ilike(pattern, escape=_LIKE_ESCAPE),
                    )
                )
        if self.source:
            found.append(articles.c.source == self.source)
        if self.genre:
            found.append(articles.c.genre == self.genre)
        if self.date_from:
            found.append(articles.c.date >= self.date_from)
        if self.date_to:
            found.append(articles.c.date <= self.date_to)
        if self.technique:
            in_spans = sa.exists().where(
                spans.c.article_id == articles.c.id,
                sa.or_(spans.c.technique == self.technique,
                       spans.c.technique_2023 == self.technique),
            )
            in_paragraphs = sa.exists().where(
                labels.c.article_id == articles.c.id,
                labels.c.kind == PARAGRAPH_TECHNIQUE,
                labels.c.label == self.technique,
            )
            found.append(sa.or_(in_spans, in_paragraphs))
        if self.frame:
            found.append(
                sa.exists().where(
                    labels.c.article_id == articles.c.id,
                    labels.c.kind == FRAME,
                    labels.c.label == self.frame,
                )
            )
        return found


def _escape_like(term: str) -> str:
    return (
        term.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2).replace("%", _LIKE_ESCAPE + "%")
        .replace("_", _LIKE_ESCAPE + "_")
    )
