"""slant techniques: print the taxonomies (techniques, categories, frames, genres)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from slant.cli.app import app


class TaxonomyChoice(StrEnum):
    ptc = "ptc"
    semeval2023 = "semeval2023"
    frames = "frames"
    genres = "genres"
    all = "all"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


def taxonomies_as_data(which: str) -> dict[str, Any]:
    """The selected taxonomies as plain JSON-ready data."""
    from slant import taxonomy

    data: dict[str, Any] = {}
    if which in ("ptc", "all"):
        data["ptc"] = [t.to_dict() for t in taxonomy.ptc_entries()]
    if which in ("semeval2023", "all"):
        data["semeval2023"] = {
            "categories": [c.to_dict() for c in taxonomy.category_entries()],
            "techniques": [t.to_dict() for t in taxonomy.semeval2023_entries()],
            "english_unused": sorted(taxonomy.ENGLISH_UNUSED_2023),
        }
    if which in ("frames", "all"):
        data["frames"] = [f.to_dict() for f in taxonomy.frame_entries()]
    if which in ("genres", "all"):
        data["genres"] = [g.to_dict() for g in taxonomy.genre_entries()]
    return data


def _print_tables(which: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from slant import taxonomy

    console = Console(highlight=False, markup=False, emoji=False)
    if not console.is_terminal:
        console.width = max(console.width, 160)

    def swatch(color: str) -> Text:
        return Text("  ", style=f"on {color}")

    def explained(definition: str, example: str) -> Text:
        text = Text(definition)
        text.append(f"\ne.g. {example}", style="italic")
        return text

    def new_table(title: str, *columns: str) -> Table:
        table = Table(title=title, show_lines=True, title_justify="left", expand=True)
        for column in columns:
            if not column:
                table.add_column(column, width=2)
            elif column in ("label", "category"):
                table.add_column(column, no_wrap=True)
            elif column == "definition":
                table.add_column(column, overflow="fold", ratio=1)
            else:
                table.add_column(column, overflow="fold", width=22)
        return table

    if which in ("ptc", "all"):
        table = new_table("PTC techniques (SemEval-2020 Task 11, spans)",
                          "", "label", "name", "definition", "SemEval-2023")
        for t in taxonomy.ptc_entries():
            table.add_row(swatch(t.color), t.label, t.name, explained(t.definition, t.example),
                          taxonomy.to_2023(t.label))
        console.print(table)
    if which in ("semeval2023", "all"):
        table = new_table("SemEval-2023 Task 3 techniques (paragraphs), by category",
                          "", "category", "label", "name", "definition", "PTC")
        for t in taxonomy.semeval2023_entries():
            unused = ("\n(not in the English data)"
                      if t.label in taxonomy.ENGLISH_UNUSED_2023 else "")
            table.add_row(swatch(t.color), taxonomy.category(t.category or "").name,
                          t.label + unused, t.name, explained(t.definition, t.example),
                          t.ptc or "-")
        console.print(table)
    for key, heading, entries in (
        ("frames", "Frames (SemEval-2023 Task 3 subtask 2)", taxonomy.frame_entries()),
        ("genres", "Genres (SemEval-2023 Task 3 subtask 1)", taxonomy.genre_entries()),
    ):
        if which in (key, "all"):
            table = new_table(heading, "label", "name", "definition")
            for e in entries:
                table.add_row(e.label, e.name, explained(e.definition, e.example))
            console.print(table)


@app.command()
def techniques(
    taxonomy_name: Annotated[
        TaxonomyChoice, typer.Option("--taxonomy", "-t", help="Which taxonomy to print.")
    ] = TaxonomyChoice.all,
    output_format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="table (readable) or json.")
    ] = ListFormat.table,
) -> None:
    """Print the techniques, categories, frames and genres with definitions and examples."""
    which = taxonomy_name.value
    if output_format is ListFormat.json:
        sys.stdout.write(json.dumps(taxonomies_as_data(which), indent=2, ensure_ascii=False) + "\n")
    else:
        _print_tables(which)
