"""Counts of a batch run, and the failures with their reasons."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Summary:
    done: int = 0
    skipped_done: int = 0
    skipped_duplicate: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    #: At most this many failures are kept with their reasons (the count is always exact).
    keep_failures: int = 1000
    failed: int = 0
    #: Seconds spent starting the engine (workers loading the analyzer).
    startup: float = 0.0

    def fail(self, where: str, reason: str) -> None:
        self.failed += 1
        if len(self.failures) < self.keep_failures:
            self.failures.append((where, reason))

    @property
    def skipped(self) -> int:
        return self.skipped_done + self.skipped_duplicate

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Articles per second once the workers were up."""
        working = self.elapsed - self.startup
        return self.done / working if working > 0 else 0.0

    def line(self) -> str:
        return (f"{self.done} done, {self.skipped} skipped, {self.failed} failed, "
                f"{self.rate:.1f} articles/s")

    def report(self, max_reasons: int = 20) -> str:
        """The end-of-run summary: counts, then the failures' reasons."""
        lines = [
            f"slant batch: {self.done} done, {self.skipped} skipped "
            f"({self.skipped_done} already in the output, {self.skipped_duplicate} duplicate "
            f"texts in the input), {self.failed} failed, in {self.elapsed:.2f} s "
            f"(start-up {self.startup:.2f} s; then {self.rate:.1f} articles/s)"
        ]
        if self.failed:
            kinds = Counter(_kind(reason) for _, reason in self.failures)
            lines.append("failures by reason: " + "; ".join(
                f"{kind} ({count})" for kind, count in kinds.most_common(8)))
            for _, reason in self.failures[:max_reasons]:
                lines.append(f"  failed: {reason}")
            if self.failed > max_reasons:
                lines.append(f"  ... and {self.failed - max_reasons} more failures")
        return "\n".join(lines)


def _kind(reason: str) -> str:
    """A reason without its location (``file:12: not valid JSON (...)`` -> ``not valid JSON``)."""
    tail = reason.rsplit(": ", 1)[-1] if ": " in reason else reason
    return tail.split(" (")[0][:80]
