"""Shared fixtures. Tests never need ../shared: fixtures live in tests/fixtures/."""

from __future__ import annotations

from pathlib import Path

import pytest
from _storage_support import BACKENDS, database_url

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path):
    """A database URL, once for SQLite and once for a fresh PostgreSQL schema."""
    with database_url(request.param, tmp_path) as url:
        yield url
