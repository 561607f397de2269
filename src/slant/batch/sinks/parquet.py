"""Parquet output: a dataset folder with two tables, ``articles/`` and ``spans/``.

Finished chunks gather until ``rows_per_part`` articles or ``seconds_per_part`` seconds, then
become one part file in each table, written to a hidden temporary name and renamed into
place (atomic): spans first, then articles, whose part is the commit mark. A crash loses
only the rows not yet in a part; the rerun analyses those again. On
resume, temporary files and spans parts without their articles part are removed, and the
keys are read from the articles parts. Read it with ``pandas.read_parquet("out.parquet/
articles")``, DuckDB ``read_parquet('out.parquet/spans/*.parquet')`` or Spark.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from slant.batch.sinks import Record
from slant.batch.sinks.lock import OutputLock
from slant.batch.sinks.tables import ARTICLES_SCHEMA, SPANS_SCHEMA, article_row, span_rows
from slant.errors import StorageError

_PART = re.compile(r"^part-(\d{6})-([0-9a-f]{8})\.parquet$")


class ParquetSink:
    def __init__(self, path: Path, rows_per_part: int = 2000,
                 seconds_per_part: float = 60.0) -> None:
        self.path = path
        self.rows_per_part = rows_per_part
        self.seconds_per_part = seconds_per_part
        self._articles: list[dict] = []
        self._spans: list[dict] = []
        self._last_part = time.monotonic()
        self.description = f"Parquet dataset {path}/ (articles/, spans/)"
        if path.exists() and not path.is_dir():
            raise StorageError(f"--out {path}: is a file; a Parquet output is a dataset folder")
        self.articles_dir = path / "articles"
        self.spans_dir = path / "spans"
        try:
            self.articles_dir.mkdir(parents=True, exist_ok=True)
            self.spans_dir.mkdir(parents=True, exist_ok=True)
            self._lock = OutputLock(path / ".slant-batch.lock", str(path))
        except OSError as error:
            raise StorageError(f"--out {path}: cannot write ({error.strerror})") from None
        self._next_part = self._recover()
        self._keys = self._read_keys()

    def _parts(self, folder: Path) -> dict[str, Path]:
        return {p.name: p for p in folder.iterdir() if _PART.match(p.name)}

    def _recover(self) -> int:
        for folder in (self.articles_dir, self.spans_dir):
            for leftover in folder.glob(".tmp-*"):
                leftover.unlink()
        articles = self._parts(self.articles_dir)
        for name, spans_part in self._parts(self.spans_dir).items():
            if name not in articles:
                spans_part.unlink()  # its chunk never committed
        numbers = [int(_PART.match(name).group(1)) for name in articles]  # type: ignore[union-attr]
        return max(numbers, default=-1) + 1

    def done_among(self, keys: list[str]) -> set[str]:
        return self._keys.intersection(keys)

    def _read_keys(self) -> set[str]:
        keys: set[str] = set()
        for part in sorted(self._parts(self.articles_dir).values()):
            try:
                column = pq.read_table(part, columns=["key"]).column("key")
            except (pa.ArrowInvalid, OSError) as error:
                raise StorageError(f"{part}: unreadable Parquet part ({error})") from None
            keys.update(column.to_pylist())
        return keys

    def _write_atomic(self, table: pa.Table, folder: Path, name: str) -> None:
        temporary = folder / f".tmp-{name}"
        pq.write_table(table, temporary, compression="zstd")
        with open(temporary, "rb") as file:
            os.fsync(file.fileno())
        os.replace(temporary, folder / name)

    def write(self, records: list[Record]) -> None:
        """Buffer the chunk; write a part when enough rows or time have gathered."""
        for key, analysis in records:
            self._articles.append(article_row(key, analysis))
            self._spans.extend(span_rows(key, analysis))
        if self._articles and (len(self._articles) >= self.rows_per_part
                               or time.monotonic() - self._last_part >= self.seconds_per_part):
            self.flush()

    def flush(self) -> None:
        """Commit the buffered rows as one part in each table (articles last)."""
        self._last_part = time.monotonic()
        if not self._articles:
            return
        name = f"part-{self._next_part:06d}-{uuid.uuid4().hex[:8]}.parquet"
        self._next_part += 1
        self._write_atomic(pa.Table.from_pylist(self._spans, schema=SPANS_SCHEMA),
                           self.spans_dir, name)
        self._write_atomic(pa.Table.from_pylist(self._articles, schema=ARTICLES_SCHEMA),
                           self.articles_dir, name)
        for folder in (self.spans_dir, self.articles_dir):
            _fsync_dir(folder)
        self._articles, self._spans = [], []

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._lock.release()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
