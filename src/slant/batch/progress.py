"""Progress on stderr: a rich bar (articles/s, ETA, failures) or plain log lines (--quiet)."""

from __future__ import annotations

import sys
import time

from slant.batch.summary import Summary


class LogProgress:
    """One plain line every ``every`` seconds: for logs, pipes and ``--quiet``."""

    def __init__(self, every: float = 10.0) -> None:
        self.every = every
        self._last = time.monotonic()

    def start(self, what: str, total_bytes: int | None) -> None:
        print(f"slant batch: {what}", file=sys.stderr, flush=True)

    def update(self, summary: Summary, bytes_done: int, total_bytes: int | None) -> None:
        now = time.monotonic()
        if now - self._last < self.every:
            return
        self._last = now
        share = f", {100 * bytes_done / total_bytes:.0f}% of the input" if total_bytes else ""
        print(f"slant batch: {summary.line()}{share}", file=sys.stderr, flush=True)

    def stop(self) -> None:
        pass


class RichProgress:
    """A live bar; the ETA follows the share of input bytes read."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("[bold]slant batch[/]"),
            BarColumn(),
            TextColumn("{task.fields[done]} done"),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TextColumn("{task.fields[skipped]} skipped"),
            TextColumn("[red]{task.fields[failed]} failed[/]"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task = None

    def start(self, what: str, total_bytes: int | None) -> None:
        self._progress.console.print(f"slant batch: {what}")
        self._progress.start()
        self._task = self._progress.add_task("batch", total=total_bytes or None, done=0,
                                             rate=0.0, skipped=0, failed=0)

    def update(self, summary: Summary, bytes_done: int, total_bytes: int | None) -> None:
        assert self._task is not None
        self._progress.update(self._task, completed=bytes_done, done=summary.done,
                              rate=summary.rate, skipped=summary.skipped, failed=summary.failed)

    def stop(self) -> None:
        self._progress.stop()
