"""Stage 1 of training: fine-tune the encoder with its heads on the PTC train articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import torch

from slant.pipeline.labels import SEMEVAL2023_LABELS
from slant.pipeline.windows import load_tokenizer, tokenize_texts
from slant.training.corpus import TrainingArticle
from slant.training.examples import Window, article_windows
from slant.training.loop import TrainConfig, train_network
from slant.training.network import SlantNetwork, encoder_path


def tokenizer_file(encoder: str | None = None) -> Path:
    return Path(encoder or encoder_path()) / "tokenizer.json"


def build_windows(articles: list[TrainingArticle], encoder: str | None = None) -> list[Window]:
    tokenizer = load_tokenizer(tokenizer_file(encoder))
    tokenized = tokenize_texts(tokenizer, [a.text for a in articles])
    windows: list[Window] = []
    for article, tokens in zip(articles, tokenized, strict=True):
        windows.extend(article_windows(article, tokens, SEMEVAL2023_LABELS))
    return windows


def fit_network(articles: list[TrainingArticle], out_dir: Path, config: TrainConfig,
                log: Callable[[str], None] = print, encoder: str | None = None) -> SlantNetwork:
    tokenizer = load_tokenizer(tokenizer_file(encoder))
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    windows = build_windows(articles, encoder)
    n_tokens = sum(len(w.ids) + 2 for w in windows)
    log(f"{len(articles)} articles, {len(windows)} windows, {n_tokens} tokens per epoch")
    network = train_network(windows, config, cls_id, sep_id, log=log, encoder=encoder)
    out_dir.mkdir(parents=True, exist_ok=True)
    torch.save(network.state_dict(), out_dir / "network.pt")
    return network
