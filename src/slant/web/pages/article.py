"""The result page of one stored analysis: ``/articles/{id}``, its permanent link."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from slant.web.exports import EXPORT_FORMATS, available_formats
from slant.web.view import build_view

router = APIRouter(include_in_schema=False)


@router.get("/articles/{article_id}")
async def article_page(request: Request, article_id: str) -> Response:
    store = request.app.state.store
    analysis = await run_in_threadpool(store.get, article_id)
    if analysis is None:
        raise HTTPException(404, "no stored article with this id")
    summary = await run_in_threadpool(store.summary, article_id)
    return request.app.state.templates.TemplateResponse(
        request, "article.html",
        {"view": build_view(analysis), "article_id": article_id, "summary": summary,
         "exports": {f: EXPORT_FORMATS[f] for f in available_formats(analysis)},
         "notice": None},
    )
