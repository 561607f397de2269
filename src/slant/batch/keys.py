"""The batch key of an article: its normalised text and the model version that analysed it."""

from __future__ import annotations

import hashlib

from slant.document.fingerprint import text_fingerprint


def article_key(text: str, model_version: str | None) -> str:
    """SHA-256 (hex, 64 characters) of the text fingerprint and the model version.

    Two copies of one article (same text after normalisation) share a key; a new model
    version gives every article a new key, so a rerun with a new model analyses them again.
    """
    version = model_version or "none"
    return hashlib.sha256(f"{text_fingerprint(text)}\n{version}".encode()).hexdigest()
