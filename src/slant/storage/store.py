"""The :class:`Store`: analyses saved in SQLite or PostgreSQL, with lists, filters and stats."""

from __future__ import annotations

import datetime as dt
import secrets
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from slant.document.analysis import Analysis
from slant.errors import StorageError
from slant.storage import migrate
from slant.storage.engine import create_engine, normalise_url
from slant.storage.filters import ArticleFilter
from slant.storage.results import ArticleSummary, DensityPoint, Page, SourceMix, Stats
from slant.storage.rows import (
    FRAME,
    InvalidQuery,
    article_columns,
    check_value,
    label_rows,
    parse_date,
    span_rows,
)
from slant.storage.schema import articles, labels, spans

MAX_PAGE = 500
_SNIPPET_CHARS = 400
_KEY_CHUNK = 500
_PERIODS = ("day", "month", "year")
NO_SOURCE = "(no source)"


def new_article_id() -> str:
    return secrets.token_hex(8)


class Store:
    """Stored analyses. Open with :meth:`open`; safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (and create or migrate) the database at ``url``.

        ``None`` is SQLite in the user's data directory; ``sqlite:///path.db`` a SQLite file;
        ``postgresql://user:password@host/db`` PostgreSQL through psycopg.
        """
        parsed = normalise_url(url)
        where = parsed.render_as_string(hide_password=True)
        try:
            engine = create_engine(parsed)
        except (SQLAlchemyError, ImportError) as error:
            raise StorageError(f"cannot open database {where}: {_one_line(error)}") from None
        try:
            migrate.upgrade(engine)
        except SQLAlchemyError as error:
            engine.dispose()
            raise StorageError(f"cannot open database {where}: {_one_line(error)}") from None
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.engine.connect().execution_options(slant_write=True) as connection:
                with connection.begin():
                    yield connection
        except IntegrityError:
            raise
        except SQLAlchemyError as error:
            raise StorageError(f"database write failed: {_one_line(error)}") from None

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as connection:
                yield connection
        except SQLAlchemyError as error:
            raise StorageError(f"database read failed: {_one_line(error)}") from None

    # -- writing ---------------------------------------------------------------------------
    def save(self, analysis: Analysis, key: str | None = None, source: str | None = None,
             url: str | None = None, date: str | dt.date | None = None) -> str:
        """Store ``analysis``; return its id. With a ``key``, saving the same key again
        stores nothing new and returns the id already stored under it."""
        if key is not None and not (0 < len(key) <= 128):
            raise InvalidQuery("a storage key must have 1 to 128 characters")
        check_value(key, "the storage key")
        metadata = analysis.metadata.model_copy(
            update={
                "source": source if source is not None else analysis.metadata.source,
                "url": url if url is not None else analysis.metadata.url,
                "date": str(date) if date is not None else analysis.metadata.date,
            }
        )
        stored = analysis.model_copy(update={"metadata": metadata})
        check_value(metadata.source, "the source", max_length=200)
        check_value(metadata.url, "the URL")
        check_value(analysis.text, "the article text")
        day = parse_date(date) if date is not None else _lenient_date(metadata.date)
        if key is not None:
            existing = self._id_for_key(key)
            if existing is not None:
                return existing
        article_id = new_article_id()
        row = {
            "id": article_id,
            "key": key,
            "source": metadata.source,
            "url": metadata.url,
            "date": day,
            "created_at": dt.datetime.now(dt.UTC),
            **article_columns(stored),
        }
        try:
            with self._write() as connection:
                if key is not None:
                    found = connection.execute(
                        sa.select(articles.c.id).where(articles.c.key == key)
                    ).scalar()
                    if found is not None:
                        return found
                connection.execute(articles.insert().values(**row))
                span_values = span_rows(article_id, stored)
                if span_values:
                    connection.execute(spans.insert(), span_values)
                label_values = label_rows(article_id, stored)
                if label_values:
                    connection.execute(labels.insert(), label_values)
        except IntegrityError:
            # A concurrent writer stored the same key first (PostgreSQL): return its id.
            existing = self._id_for_key(key) if key is not None else None
            if existing is None:
                raise StorageError("database write failed: integrity error") from None
            return existing
        return article_id

    def delete(self, article_id: str) -> bool:
        if not _possible_id(article_id):
            return False
        with self._write() as connection:
            connection.execute(spans.delete().where(spans.c.article_id == article_id))
            connection.execute(labels.delete().where(labels.c.article_id == article_id))
            result = connection.execute(articles.delete().where(articles.c.id == article_id))
            return result.rowcount > 0

    # -- reading ---------------------------------------------------------------------------
    def _id_for_key(self, key: str) -> str | None:
        if "\x00" in key:
            return None
        with self._read() as connection:
            return connection.execute(
                sa.select(articles.c.id).where(articles.c.key == key)
            ).scalar()

    def has_key(self, key: str) -> bool:
        return self._id_for_key(key) is not None

    def keys_present(self, keys: Iterable[str]) -> set[str]:
        wanted = [k for k in dict.fromkeys(keys) if "\x00" not in k]
        found: set[str] = set()
        with self._read() as connection:
            for i in range(0, len(wanted), _KEY_CHUNK):
                chunk = wanted[i : i + _KEY_CHUNK]
                found.update(
                    connection.execute(
                        sa.select(articles.c.key).where(articles.c.key.in_(chunk))
                    ).scalars()
                )
        return found

    def get(self, article_id: str) -> Analysis | None:
        if not _possible_id(article_id):
            return None
        with self._read() as connection:
            data = connection.execute(
                sa.select(articles.c.analysis_json).where(articles.c.id == article_id)
            ).scalar()
        return None if data is None else Analysis.from_json(data)

    def summary(self, article_id: str) -> ArticleSummary | None:
        if not _possible_id(article_id):
            return None
        with self._read() as connection:
            row = connection.execute(
                _summary_select().where(articles.c.id == article_id)
            ).first()
        return None if row is None else _summary(row)

    def count(self) -> int:
        with self._read() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(articles)).scalar()

    def list(self, query: str | None = None, source: str | None = None,
             technique: str | None = None, genre: str | None = None, frame: str | None = None,
             date_from: str | dt.date | None = None, date_to: str | dt.date | None = None,
             limit: int = 50, offset: int = 0) -> Page:
        """One page of article summaries, newest date first, filtered."""
        limit = max(1, min(int(limit), MAX_PAGE))
        offset = max(0, int(offset))
        conditions = ArticleFilter.build(
            query=query, source=source, technique=technique, genre=genre, frame=frame,
            date_from=date_from, date_to=date_to,
        ).conditions()
        with self._read() as connection:
            total = connection.execute(
                sa.select(sa.func.count()).select_from(articles).where(*conditions)
            ).scalar()
            rows = connection.execute(
                _summary_select()
                .where(*conditions)
                .order_by(
                    articles.c.date.is_(None), articles.c.date.desc(),
                    articles.c.created_at.desc(), articles.c.id,
                )
                .limit(limit)
                .offset(offset)
            ).all()
        return Page(items=[_summary(r) for r in rows], total=total, limit=limit, offset=offset)

    def sources(self) -> list[str]:
        with self._read() as connection:
            return list(
                connection.execute(
                    sa.select(articles.c.source).where(articles.c.source.is_not(None))
                    .distinct().order_by(articles.c.source)
                ).scalars()
            )

    def labels_in_use(self) -> dict[str, list[str]]:
        """Techniques, genres and frames that occur in stored articles (for filter menus)."""
        with self._read() as connection:
            techniques = connection.execute(
                sa.select(spans.c.technique).distinct().order_by(spans.c.technique)
            ).scalars().all()
            genres = connection.execute(
                sa.select(articles.c.genre).where(articles.c.genre.is_not(None))
                .distinct().order_by(articles.c.genre)
            ).scalars().all()
            frames = connection.execute(
                sa.select(labels.c.label).where(labels.c.kind == FRAME)
                .distinct().order_by(labels.c.label)
            ).scalars().all()
        return {"techniques": list(techniques), "genres": list(genres), "frames": list(frames)}

    def stats(self, query: str | None = None, source: str | None = None,
              technique: str | None = None, genre: str | None = None, frame: str | None = None,
              date_from: str | dt.date | None = None, date_to: str | dt.date | None = None,
              period: str = "month") -> Stats:
        """Aggregates of the filtered articles: technique mix by source, and propaganda
        density (technique characters per 1,000 characters) over time."""
        if period not in _PERIODS:
            raise InvalidQuery(f"period must be one of {', '.join(_PERIODS)}, not {period!r}")
        conditions = ArticleFilter.build(
            query=query, source=source, technique=technique, genre=genre, frame=frame,
            date_from=date_from, date_to=date_to,
        ).conditions()
        chosen = sa.select(articles.c.id).where(*conditions).scalar_subquery()
        source_name = sa.func.coalesce(articles.c.source, NO_SOURCE)
        with self._read() as connection:
            totals = connection.execute(
                sa.select(
                    sa.func.count(),
                    sa.func.count(articles.c.n_spans),
                    sa.func.coalesce(sa.func.sum(articles.c.n_spans), 0),
                    sa.func.count(articles.c.date),
                ).where(*conditions)
            ).one()
            per_source = connection.execute(
                sa.select(source_name, sa.func.count()).where(*conditions)
                .group_by(source_name).order_by(source_name)
            ).all()
            mix = connection.execute(
                sa.select(source_name, spans.c.technique, sa.func.count())
                .select_from(spans.join(articles, spans.c.article_id == articles.c.id))
                .where(articles.c.id.in_(chosen))
                .group_by(source_name, spans.c.technique)
            ).all()
            by_date = connection.execute(
                sa.select(
                    articles.c.date, sa.func.count(), sa.func.sum(articles.c.n_chars),
                    sa.func.sum(articles.c.technique_chars),
                )
                .where(*conditions, articles.c.date.is_not(None),
                       articles.c.technique_chars.is_not(None))
                .group_by(articles.c.date)
            ).all()
            genres = connection.execute(
                sa.select(articles.c.genre, sa.func.count())
                .where(*conditions, articles.c.genre.is_not(None)).group_by(articles.c.genre)
            ).all()
            frames = connection.execute(
                sa.select(labels.c.label, sa.func.count())
                .where(labels.c.kind == FRAME, labels.c.article_id.in_(chosen))
                .group_by(labels.c.label)
            ).all()
        techniques: dict[str, int] = defaultdict(int)
        source_mix: dict[str, dict[str, int]] = defaultdict(dict)
        for name, technique_name, count in mix:
            source_mix[name][technique_name] = int(count)
            techniques[technique_name] += int(count)
        return Stats(
            articles=int(totals[0]),
            articles_with_spans=int(totals[1]),
            spans=int(totals[2]),
            undated_articles=int(totals[0]) - int(totals[3]),
            techniques=dict(sorted(techniques.items(), key=lambda kv: (-kv[1], kv[0]))),
            by_source=[
                SourceMix(source=name, articles=int(n), techniques=dict(
                    sorted(source_mix.get(name, {}).items(), key=lambda kv: (-kv[1], kv[0]))
                ))
                for name, n in per_source
            ],
            density_over_time=_density(by_date, period),
            period=period,
            genres={g: int(n) for g, n in sorted(genres)},
            frames={f: int(n) for f, n in sorted(frames, key=lambda kv: (-kv[1], kv[0]))},
        )


def _summary_select() -> sa.Select[Any]:
    return sa.select(
        articles.c.id, articles.c.key, articles.c.title,
        sa.func.substr(articles.c.text, 1, _SNIPPET_CHARS).label("head"),
        articles.c.source, articles.c.url, articles.c.date, articles.c.created_at,
        articles.c.n_chars, articles.c.n_spans, articles.c.technique_chars, articles.c.genre,
        articles.c.hyperpartisan, articles.c.model_version,
    )


def _summary(row: Any) -> ArticleSummary:
    head = row.head or ""
    title = row.title
    if title:
        at = head.find(title)
        if 0 <= at <= 2:
            head = head[at + len(title):]
    density = None
    if row.technique_chars is not None and row.n_chars:
        density = round(1000 * row.technique_chars / row.n_chars, 2)
    created = row.created_at
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)
    return ArticleSummary(
        id=row.id, key=row.key, title=title, snippet=" ".join(head.split())[:280],
        source=row.source, url=row.url, date=row.date, created_at=created,
        n_chars=row.n_chars, n_spans=row.n_spans, technique_chars=row.technique_chars,
        density=density, genre=row.genre, hyperpartisan=row.hyperpartisan,
        model_version=row.model_version,
    )


def _density(rows: Iterable[Any], period: str) -> list[DensityPoint]:
    buckets: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for day, n_articles, n_chars, technique_chars in rows:
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        name = {"day": day.isoformat(), "month": day.strftime("%Y-%m"), "year": f"{day.year}"}
        bucket = buckets[name[period]]
        bucket[0] += int(n_articles)
        bucket[1] += int(n_chars or 0)
        bucket[2] += int(technique_chars or 0)
    return [
        DensityPoint(period=name, articles=a, chars=c, technique_chars=t,
                     density=round(1000 * t / c, 2) if c else 0.0)
        for name, (a, c, t) in sorted(buckets.items())
    ]


def _possible_id(article_id: str) -> bool:
    return 0 < len(article_id) <= 32 and "\x00" not in article_id


def _lenient_date(value: str | None) -> dt.date | None:
    """The stored date column: an unparseable metadata date is kept in the JSON only."""
    try:
        return parse_date(value)
    except StorageError:
        return None


def _one_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error)
    return " ".join(text.split())[:300]
