"""Articles folders, shared by SemEval-2020 Task 11 and SemEval-2023 Task 3:
one UTF-8 file ``article<ID>.txt`` per article (title line, empty line, body)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from slant.document.article import Article
from slant.errors import FormatError
from slant.formats._io import atomic_write_text

_ARTICLE_FILE = re.compile(r"^article(.+)\.txt$")


def article_path(folder: str | Path, article_id: str) -> Path:
    return Path(folder) / f"article{article_id}.txt"


def article_files(folder: str | Path) -> list[tuple[str, Path]]:
    """(id, path) of every ``article<ID>.txt`` in ``folder``, sorted by id."""
    folder = Path(folder)
    if not folder.exists():
        raise FormatError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise FormatError(f"{folder}: not a folder (expected a folder of article<ID>.txt files)")
    found = []
    for path in folder.iterdir():
        match = _ARTICLE_FILE.match(path.name)
        if match and path.is_file():
            found.append((match.group(1), path))
    if not found:
        raise FormatError(f"{folder}: the folder holds no article<ID>.txt file")
    return sorted(found, key=lambda item: (len(item[0]), item[0]))


def read_article(folder: str | Path, article_id: str) -> Article:
    """The article ``article<ID>.txt`` of ``folder``, text exactly as read."""
    path = article_path(folder, article_id)
    if not path.is_file():
        raise FormatError(f"{path}: no such article file (article {article_id} is in the "
                          "labels or template but not in the articles folder)")
    return read_plain_article(path, article_id)


def iter_articles_folder(folder: str | Path) -> Iterator[Article]:
    """Every article of the folder, in id order (a bad file raises a one-line error)."""
    for article_id, path in article_files(folder):
        yield read_plain_article(path, article_id)


def read_plain_article(path: Path, article_id: str) -> Article:
    """Read one corpus file as plain text (never as HTML: the labels' offsets point into
    the text exactly as stored)."""
    from slant.errors import InputError
    from slant.readers.files import MAX_ARTICLE_BYTES, article_from_text, decode_article_bytes

    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise InputError(f"{path}: larger than the {MAX_ARTICLE_BYTES // 2**20} MiB limit "
                             "for one article")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    text = decode_article_bytes(data, str(path))
    return article_from_text(text, str(path), id=article_id, source_path=str(path),
                             is_html=False)


def write_articles_folder(folder: str | Path, articles: Iterable[Article]) -> list[Path]:
    """Write each article's text, unchanged, to ``folder/article<ID>.txt``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for article in articles:
        path = article_path(folder, article.id)
        atomic_write_text(path, article.text)
        written.append(path)
    return written
