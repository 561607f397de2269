"""Alembic environment: migrations run programmatically from :mod:`slant.storage.migrate`,
on the connection it passes in ``config.attributes["connection"]``."""

from alembic import context

from slant.storage.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("slant migrations run through slant.storage.Store.open, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
