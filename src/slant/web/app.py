"""The web application factory: :func:`create_app` builds one app from :class:`Settings`.

Nothing is created at import time: the database and the analyzer are opened when the app
starts (its lifespan) and closed when it stops.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from slant.version import SLANT_VERSION
from slant.web.settings import Settings

WEB_DIR = Path(__file__).parent
log = logging.getLogger("slant.web")



def create_app(settings: Settings | None = None, *, analyzer: object | None = None) -> FastAPI:
    """A new application. ``analyzer`` defaults to :func:`slant.load` (loaded on start)."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from slant.storage import Store
        from slant.web.analysis_service import AnalysisService

        store = await run_in_threadpool(Store.open, settings.db_url)
        loaded = analyzer
        if loaded is None:
            from slant.pipeline.analyzer import load

            loaded = await run_in_threadpool(load, settings.model_dir,
                                             batch_size=settings.batch_size)
        service = AnalysisService(loaded, batch_size=settings.batch_size,  # type: ignore[arg-type]
                                  wait_s=settings.batch_wait_s,
                                  max_waiting=settings.analysis_queue)
        app.state.store = store
        app.state.analysis = service
        log.info("slant %s: database %s, model %s", SLANT_VERSION, store.dialect,
                 service.model_version or "none (spans not predicted)")
        try:
            yield
        finally:
            service.close()
            store.close()

    app = FastAPI(
        title="slant",
        version=SLANT_VERSION,
        description="Analyse news articles for persuasion techniques; store and explore them.",
        lifespan=lifespan,
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.settings = settings
    templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
    templates.env.autoescape = True  # every template, whatever its file name
    templates.env.globals["slant_version"] = SLANT_VERSION
    templates.env.globals["token_required"] = bool(settings.token)
    from slant.render.segments import darker
    from slant.web.charts import technique_name
    from slant.web.view import is_web_url, segment_style, technique_definition

    templates.env.filters["seg_style"] = segment_style
    templates.env.filters["darker"] = darker
    templates.env.filters["technique_name"] = technique_name
    templates.env.filters["is_web_url"] = is_web_url
    templates.env.filters["technique_definition"] = technique_definition
    app.state.templates = templates

    from slant.web.errors import install_error_handlers
    from slant.web.headers import SecurityHeaders
    from slant.web.limits import BodySizeLimit

    install_error_handlers(app)

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)

    from slant.web import api
    from slant.web.pages import analyse, article, corpus

    app.include_router(api.router)
    app.include_router(analyse.router)
    app.include_router(article.router)
    app.include_router(corpus.router)
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")
    return app
