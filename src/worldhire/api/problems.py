"""Errors as RFC 9457 problem details (application/problem+json), the same shape on every route.

Services raise their own exceptions (NotFound, AccessDenied, GovernanceError ...); this module is
the one place that maps them to HTTP statuses, so a route never builds an error body by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from worldhire.governance.errors import AccessDenied, ConsentRequired, GovernanceError
from worldhire.match.service import NotFound

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger(__name__)


class Problem(Exception):
    """An error a route raises on purpose: a status, a human title and a detail that says why."""

    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra


def problem_body(status: int, detail: str, instance: str = "", **extra: Any) -> dict[str, Any]:
    phrase = HTTPStatus(status).phrase
    body: dict[str, Any] = {
        "type": f"https://worldhire.dev/problems/{phrase.lower().replace(' ', '-')}",
        "title": phrase,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(extra)
    return body


def _json_problem(
    status: int, detail: str, request: Request | None = None, *,
    headers: dict[str, str] | None = None, **extra: Any,
) -> JSONResponse:
    instance = request.url.path if request is not None else ""
    return JSONResponse(
        problem_body(status, detail, instance, **extra), status_code=status,
        media_type=PROBLEM_JSON, headers=headers,
    )


# Documented on every operation so the OpenAPI document tells clients what an error looks like.
PROBLEM_SCHEMA: dict[str, Any] = {
    "content": {PROBLEM_JSON: {"schema": {
        "type": "object",
        "properties": {
            "type": {"type": "string"}, "title": {"type": "string"},
            "status": {"type": "integer"}, "detail": {"type": "string"},
            "instance": {"type": "string"},
        },
        "required": ["type", "title", "status", "detail"],
    }}},
}


HtmlErrors = Callable[[Request, int, str], Response]


def wants_html(request: Request) -> bool:
    """Pages get an HTML error page; the API and its clients always get problem+json."""
    path = request.url.path
    return not (path.startswith("/api/") or path == "/openapi.json")


def install(app: FastAPI, html: HtmlErrors | None = None) -> None:
    def problem_response(
        status: int, detail: str, request: Request, *,
        headers: dict[str, str] | None = None, **extra: Any,
    ) -> Response:
        if html is not None and wants_html(request):
            return html(request, status, detail)
        return _json_problem(status, detail, request, headers=headers, **extra)

    async def on_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Problem)
        return problem_response(exc.status, exc.detail, request, headers=exc.headers, **exc.extra)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        headers = dict(exc.headers) if exc.headers else None
        return problem_response(exc.status_code, detail, request, headers=headers)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        detail = f"{'.'.join(first['loc'])}: {first['msg']}"
        return problem_response(422, detail, request, errors=errors)

    async def on_not_found(request: Request, exc: Exception) -> Response:
        return problem_response(404, str(exc), request)

    async def on_denied(request: Request, exc: Exception) -> Response:
        return problem_response(403, str(exc), request)

    async def on_consent(request: Request, exc: Exception) -> Response:
        return problem_response(409, str(exc), request)

    async def on_governance(request: Request, exc: Exception) -> Response:
        return problem_response(400, str(exc), request)

    async def on_crash(request: Request, exc: Exception) -> Response:
        # The detail never carries the exception text: it may hold personal data or internals.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(500, "the server failed to handle this request", request)

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(NotFound, on_not_found)
    app.add_exception_handler(AccessDenied, on_denied)
    app.add_exception_handler(ConsentRequired, on_consent)
    app.add_exception_handler(GovernanceError, on_governance)
    app.add_exception_handler(Exception, on_crash)
