"""The ASGI app of ``marsad serve``: the API, the analyst's page and offline OpenAPI docs.

Example::

    app = create_app(Path("marsad.db"), token="...")
    uvicorn.run(app, host="127.0.0.1", port=8765)
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import orjson
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from marsad import __version__
from marsad.serve import api
from marsad.serve.access import StoreAccess
from marsad.serve.queries import REVIEW_FIELDS
from marsad.serve.security import SecurityHeaders, tile_origin

STATIC = Path(__file__).parent / "static"
ATTRIBUTION = [
    "Country outlines: Natural Earth (public domain) via world-atlas",
    "Governorates: UN OCHA / HDX, Syrian Arab Republic COD-AB (CC BY 3.0 IGO)",
]
log = logging.getLogger("marsad.serve")


class FastJSON(JSONResponse):
    """JSON via orjson: Arabic kept as UTF-8, and several times faster on long lists."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def _error(status: int, reason: str, detail: Any = None) -> FastJSON:
    return FastJSON({"error": {"status": status, "reason": reason, "detail": detail}}, status_code=status)


def create_app(store: str | Path, token: str, tiles: str | None = None) -> FastAPI:
    """Serve ``store`` (a SQLite path or ``postgresql://`` URL); ``token`` guards review writes;
    ``tiles`` is an optional tile URL template (``https://tile.example/{z}/{x}/{y}.png``)."""
    origin = tile_origin(tiles)
    access = StoreAccess(store)
    app = FastAPI(
        title="marsad", version=__version__, docs_url=None, redoc_url=None,
        description="Conflict events read from news, every field with its evidence span.",
        default_response_class=FastJSON,
    )
    app.state.access = access
    app.state.token = token
    app.state.tiles = tiles
    app.include_router(api.router)

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> FastJSON:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> FastJSON:
        problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")}
                    for e in exc.errors()]
        reason = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        return _error(422, reason or "invalid request", problems)

    @app.exception_handler(Exception)
    async def crashed(_: Request, exc: Exception) -> FastJSON:
        log.exception("internal error", exc_info=exc)
        return _error(500, f"internal error: {type(exc).__name__}")

    @app.get("/api/config", include_in_schema=False)
    def config() -> dict[str, Any]:
        return {"tiles": tiles, "attribution": ATTRIBUTION, "version": __version__,
                "review_fields": list(REVIEW_FIELDS)}

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders, tiles=origin)
    return app
