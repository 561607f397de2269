"""Open input files as byte streams, decompressing ``.gz`` and ``.zst`` on the fly.

Nothing is unpacked to disk: the decompressor reads the compressed file piece by piece.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from slant.errors import InputError
from slant.readers.files import ReadFailure

Item = TypeVar("Item")

COMPRESSION_SUFFIXES = (".gz", ".zst")


def strip_compression(name: str) -> str:
    """``corpus.jsonl.gz`` → ``corpus.jsonl``; other names unchanged."""
    lower = name.lower()
    for suffix in COMPRESSION_SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


class CountingReader(io.RawIOBase):
    """Wraps a raw file and counts the (compressed) bytes read from it, for progress."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        count = self._raw.readinto(buffer)
        if count:
            self.bytes_read += count
        return count or 0

    def close(self) -> None:
        self._raw.close()
        super().close()


class InputStream:
    """A decompressed binary stream over one file, with the count of file bytes consumed."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        name = str(path)
        try:
            raw = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        except FileNotFoundError:
            raise InputError(f"{name}: no such file or folder") from None
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except IsADirectoryError:
            raise InputError(f"{name}: is a folder, not a file") from None
        except OSError as error:
            raise InputError(f"{name}: cannot read ({error.strerror})") from None
        self._counter = CountingReader(raw)
        buffered = io.BufferedReader(self._counter, buffer_size=1 << 16)
        lower = name.lower()
        self.stream: BinaryIO
        if lower.endswith(".gz"):
            self.stream = gzip.GzipFile(fileobj=buffered, mode="rb")  # type: ignore[assignment]
        elif lower.endswith(".zst"):
            import zstandard

            reader = zstandard.ZstdDecompressor().stream_reader(buffered, read_across_frames=True)
            self.stream = io.BufferedReader(reader, buffer_size=1 << 16)  # type: ignore[arg-type]
        else:
            self.stream = buffered  # type: ignore[assignment]

    @property
    def bytes_read(self) -> int:
        """File bytes consumed so far (compressed bytes for compressed files)."""
        return self._counter.bytes_read

    def close(self) -> None:
        try:
            self.stream.close()
        finally:
            self._counter.close()

    def __enter__(self) -> InputStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_input(path: str | Path) -> InputStream | ReadFailure:
    """The opened stream, or the one-line failure to report when the file cannot be opened."""
    try:
        return InputStream(path)
    except InputError as error:
        return ReadFailure(str(path), str(error))


def read_input(path: str | Path, iterate: Callable[[InputStream], Iterator[Item]]
               ) -> Iterator[Item | ReadFailure]:
    """Open ``path`` and yield what ``iterate`` reads from it (a file that cannot be opened
    is one failure); the stream is closed when the items run out."""
    stream = open_input(path)
    if isinstance(stream, ReadFailure):
        yield stream
        return
    with stream:
        yield from iterate(stream)


def decompression_error(error: BaseException) -> bool:
    """Whether an exception raised while reading means the compressed data is damaged."""
    import zlib

    if isinstance(error, (EOFError, gzip.BadGzipFile, zlib.error)):
        return True
    return type(error).__module__.startswith("zstandard") or "zstd" in type(error).__name__.lower()
