"""slant evaluate TASK GOLD PRED: score predictions in an official shared-task format."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from slant.cli.app import app
from slant.cli.tasks import TASK_HELP, SharedTask


class ScoreFormat(StrEnum):
    text = "text"
    json = "json"


_TITLES = {
    "si": "SemEval-2020 Task 11 SI (partial-overlap span identification)",
    "tc": "SemEval-2020 Task 11 TC (technique classification)",
    "st1": "SemEval-2023 Task 3 subtask 1 (genre)",
    "st2": "SemEval-2023 Task 3 subtask 2 (frames)",
    "st3": "SemEval-2023 Task 3 subtask 3 (paragraph techniques)",
    "hyperpartisan": "SemEval-2019 Task 4 (hyperpartisan, by article)",
}


def _print_text(score) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    console.width = max(console.width, 110)
    console.print(f"[bold]{_TITLES[score.task]}[/bold]")
    console.print(f"{score.main} = [bold]{score.value:.4f}[/bold]")
    others = "  ".join(f"{name}={value:.4f}" for name, value in score.figures.items()
                       if name != score.main)
    console.print(others)
    console.print("  ".join(f"{name}={value}" for name, value in score.counts.items()))
    rows = [row for row in score.per_class if row.support or row.predicted]
    if rows:
        table = Table(show_edge=False)
        for column in ("class", "precision", "recall", "F1", "gold", "predicted", "correct"):
            table.add_column(column, justify="left" if column == "class" else "right",
                             no_wrap=True)
        for row in rows:
            table.add_row(row.label, f"{row.precision:.4f}", f"{row.recall:.4f}",
                          f"{row.f1:.4f}", str(row.support), str(row.predicted), str(row.correct))
        console.print(table)
    for note in score.notes:
        console.print(f"note: {note}")


@app.command()
def evaluate(
    task: Annotated[SharedTask, typer.Argument(help=TASK_HELP)],
    gold: Annotated[Path, typer.Argument(help="gold labels (hyperpartisan: ground-truth XML)")],
    pred: Annotated[Path, typer.Argument(help="predictions in the task's official format")],
    output_format: Annotated[ScoreFormat, typer.Option("--format", "-f",
                                                       help="text or json")] = ScoreFormat.text,
) -> None:
    """Score predictions against gold labels with the shared task's official measure."""
    from slant.scoring.tasks import evaluate_files

    score = evaluate_files(task.value, gold, pred)
    if output_format is ScoreFormat.json:
        sys.stdout.write(json.dumps(score.to_dict(), indent=2) + "\n")
    else:
        _print_text(score)
