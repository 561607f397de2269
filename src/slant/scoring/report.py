"""The result every scorer returns: the main figure, the other figures, per-class rows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class ClassScore:
    """Precision, recall and F1 of one class; ``support`` gold items, ``predicted`` items
    predicted, ``correct`` of them right."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int
    correct: int


@dataclass(slots=True)
class Score:
    """The figures of one evaluation. ``figures[main]`` is the task's official measure."""

    task: str
    main: str
    figures: dict[str, float]
    per_class: list[ClassScore] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.figures[self.main]

    def to_dict(self) -> dict:
        return {
            "task": self.task,
            "main": self.main,
            "value": self.value,
            "figures": dict(self.figures),
            "per_class": [asdict(row) for row in self.per_class],
            "counts": dict(self.counts),
            "notes": list(self.notes),
        }


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 from precision and recall; 0 when either is 0."""
    if precision <= 0 or recall <= 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def ratio(numerator: float, denominator: float, when_empty: float = 0.0) -> float:
    return numerator / denominator if denominator else when_empty


def class_score(label: str, correct: int, predicted: int, support: int,
                when_empty: float = 0.0) -> ClassScore:
    """A per-class row; ``when_empty`` is the precision (recall) when nothing was predicted
    (nothing is gold) — 0 in the usual convention, 1 in the SemEval-2023 scorers."""
    precision = ratio(correct, predicted, when_empty)
    recall = ratio(correct, support, when_empty)
    return ClassScore(label, precision, recall, harmonic_mean(precision, recall), support,
                      predicted, correct)
