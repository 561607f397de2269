"""The REST API, version 1, under ``/api/v1`` (OpenAPI docs at ``/api/docs``)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from slant.document.analysis import Analysis
from slant.document.article import Article
from slant.readers.files import MAX_ARTICLE_BYTES
from slant.storage import Page, Stats, Store
from slant.web.exports import EXPORT_FORMATS, export
from slant.web.inputs import article_from_text, article_from_url
from slant.web.security import require_token

router = APIRouter(prefix="/api/v1", tags=["v1"])


class AnalyzeRequest(BaseModel):
    """An article to analyse: ``text`` or ``html``; or neither, and a ``url`` to fetch."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, max_length=MAX_ARTICLE_BYTES,
                             description="plain text: title line, blank line, paragraphs")
    html: str | None = Field(default=None, max_length=MAX_ARTICLE_BYTES,
                             description="an HTML page; its main text is extracted")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000,
                            description="the article's URL; fetched when no text or html is given")

    @model_validator(mode="after")
    def _one_input(self) -> AnalyzeRequest:
        if self.url is not None and not self.url.strip().lower().startswith(
                ("http://", "https://")):
            raise ValueError("url must be an http:// or https:// URL")
        given = [name for name in ("text", "html") if getattr(self, name) is not None]
        if len(given) > 1:
            raise ValueError("give either text or html, not both")
        if not given and not self.url:
            raise ValueError("give text, html or url")
        return self


class ArticleCreate(AnalyzeRequest):
    source: str | None = Field(default=None, max_length=200)
    date: dt.date | None = Field(default=None, description="publication date, YYYY-MM-DD")
    key: str | None = Field(default=None, min_length=1, max_length=128,
                            description="idempotency key: a second POST with it stores nothing")


class StoredArticle(BaseModel):
    id: str
    link: str
    analysis: Analysis


class Health(BaseModel):
    status: Literal["ok"]
    model_version: str | None
    database: str
    articles: int


def _json(model: BaseModel, status: int = 200) -> Response:
    """The model's JSON as is (already validated: no second validation by FastAPI)."""
    return Response(model.model_dump_json(), status_code=status, media_type="application/json")


def _store(request: Request) -> Store:
    return request.app.state.store


async def _article(request: Request, body: AnalyzeRequest, *, source: str | None = None,
                   date: str | None = None) -> Article:
    settings = request.app.state.settings
    extra = {"source": source, "date": date}
    if body.text is None and body.html is None:
        return await article_from_url(body.url or "", settings, **extra)
    return await run_in_threadpool(
        article_from_text, body.html if body.html is not None else body.text or "",
        title=body.title, is_html=body.html is not None, url=body.url, **extra,
    )


@router.get("/health", response_model=Health)
async def health(request: Request) -> Health:
    store = _store(request)
    count = await run_in_threadpool(store.count)
    return Health(status="ok", model_version=request.app.state.analysis.model_version,
                  database=store.dialect, articles=count)


@router.post("/analyze", response_model=Analysis, response_model_exclude_none=False)
async def analyze(request: Request, body: AnalyzeRequest) -> Response:
    """Analyse an article without storing it."""
    article = await _article(request, body)
    analysis = await request.app.state.analysis.analyze(article)
    return _json(analysis)


@router.post("/articles", status_code=201, response_model=StoredArticle,
             dependencies=[Depends(require_token)])
async def create_article(request: Request, body: ArticleCreate) -> Response:
    """Analyse an article and store it; returns its id and permanent link."""
    date = body.date.isoformat() if body.date else None
    article = await _article(request, body, source=body.source, date=date)
    analysis = await request.app.state.analysis.analyze(article)
    article_id = await run_in_threadpool(
        _store(request).save, analysis, key=body.key, source=body.source, date=date
    )
    stored = StoredArticle(id=article_id, link=f"/articles/{article_id}", analysis=analysis)
    return _json(stored, status=201)


class ArticleFilters:
    """The query parameters that select stored articles, shared by the list and the stats."""

    def __init__(
        self,
        q: Annotated[str | None, Query(max_length=500, description="full-text search")] = None,
        source: Annotated[str | None, Query(max_length=200)] = None,
        technique: Annotated[str | None, Query(max_length=100)] = None,
        genre: Annotated[str | None, Query(max_length=40)] = None,
        frame: Annotated[str | None, Query(max_length=100)] = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> None:
        #: keyword arguments for :meth:`Store.list` and :meth:`Store.stats`
        self.store_arguments = {"query": q, "source": source, "technique": technique,
                                "genre": genre, "frame": frame, "date_from": date_from,
                                "date_to": date_to}


@router.get("/articles", response_model=Page)
async def list_articles(
    request: Request,
    filters: Annotated[ArticleFilters, Depends()],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Page:
    return await run_in_threadpool(
        _store(request).list, **filters.store_arguments, limit=limit, offset=offset,
    )


@router.get("/articles/{article_id}", response_model=StoredArticle)
async def get_article(request: Request, article_id: str) -> StoredArticle:
    analysis = await run_in_threadpool(_store(request).get, article_id)
    if analysis is None:
        raise HTTPException(404, f"no stored article with id {article_id[:40]!r}")
    return StoredArticle(id=article_id, link=f"/articles/{article_id}", analysis=analysis)


@router.get("/articles/{article_id}/export/{fmt}", response_class=PlainTextResponse,
            summary="The stored analysis in JSON or a shared-task format")
async def export_article(request: Request, article_id: str, fmt: str) -> Response:
    if fmt not in EXPORT_FORMATS:
        raise HTTPException(404, f"unknown export format {fmt[:20]!r}: use one of "
                                 f"{', '.join(EXPORT_FORMATS)}")
    analysis = await run_in_threadpool(_store(request).get, article_id)
    if analysis is None:
        raise HTTPException(404, f"no stored article with id {article_id[:40]!r}")
    from slant.web.exports import NotPredicted

    try:
        body = await run_in_threadpool(export, analysis, fmt, article_id)
    except NotPredicted as error:
        raise HTTPException(409, str(error)) from None
    suffix = EXPORT_FORMATS[fmt][1]
    media = "application/json" if fmt == "json" else "text/plain; charset=utf-8"
    return Response(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="slant-{article_id}.{suffix}"'})


@router.delete("/articles/{article_id}", status_code=204, dependencies=[Depends(require_token)])
async def delete_article(request: Request, article_id: str) -> Response:
    if not await run_in_threadpool(_store(request).delete, article_id):
        raise HTTPException(404, f"no stored article with id {article_id[:40]!r}")
    return Response(status_code=204)


@router.get("/stats", response_model=Stats)
async def stats(
    request: Request,
    filters: Annotated[ArticleFilters, Depends()],
    period: Literal["day", "month", "year"] = "month",
) -> Stats:
    """Technique mix by source, and propaganda density (technique characters per 1,000
    characters) over time, of the filtered articles."""
    return await run_in_threadpool(
        _store(request).stats, **filters.store_arguments, period=period,
    )
