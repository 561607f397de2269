"""Database URLs and engines: SQLite (WAL, busy timeout, foreign keys) or PostgreSQL (psycopg)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

from slant.errors import StorageError

#: How long (milliseconds) a SQLite writer waits for another writer's lock before failing.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def default_database_path() -> Path:
    """SQLite file in the user's data directory (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("slant", appauthor=False) / "slant.db"


def normalise_url(url: str | None) -> URL:
    """A SQLAlchemy URL: ``None`` → the default SQLite file; ``postgresql://`` and
    ``postgres://`` → the psycopg (version 3) driver; a bare path → SQLite file."""
    if url is None or not str(url).strip():
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite", database=str(path))
    text = str(url).strip()
    if "://" not in text:  # a plain file path
        return URL.create("sqlite", database=str(Path(text).expanduser()))
    try:
        parsed = make_url(text)
    except ArgumentError:
        raise StorageError(f"not a database URL: {_redact(text)}") from None
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if parsed.drivername not in ("sqlite", "sqlite+pysqlite"):
            raise StorageError(f"unsupported SQLite driver {parsed.drivername!r}")
        return parsed
    raise StorageError(
        f"unsupported database {backend!r}: use sqlite:///path.db or postgresql://user@host/db"
    )


def _redact(text: str) -> str:
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text.split("@")[-1] if "@" in text else text


def create_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return sa.create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def _set_wal(cursor) -> None:  # type: ignore[no-untyped-def]
    """Switch to WAL, retrying while another process creating the same new file holds it:
    the switch can fail with 'database is locked' without waiting for the busy timeout."""
    for attempt in range(100):
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == 99:
                raise
            time.sleep(0.05 + 0.01 * attempt)


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        parent = Path(database).expanduser().parent
        if not parent.is_dir():
            raise StorageError(f"cannot open database {database}: folder {parent} does not exist")
    engine = sa.create_engine(
        url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    )

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event issue BEGIN, so writers can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 30000")  # = SQLITE_BUSY_TIMEOUT_MS
        _set_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        # BEGIN IMMEDIATE for writes: a writer waits (busy_timeout) for the lock at the start
        # instead of failing when it upgrades a read snapshot that another writer outdated.
        if connection.get_execution_options().get("slant_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine
