"""The :class:`Article`: text exactly as read, with title, paragraph and sentence ranges.

Every offset is a Python code-point offset into :attr:`Article.text`, which is the input
exactly as read: a leading byte-order mark, if any, is kept and counts as one character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from slant.document.segment import line_ranges, sentence_ranges
from slant.errors import InputError

_ARTICLE_ID = re.compile(r"^article(.+)$")


@dataclass(frozen=True, slots=True)
class TextRange:
    """A half-open character range ``[start, end)``; ``line`` is the 1-based line number."""

    start: int
    end: int
    line: int | None = None


def article_id_from_path(path: str | Path) -> str:
    """The corpora's convention: ``article123.txt`` → ``123``; otherwise the file stem."""
    stem = Path(path).name.split(".")[0]
    match = _ARTICLE_ID.match(stem)
    return match.group(1) if match else stem


@dataclass(frozen=True)
class Article:
    """One article. Build it with :meth:`from_text` or :meth:`from_html`, not by hand."""

    id: str
    text: str
    title: TextRange | None
    paragraphs: tuple[TextRange, ...]
    sentences: tuple[TextRange, ...]
    source_path: str | None = None
    url: str | None = None
    source: str | None = None
    date: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def title_text(self) -> str | None:
        return None if self.title is None else self.text[self.title.start : self.title.end]

    def paragraph_text(self, paragraph: TextRange) -> str:
        return self.text[paragraph.start : paragraph.end]

    @classmethod
    def from_text(
        cls,
        text: str,
        id: str | None = None,
        *,
        has_title: bool | None = None,
        source_path: str | None = None,
        url: str | None = None,
        source: str | None = None,
        date: str | None = None,
    ) -> Article:
        """Build an article from plain text.

        Layout: title line, empty line, body (the shared tasks' layout). ``has_title=None``
        detects it: the first non-empty line is the title when an empty line follows it and
        it is short (at most 300 characters) without ending in sentence punctuation other
        than ``?``/``!``. ``has_title=False`` treats everything as body.
        """
        if not text.strip():
            raise InputError("the article is empty (no text other than whitespace)")
        lines = line_ranges(text)
        title = None
        if has_title is not False and lines:
            first_start, first_end, first_no = lines[0]
            first = text[first_start:first_end]
            followed_by_blank = len(lines) == 1 or lines[1][2] > first_no + 1
            looks_like_title = len(first) <= 300 and not first.rstrip().endswith((".", ",", ";", ":"))
            if has_title or (followed_by_blank and looks_like_title and len(lines) > 1):
                title = TextRange(first_start, first_end, first_no)
        paragraphs = tuple(TextRange(a, b, n) for a, b, n in lines)
        sentences = tuple(
            TextRange(a, b, p.line) for p in paragraphs for a, b in sentence_ranges(text, p.start, p.end)
        )
        if id is None:
            id = article_id_from_path(source_path) if source_path else _text_hash(text)
        return cls(
            id=id,
            text=text,
            title=title,
            paragraphs=paragraphs,
            sentences=sentences,
            source_path=source_path,
            url=url,
            source=source,
            date=date,
        )

    @classmethod
    def from_html(cls, html: str, id: str | None = None, **kwargs: str | None) -> Article:
        """Extract the main text of an HTML page and build an article from it."""
        from slant.readers.html import html_to_text

        title, body = html_to_text(html, url=kwargs.get("url"))
        text = f"{title}\n\n{body}" if title else body
        return cls.from_text(text, id=id, has_title=bool(title), **kwargs)


def _text_hash(text: str) -> str:
    from slant.document.fingerprint import text_fingerprint

    return text_fingerprint(text)[:16]
