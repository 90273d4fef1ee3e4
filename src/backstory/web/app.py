"""The web application: the JSON API, the pages and their static files.

``create_app(archive_or_db_path)`` gives a FastAPI app over an archive. A
path or URL is opened read-only (every connection refuses to write) and
closed when the app shuts down; an ``Archive`` given is used as it is and
stays the caller's to close. The OpenAPI description is at
``/api/openapi.json``; no documentation UI is served (those load scripts
from a CDN, and the app must work offline).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from backstory.archive import Archive
from backstory.errors import ArchiveError, BackstoryError
from backstory.settings import Settings
from backstory.web import api, pages

STATIC = Path(__file__).resolve().parent / "static"
DESCRIPTION = (
    "Read-only access to a backstory archive: articles and their annotations, "
    "timelines of what happened when (each line linked to its sources by article id "
    "and character offsets), entities, stories, claim histories and located events."
)


def create_app(
    archive_or_db_path: Archive | str | os.PathLike[str],
    *,
    settings: Settings | None = None,
) -> FastAPI:
    """The web app over an archive (an open ``Archive``, an SQLite path or a database URL)."""
    if isinstance(archive_or_db_path, Archive):
        archive, owned = archive_or_db_path, False
    else:
        archive = Archive.open(archive_or_db_path, settings=settings, create=False, read_only=True)
        owned = True

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            archive.close()

    from backstory import __version__

    app = FastAPI(
        title="backstory",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        lifespan=lifespan,
    )
    app.state.archive = archive
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(RequestValidationError, _invalid_parameter)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(ArchiveError, _archive_error)
    app.add_exception_handler(BackstoryError, _bad_input)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


async def _invalid_parameter(request: Request, exc: Exception) -> Response:
    """422 with one line naming the parameter (``max_dates: ...``)."""
    assert isinstance(exc, RequestValidationError)
    errors: list[Any] = list(exc.errors())
    first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
    name = ".".join(str(part) for part in first.get("loc", ())[1:]) or "request"
    message = f"{name}: {first.get('msg', 'invalid value')}"
    return _error(request, 422, message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 405:
        detail = f"{request.method} is not allowed: this server is read-only (GET only)"
    return _error(request, exc.status_code, detail, headers=getattr(exc, "headers", None))


async def _archive_error(request: Request, exc: Exception) -> Response:
    return _error(request, 503, str(exc))


async def _bad_input(request: Request, exc: Exception) -> Response:
    """Any other backstory error is the request's fault: 400 with its one line."""
    return _error(request, 400, str(exc))


def _error(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    return HTMLResponse(pages.error_page(request, status, message), status, headers=headers)
