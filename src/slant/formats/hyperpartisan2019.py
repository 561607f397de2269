"""SemEval-2019 Task 4 (hyperpartisan news detection), by-article files.

- articles XML: ``<articles><article id="…" title="…" published-at="…">body</article>…``
  where the body is HTML-like markup (``<p>``, ``<a>``, ``<q>``); read as a stream, so a
  1 GB file never sits in memory;
- ground-truth XML: ``<articles><article id="…" hyperpartisan="true|false"
  labeled-by="…" url="…" [bias="…"]/>…``;
- predictions: one line per article, ``ID true|false [confidence]``, space separated.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

from slant.document.article import Article
from slant.errors import FormatError, InputError
from slant.formats._io import atomic_write_text, fail, iter_lines, join_lines, parse_id

__all__ = [
    "GroundTruth",
    "Prediction",
    "XmlArticle",
    "iter_xml_articles",
    "read_articles_xml",
    "read_ground_truth",
    "read_predictions",
    "write_articles_xml",
    "write_ground_truth",
    "write_predictions",
]


@dataclass(frozen=True, slots=True)
class XmlArticle:
    """One ``<article>`` of the articles XML; ``body`` is its inner markup as a string."""

    id: str
    title: str | None
    published_at: str | None
    body: str

    def to_article(self) -> Article:
        """A slant :class:`Article`: the title attribute as the title line, then the body's
        main text extracted like any HTML page, one paragraph per line."""
        from slant.readers.html import html_to_text

        page = (f"<html><head><title>{html.escape(self.title or '')}</title></head>"
                f"<body><article>{self.body}</article></body></html>")
        try:
            _, body = html_to_text(page)
        except InputError:
            body = ""
        title = " ".join((self.title or "").split())
        text = f"{title}\n\n{body}" if title and body else (body or title)
        if not text.strip():
            raise InputError(f"hyperpartisan article {self.id}: no text in title or body")
        return Article.from_text(text, id=self.id, has_title=bool(title and body),
                                 date=self.published_at or None)


@dataclass(frozen=True, slots=True)
class GroundTruth:
    """The label of one article in the ground-truth XML."""

    article_id: str
    hyperpartisan: bool
    labeled_by: str | None = None
    url: str | None = None
    bias: str | None = None


@dataclass(frozen=True, slots=True)
class Prediction:
    """One line of a prediction file."""

    article_id: str
    hyperpartisan: bool
    confidence: float | None = None


def _parse_bool(path: str | Path, where: int | None, value: str | None, what: str) -> bool:
    if value in ("true", "false"):
        return value == "true"
    raise fail(path, where, f"{what} must be 'true' or 'false', found {value!r}")


def _iterparse(path: str | Path) -> Iterator:
    """(element) for each closed ``<article>`` under the ``<articles>`` root, memory bounded."""
    from lxml import etree

    path = Path(path)
    if not path.is_file():
        raise FormatError(f"{path}: no such file")
    try:
        context = etree.iterparse(str(path), events=("start", "end"), huge_tree=True,
                                  resolve_entities=False, no_network=True)
        depth = 0
        for event, element in context:
            if event == "start":
                depth += 1
                if depth == 1 and element.tag != "articles":
                    raise FormatError(f"{path}:{element.sourceline}: the root element must be "
                                      f"<articles>, found <{element.tag}>")
                if depth == 2 and element.tag != "article":
                    raise FormatError(f"{path}:{element.sourceline}: expected <article>, "
                                      f"found <{element.tag}>")
                continue
            depth -= 1
            if depth == 1:
                yield element
                element.clear(keep_tail=False)
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as error:
        line = error.position[0] if error.position and error.position[0] > 0 else None
        message = str(error.msg if hasattr(error, "msg") else error).split("\n")[0]
        raise fail(path, line, f"malformed XML ({message})") from None


def _inner_markup(element) -> str:
    from lxml import etree

    parts = [html.escape(element.text, quote=False) if element.text else ""]
    for child in element:
        parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
    return "".join(parts)


def iter_xml_articles(path: str | Path) -> Iterator[XmlArticle]:
    """The raw ``<article>`` records of an articles XML, one at a time."""
    for element in _iterparse(path):
        article_id = element.get("id")
        if not article_id or not article_id.strip():
            raise fail(path, element.sourceline, "<article> without an id attribute")
        yield XmlArticle(
            id=article_id.strip(),
            title=element.get("title"),
            published_at=element.get("published-at"),
            body=_inner_markup(element),
        )


def read_articles_xml(path: str | Path) -> Iterator[Article]:
    """Slant articles from an articles XML, streamed."""
    for record in iter_xml_articles(path):
        yield record.to_article()


def write_articles_xml(path: str | Path, articles: Iterable[XmlArticle]) -> None:
    """Write records in the organisers' layout (the body markup is written as given)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?><articles>']
    for record in articles:
        attributes = f"id={quoteattr(record.id)}"
        if record.published_at is not None:
            attributes += f" published-at={quoteattr(record.published_at)}"
        if record.title is not None:
            attributes += f" title={quoteattr(record.title)}"
        lines.append(f"\t<article {attributes}>{record.body}</article>")
    lines.append("</articles>")
    atomic_write_text(path, join_lines(lines))


def read_ground_truth(path: str | Path) -> list[GroundTruth]:
    records, seen = [], set()
    for element in _iterparse(path):
        line = element.sourceline
        article_id = element.get("id")
        if not article_id or not article_id.strip():
            raise fail(path, line, "<article> without an id attribute")
        article_id = article_id.strip()
        if article_id in seen:
            raise fail(path, line, f"article {article_id} appears a second time")
        seen.add(article_id)
        records.append(GroundTruth(
            article_id=article_id,
            hyperpartisan=_parse_bool(path, line, element.get("hyperpartisan"),
                                      "the hyperpartisan attribute"),
            labeled_by=element.get("labeled-by"),
            url=element.get("url"),
            bias=element.get("bias"),
        ))
    return records


def write_ground_truth(path: str | Path, records: Iterable[GroundTruth]) -> None:
    lines = ['<?xml version="1.0" ?>', "<articles>"]
    for record in records:
        attributes = [f"hyperpartisan={quoteattr('true' if record.hyperpartisan else 'false')}",
                      f"id={quoteattr(record.article_id)}"]
        if record.labeled_by is not None:
            attributes.append(f"labeled-by={quoteattr(record.labeled_by)}")
        if record.url is not None:
            attributes.append(f"url={quoteattr(record.url)}")
        if record.bias is not None:
            attributes.append(f"bias={quoteattr(record.bias)}")
        lines.append(f"\t<article {' '.join(attributes)}/>")
    lines.append("</articles>")
    atomic_write_text(path, join_lines(lines))


def read_predictions(path: str | Path) -> list[Prediction]:
    predictions, seen = [], set()
    for number, line in iter_lines(path):
        fields = line.split()
        if len(fields) not in (2, 3):
            raise fail(path, number, "expected 'ID true|false [confidence]' separated by spaces, "
                                     f"found {len(fields)} fields")
        article_id = parse_id(path, number, fields[0])
        if article_id in seen:
            raise fail(path, number, f"article {article_id} appears a second time")
        seen.add(article_id)
        label = _parse_bool(path, number, fields[1], "the prediction")
        confidence = None
        if len(fields) == 3:
            try:
                confidence = float(fields[2])
            except ValueError:
                raise fail(path, number, f"confidence must be a number, found {fields[2]!r}"
                           ) from None
            if not 0.0 <= confidence <= 1.0:
                raise fail(path, number, f"confidence must lie in [0, 1], found {fields[2]}")
        predictions.append(Prediction(article_id, label, confidence))
    return predictions


def write_predictions(path: str | Path, predictions: Iterable[Prediction]) -> None:
    lines = []
    for x in predictions:
        line = f"{x.article_id} {'true' if x.hyperpartisan else 'false'}"
        if x.confidence is not None:
            line += " " + (f"{x.confidence:.6f}".rstrip("0").rstrip(".") or "0")
        lines.append(line)
    atomic_write_text(path, join_lines(lines))
