"""Stage 2 of training: article-level heads (genre, frames, hyperpartisan) as regularised
linear models over frozen article features from the exported encoder."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch


@dataclass
class LinearHead:
    weight: np.ndarray  # [features, outputs]
    bias: np.ndarray  # [outputs]

    def logits(self, x: np.ndarray) -> np.ndarray:
        return x @ self.weight + self.bias


def standardiser(features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = features.mean(0)
    std = features.std(0) + 1e-6
    return mean.astype(np.float32), std.astype(np.float32)


def fit_linear(x: np.ndarray, y: np.ndarray, *, kind: str, l2: float,
               class_weight: np.ndarray | None = None, steps: int = 200) -> LinearHead:
    """Fit softmax ("multiclass", y = class index) or sigmoid ("multilabel", y = 0/1 matrix)
    regression with L2 penalty by L-BFGS; deterministic."""
    torch.manual_seed(0)
    xs = torch.from_numpy(np.asarray(x, dtype=np.float32))
    outputs = int(y.max()) + 1 if kind == "multiclass" else y.shape[1]
    if kind == "multiclass" and class_weight is not None:
        outputs = len(class_weight)
    weight = torch.zeros((xs.shape[1], outputs), requires_grad=True)
    bias = torch.zeros(outputs, requires_grad=True)
    optimizer = torch.optim.LBFGS([weight, bias], lr=1.0, max_iter=steps,
                                  line_search_fn="strong_wolfe")
    if kind == "multiclass":
        target = torch.from_numpy(np.asarray(y, dtype=np.int64))
        cw = None if class_weight is None else torch.from_numpy(class_weight.astype(np.float32))
    else:
        target = torch.from_numpy(np.asarray(y, dtype=np.float32))

    def closure():
        optimizer.zero_grad()
        logits = xs @ weight + bias
        if kind == "multiclass":
            loss = torch.nn.functional.cross_entropy(logits, target, weight=cw)
        else:
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, target)
        loss = loss + l2 * (weight**2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    return LinearHead(weight.detach().numpy().copy(), bias.detach().numpy().copy())


def balanced_weights(y: np.ndarray, classes: int) -> np.ndarray:
    counts = np.bincount(y, minlength=classes).astype(np.float64)
    counts[counts == 0] = 1.0
    weights = len(y) / (classes * counts)
    return np.minimum(weights, 10.0)


def kfold_indices(n: int, folds: int, seed: int = 13) -> list[np.ndarray]:
    order = np.random.default_rng(seed).permutation(n)
    return [order[i::folds] for i in range(folds)]
