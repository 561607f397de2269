"""The fine-tuning loop: token, span, paragraph and quote losses over encoder windows, bf16 on
CPU."""

from __future__ import annotations

import math
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F

from slant.pipeline.windows import build_window_batch
from slant.training.examples import Window
from slant.training.network import SlantNetwork
from slant.training.quote_targets import IGNORED


@dataclass
class TrainConfig:
    epochs: int = 5
    batch_size: int = 16
    lr_encoder: float = 5e-5
    lr_heads: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.1
    seed: int = 13
    threads: int | None = field(default_factory=os.cpu_count)  # torch may default to 1 here
    span_loss_weight: float = 1.0
    #: weight of the "any technique" token channel (SI) against the 23 technique channels
    si_channel_weight: float = 1.0
    paragraph_loss_weight: float = 1.0
    quote_loss_weight: float = 1.0
    #: cross-entropy weights of the quote tags (O, B-direct, I-direct, B-indirect, I-indirect)
    quote_tag_weights: tuple[float, ...] = (1.0, 3.0, 2.0, 3.0, 2.0)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def collate(windows: list[Window], cls_id: int, sep_id: int):
    input_ids, mask = build_window_batch([w.ids for w in windows], cls_id, sep_id)
    channels = windows[0].token_targets.shape[1]
    targets = np.zeros((len(windows), input_ids.shape[1], channels), dtype=np.float32)
    tags = np.full(input_ids.shape, IGNORED, dtype=np.int64)
    span_ranges, span_targets, span_extra = [], [], []
    par_ranges, par_targets = [], []
    for row, window in enumerate(windows):
        targets[row, 1 : 1 + len(window.ids)] = window.token_targets
        if window.quote_tags is not None:
            tags[row, 1 : 1 + len(window.ids)] = window.quote_tags
        for start, end, target, extra in window.spans:
            span_ranges.append((row, start + 1, end + 1))
            span_targets.append(target)
            span_extra.append(extra)
        for start, end, target in window.paragraphs:
            par_ranges.append((row, start + 1, end + 1))
            par_targets.append(target)
    batch = {
        "input_ids": torch.from_numpy(input_ids),
        "attention_mask": torch.from_numpy(mask),
        "token_targets": torch.from_numpy(targets),
    }
    if (tags != IGNORED).any():
        batch["quote_tags"] = torch.from_numpy(tags)
    if span_ranges:
        batch["span_ranges"] = torch.tensor(span_ranges)
        batch["span_targets"] = torch.from_numpy(np.stack(span_targets))
        batch["span_extra"] = torch.from_numpy(np.stack(span_extra))
    if par_ranges:
        batch["par_ranges"] = torch.tensor(par_ranges)
        batch["par_targets"] = torch.from_numpy(np.stack(par_targets))
    return batch


def batch_loss(network: SlantNetwork, batch: dict, config: TrainConfig) -> torch.Tensor:
    hidden, token_logits, quote_logits = network.body(batch["input_ids"], batch["attention_mask"])
    hidden, token_logits = hidden.float(), token_logits.float()
    mask = batch["attention_mask"].float().clone()
    mask[:, 0] = 0.0  # [CLS]
    lengths = batch["attention_mask"].sum(1) - 1
    mask[torch.arange(len(lengths)), lengths] = 0.0  # [SEP]
    channel_weights = torch.ones(token_logits.shape[-1])
    channel_weights[0] = config.si_channel_weight
    token_bce = (F.binary_cross_entropy_with_logits(
        token_logits, batch["token_targets"], reduction="none"
    ) * channel_weights).sum(-1)
    loss = (token_bce * mask).sum() / mask.sum().clamp(min=1.0)
    token_probs = torch.sigmoid(token_logits)
    if "span_ranges" in batch:
        pooled = network.pool(hidden, token_probs, batch["span_ranges"])
        logits = network.span_logits(pooled, batch["span_extra"])
        target = batch["span_targets"] / batch["span_targets"].sum(-1, keepdim=True)
        span_ce = -(target * F.log_softmax(logits, -1)).sum(-1).mean()
        loss = loss + config.span_loss_weight * span_ce
    if "par_ranges" in batch:
        pooled = network.pool(hidden, token_probs, batch["par_ranges"])
        logits = network.paragraph_logits(pooled)
        par_bce = F.binary_cross_entropy_with_logits(
            logits, batch["par_targets"], reduction="none"
        ).sum(-1).mean()
        loss = loss + config.paragraph_loss_weight * par_bce
    if "quote_tags" in batch:
        quote_ce = F.cross_entropy(
            quote_logits.float().reshape(-1, quote_logits.shape[-1]),
            batch["quote_tags"].reshape(-1),
            weight=torch.tensor(config.quote_tag_weights), ignore_index=IGNORED,
        )
        loss = loss + config.quote_loss_weight * quote_ce
    return loss


def train_network(windows: list[Window], config: TrainConfig, cls_id: int, sep_id: int,
                  log: Callable[[str], None] = print, encoder: str | None = None) -> SlantNetwork:
    seed_everything(config.seed)
    if config.threads:
        torch.set_num_threads(config.threads)
    network = SlantNetwork(encoder)
    optimizer = torch.optim.AdamW(
        [
            {"params": network.encoder_parameters(), "lr": config.lr_encoder},
            {"params": network.head_parameters(), "lr": config.lr_heads},
        ],
        weight_decay=config.weight_decay,
    )
    steps_per_epoch = math.ceil(len(windows) / config.batch_size)
    total = steps_per_epoch * config.epochs
    warmup = max(1, int(config.warmup * total))

    def schedule(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (total - step) / max(1, total - warmup))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    rng = random.Random(config.seed)
    step = 0
    for epoch in range(config.epochs):
        network.train()
        order = list(range(len(windows)))
        rng.shuffle(order)
        started, tokens, running = time.perf_counter(), 0, 0.0
        for first in range(0, len(order), config.batch_size):
            chosen = [windows[i] for i in order[first : first + config.batch_size]]
            batch = collate(chosen, cls_id, sep_id)
            with torch.autocast("cpu", dtype=torch.bfloat16):
                loss = batch_loss(network, batch, config)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            tokens += int(batch["attention_mask"].sum())
            running += loss.item()
            if step % 50 == 0:
                elapsed = time.perf_counter() - started
                log(f"epoch {epoch + 1} step {step}/{total} loss {running / 50:.3f} "
                    f"{tokens / elapsed:.0f} tokens/s")
                running = 0.0
        log(f"epoch {epoch + 1} done in {time.perf_counter() - started:.0f}s")
    network.eval()
    return network
