"""The engine interface: analyse chunks somewhere, hand back results as chunks finish."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from slant.batch.worker import Chunk, Result


class Engine(Protocol):
    #: Human-readable description for logs ("local, 2 worker processes").
    description: str

    def start(self) -> str | None:
        """Start the workers (each loads the analyzer once); return their model version."""

    def run(self, chunks: Iterator[Chunk]) -> Iterator[list[Result]]:
        """Analyse chunks, pulling a new one only when a worker is free (bounded memory),
        and yield each chunk's results as it finishes (in any order)."""

    def close(self) -> None:
        """Stop the workers this engine started."""
