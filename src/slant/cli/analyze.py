"""slant analyze PATH... | -: analyse articles and write JSON, JSON Lines, a report or a page.

Inputs are files, folders (recursively: .txt, .text, .html, .htm) and ``-`` (standard input).
A bad input gets one line on stderr and the others are still analysed; the run then ends with
a summary naming the failures and exit code 1. With ``-o FILE`` the output is written to a
temporary file next to FILE and renamed into place at the end, so a failed run never leaves a
half-written file.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from slant.cli.app import app
from slant.errors import InputError
from slant.readers.files import ReadFailure

if TYPE_CHECKING:
    from slant.document.analysis import Analysis
    from slant.document.article import Article
    from slant.pipeline.analyzer import Analyzer

NO_MODEL_NOTE = "no model installed: only text structure and quotes are shown"


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"
    html = "html"


class OutputSink:
    """Where the output goes; :meth:`discard` keeps ``-o FILE`` from being created."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.discarded = False

    def discard(self) -> None:
        self.discarded = True


@contextlib.contextmanager
def output_sink(path: Path | None) -> Iterator[OutputSink]:
    """Standard output, or a temporary file renamed to ``path`` only when the block succeeds."""
    if path is None:
        yield OutputSink(sys.stdout)
        sys.stdout.flush()
        return
    directory = path.parent
    if not directory.is_dir():
        raise InputError(f"{path}: the folder {directory} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                             dir=directory)
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror})") from None
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual mode
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            sink = OutputSink(stream)
            yield sink
        if sink.discarded:
            os.unlink(temporary)
        else:
            os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _single_article_input(inputs: list[str]) -> bool:
    """One file (or stdin) gives one JSON object; anything else gives a list."""
    return len(inputs) == 1 and (inputs[0] == "-" or not Path(inputs[0]).is_dir())


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(
        metavar="PATH...", help="Article files (.txt, .html), folders, or - for standard input.",
        show_default=False)],
    output_format: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="json (one object, or a list for several articles), jsonl "
        "(one analysis per line), text (readable report) or html (one self-contained page).",
    )] = OutputFormat.json,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to FILE (atomically) instead of standard output.",
        dir_okay=False)] = None,
    model: Annotated[Path | None, typer.Option(
        "--model", help="Model folder (default: the model shipped with slant).")] = None,
    quotes: Annotated[bool, typer.Option(
        "--quotes/--no-quotes", help="Find quotes, speakers and voices.")] = True,
    indent: Annotated[int, typer.Option(help="JSON indentation (json format only).")] = 2,
    color: Annotated[bool | None, typer.Option(
        "--color/--no-color", help="Colour in the text report (default: on a terminal).",
        show_default=False)] = None,
) -> None:
    """Analyse articles: technique spans, paragraph techniques, genre, frames, quotes."""
    import slant
    from slant.readers.files import iter_articles

    analyzer = slant.load(model, quotes=quotes)
    if analyzer.model_version is None:
        print(f"slant: {NO_MODEL_NOTE}", file=sys.stderr)

    failures: list[ReadFailure] = []

    def articles() -> Iterator[Article]:
        for item in iter_articles(inputs):
            if isinstance(item, ReadFailure):
                failures.append(item)
                print(f"slant: error: {item.reason}", file=sys.stderr)
            else:
                yield item

    analyses = _analyze_safely(analyzer, articles(), failures)
    single = _single_article_input(inputs)
    with output_sink(output) as sink:
        count = _write(analyses, output_format, sink.stream, single=single, indent=indent,
                       color=color)
        if count == 0:
            sink.discard()
    _summary(count, failures, several=not single)
    if failures:
        raise typer.Exit(1)


def _analyze_safely(analyzer: Analyzer, articles: Iterator[Article],
                    failures: list[ReadFailure]) -> Iterator[Analysis]:
    """Analyse in batches; when a batch fails, retry its articles one by one."""
    batch: list[Article] = []

    def run(batch: list[Article]) -> Iterator[Analysis]:
        try:
            results = list(analyzer.analyze_many(batch))
        except Exception:  # noqa: BLE001 - isolate the article that breaks a component
            results = None
        if results is not None:
            yield from results
            return
        for article in batch:
            try:
                yield analyzer.analyze(article)
            except Exception as error:  # noqa: BLE001
                name = article.source_path or article.id
                reason = f"{name}: analysis failed ({type(error).__name__}: {error})"
                failures.append(ReadFailure(name, reason))
                print(f"slant: error: {reason}", file=sys.stderr)

    for article in articles:
        batch.append(article)
        if len(batch) >= analyzer.batch_size:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)


def _write(analyses: Iterator[Analysis], output_format: OutputFormat, stream: TextIO, *,
           single: bool, indent: int, color: bool | None) -> int:
    count = 0
    if output_format is OutputFormat.jsonl:
        for analysis in analyses:
            stream.write(analysis.to_json() + "\n")
            count += 1
    elif output_format is OutputFormat.json:
        if single:
            for analysis in analyses:
                stream.write(analysis.to_json(indent=indent or None) + "\n")
                count += 1
        else:
            stream.write("[")
            for analysis in analyses:
                stream.write(",\n" if count else "\n")
                stream.write(analysis.to_json(indent=indent or None))
                count += 1
            stream.write("\n]\n" if count else "]\n")
    elif output_format is OutputFormat.text:
        from slant.render.text import render_text

        collected = list(analyses)
        count = len(collected)
        render_text(collected, stream, color=color if stream is sys.stdout else False)
    else:
        from slant.render.html import render_html

        collected = list(analyses)
        count = len(collected)
        if collected:
            stream.write(render_html(collected))
    return count


def _summary(count: int, failures: list[ReadFailure], *, several: bool) -> None:
    if not failures and not several:
        return
    if failures:
        names = ", ".join(failure.path for failure in failures)
        print(f"slant: analysed {count} article{'s' if count != 1 else ''}; "
              f"{len(failures)} input{'s' if len(failures) != 1 else ''} failed: {names}",
              file=sys.stderr)
    else:
        print(f"slant: analysed {count} article{'s' if count != 1 else ''}", file=sys.stderr)
