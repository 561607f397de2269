"""An exclusive lock beside an output, so that two batch runs never write it at once."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from slant.errors import StorageError


class OutputLock:
    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise StorageError(f"{what} is being written by another slant batch run") from None

    def release(self) -> None:
        if self._fd >= 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = -1
