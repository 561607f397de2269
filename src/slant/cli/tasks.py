"""The shared tasks that ``slant evaluate`` and ``slant predict`` take as first argument."""

from __future__ import annotations

from enum import StrEnum


class SharedTask(StrEnum):
    si = "si"
    tc = "tc"
    st1 = "st1"
    st2 = "st2"
    st3 = "st3"
    hyperpartisan = "hyperpartisan"


TASK_HELP = "si, tc, st1, st2, st3 or hyperpartisan"
