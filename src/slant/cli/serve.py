"""slant serve: the web application (analyse and explore articles) and the REST API."""

from __future__ import annotations

import typer

from slant.cli.app import app


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, min=0, max=65535, help="port to listen on"),
    db: str | None = typer.Option(
        None, "--db", help="database URL: sqlite:///path.db or postgresql://user:pw@host/db "
        "(default: SQLite in the user's data directory)"),
    token: str | None = typer.Option(
        None, "--token", envvar="SLANT_API_TOKEN", show_envvar=True,
        help="API token required by the endpoints that write or delete"),
    allow_private_urls: bool = typer.Option(
        False, "--allow-private-urls",
        help="let URL fetching reach private, loopback and link-local addresses"),
    model_dir: str | None = typer.Option(None, "--model-dir", help="model folder to use"),
    log_level: str = typer.Option("info", help="uvicorn log level"),
) -> None:
    """Serve the web pages and the REST API (docs at /api/docs)."""
    import uvicorn

    from slant.storage import Store
    from slant.web import Settings, create_app

    # Open the database once here, so a bad --db is one clear error line before start-up.
    Store.open(db).close()
    settings = Settings(db_url=db, token=token or None, allow_private_urls=allow_private_urls,
                        model_dir=model_dir)
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.token:
        typer.echo("slant: warning: listening beyond this machine without --token: anyone who "
                   "can reach it may store and delete articles", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level,
                timeout_graceful_shutdown=5)
