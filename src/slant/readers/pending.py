"""An HTML page read but not yet turned into an article.

Main-text extraction is the slow part of reading HTML, so batch readers hand pages over
as :class:`PendingHtml` and the workers extract them, in parallel, next to the model.
"""

from __future__ import annotations

from dataclasses import dataclass

from slant.document.article import Article
from slant.errors import SlantError


@dataclass(frozen=True)
class PendingHtml:
    html: str
    #: Where the page came from, for messages (``file``, ``file: record 3 (url)``).
    where: str
    id: str | None = None
    url: str | None = None
    source: str | None = None
    date: str | None = None
    source_path: str | None = None

    def build(self) -> Article:
        """Extract the main text; a page without readable text raises :class:`SlantError`
        whose message starts with :attr:`where`."""
        try:
            return Article.from_html(self.html, id=self.id, url=self.url, source=self.source,
                                     date=self.date, source_path=self.source_path)
        except SlantError as error:
            raise SlantError(f"{self.where}: {error}") from None
        except Exception as error:  # noqa: BLE001 - the extractor choking on a page
            raise SlantError(f"{self.where}: cannot extract the text "
                             f"({type(error).__name__})") from None
