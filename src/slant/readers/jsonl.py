"""Read JSON Lines files (optionally .gz/.zst): one article object per line, lazily."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from slant.document.article import Article
from slant.readers.files import MAX_ARTICLE_BYTES, ReadFailure
from slant.readers.records import FieldMap, record_or_failure
from slant.readers.streams import InputStream, decompression_error, read_input

#: A line longer than this is reported and skipped without holding it in memory.
MAX_LINE_BYTES = 2 * MAX_ARTICLE_BYTES


def iter_jsonl(stream: InputStream, fields: FieldMap) -> Iterator[Article | ReadFailure]:
    """Articles from the lines of an open JSON Lines stream; blank lines are ignored."""
    name = str(stream.path)
    line_no = 0
    while True:
        try:
            line = stream.stream.readline(MAX_LINE_BYTES + 1)
        except Exception as error:  # noqa: BLE001 - damaged compressed data ends this file
            if decompression_error(error):
                yield ReadFailure(name, f"{name}: damaged compressed data after line {line_no} "
                                  f"({error}); the rest of the file is skipped")
                return
            raise
        if not line:
            return
        line_no += 1
        where = f"{name}:{line_no}"
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = stream.stream.readline(MAX_LINE_BYTES)
            yield ReadFailure(where, f"{where}: the line is longer than "
                              f"{MAX_LINE_BYTES // 2**20} MiB; skipped")
            continue
        if line_no == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]  # a byte-order mark before the first record
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except UnicodeDecodeError:
            yield ReadFailure(where, f"{where}: not valid UTF-8")
            continue
        except json.JSONDecodeError as error:
            yield ReadFailure(where, f"{where}: not valid JSON ({error.msg} at column "
                              f"{error.colno})")
            continue
        yield record_or_failure(record, fields, where)


def read_jsonl(path: str | Path, fields: FieldMap | None = None) -> Iterator[Article | ReadFailure]:
    """Open ``path`` and yield its articles (a file that cannot be opened is one failure)."""
    return read_input(path, lambda stream: iter_jsonl(stream, fields or FieldMap()))
