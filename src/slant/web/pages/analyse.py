"""The analyse page: paste text, upload a .txt/.html file, or give a URL."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from slant.errors import SlantError
from slant.readers.files import MAX_ARTICLE_BYTES
from slant.web.errors import status_for
from slant.web.inputs import article_from_text, article_from_upload, article_from_url
from slant.web.security import token_matches
from slant.web.view import build_view

router = APIRouter(include_in_schema=False)

_FIELDS = ("text", "url", "title", "source", "date", "token")


def _form_page(request: Request, values: dict[str, str], error: str | None = None,
               status: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(
        request, "analyse.html",
        {"values": values, "error": error,
         "model_version": request.app.state.analysis.model_version},
        status_code=status,
    )


@router.get("/")
async def analyse_form(request: Request) -> Response:
    return _form_page(request, {})


@router.post("/analyse")
async def analyse_submit(request: Request) -> Response:
    form = await request.form(max_files=1, max_fields=20, max_part_size=MAX_ARTICLE_BYTES + 1024)
    values = {name: str(form.get(name) or "") for name in _FIELDS
              if not isinstance(form.get(name), UploadFile)}
    upload = form.get("file")
    settings = request.app.state.settings
    try:
        date = values.get("date", "").strip() or None
        if date:
            try:
                date = dt.date.fromisoformat(date).isoformat()
            except ValueError:
                raise SlantError(f"the date must be YYYY-MM-DD, not {date[:20]!r}") from None
        extra = {"source": values.get("source", "").strip() or None, "date": date}
        title = values.get("title", "").strip() or None
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read(MAX_ARTICLE_BYTES + 1)
            article = await run_in_threadpool(article_from_upload, data, upload.filename,
                                              **extra)
        elif values.get("text", "").strip():
            article = await run_in_threadpool(article_from_text, values["text"], title=title,
                                              **extra)
        elif values.get("url", "").strip():
            article = await article_from_url(values["url"].strip(), settings, **extra)
        else:
            raise SlantError("paste a text, choose a file or give a URL")
        analysis = await request.app.state.analysis.analyze(article)
    except SlantError as error:
        values.pop("token", None)
        return _form_page(request, values, str(error), status=status_for(error))
    if token_matches(settings.token, values.get("token") or None):
        article_id = await run_in_threadpool(request.app.state.store.save, analysis)
        return RedirectResponse(f"/articles/{article_id}", status_code=303)
    return request.app.state.templates.TemplateResponse(
        request, "article.html",
        {"view": build_view(analysis), "article_id": None,
         "notice": "Not stored: storing needs the API token."},
    )
