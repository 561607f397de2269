"""The typer application that every command module registers on."""

import typer

app = typer.Typer(
    name="slant",
    help="Show how a news article tries to persuade: technique spans, paragraph techniques, "
    "genre, frames, hyperpartisanship, quotes and voices.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
