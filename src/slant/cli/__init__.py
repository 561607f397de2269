"""Command-line interface: ``slant`` and ``python -m slant``.

Each command lives in its own module and registers itself on :data:`slant.cli.app.app`.
Heavy imports (onnxruntime, FastAPI, Dask) happen inside the commands, not here.
"""

from __future__ import annotations

import os
import sys

from slant.cli import (  # noqa: F401  (imported for their commands)
    analyze,
    batch,
    evaluate,
    predict,
    serve,
    techniques,
    train,
)
from slant.cli.app import app
from slant.errors import SlantError


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; errors become one line on stderr and a non-zero exit code."""
    try:
        result = app(args=argv, prog_name="slant", standalone_mode=False)
        if isinstance(result, int):  # typer.Exit(code) is returned, not raised, here
            return result
    except SlantError as error:
        print(f"slant: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("slant: interrupted", file=sys.stderr)
        return 130
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 1
    except Exception as error:  # noqa: BLE001 - the last line of defence against tracebacks
        import typer
        from typer._click.exceptions import ClickException  # typer >= 0.20 vendors click

        if isinstance(error, typer.Exit):
            return error.exit_code
        if isinstance(error, ClickException):
            error.show()
            return error.exit_code
        if isinstance(error, typer.Abort):
            print("slant: aborted", file=sys.stderr)
            return 1
        if os.environ.get("SLANT_DEBUG"):
            raise
        print(f"slant: internal error: {type(error).__name__}: {error} "
              "(set SLANT_DEBUG=1 for the traceback)", file=sys.stderr)
        return 70
    return 0


def run() -> None:
    sys.exit(main())
