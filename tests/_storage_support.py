"""Databases for the storage and web tests: a SQLite file, or a fresh PostgreSQL schema.

PostgreSQL tests use ``SLANT_TEST_POSTGRES_URL``; each creates its own schema (random name)
and drops it afterwards, touching nothing else. Without the variable they skip, unless
``SLANT_TEST_REQUIRE_SERVICES`` is set, in which case they fail.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

BACKENDS = ["sqlite", "postgresql"]


def services_required() -> bool:
    return bool(os.environ.get("SLANT_TEST_REQUIRE_SERVICES"))


def postgres_base_url() -> str:
    url = os.environ.get("SLANT_TEST_POSTGRES_URL")
    if not url:
        if services_required():
            pytest.fail("SLANT_TEST_POSTGRES_URL is not set but SLANT_TEST_REQUIRE_SERVICES is")
        pytest.skip("PostgreSQL tests need SLANT_TEST_POSTGRES_URL")
    return url


@contextmanager
def postgres_schema_url() -> Iterator[str]:
    """A URL whose connections use a fresh schema, dropped (with its tables) on exit."""
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    base = make_url(postgres_base_url()).set(drivername="postgresql")
    conninfo = base.render_as_string(hide_password=False)
    schema = f"slant_test_{secrets.token_hex(6)}"
    try:
        admin = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        if services_required():
            pytest.fail(f"PostgreSQL at {base.render_as_string()} is not reachable: {error}")
        pytest.skip(f"PostgreSQL is not reachable: {error}")
    with admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        try:
            url = make_url(postgres_base_url()).update_query_dict(
                {"options": f"-csearch_path={schema}"}
            )
            yield url.render_as_string(hide_password=False)
        finally:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


@contextmanager
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'slant-test.db'}"
    else:
        with postgres_schema_url() as url:
            yield url
