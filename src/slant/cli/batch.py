"""slant batch: analyse a corpus of any size, resumably, on this machine or a Dask cluster."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from slant.cli.app import app

DEFAULT_OUT = "slant-batch.jsonl"


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="Files and folders: .txt/.html articles, .jsonl, .csv, .tsv, .warc (each "
             "optionally .gz or .zst), SemEval article folders.", show_default=False)],
    out: Annotated[str, typer.Option(
        "--out", "-o", help="Output: a .jsonl file, a .parquet dataset folder, or a database "
        "URL (sqlite:///corpus.db, postgresql://user:pw@host/db) as used by slant serve.")
    ] = DEFAULT_OUT,
    engine: Annotated[str, typer.Option(help="local (a process pool) or dask.")] = "local",
    workers: Annotated[int | None, typer.Option(
        help="Worker processes (local, or a Dask LocalCluster; default: the CPU cores). With "
             "--scheduler: wait until this many Dask workers have joined.",
        show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(
        help="Address of a running Dask scheduler (tcp://HOST:PORT); without it, --engine "
             "dask starts a LocalCluster.", show_default=False)] = None,
    input_format: Annotated[str, typer.Option(
        help="auto (from file names), files, semeval, jsonl, csv, tsv or warc.")] = "auto",
    text_field: Annotated[str, typer.Option(help="JSON Lines/CSV field with the text.")] = "text",
    title_field: Annotated[str, typer.Option(help="Field with the title.")] = "title",
    id_field: Annotated[str, typer.Option(help="Field with the article id.")] = "id",
    source_field: Annotated[str, typer.Option(help="Field with the source.")] = "source",
    url_field: Annotated[str, typer.Option(help="Field with the URL.")] = "url",
    date_field: Annotated[str, typer.Option(help="Field with the date.")] = "date",
    chunk_size: Annotated[int, typer.Option(
        help="Articles per task and per write; a crash loses at most the chunks in flight.")
    ] = 32,
    model: Annotated[str | None, typer.Option(
        "--model", help="Model folder (default: the model shipped with slant); with Dask it "
        "must exist on every worker.", show_default=False)] = None,
    part_rows: Annotated[int, typer.Option(
        help="Parquet: articles per part file (a part is also written after 60 s).")
    ] = 2000,
    model_threads: Annotated[int | None, typer.Option(
        help="Model threads per worker; default: cores / workers (local engine, LocalCluster).",
        show_default=False)] = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="Plain log lines instead of a progress bar.")] = False,
) -> None:
    """Analyse many articles into JSON Lines, Parquet or the slant serve database.

    Resumable: a rerun (also after a crash) skips the articles already in the output. Every
    article is keyed by the hash of its normalised text and the model version. A bad record
    is reported and skipped; the exit code is then 1.
    """
    from slant.batch.progress import LogProgress, RichProgress
    from slant.batch.runner import run_batch
    from slant.batch.sinks import open_sink
    from slant.batch.worker import AnalyzerSettings, default_threads
    from slant.errors import SlantError
    from slant.readers.records import FieldMap
    from slant.readers.sources import BatchInput

    if engine not in ("local", "dask"):
        raise SlantError(f"--engine {engine}: choose local or dask")
    if workers is not None and workers < 1:
        raise SlantError("--workers must be at least 1")
    if chunk_size < 1:
        raise SlantError("--chunk-size must be at least 1")
    if scheduler is not None and engine != "dask":
        raise SlantError("--scheduler needs --engine dask")
    fields = FieldMap(text=text_field, title=title_field, id=id_field, source=source_field,
                      url=url_field, date=date_field)
    source = BatchInput(inputs, input_format, fields)
    source.measure()
    if part_rows < 1:
        raise SlantError("--part-rows must be at least 1")
    sink = open_sink(out, rows_per_part=part_rows)
    try:
        if engine == "local":
            from slant.batch.local import LocalEngine

            local = LocalEngine(AnalyzerSettings(), workers)
            threads = model_threads or default_threads(local.workers)
            local.settings = AnalyzerSettings(model_dir=model, threads=threads)
            runner_engine = local
        else:
            from slant.batch.dask_engine import DaskEngine

            runner_engine = DaskEngine(AnalyzerSettings(model_dir=model, threads=model_threads),
                                       scheduler, workers)
        progress = LogProgress() if quiet or not sys.stderr.isatty() else RichProgress()
        try:
            summary = run_batch(source, sink, runner_engine, chunk_size=chunk_size,
                                progress=progress)
        finally:
            runner_engine.close()
    finally:
        sink.close()
    print(summary.report(), file=sys.stderr)
    if summary.failed:
        raise typer.Exit(1)  # like slant analyze: the run completed, some inputs failed
