"""Everything ``slant batch`` reads: files, folders, JSON Lines, CSV/TSV, WARC, SemEval folders.

The kind of each file comes from its name (``.jsonl``, ``.csv``, ``.tsv``, ``.warc``, ``.txt``,
``.html``; each optionally ``.gz`` or ``.zst``) or from ``--input-format``. Everything is read
lazily, and :attr:`BatchInput.bytes_done` / :attr:`BatchInput.total_bytes` measure progress.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from slant.document.article import Article, article_id_from_path
from slant.errors import InputError, SlantError
from slant.readers.csv_ import iter_csv
from slant.readers.files import (
    MAX_ARTICLE_BYTES,
    ReadFailure,
    article_from_text,
    decode_article_bytes,
)
from slant.readers.jsonl import iter_jsonl
from slant.readers.pending import PendingHtml
from slant.readers.records import FieldMap
from slant.readers.streams import InputStream, open_input, strip_compression
from slant.readers.warc import iter_warc

INPUT_FORMATS = ("auto", "files", "semeval", "jsonl", "csv", "tsv", "warc")

_SUFFIXES = {
    "files": (".txt", ".text", ".html", ".htm"),
    "jsonl": (".jsonl", ".ndjson"),  # not .json: that is usually one document, not lines
    "csv": (".csv",),
    "tsv": (".tsv",),
    "warc": (".warc", ".arc"),
}
_SEMEVAL_NAME = re.compile(r"^article\d+\.txt$")  # not article1-labels-subtask-3.txt


def format_of(path: Path) -> str | None:
    """The format a file name says (``None``: not a batch input)."""
    name = strip_compression(path.name).lower()
    for kind, suffixes in _SUFFIXES.items():
        if name.endswith(suffixes):
            return "jsonl" if kind == "jsonl" else kind
    return None


class BatchInput:
    """The articles of many inputs, read lazily, with byte counts for a progress bar."""

    def __init__(self, inputs: Sequence[str], input_format: str = "auto",
                 fields: FieldMap | None = None) -> None:
        if input_format not in INPUT_FORMATS:
            raise InputError(f"unknown input format {input_format!r} "
                             f"(choose from {', '.join(INPUT_FORMATS)})")
        if not inputs:
            raise InputError("no input given")
        self.inputs = list(inputs)
        self.input_format = input_format
        self.fields = fields or FieldMap()
        self.bytes_done = 0
        self.total_bytes: int | None = None
        for item in self.inputs:
            if item == "-":
                raise InputError("slant batch reads files and folders, not standard input")

    def files(self) -> Iterator[tuple[Path, str] | ReadFailure]:
        """Each file to read with its format, in a stable (sorted) order."""
        for item in self.inputs:
            path = Path(item)
            if not path.exists():
                yield ReadFailure(item, f"{item}: no such file or folder")
                continue
            if path.is_dir():
                found = False
                for root, dirs, names in os.walk(path):
                    dirs.sort()
                    dirs[:] = [d for d in dirs if not d.startswith(".")]
                    for file_name in sorted(names):
                        if file_name.startswith("."):
                            continue
                        kind = self._kind(Path(root) / file_name, in_folder=True)
                        if kind is not None:
                            found = True
                            yield Path(root) / file_name, kind
                if not found:
                    yield ReadFailure(item, f"{item}: the folder holds no input this format reads")
                continue
            kind = self._kind(path, in_folder=False)
            if kind is None:
                yield ReadFailure(item, f"{item}: unknown input kind (name it .jsonl, .csv, "
                                  ".tsv, .warc, .txt or .html, or give --input-format)")
                continue
            yield path, kind

    def _kind(self, path: Path, *, in_folder: bool) -> str | None:
        detected = format_of(path)
        if self.input_format == "semeval":
            return "files" if _SEMEVAL_NAME.match(path.name) else None
        if self.input_format == "auto":
            return detected
        if in_folder and detected != self.input_format:
            return None  # a folder read with --input-format X holds X files (and others)
        return "files" if self.input_format == "files" else self.input_format

    def measure(self) -> int:
        """Sum the sizes of all inputs (for the progress bar's ETA)."""
        total = 0
        for entry in self.files():
            if isinstance(entry, tuple):
                try:
                    total += entry[0].stat().st_size
                except OSError:
                    pass
        self.total_bytes = total
        return total

    def __iter__(self) -> Iterator[Article | PendingHtml | ReadFailure]:
        """Articles; HTML pages come as :class:`PendingHtml` (extracted by the workers)."""
        finished = 0
        for entry in self.files():
            if isinstance(entry, ReadFailure):
                yield entry
                continue
            path, kind = entry
            stream = open_input(path)
            if isinstance(stream, ReadFailure):
                yield stream
                continue
            with stream:
                if kind == "files":
                    self.bytes_done = finished + stream.path.stat().st_size
                    yield _read_single(stream)
                else:
                    records = (iter_jsonl(stream, self.fields) if kind == "jsonl"
                               else iter_warc(stream, defer_html=True) if kind == "warc"
                               else iter_csv(stream, self.fields))
                    for item in records:
                        self.bytes_done = finished + stream.bytes_read
                        yield item
                finished += stream.bytes_read
                self.bytes_done = finished


def _read_single(stream: InputStream) -> Article | PendingHtml | ReadFailure:
    """One .txt/.html article file (possibly compressed), id from its file name."""
    from slant.readers.html import looks_like_html

    name = str(stream.path)
    try:
        data = stream.stream.read(MAX_ARTICLE_BYTES + 1)
        text = decode_article_bytes(data, name)
        plain_name = strip_compression(name)
        article_id = article_id_from_path(plain_name)
        if plain_name.lower().endswith((".html", ".htm")) or looks_like_html(text):
            return PendingHtml(text, where=name, id=article_id, source_path=name)
        return article_from_text(text, plain_name, id=article_id, source_path=name,
                                 is_html=False)
    except SlantError as error:
        return ReadFailure(name, str(error))
    except Exception as error:  # noqa: BLE001 - damaged compressed data
        return ReadFailure(name, f"{name}: cannot read ({type(error).__name__}: {error})")
