"""Write a model folder: int8 ONNX encoder, tokenizer, numpy heads and the manifest."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from slant.pipeline.labels import (
    GENRE_LABELS,
    PTC_LABELS,
    QUOTE_TAGS,
    SEMEVAL2023_LABELS,
    TOKEN_CHANNELS,
)
from slant.taxonomy import FRAMES
from slant.training.export import export_onnx, quantise_int8
from slant.training.network import SlantNetwork

DEFAULT_THRESHOLDS = {
    "si": 0.5,
    "si_gap": 1,
    "second_technique": 0.45,
    "technique_channel": 0.5,
    "paragraph": {"*": 0.5},
    "frames": 0.5,
    "hyperpartisan": 0.5,
    "quote": 0.9,
}


def write_model_folder(network: SlantNetwork, out_dir: Path, work_dir: Path, tokenizer: Path,
                       version: str, training: dict) -> Path:
    """Export and quantise the encoder; returns the path of the fp32 ONNX kept in work_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    work_dir.mkdir(parents=True, exist_ok=True)
    fp32 = export_onnx(network, work_dir / "encoder-fp32.onnx")
    quantise_int8(fp32, out_dir / "encoder.onnx")
    shutil.copyfile(tokenizer, out_dir / "tokenizer.json")
    np.savez(out_dir / "heads.npz", **network.numpy_heads())
    manifest = {
        "name": "slant-minilm-l6",
        "version": version,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "encoder": "encoder.onnx",
        "tokenizer": "tokenizer.json",
        "heads": "heads.npz",
        "base_encoder": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), fine-tuned",
        "token_channels": list(TOKEN_CHANNELS),
        "quote_tags": list(QUOTE_TAGS),
        "ptc_labels": list(PTC_LABELS),
        "paragraph_labels": list(SEMEVAL2023_LABELS),
        "genre_labels": list(GENRE_LABELS),
        "frame_labels": list(FRAMES),
        "thresholds": dict(DEFAULT_THRESHOLDS),
        "training": training,
        "dev_figures": {},
    }
    write_manifest(out_dir, manifest)
    return fp32


def write_manifest(out_dir: Path, manifest: dict) -> None:
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def add_heads(out_dir: Path, heads: dict[str, np.ndarray]) -> None:
    """Add arrays to heads.npz (article-level heads come after the encoder is frozen)."""
    path = out_dir / "heads.npz"
    with np.load(path) as data:
        merged = {name: data[name] for name in data.files}
    merged.update(heads)
    np.savez(path, **merged)
