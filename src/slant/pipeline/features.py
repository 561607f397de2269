"""Hand-made features the heads see besides the encoder states (numpy, shared with training)."""

from __future__ import annotations

import math

import numpy as np

#: Length of :func:`span_extra_features`.
N_SPAN_EXTRA = 4


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


def span_extra_features(text_lower: str, fragment: str) -> np.ndarray:
    """[occurs elsewhere, log1p(other occurrences), log1p(characters)/6, is a question]."""
    needle = _normalise(fragment)
    others = 0
    if len(needle) >= 3:
        others = max(text_lower.count(needle) - 1, 0)
    return np.asarray(
        [float(others > 0), math.log1p(others), math.log1p(len(fragment)) / 6.0,
         float(fragment.rstrip().endswith("?"))],
        dtype=np.float32,
    )


def normalised_lower(text: str) -> str:
    """The article text as :func:`span_extra_features` searches it."""
    return _normalise(text)


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    shifted = x - x.max(axis=axis, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=axis, keepdims=True)


def pooled(hidden: np.ndarray, token_probs: np.ndarray, start: int, end: int) -> np.ndarray:
    """[mean state; max state; max token probability per channel] over tokens [start, end)."""
    if end <= start:
        width = hidden.shape[1]
        return np.zeros(2 * width + token_probs.shape[1], dtype=np.float32)
    part = hidden[start:end]
    return np.concatenate([part.mean(0), part.max(0), token_probs[start:end].max(0)]).astype(
        np.float32
    )
