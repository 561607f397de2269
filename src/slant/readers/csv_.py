"""Read CSV and TSV tables (optionally .gz/.zst) with a header row: one article per row."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from slant.document.article import Article
from slant.readers.files import MAX_ARTICLE_BYTES, ReadFailure
from slant.readers.records import FieldMap, record_or_failure
from slant.readers.streams import InputStream, decompression_error, read_input, strip_compression

csv.field_size_limit(min(sys.maxsize, 2 * MAX_ARTICLE_BYTES))


def iter_csv(stream: InputStream, fields: FieldMap) -> Iterator[Article | ReadFailure]:
    """Articles from the rows of an open CSV (``,``) or TSV (``.tsv``: tab) stream."""
    name = str(stream.path)
    delimiter = "\t" if strip_compression(name).lower().endswith(".tsv") else ","
    text = io.TextIOWrapper(stream.stream, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    try:
        header = reader.fieldnames
    except UnicodeDecodeError:
        yield ReadFailure(name, f"{name}: not valid UTF-8")
        return
    except csv.Error as error:
        yield ReadFailure(name, f"{name}: not a valid table ({error})")
        return
    if not header:
        yield ReadFailure(name, f"{name}: empty table (no header row)")
        return
    if fields.text not in header:
        yield ReadFailure(name, f"{name}: no {fields.text!r} column in the header "
                          f"({', '.join(header[:12])}); choose it with --text-field")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            yield ReadFailure(name, f"{name}: not valid UTF-8 after line {reader.line_num}; "
                              "the rest of the file is skipped")
            return
        except csv.Error as error:
            yield ReadFailure(name, f"{name}:{reader.line_num}: {error}; "
                              "the rest of the file is skipped")
            return
        except Exception as error:  # noqa: BLE001
            if decompression_error(error):
                yield ReadFailure(name, f"{name}: damaged compressed data after line "
                                  f"{reader.line_num} ({error}); the rest is skipped")
                return
            raise
        where = f"{name}:{reader.line_num}"
        if None in row:
            yield ReadFailure(where, f"{where}: more cells than header columns")
            continue
        yield record_or_failure(row, fields, where)


def read_csv(path: str | Path, fields: FieldMap | None = None) -> Iterator[Article | ReadFailure]:
    return read_input(path, lambda stream: iter_csv(stream, fields or FieldMap()))
