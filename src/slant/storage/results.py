"""What the store returns besides whole analyses: list pages and aggregates."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class ArticleSummary(BaseModel):
    """One stored article, as a list shows it."""

    id: str
    key: str | None = None
    title: str | None
    snippet: str = Field(description="the first characters of the body")
    source: str | None
    url: str | None
    date: dt.date | None
    created_at: dt.datetime
    n_chars: int
    n_spans: int | None = Field(description="None: spans were not predicted")
    technique_chars: int | None
    density: float | None = Field(description="technique characters per 1,000 characters")
    genre: str | None
    hyperpartisan: float | None
    model_version: str | None


class Page(BaseModel):
    items: list[ArticleSummary]
    total: int
    limit: int
    offset: int


class DensityPoint(BaseModel):
    period: str = Field(description="YYYY-MM (or YYYY-MM-DD / YYYY for other buckets)")
    articles: int = Field(description="articles with predicted spans in this period")
    chars: int
    technique_chars: int
    density: float = Field(description="technique characters per 1,000 characters")


class SourceMix(BaseModel):
    source: str
    articles: int
    techniques: dict[str, int] = Field(description="PTC technique -> span count")


class Stats(BaseModel):
    articles: int
    articles_with_spans: int
    spans: int
    techniques: dict[str, int]
    by_source: list[SourceMix]
    density_over_time: list[DensityPoint]
    period: str
    genres: dict[str, int]
    frames: dict[str, int]
    undated_articles: int
