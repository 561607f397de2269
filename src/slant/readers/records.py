"""Turn one record of a table or a JSON Lines file into an :class:`~slant.Article`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from slant.document.article import Article
from slant.errors import InputError, SlantError
from slant.readers.files import MAX_ARTICLE_BYTES, ReadFailure


@dataclass(frozen=True)
class FieldMap:
    """Which field of a record holds what. Only ``text`` is required in each record."""

    text: str = "text"
    title: str = "title"
    id: str = "id"
    source: str = "source"
    url: str = "url"
    date: str = "date"


def _optional_str(record: Mapping[str, object], field: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise InputError(f"field {field!r} holds a {type(value).__name__}, not a value")
    text = str(value).strip()
    return text or None


def article_from_record(record: object, fields: FieldMap, where: str) -> Article:
    """Build an article from a record; ``where`` names it in errors (``file:line``).

    With a title field the text becomes ``title, blank line, body`` (the shared tasks'
    layout), so offsets count the title too; without one the title is detected as for files.
    """
    if not isinstance(record, Mapping):
        raise InputError(f"{where}: the record is a {type(record).__name__}, not an object")
    try:
        body = record.get(fields.text)
        if body is None:
            raise InputError(f"no {fields.text!r} field (choose the field with --text-field)")
        if not isinstance(body, str):
            raise InputError(f"field {fields.text!r} holds a {type(body).__name__}, not text")
        if len(body) > MAX_ARTICLE_BYTES:
            raise InputError(
                f"the text is larger than the {MAX_ARTICLE_BYTES // 2**20} MiB limit "
                "for one article"
            )
        if "\x00" in body:
            raise InputError("the text holds NUL characters (binary data)")
        if not body.strip():
            raise InputError("empty article (no text other than whitespace)")
        title = _optional_str(record, fields.title)
        if title is not None:
            title = " ".join(title.split())
        article_id = _optional_str(record, fields.id)
        source = _optional_str(record, fields.source)
        url = _optional_str(record, fields.url)
        date = _optional_str(record, fields.date)
        if title:
            return Article.from_text(f"{title}\n\n{body}", id=article_id, has_title=True,
                                     source=source, url=url, date=date)
        return Article.from_text(body, id=article_id, source=source, url=url, date=date)
    except InputError as error:
        raise InputError(f"{where}: {error}") from None


def record_or_failure(record: object, fields: FieldMap, where: str) -> Article | ReadFailure:
    """:func:`article_from_record`, or the failure to report for a record that is not one."""
    try:
        return article_from_record(record, fields, where)
    except SlantError as error:
        return ReadFailure(where, str(error))
