"""JSON Lines output: one line per article, ``{"key": ..., "id": ..., "analysis": {...}}``.

Chunks are appended as complete lines, then flushed and fsync'ed. A crash can leave at most
one torn last line; on resume it is cut off, so every line in the file is a whole record.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from slant.batch.sinks import Record
from slant.batch.sinks.lock import OutputLock
from slant.errors import StorageError

_KEY_PREFIX = re.compile(rb'^\{"key":"([0-9a-f]{64})"')


def record_line(key: str, analysis) -> str:  # type: ignore[no-untyped-def]
    """The output line of one article (the key comes first so resuming reads it fast)."""
    return (f'{{"key":"{key}","id":{json.dumps(analysis.metadata.article_id)},'
            f'"model_version":{json.dumps(analysis.metadata.model_version)},'
            f'"analysis":{analysis.to_json()}}}\n')


class JsonlSink:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = f"JSON Lines file {path}"
        if path.is_dir():
            raise StorageError(f"--out {path}: is a folder, not a .jsonl file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = OutputLock(path.with_name(f".{path.name}.lock"), str(path))
        except OSError as error:
            raise StorageError(f"--out {path}: cannot write ({error.strerror})") from None
        self._keys = self._recover()
        self._file = open(path, "ab")  # noqa: SIM115 - closed in close()

    def _recover(self) -> set[str]:
        """Read the keys of the complete lines; cut off a torn last line."""
        keys: set[str] = set()
        if not self.path.exists():
            return keys
        good_end = 0
        with open(self.path, "r+b") as file:
            line_no = 0
            for line in file:
                line_no += 1
                if not line.endswith(b"\n"):
                    break  # a torn last line: cut below
                match = _KEY_PREFIX.match(line)
                if match and line.endswith(b"}\n"):
                    keys.add(match.group(1).decode("ascii"))
                elif line.strip():
                    try:
                        keys.add(str(json.loads(line)["key"]))
                    except (ValueError, KeyError, TypeError):
                        raise StorageError(
                            f"{self.path}:{line_no}: not a slant batch record; refusing to "
                            "append to this file (choose another --out)") from None
                good_end += len(line)
            if file.tell() != good_end or os.path.getsize(self.path) != good_end:
                file.truncate(good_end)
                file.flush()
                os.fsync(file.fileno())
        return keys

    def done_among(self, keys: list[str]) -> set[str]:
        return self._keys.intersection(keys)

    def write(self, records: list[Record]) -> None:
        if not records:
            return
        data = "".join(record_line(key, analysis) for key, analysis in records).encode("utf-8")
        self._file.write(data)
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()
        self._lock.release()
