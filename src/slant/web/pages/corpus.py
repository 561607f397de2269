"""The corpus page: every stored article, searchable and filterable, with charts."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from slant.errors import SlantError
from slant.web.charts import bar_chart, density_chart, source_mix_chart, technique_name
from slant.web.errors import status_for

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 25
_FILTERS = ("q", "source", "technique", "genre", "frame", "date_from", "date_to")


@router.get("/corpus")
async def corpus_page(request: Request) -> Response:
    params = request.query_params
    filters = {name: params.get(name, "").strip()[:200] for name in _FILTERS}
    try:
        page_no = max(1, min(int(params.get("page", "1")), 100_000))
    except ValueError:
        page_no = 1
    store = request.app.state.store
    query = {"query": filters["q"] or None, "source": filters["source"] or None,
             "technique": filters["technique"] or None, "genre": filters["genre"] or None,
             "frame": filters["frame"] or None, "date_from": filters["date_from"] or None,
             "date_to": filters["date_to"] or None}
    error = None
    status = 200
    try:
        page = await run_in_threadpool(store.list, **query, limit=PAGE_SIZE,
                                       offset=(page_no - 1) * PAGE_SIZE)
        stats = await run_in_threadpool(store.stats, **query)
    except SlantError as problem:
        error, status = str(problem), status_for(problem)
        page = await run_in_threadpool(store.list, limit=PAGE_SIZE)
        stats = await run_in_threadpool(store.stats)
    menus = await run_in_threadpool(store.labels_in_use)
    sources = await run_in_threadpool(store.sources)
    active = {k: v for k, v in filters.items() if v}

    def page_link(number: int) -> str:
        return "/corpus?" + urlencode({**active, "page": number})

    charts = {
        "mix": source_mix_chart(stats.by_source) if stats.spans else None,
        "density": density_chart(stats.density_over_time) if stats.density_over_time else None,
        "techniques": None,
    }
    if stats.techniques:
        charts["techniques"] = bar_chart(
            {technique_name(t): n for t, n in stats.techniques.items()},
            label="Spans per technique", percent=False, width=720, left=260,
            colors={technique_name(t): c for t, c in _colors(stats.techniques)})
    return request.app.state.templates.TemplateResponse(
        request, "corpus.html",
        {"page": page, "stats": stats, "filters": filters, "menus": menus, "sources": sources,
         "charts": charts, "error": error, "page_no": page_no, "page_link": page_link,
         "pages": max(1, -(-page.total // PAGE_SIZE)), "technique_name": technique_name},
        status_code=status,
    )


def _colors(techniques: dict[str, int]) -> list[tuple[str, str]]:
    from slant.taxonomy import technique_color

    return [(t, technique_color(t)) for t in techniques]
