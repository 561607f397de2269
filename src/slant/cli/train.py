"""slant train: reproduce the shipped model from the corpora (needs the ``train`` extra)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from slant.cli.app import app
from slant.errors import SlantError


@app.command()
def train(
    data: Annotated[Path, typer.Option(help="the data folder (ptc/, semeval2023/, hyperpartisan/)")],
    out: Annotated[Path, typer.Option(help="the model folder to write")],
    epochs: Annotated[int, typer.Option(help="fine-tuning epochs")] = 6,
    seed: Annotated[int, typer.Option(help="random seed")] = 13,
    batch_size: Annotated[int, typer.Option(help="windows per step")] = 16,
    span_loss_weight: Annotated[float, typer.Option(help="weight of the span-technique loss")] = 1.0,
    si_channel_weight: Annotated[float, typer.Option(help="weight of the SI token channel")] = 1.0,
    version: Annotated[str, typer.Option(help="model version written to the manifest")] = "dev",
    limit: Annotated[int, typer.Option(help="use only this many training articles (smoke tests)")] = 0,
    resume: Annotated[bool, typer.Option(help="reuse the fine-tuned network from the work folder")] = False,
    work: Annotated[Path | None, typer.Option(help="folder for checkpoints and the fp32 ONNX")] = None,
    quotes: Annotated[Path | None, typer.Option(
        help="quote annotations (JSON lines: article_id, start, end, kind) for the quote head; "
             "benchmarks/quotes_training_set.py writes them")] = None,
    quote_loss_weight: Annotated[float, typer.Option(help="weight of the quote-tag loss")] = 1.0,
) -> None:
    """Fine-tune, export, quantise and evaluate the model; print the dev figures."""
    try:
        from slant.training.loop import TrainConfig
        from slant.training.run import train as run_training
    except ImportError as error:
        raise SlantError(
            f"training needs the train extra ({error.name} is missing): pip install 'slant[train]'"
        ) from None
    if not data.is_dir():
        raise SlantError(f"{data}: no such data folder")
    config = TrainConfig(epochs=epochs, seed=seed, batch_size=batch_size,
                         span_loss_weight=span_loss_weight, si_channel_weight=si_channel_weight,
                         quote_loss_weight=quote_loss_weight)
    manifest = run_training(data, out, config=config, version=version, work_dir=work,
                            resume=resume, limit=limit or None, quotes=quotes,
                            log=lambda message: typer.echo(message, err=True))
    typer.echo(json.dumps(summary(manifest), indent=2))


def summary(manifest: dict) -> dict:
    """The headline dev figures of a trained model's manifest."""
    out = {}
    for variant, figures in manifest["dev_figures"].items():
        row = {task: figures[task]["value"] for task in ("si", "tc", "st3", "st1", "st2")
               if task in figures}
        if "hyperpartisan_cv" in figures:
            row["hyperpartisan_cv_accuracy"] = figures["hyperpartisan_cv"]["value"]
        out[variant] = row
    out["minutes"] = manifest["training"].get("minutes")
    return out
