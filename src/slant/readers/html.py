"""Main-text extraction from HTML pages (trafilatura), keeping paragraphs as lines."""

from __future__ import annotations

import html as html_lib
import re

from slant.errors import InputError

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|h[1-6]|li|blockquote|br)\s*>|<br\s*/?>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in head) or "<body" in head


def html_to_text(html: str, url: str | None = None) -> tuple[str | None, str]:
    """(title, body) of an HTML page; paragraphs of the body are separated by blank lines."""
    import trafilatura

    body = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_recall=True
    )
    title = None
    metadata = trafilatura.extract_metadata(html)
    if metadata is not None and metadata.title:
        title = " ".join(metadata.title.split())
    if not body or not body.strip():
        body = _fallback_text(html)
    if not body.strip():
        raise InputError("the HTML page holds no readable text")
    paragraphs = [" ".join(p.split()) for p in body.splitlines() if p.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return title, "\n\n".join(paragraphs)


def _fallback_text(html: str) -> str:
    """Plain tag stripping for fragments trafilatura declines (short snippets)."""
    marked = _BLOCK_END.sub("\n", html)
    text = html_lib.unescape(_TAG.sub(" ", marked))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
