"""Error responses: JSON ``{"error": {"status", "message"}}`` for the API, a page for people."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from slant.errors import InputError, SlantError, StorageError
from slant.storage.rows import InvalidQuery
from slant.web.analysis_service import BusyError
from slant.web.fetch import FetchError

log = logging.getLogger("slant.web")


def status_for(error: SlantError) -> int:
    if isinstance(error, BusyError):
        return 503
    if isinstance(error, InvalidQuery):
        return 422
    if isinstance(error, StorageError):
        return 503
    if isinstance(error, InputError | FetchError):
        return 422 if isinstance(error, InputError) else 400
    return 400


def error_response(request: Request, status: int, message: str) -> Response:
    message = " ".join(str(message).split())
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status
        )
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def _wants_html(request: Request) -> bool:
    if request.url.path.startswith("/api/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors()[:5]:
        where = ".".join(str(x) for x in item.get("loc", ()) if x != "body")
        parts.append(f"{where}: {item.get('msg', 'invalid')}" if where else item.get("msg", ""))
    return "invalid request: " + "; ".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def _http(request: Request, error: HTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) else str(error.detail)
        response = error_response(request, error.status_code, message)
        if error.headers:
            response.headers.update(error.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(error))

    @app.exception_handler(SlantError)
    async def _slant(request: Request, error: SlantError) -> Response:
        return error_response(request, status_for(error), str(error))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(request, 500, f"internal error ({type(error).__name__})")
