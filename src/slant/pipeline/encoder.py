"""The ONNX encoder: whole articles in, per-token states, technique probabilities and (from
model 0.2.0) quote-tag probabilities out.

Articles are tokenised whole, cut into overlapping windows, batched across articles by
length, and stitched back: a token seen by two windows gets the mean of both outputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from slant.errors import ModelError
from slant.pipeline.features import sigmoid, softmax
from slant.pipeline.windows import (
    TokenizedText,
    build_window_batch,
    load_tokenizer,
    tokenize_texts,
    window_spans,
)


@dataclass
class EncodedText:
    tokens: TokenizedText
    hidden: np.ndarray  # float32 [T, width]
    token_probs: np.ndarray  # float32 [T, channels]
    quote_probs: np.ndarray | None = None  # float32 [T, quote tags]; None: model has no quote head


class OnnxEncoder:
    def __init__(self, onnx_path: Path, tokenizer_path: Path, threads: int | None = None,
                 windows_per_run: int = 16) -> None:
        import onnxruntime as ort

        if not onnx_path.is_file() or not tokenizer_path.is_file():
            raise ModelError(f"model files missing in {onnx_path.parent}")
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(
                str(onnx_path), options, providers=["CPUExecutionProvider"]
            )
        except Exception as error:  # noqa: BLE001 - onnxruntime raises plain RuntimeErrors
            raise ModelError(f"cannot load {onnx_path}: {error}") from None
        self.tokenizer = load_tokenizer(tokenizer_path)
        self.cls_id = self.tokenizer.token_to_id("[CLS]")
        self.sep_id = self.tokenizer.token_to_id("[SEP]")
        self.windows_per_run = windows_per_run
        self.outputs = ["hidden", "token_logits"]
        if "quote_logits" in {output.name for output in self.session.get_outputs()}:
            self.outputs.append("quote_logits")

    def run_windows(self, input_ids: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
        """hidden, token logits and, when the model has a quote head, quote logits."""
        return self.session.run(self.outputs, {"input_ids": input_ids, "attention_mask": mask})

    def window_batches(self, tokenized: list[TokenizedText]):
        """(pieces, input_ids, attention_mask) per encoder run; pieces are (text, start, end)."""
        pieces: list[tuple[int, int, int]] = []  # (text index, start token, end token)
        for index, tokens in enumerate(tokenized):
            n = len(tokens)
            for start, end in window_spans(n):
                if end > start:
                    pieces.append((index, start, end))
        pieces.sort(key=lambda p: p[2] - p[1])
        for first in range(0, len(pieces), self.windows_per_run):
            group = pieces[first : first + self.windows_per_run]
            ids, mask = build_window_batch(
                [tokenized[i].ids[a:b] for i, a, b in group], self.cls_id, self.sep_id
            )
            yield group, ids, mask

    def encode(self, texts: list[str]) -> list[EncodedText]:
        tokenized = tokenize_texts(self.tokenizer, texts)
        widths: list[int] | None = None  # per output: its last dimension
        sums: list[list[np.ndarray] | None] = [None] * len(texts)  # per text, per output
        counts = [np.zeros(len(t), dtype=np.float32) for t in tokenized]
        for group, ids, mask in self.window_batches(tokenized):
            outputs = self.run_windows(ids, mask)
            widths = [output.shape[2] for output in outputs]
            for row, (index, a, b) in enumerate(group):
                if sums[index] is None:
                    n = len(tokenized[index])
                    sums[index] = [np.zeros((n, w), dtype=np.float32) for w in widths]
                for total, output in zip(sums[index], outputs, strict=True):
                    total[a:b] += output[row, 1 : 1 + b - a]
                counts[index][a:b] += 1.0
        out = []
        for index, tokens in enumerate(tokenized):
            totals = sums[index]
            if totals is None:  # no tokens at all (text of symbols the vocabulary lacks)
                totals = [np.zeros((0, w), np.float32) for w in widths or [1, 1]]
            scale = np.maximum(counts[index], 1.0)[:, None]
            hidden, logits = totals[0] / scale, totals[1] / scale
            quote = softmax(totals[2] / scale) if len(totals) > 2 else None
            out.append(EncodedText(tokens, hidden, sigmoid(logits), quote))
        return out
