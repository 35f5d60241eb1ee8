"""Errors as RFC 9457 problem details (application/problem+json), the same shape on every route.

Services raise `WorldhireError`s, each with its status and stable code; one handler here turns
any of them into a problem body, so a route never builds an error body by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from worldhire.core.errors import WorldhireError
from worldhire.store.errors import storage_error, storage_exception_types

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger(__name__)


# Codes of the errors that have no class of their own (a bad header, a rate limit, a route
# that does not exist). Spelled out: the phrases of http.HTTPStatus change between versions.
_STATUS_CODES = {
    400: "bad-request", 401: "unauthenticated", 403: "forbidden", 404: "not-found",
    405: "method-not-allowed", 409: "conflict", 413: "too-large", 415: "unsupported-media-type",
    422: "invalid-input", 429: "rate-limited", 500: "internal", 503: "unavailable",
}


def status_code_name(status: int) -> str:
    return _STATUS_CODES.get(status, f"http-{status}")


class Problem(WorldhireError):
    """An error a route raises on purpose about the request itself (a missing field, a header):
    a status, and a detail that says why."""

    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None,
                 code: str | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code or status_code_name(status)
        self.detail = detail
        self.headers = headers or {}
        self._extra = extra

    @property
    def extra(self) -> dict[str, Any]:
        return self._extra


class ProblemOut(BaseModel):
    """An error as RFC 9457 problem details; an error may add members of its own (the id of
    the application already there, each file's result, the invalid fields)."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    code: str = Field(description="stable; see docs/errors.md")
    detail: str
    instance: str | None = Field(default=None, description="the path asked for")

    def as_json(self) -> dict[str, Any]:
        """The body as sent (no instance when there is none)."""
        return self.model_dump(mode="json", exclude={"instance"} if self.instance is None
                               else None)


def problem_body(status: int, detail: str, instance: str = "", *, code: str | None = None,
                 **extra: Any) -> ProblemOut:
    code = code or status_code_name(status)
    if instance:
        extra = {"instance": instance, **extra}
    return ProblemOut(type=f"https://worldhire.dev/problems/{code}",
                      title=HTTPStatus(status).phrase, status=status, code=code, detail=detail,
                      **extra)


def _json_problem(
    status: int, detail: str, request: Request | None = None, *,
    headers: dict[str, str] | None = None, **extra: Any,
) -> JSONResponse:
    instance = request.url.path if request is not None else ""
    return JSONResponse(
        problem_body(status, detail, instance, **extra).as_json(), status_code=status,
        media_type=PROBLEM_JSON, headers=headers,
    )


# Documented on every operation so the OpenAPI document tells clients what an error looks like.
PROBLEM_SCHEMA = {"content": {PROBLEM_JSON: {"schema": ProblemOut.model_json_schema()}}}


HtmlErrors = Callable[[Request, int, str], Response]


def wants_html(request: Request) -> bool:
    """Pages get an HTML error page; the API and its clients always get problem+json."""
    path = request.url.path
    return not (path.startswith("/api/") or path == "/openapi.json")


Answer = Callable[[Request, Exception], Awaitable[Response]]


class CrashBarrier:
    """Answers an exception that no handler took (a crash in a route, or in a middleware inside
    this one) as the handlers answer one, and keeps it here. Starlette's outermost middleware
    answers 500 too but then re-raises, and uvicorn closes the connection of a request whose
    app raised: a client on a keep-alive connection lost it with every 500 (issue 18, finding
    6). An answer already begun cannot be replaced: that exception goes on, and the connection
    with it."""

    def __init__(self, app: ASGIApp, answer: Answer) -> None:
        self.app = app
        self.answer = answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            if started:
                raise
            response = await self.answer(Request(scope, receive), exc)
            await response(scope, receive, send)


def install(app: FastAPI, html: HtmlErrors | None = None) -> Answer:
    """The handlers of every error; returns the answer to an exception none of them took, for
    `CrashBarrier` (the handler of `Exception` stays for what escapes the barrier)."""
    def problem_response(
        status: int, detail: str, request: Request, *,
        headers: dict[str, str] | None = None, **extra: Any,
    ) -> Response:
        if html is not None and wants_html(request):
            return html(request, status, detail)
        return _json_problem(status, detail, request, headers=headers, **extra)

    async def on_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WorldhireError)
        if isinstance(exc, Problem):
            return problem_response(exc.status, exc.detail, request, headers=exc.headers,
                                    code=exc.code, **exc.extra)
        if exc.status >= 500 and not exc.detail_is_public:
            # Logged, not shown: the text of a server-side failure may name files or internals.
            log.error("%s on %s %s", type(exc).__name__, request.method, request.url.path,
                      exc_info=exc)
            return problem_response(exc.status, "the server failed to handle this request",
                                    request, code=exc.code)
        return problem_response(exc.status, str(exc), request, code=exc.code, **exc.extra)

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

    async def on_storage(request: Request, exc: Exception) -> Response:
        storage = storage_error(exc)
        if storage is None:
            return await on_crash(request, exc)
        # A full disk or a read-only mount, said plainly (no paths), and answered like any
        # error rather than as a crash, so the connection is kept.
        log.error("%s on %s %s: %s", type(storage).__name__, request.method, request.url.path,
                  storage)
        return problem_response(storage.status, storage.public, request, code=storage.code)

    async def on_crash(request: Request, exc: Exception) -> Response:
        # The detail never carries the exception text: it may hold personal data or internals.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(500, "the server failed to handle this request", request,
                                code="internal")

    app.add_exception_handler(WorldhireError, on_error)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    for kind in storage_exception_types():
        app.add_exception_handler(kind, on_storage)
    app.add_exception_handler(Exception, on_crash)
    return on_storage
