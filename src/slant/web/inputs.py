"""Turn what a user submits (text, HTML, an uploaded file, a URL) into an :class:`Article`."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool

from slant.document.article import Article
from slant.errors import InputError
from slant.readers.files import MAX_ARTICLE_BYTES, decode_article_bytes
from slant.readers.html import looks_like_html
from slant.web.fetch import FetchLimits, fetch_url
from slant.web.settings import Settings

UPLOAD_SUFFIXES = (".txt", ".text", ".html", ".htm")


def article_from_text(text: str, *, title: str | None = None, is_html: bool = False,
                      source: str | None = None, url: str | None = None,
                      date: str | None = None) -> Article:
    if len(text) > MAX_ARTICLE_BYTES:
        raise InputError(f"the article is longer than {MAX_ARTICLE_BYTES} characters")
    if not text.strip():
        raise InputError("the article is empty (no text other than whitespace)")
    if "\x00" in text:
        raise InputError("the text holds NUL characters: binary data, not an article")
    extra = {"source": source, "url": url, "date": date}
    if is_html:
        article = Article.from_html(text, **extra)
        if title and not article.title_text:
            return Article.from_text(f"{title.strip()}\n\n{article.text}", has_title=True,
                                     **extra)
        return article
    if title and title.strip():
        return Article.from_text(f"{' '.join(title.split())}\n\n{text}", has_title=True, **extra)
    return Article.from_text(text, **extra)


def article_from_upload(data: bytes, filename: str, **extra: str | None) -> Article:
    name = filename or "upload"
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        raise InputError(f"{name}: upload a .txt or .html file")
    text = decode_article_bytes(data, name)
    is_html = name.lower().endswith((".html", ".htm")) or looks_like_html(text)
    return article_from_text(text, is_html=is_html, **extra)


async def article_from_url(url: str, settings: Settings, **extra: str | None) -> Article:
    limits = FetchLimits(timeout_s=settings.fetch_timeout_s, max_bytes=settings.fetch_max_bytes,
                         max_redirects=settings.fetch_max_redirects)
    fetched = await run_in_threadpool(
        fetch_url, url, allow_private=settings.allow_private_urls, limits=limits
    )
    extra = {**extra, "url": extra.get("url") or fetched.url}
    return await run_in_threadpool(
        article_from_text, fetched.text, is_html=fetched.is_html, **extra
    )
