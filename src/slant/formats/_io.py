"""Shared plumbing for the shared-task file formats: reading lines with exact positions for
error messages, parsing fields, and atomic writing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Protocol

from slant.errors import FormatError


def fail(path: str | Path, line: int | None, message: str) -> FormatError:
    """A :class:`FormatError` whose text names the file, the line and what is wrong."""
    where = f"{path}:{line}" if line is not None else str(path)
    return FormatError(f"{where}: {message}")


def read_text(path: str | Path) -> str:
    """The whole file as UTF-8 text, or a one-line :class:`FormatError`."""
    path = Path(path)
    if not path.exists():
        raise FormatError(f"{path}: no such file")
    if path.is_dir():
        raise FormatError(f"{path}: is a folder, not a file")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise FormatError(f"{path}: permission denied") from None
    except OSError as error:
        raise FormatError(f"{path}: cannot read ({error.strerror})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FormatError(
            f"{path}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def iter_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(1-based line number, line without its line break) for every line that is not blank.

    Only ``\\n`` and a ``\\r`` right before it are removed: trailing tabs stay, because an
    empty last field (``ID<TAB>line<TAB>``) is meaningful in these formats.
    """
    text = read_text(path)
    if text.startswith("\ufeff"):
        text = text[1:]
    for number, line in enumerate(text.split("\n"), start=1):
        if line.endswith("\r"):
            line = line[:-1]
        if line.strip():
            yield number, line


def split_fields(path: str | Path, number: int, line: str, expected: int, layout: str,
                 *, last_may_hold_tabs: bool = False) -> list[str]:
    """Tab-separated fields of one line; exactly ``expected`` of them or a FormatError."""
    fields = line.split("\t", expected - 1) if last_may_hold_tabs else line.split("\t")
    if len(fields) != expected:
        raise fail(path, number, f"expected {expected} tab-separated fields ({layout}), "
                                 f"found {len(fields)}")
    return fields


def parse_offset(path: str | Path, number: int, value: str, what: str) -> int:
    value = value.strip()
    if not value.isdigit():
        raise fail(path, number, f"{what} must be a non-negative integer, found {value!r}")
    return int(value)


def parse_range(path: str | Path, number: int, start: str, end: str) -> tuple[int, int]:
    first = parse_offset(path, number, start, "start offset")
    last = parse_offset(path, number, end, "end offset")
    if last <= first:
        raise fail(path, number, f"end offset {last} is not greater than start offset {first}")
    return first, last


def parse_id(path: str | Path, number: int, value: str) -> str:
    value = value.strip()
    if not value or any(c.isspace() for c in value):
        raise fail(path, number, f"invalid article id {value!r}")
    return value


def check_label(path: str | Path, number: int, label: str, known: Collection[str] | None,
                kind: str) -> str:
    """``label`` itself, or a FormatError when a list of known labels is given and lacks it."""
    if known is not None and label not in known:
        raise fail(path, number, f"unknown {kind} {label!r}")
    return label


def iter_technique_spans(path: str | Path, known: Collection[str] | None, kind: str, *,
                         refused: Mapping[str, str] | None = None
                         ) -> Iterator[tuple[str, str, int, int]]:
    """(article id, technique, start, end) of every ``ID<TAB>technique<TAB>start<TAB>end``
    line; a technique in ``refused`` raises a FormatError with the message given for it."""
    for number, line in iter_lines(path):
        article_id, technique, start, end = split_fields(
            path, number, line, 4, "ID, technique, start, end"
        )
        technique = technique.strip()
        if refused and technique in refused:
            raise fail(path, number, refused[technique])
        check_label(path, number, technique, known, kind)
        first, last = parse_range(path, number, start, end)
        yield parse_id(path, number, article_id), technique, first, last


class TechniqueSpanLine(Protocol):
    article_id: str
    technique: str
    start: int
    end: int


def write_technique_spans(path: str | Path, spans: Iterable[TechniqueSpanLine]) -> None:
    """``ID<TAB>technique<TAB>start<TAB>end`` lines, written atomically."""
    atomic_write_text(path, join_lines(
        [f"{x.article_id}\t{x.technique}\t{x.start}\t{x.end}" for x in spans]
    ))


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8, line breaks as given) to a temporary file, then rename it over
    ``path``: readers never see a half-written file and a failed write leaves no debris."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise FormatError(f"{path}: the folder {directory} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def join_lines(lines: list[str]) -> str:
    """Lines joined with ``\\n`` and a final line break (an empty file for no lines)."""
    return "".join(f"{line}\n" for line in lines)
