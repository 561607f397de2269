"""The database tables. Changes here need a migration in ``migrations/versions/``.

``articles`` holds the full analysis JSON plus the columns that lists and filters need;
``spans`` and ``labels`` are normalised rows derived from the analysis, so filters and
aggregates run in SQL.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("key", sa.String(128), nullable=True),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source", sa.String(200), nullable=True, index=True),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("date", sa.Date, nullable=True, index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("n_chars", sa.Integer, nullable=False),
    # None when no model predicted spans ("not predicted", never zero by default)
    sa.Column("n_spans", sa.Integer, nullable=True),
    sa.Column("technique_chars", sa.Integer, nullable=True),
    sa.Column("genre", sa.String(40), nullable=True, index=True),
    sa.Column("hyperpartisan", sa.Float, nullable=True),
    sa.Column("model_version", sa.String(80), nullable=True),
    sa.Column("analysis_json", sa.Text, nullable=False),
    sa.UniqueConstraint("key", name="uq_articles_key"),
)


def _row_of_article() -> tuple[sa.Column, sa.Column]:
    """The first columns of a table of rows derived from one article: its own id and the
    article's id (the row goes when the article goes)."""
    return (
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id",
            sa.String(32),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
    )


spans = sa.Table(
    "spans",
    metadata,
    *_row_of_article(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("technique", sa.String(80), nullable=False, index=True),
    sa.Column("technique_2023", sa.String(80), nullable=True, index=True),
    sa.Column("score", sa.Float, nullable=False),
)

#: Article-level labels: ``kind`` is ``frame`` or ``paragraph_technique`` (SemEval-2023).
labels = sa.Table(
    "labels",
    metadata,
    *_row_of_article(),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("label", sa.String(80), nullable=False),
    sa.Index("ix_labels_kind_label", "kind", "label"),
)
