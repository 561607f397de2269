"""A stable hash of an article's normalised text, used as a fallback id and as a batch key."""

import hashlib
import unicodedata


def normalise_text(text: str) -> str:
    """NFC, no BOM, whitespace runs collapsed, trimmed: two copies of one article compare equal."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    return " ".join(text.split())


def text_fingerprint(text: str) -> str:
    """SHA-256 hex digest of :func:`normalise_text`."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
