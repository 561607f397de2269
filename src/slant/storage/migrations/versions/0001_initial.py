"""Articles, their technique spans and their labels.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("key", sa.String(128), nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.String(200), nullable=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("date", sa.Date, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("n_chars", sa.Integer, nullable=False),
        sa.Column("n_spans", sa.Integer, nullable=True),
        sa.Column("technique_chars", sa.Integer, nullable=True),
        sa.Column("genre", sa.String(40), nullable=True),
        sa.Column("hyperpartisan", sa.Float, nullable=True),
        sa.Column("model_version", sa.String(80), nullable=True),
        sa.Column("analysis_json", sa.Text, nullable=False),
        sa.UniqueConstraint("key", name="uq_articles_key"),
    )
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_index("ix_articles_date", "articles", ["date"])
    op.create_index("ix_articles_created_at", "articles", ["created_at"])
    op.create_index("ix_articles_genre", "articles", ["genre"])
    op.create_table(
        "spans",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32),
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("technique", sa.String(80), nullable=False),
        sa.Column("technique_2023", sa.String(80), nullable=True),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_spans_article_id", "spans", ["article_id"])
    op.create_index("ix_spans_technique", "spans", ["technique"])
    op.create_index("ix_spans_technique_2023", "spans", ["technique_2023"])
    op.create_table(
        "labels",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32),
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("label", sa.String(80), nullable=False),
    )
    op.create_index("ix_labels_article_id", "labels", ["article_id"])
    op.create_index("ix_labels_kind_label", "labels", ["kind", "label"])


def downgrade() -> None:
    op.drop_table("labels")
    op.drop_table("spans")
    op.drop_table("articles")
