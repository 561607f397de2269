"""Can the shipped encoder tell quoted text apart? A linear probe on its frozen token states.

    python benchmarks/quotes_probe.py --data /work/shared/data [--set dev]

Runs model v0.1.0's encoder over the annotated articles, labels every token outside a quote,
inside a direct quote or inside an indirect quote (gold spans), and trains a softmax regression
on the token's hidden state plus the mean state of the 24 tokens on each side. Five folds by
article; prints token-level precision, recall and F1 per kind, for the probe and, on the same
tokens, for the rule-based voices layer. This decides whether a learned
quote tagger can sit on the shipped encoder instead of a second model (which would not fit the
30 MB release budget).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402
from quotes_data import SETS, load_set  # noqa: E402
from quotes_scoring import report_tokens, token_labels  # noqa: E402

import slant  # noqa: E402
from slant.document.article import Article  # noqa: E402
from slant.pipeline.analyzer import empty_analysis  # noqa: E402
from slant.voices.component import analyse_voices  # noqa: E402

CONTEXT = 24


def token_features(hidden: np.ndarray) -> np.ndarray:
    sums = np.vstack([np.zeros((1, hidden.shape[1]), np.float32), np.cumsum(hidden, axis=0)])
    positions = np.arange(len(hidden))
    lo = np.clip(positions - CONTEXT, 0, len(hidden))
    hi = np.clip(positions + CONTEXT + 1, 0, len(hidden))
    context = (sums[hi] - sums[lo]) / (hi - lo)[:, None]
    return np.hstack([hidden, context])


def fit_softmax(x: np.ndarray, y: np.ndarray, classes: int, epochs: int = 300,
                rate: float = 0.5, l2: float = 1e-3) -> np.ndarray:
    """Full-batch gradient descent on the softmax loss, classes weighted to balance."""
    x1 = np.hstack([x, np.ones((len(x), 1), np.float32)])
    weights = np.zeros((x1.shape[1], classes), np.float32)
    counts = np.bincount(y, minlength=classes).astype(np.float32)
    sample_weight = (len(y) / (classes * np.maximum(counts, 1)))[y]
    onehot = np.eye(classes, dtype=np.float32)[y]
    for _ in range(epochs):
        logits = x1 @ weights
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = x1.T @ ((probs - onehot) * sample_weight[:, None]) / len(y) + l2 * weights
        weights -= rate * grad
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    parser.add_argument("--set", default="dev", choices=sorted(SETS))
    args = parser.parse_args()
    model = slant.load().components[0]
    features, labels, rules = {}, {}, {}
    for article in load_set(args.data, args.set):
        encoded = model.encode([article.text])[0]
        offsets = encoded.tokens.offsets
        features[article.id] = token_features(encoded.hidden.astype(np.float32))
        labels[article.id] = token_labels(offsets, [(q.start, q.end, q.kind)
                                                    for q in article.quotes])
        document = Article.from_text(article.text, id=article.id)
        analysis = empty_analysis(document)
        analyse_voices(document, analysis)
        rules[article.id] = token_labels(offsets, [(q.start, q.end, q.kind)
                                                   for q in analysis.quotes or []])
    ids = sorted(features)
    np.random.RandomState(0).shuffle(ids)
    predicted, gold = [], []
    for fold in range(5):
        test = set(ids[fold::5])
        train = [i for i in ids if i not in test]
        x = np.vstack([features[i] for i in train])
        mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
        weights = fit_softmax((x - mean) / scale, np.concatenate([labels[i] for i in train]), 3)
        for i in sorted(test):
            xt = np.hstack([(features[i] - mean) / scale, np.ones((len(features[i]), 1))])
            predicted.append((xt @ weights).argmax(axis=1))
            gold.append(labels[i])
    print(machine_line())
    print(f"set: {args.set}, articles: {len(ids)}, tokens: {sum(len(v) for v in gold)}")
    report_tokens("linear probe", np.concatenate(predicted), np.concatenate(gold))
    report_tokens("rules", np.concatenate([rules[i] for i in ids]),
           np.concatenate([labels[i] for i in ids]))

if __name__ == "__main__":
    main()
