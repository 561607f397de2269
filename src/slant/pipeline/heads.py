"""The small heads over encoder outputs, in numpy, with weights from ``heads.npz``."""

from __future__ import annotations

import numpy as np

from slant.pipeline.bag_of_words import hashed_counts, tfidf
from slant.pipeline.features import sigmoid, softmax


def gelu_tanh(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x**3)))


class Heads:
    """Weights of every head; ``y = x @ W + b`` for each linear layer."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self.w = {name: np.asarray(value, dtype=np.float32) for name, value in weights.items()}

    def span_techniques(self, features: np.ndarray) -> np.ndarray:
        """PTC technique probabilities (softmax) for rows of [pooled; extra] span features."""
        hidden = gelu_tanh(features @ self.w["span_hidden_w"] + self.w["span_hidden_b"])
        return softmax(hidden @ self.w["span_out_w"] + self.w["span_out_b"])

    def paragraph_techniques(self, pooled: np.ndarray) -> np.ndarray:
        return sigmoid(pooled @ self.w["paragraph_w"] + self.w["paragraph_b"])

    def _article(self, features: np.ndarray, name: str) -> np.ndarray:
        x = (features - self.w["article_mean"]) / self.w["article_std"]
        return x @ self.w[f"{name}_w"] + self.w[f"{name}_b"]

    def has(self, name: str) -> bool:
        return f"{name}_w" in self.w

    def genre(self, features: np.ndarray) -> np.ndarray:
        return softmax(self._article(features, "genre"))

    def frames(self, features: np.ndarray) -> np.ndarray:
        return sigmoid(self._article(features, "frames"))

    def hyperpartisan(self, features: np.ndarray, text: str) -> float:
        """Mean of two views: the encoder's article features, and hashed word counts."""
        probability = float(sigmoid(self._article(features, "hyperpartisan"))[..., 0])
        if "hyperpartisan_bow_w" not in self.w:
            return probability
        bow = tfidf(hashed_counts(text), self.w["bow_idf"])
        bow_probability = float(sigmoid(bow @ self.w["hyperpartisan_bow_w"] + self.w["hyperpartisan_bow_b"])[0])
        return 0.5 * (probability + bow_probability)


def article_features(hidden: np.ndarray, token_probs: np.ndarray) -> np.ndarray:
    """[mean state; mean token probability; max token probability] over the whole article."""
    if len(hidden) == 0:
        return np.zeros(hidden.shape[1] + 2 * token_probs.shape[1], dtype=np.float32)
    return np.concatenate(
        [hidden.mean(0), token_probs.mean(0), token_probs.max(0)]
    ).astype(np.float32)
