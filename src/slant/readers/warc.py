"""Read WARC files (Common Crawl News style; .warc, .warc.gz, .warc.zst) with warcio.

HTML responses (status 2xx) become articles through the same main-text extraction as
single HTML files; other records (requests, metadata, images, redirects) are passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from slant.document.article import Article
from slant.errors import SlantError
from slant.readers.files import MAX_ARTICLE_BYTES, ReadFailure
from slant.readers.pending import PendingHtml
from slant.readers.streams import InputStream, decompression_error, read_input

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _charset(content_type: str | None, head: bytes) -> str:
    if content_type:
        for part in content_type.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
    match = _CHARSET.search(head[:4096])
    return match.group(1).decode("ascii") if match else "utf-8"


def _decode(data: bytes, charset: str) -> str:
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name
        return data.decode("utf-8", errors="replace")


def _source(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def iter_warc(stream: InputStream, *, defer_html: bool = False
              ) -> Iterator[Article | PendingHtml | ReadFailure]:
    """Articles from the HTML responses of an open WARC stream (with ``defer_html``, the
    pages as :class:`PendingHtml`, for a worker to extract)."""
    from warcio.archiveiterator import ArchiveIterator

    name = str(stream.path)
    count = 0
    try:
        for record in ArchiveIterator(stream.stream, arc2warc=True):
            count += 1
            article = _record_article(record, name, count, defer_html)
            if article is not None:
                yield article
    except Exception as error:  # noqa: BLE001 - a damaged archive ends this file, not the run
        if not (decompression_error(error) or type(error).__module__.startswith("warcio")):
            raise
        yield ReadFailure(name, f"{name}: damaged WARC data after record {count} ({error}); "
                          "the rest of the file is skipped")


def _record_article(record, name: str, number: int,  # type: ignore[no-untyped-def]
                    defer_html: bool) -> Article | PendingHtml | ReadFailure | None:
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{name}: record {number} ({url or 'no URL'})"
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = (record.http_headers.get_statuscode() or "").strip()
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    if not content_type or content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        return ReadFailure(where, f"{where}: the page is larger than the "
                           f"{MAX_ARTICLE_BYTES // 2**20} MiB limit for one article")
    html = _decode(data, _charset(content_type, data))
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<> ") or None
    page = PendingHtml(html, where=where, id=record_id, url=url, source=_source(url),
                       date=record.rec_headers.get_header("WARC-Date"))
    if defer_html:
        return page
    try:
        return page.build()
    except SlantError as error:
        return ReadFailure(where, str(error))


def read_warc(path: str | Path) -> Iterator[Article | ReadFailure]:
    return read_input(path, iter_warc)
