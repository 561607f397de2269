"""Run the Alembic migrations shipped in ``migrations/`` on an engine, safely when several
processes open the same new database at once."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
#: Arbitrary constant naming the PostgreSQL advisory lock that serialises migrations.
_PG_MIGRATION_LOCK = 734_215_001


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (no-op when it already is)."""
    head = head_revision()
    if current_revision(engine) == head:
        return
    config = _config()
    # One transaction, under a lock: a second process opening the same database waits,
    # then finds the schema at head and does nothing.
    with engine.connect().execution_options(slant_write=True) as connection:
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(
                    sa.select(sa.func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK))
                )
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
