"""Tokenise whole articles and cut them into overlapping encoder windows.

Shared by inference and training, so both see exactly the same windows. Tokens keep their
character offsets into the article text; every span that leaves the pipeline is characters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

#: Encoder input length, [CLS] and [SEP] included.
WINDOW_TOKENS = 256
#: Tokens shared by consecutive windows, so that no token sits at a window edge only.
WINDOW_OVERLAP = 32


@dataclass(frozen=True)
class TokenizedText:
    """Word-piece ids of a whole text, with (start, end) character offsets per token."""

    ids: np.ndarray  # int64 [T]
    offsets: np.ndarray  # int64 [T, 2]
    word_ids: np.ndarray  # int64 [T]: index of the word each token belongs to

    def __len__(self) -> int:
        return len(self.ids)


def load_tokenizer(path: str | Path):
    """A ``tokenizers.Tokenizer`` with truncation and padding switched off."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def tokenize_texts(tokenizer, texts: list[str]) -> list[TokenizedText]:
    encodings = tokenizer.encode_batch(texts, add_special_tokens=False)
    out = []
    for encoding in encodings:
        ids = np.asarray(encoding.ids, dtype=np.int64)
        offsets = np.asarray(encoding.offsets, dtype=np.int64).reshape(-1, 2)
        words = encoding.word_ids
        word_ids = np.asarray([-1 if w is None else w for w in words], dtype=np.int64)
        out.append(TokenizedText(ids=ids, offsets=offsets, word_ids=word_ids))
    return out


def window_starts(n_tokens: int, content: int = WINDOW_TOKENS - 2,
                  overlap: int = WINDOW_OVERLAP) -> list[int]:
    """Token index where each window starts; the last window ends at the last token."""
    if n_tokens <= content:
        return [0]
    stride = content - overlap
    starts = list(range(0, n_tokens - content, stride))
    starts.append(n_tokens - content)
    return starts


def window_spans(n_tokens: int, content: int = WINDOW_TOKENS - 2,
                 overlap: int = WINDOW_OVERLAP) -> list[tuple[int, int]]:
    """Inference windows: as few as fit ``content`` tokens each with ``overlap`` shared tokens,
    all of one length, evenly spread (an 800-token article takes 4 windows of 224 tokens,
    not 4 of 254)."""
    if n_tokens <= content:
        return [(0, n_tokens)]
    count = math.ceil((n_tokens - overlap) / (content - overlap))
    length = math.ceil((n_tokens + (count - 1) * overlap) / count)
    stride = length - overlap
    return [(min(i * stride, n_tokens - length), min(i * stride, n_tokens - length) + length)
            for i in range(count)]


def build_window_batch(pieces: list[np.ndarray], cls_id: int, sep_id: int,
                       pad_id: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Pad token-id pieces into ``input_ids`` and ``attention_mask`` with [CLS] … [SEP]."""
    length = max(len(piece) for piece in pieces) + 2
    input_ids = np.full((len(pieces), length), pad_id, dtype=np.int64)
    mask = np.zeros((len(pieces), length), dtype=np.int64)
    for row, piece in enumerate(pieces):
        input_ids[row, 0] = cls_id
        input_ids[row, 1 : 1 + len(piece)] = piece
        input_ids[row, 1 + len(piece)] = sep_id
        mask[row, : len(piece) + 2] = 1
    return input_ids, mask


def tokens_in_range(offsets: np.ndarray, start: int, end: int) -> tuple[int, int]:
    """Half-open token range whose tokens lie inside [start, end) by their middle character."""
    if len(offsets) == 0:
        return 0, 0
    middles = (offsets[:, 0] + offsets[:, 1]) / 2.0
    first = int(np.searchsorted(middles, start, side="left"))
    last = int(np.searchsorted(middles, end, side="left"))
    return first, last
