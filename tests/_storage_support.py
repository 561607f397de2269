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

from slant.document.analysis import (
    Analysis,
    Frames,
    Genre,
    Hyperpartisan,
    ParagraphTechniques,
    TechniqueSpan,
)
from slant.document.article import Article
from slant.pipeline.analyzer import empty_analysis

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


SAMPLE_TEXT = (
    "Leaders betray the nation again\n"
    "\n"
    "The corrupt regime has once again betrayed every honest worker, critics say.\n"
    "\n"
    "\"This is a disgrace,\" said Maria Lopez, the union leader. Officials declined to comment."
)


def sample_analysis(text: str = SAMPLE_TEXT, *, source: str | None = None,
                    date: str | None = None, with_model: bool = True,
                    frame: str = "Political", genre: str = "opinion") -> Analysis:
    """A hand-built analysis with spans on words of ``text`` (as a trained model might give)."""
    article = Article.from_text(text, source=source, date=date)
    analysis = empty_analysis(article)
    if not with_model:
        return analysis
    spans = []
    for word, technique, technique_2023 in (
        ("betray", "Loaded_Language", "Loaded_Language"),
        ("corrupt regime", "Name_Calling,Labeling", "Name_Calling-Labeling"),
        ("once again betrayed every honest worker", "Exaggeration,Minimisation",
         "Exaggeration-Minimisation"),
        ("disgrace", "Loaded_Language", "Loaded_Language"),
    ):
        start = text.find(word)
        if start >= 0:
            spans.append(TechniqueSpan(start=start, end=start + len(word), technique=technique,
                                       technique_2023=technique_2023, score=0.87))
    analysis.spans = spans
    paragraphs = []
    for number, paragraph in enumerate(analysis.paragraphs, start=1):
        paragraphs.append(ParagraphTechniques(
            start=paragraph.start, end=paragraph.end, line=1 + text.count("\n", 0, paragraph.start),
            scores={"Loaded_Language": 0.8 if number == 1 else 0.2},
            labels=["Loaded_Language"] if number == 1 else [],
        ))
    analysis.paragraph_techniques = paragraphs
    others = {"opinion": 0.1, "reporting": 0.1, "satire": 0.1}
    analysis.genre = Genre(label=genre, probabilities={**others, genre: 0.8})
    analysis.frames = Frames(scores={frame: 0.9, "Economic": 0.3}, labels=[frame])
    analysis.hyperpartisan = Hyperpartisan(probability=0.74, label=True)
    analysis.metadata.model_version = "test-fixture"
    return analysis
