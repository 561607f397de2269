"""The shipped model files. Each release lives in its own folder ``v<version>/`` with a
``manifest.json`` (version, label lists, thresholds), ``encoder.onnx``, ``tokenizer.json`` and
``heads.npz``."""

from __future__ import annotations

import json
import os
from pathlib import Path

MODELS_DIR = Path(__file__).parent


def find_model_dir() -> Path | None:
    """The model to use: ``$SLANT_MODEL_DIR`` if set (``none`` disables the model), else the
    newest shipped release, else ``None``."""
    override = os.environ.get("SLANT_MODEL_DIR")
    if override:
        return None if override.lower() == "none" else Path(override)
    releases = sorted(
        (p for p in MODELS_DIR.iterdir() if (p / "manifest.json").is_file()),
        key=lambda p: json.loads((p / "manifest.json").read_text())["created"],
    )
    return releases[-1] if releases else None
