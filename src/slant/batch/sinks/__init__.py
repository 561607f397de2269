"""Where ``slant batch`` writes: JSON Lines, a Parquet dataset, or the ``slant serve`` database.

Every sink is resumable: :meth:`Sink.done_among` tells which keys a previous run finished, and
:meth:`Sink.write` commits a chunk so that a crash (even ``kill -9``) leaves either the whole
chunk or none of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from slant.document.analysis import Analysis
from slant.errors import SlantError

#: One finished article: (key, analysis).
Record = tuple[str, Analysis]


class Sink(Protocol):
    description: str

    def done_among(self, keys: list[str]) -> set[str]:
        """Those of ``keys`` whose articles are already in the output."""

    def write(self, records: list[Record]) -> None:
        """Commit a chunk of finished articles, all or nothing."""

    def close(self) -> None: ...


DATABASE_SCHEMES = ("sqlite", "postgresql", "postgres")


def open_sink(out: str, *, rows_per_part: int = 2000) -> Sink:
    """The sink an ``--out`` value names: ``*.jsonl``, ``*.parquet`` (a dataset folder), or a
    database URL (``sqlite:///path.db``, ``postgresql://...``)."""
    scheme = out.split("://", 1)[0].split("+", 1)[0].lower() if "://" in out else ""
    if scheme in DATABASE_SCHEMES:
        from slant.batch.sinks.database import DatabaseSink

        return DatabaseSink(out)
    if scheme:
        raise SlantError(f"--out {out}: unknown URL scheme {scheme!r} (use sqlite:/// or "
                         "postgresql://, or a .jsonl or .parquet path)")
    lower = out.lower().rstrip("/")
    if lower.endswith(".jsonl"):
        from slant.batch.sinks.jsonl import JsonlSink

        return JsonlSink(Path(out))
    if lower.endswith(".parquet"):
        from slant.batch.sinks.parquet import ParquetSink

        return ParquetSink(Path(out), rows_per_part=rows_per_part)
    raise SlantError(f"--out {out}: cannot tell the output kind (name it .jsonl or .parquet, "
                     "or give a sqlite:/// or postgresql:// URL)")
