"""Scorers for the shared tasks, written from the published metric definitions.

- :mod:`slant.scoring.spans`: SemEval-2020 SI, partial-overlap precision/recall/F1;
- :mod:`slant.scoring.techniques`: SemEval-2020 TC, micro-F1 over gold fragments;
- :mod:`slant.scoring.labels`: SemEval-2023 subtask 1 (single label, macro-F1) and
  subtasks 2 and 3 (multi-label, micro-F1 and macro-F1);
- :mod:`slant.scoring.binary`: SemEval-2019 Task 4, accuracy and F1 of the "true" class.

Every scorer returns a :class:`slant.scoring.report.Score`.
"""

from slant.scoring.report import ClassScore, Score

__all__ = ["ClassScore", "Score"]
