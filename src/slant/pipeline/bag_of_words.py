"""Hashed word and word-pair counts of a whole article (a second view for hyperpartisanship)."""

from __future__ import annotations

import re
import zlib

import numpy as np

DIMENSIONS = 2**16
_WORD = re.compile(r"[a-z0-9']+")


def hashed_counts(text: str) -> np.ndarray:
    """log(1 + count) of every word and word pair, hashed (CRC-32) into DIMENSIONS buckets."""
    words = _WORD.findall(text.lower())
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    buckets = np.fromiter((zlib.crc32(g.encode("utf-8")) % DIMENSIONS for g in grams),
                          dtype=np.int64, count=len(grams))
    return np.log1p(np.bincount(buckets, minlength=DIMENSIONS).astype(np.float32))


def tfidf(counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Rows weighted by idf and scaled to unit length."""
    weighted = counts * idf
    norm = np.linalg.norm(weighted, axis=-1, keepdims=True)
    return weighted / np.maximum(norm, 1e-9)


def inverse_document_frequency(counts: np.ndarray) -> np.ndarray:
    present = (counts > 0).sum(0)
    return (np.log((1 + len(counts)) / (1 + present)) + 1).astype(np.float32)
