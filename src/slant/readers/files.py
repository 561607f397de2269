"""Read articles from files, folders and standard input, with clear errors for bad input."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from slant.document.article import Article, article_id_from_path
from slant.errors import InputError, SlantError

#: Larger inputs are refused: no news article is this long, and it protects memory.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm"}


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read, with the one-line reason."""

    path: str
    reason: str


def decode_article_bytes(data: bytes, name: str) -> str:
    """Decode UTF-8 exactly (a BOM is kept as U+FEFF); refuse binary and empty input."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{name}: {len(data) / 1e6:.1f} MB is larger than the {MAX_ARTICLE_BYTES // 2**20} MiB "
            "limit for one article"
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data, not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: empty article (no text other than whitespace)")
    return text


def article_from_text(text: str, name: str, *, id: str | None = None,
                      source_path: str | None = None, is_html: bool | None = None) -> Article:
    from slant.readers.html import looks_like_html

    if is_html is None:
        is_html = name.lower().endswith((".html", ".htm")) or looks_like_html(text)
    try:
        if is_html:
            return Article.from_html(text, id=id, source_path=source_path)
        return Article.from_text(text, id=id, source_path=source_path)
    except InputError as error:
        raise InputError(f"{name}: {error}") from None


def read_article_file(path: str | Path, id: str | None = None) -> Article:
    """Read one article file (.txt or .html)."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        if path.is_symlink():
            raise InputError(f"{name}: broken symbolic link (its target does not exist)")
        raise InputError(f"{name}: no such file or folder")
    if path.is_dir():
        raise InputError(f"{name}: is a folder, not a file")
    if not path.is_file():
        # A FIFO, socket or device would block or never end: refuse it before opening.
        raise InputError(f"{name}: not a regular file (a pipe, socket or device)")
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(
                f"{name}: {size / 1e6:.1f} MB is larger than the "
                f"{MAX_ARTICLE_BYTES // 2**20} MiB limit for one article"
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror})") from None
    text = decode_article_bytes(data, name)
    return article_from_text(
        text, name, id=id or article_id_from_path(path), source_path=str(path)
    )


def _expand(path: Path, errors: list[ReadFailure]) -> Iterator[Path]:
    """The article files under ``path`` (itself when it is not a folder), sorted.

    Sub-folders that cannot be listed are reported in ``errors`` rather than skipped silently.
    """
    if path.is_dir():

        def on_error(error: OSError) -> None:
            where = error.filename or str(path)
            errors.append(ReadFailure(str(where), f"{where}: cannot list the folder "
                                                  f"({error.strerror or error})"))

        for root, dirs, files in os.walk(path, onerror=on_error):
            dirs.sort()
            for file in sorted(files):
                candidate = Path(root) / file
                if candidate.suffix.lower() in ARTICLE_SUFFIXES and not file.startswith("."):
                    yield candidate
    else:
        yield path


def _read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("<stdin>: standard input is not available")
    try:
        data = stream.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise InputError(f"<stdin>: cannot read ({error.strerror or error})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"<stdin>: larger than the {MAX_ARTICLE_BYTES // 2**20} MiB limit for one article"
        )
    return data


def iter_articles(inputs: Iterable[str]) -> Iterator[Article | ReadFailure]:
    """Articles from paths, folders (recursively: .txt/.html) and ``-`` (standard input).

    A bad input yields a :class:`ReadFailure` and the iteration goes on.
    """
    for item in inputs:
        if item == "-":
            try:
                text = decode_article_bytes(_read_stdin(), "<stdin>")
                yield article_from_text(text, "<stdin>", id="stdin")
            except SlantError as error:
                yield ReadFailure("-", str(error))
            continue
        path = Path(item)
        if not path.exists() and not path.is_symlink():
            yield ReadFailure(item, f"{item}: no such file or folder")
            continue
        found = False
        errors: list[ReadFailure] = []
        for file in _expand(path, errors):
            yield from errors
            errors.clear()
            found = True
            try:
                yield read_article_file(file)
            except SlantError as error:
                yield ReadFailure(str(file), str(error))
        yield from errors
        if not found and not errors and path.is_dir():
            yield ReadFailure(item, f"{item}: the folder holds no .txt or .html article")
