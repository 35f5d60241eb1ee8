"""The HTTP application: the REST API under /api/v1 and the web app, over one store.

A thin shell: routes parse and check the request, call the governance-scoped services, and
render. Nothing under worldhire.core or the services imports FastAPI.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from worldhire import __version__
from worldhire.api import problems
from worldhire.api.context import AppContext
from worldhire.api.limits import BodyLimit, RateLimit, TokenBuckets
from worldhire.api.routes import (
    accounts,
    applying,
    candidates,
    market,
    pipeline,
    planning,
    roles,
    searches,
)
from worldhire.api.settings import ApiSettings
from worldhire.core import heap
from worldhire.store.protocol import Repository
from worldhire.web.app import html_error
from worldhire.web.site import mount_web

API_PREFIX = "/api/v1"
API_MODULES = (candidates, roles, planning, accounts, pipeline, applying, market, searches)

_ERRORS = {status: {"description": text, **problems.PROBLEM_SCHEMA} for status, text in {
    401: "no or bad token", 403: "the token's role may not do this",
    404: "not found, or not in the caller's scope", 413: "request too large",
    422: "invalid input", 429: "rate limited; see Retry-After",
}.items()}

_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    # Everything is served from here: no CDN, no inline script (htmx runs from /static).
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
     b"frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)


def create_app(settings: ApiSettings | None = None, repo: Repository | None = None) -> FastAPI:
    """The app over `repo`, or over the store that `settings` names (opened here, closed on
    shutdown). Region routing applies when residency is enabled, as for the CLI."""
    settings = settings or ApiSettings.load()
    ctx = AppContext(settings, repo)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if settings.warm_pay_model:
            threading.Thread(target=lambda: ctx.estimator, name="warm-pay-model",
                             daemon=True).start()
        if settings.warm_ranking:
            threading.Thread(target=ctx.warm_ranking, name="warm-ranking", daemon=True).start()
        ctx.start_background()
        with heap.serving():
            yield
        ctx.close()

    app = FastAPI(
        title="worldhire", version=__version__, lifespan=lifespan,
        description="Evidence-based hiring of AI talent across borders: candidates, roles, "
        "explained shortlists, pay, team plans, consent, export, erasure and audits. "
        "Authenticate with `Authorization: Bearer <token>`. Errors are RFC 9457 problem+json.",
        # /api/docs is the web app's own page (worldhire.web.docs_pages): Swagger UI's CDN
        # scripts and inline bootstrap are refused by the CSP below.
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.ctx = ctx
    answer_crash = problems.install(app, html_error)

    api = APIRouter(prefix=API_PREFIX, responses=_ERRORS)  # type: ignore[arg-type]
    for module in API_MODULES:
        api.include_router(module.router)
    app.include_router(api)

    mount_web(app, ctx)

    buckets = TokenBuckets(settings.rate_per_second, settings.rate_burst)
    app.add_middleware(RateLimit, buckets=buckets, authenticate=ctx.accounts.authenticate)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    # Outside the limits (a crash while authenticating is answered too), inside the headers.
    app.add_middleware(problems.CrashBarrier, answer=answer_crash)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app each worker process of `worldhire serve --workers N` builds (uvicorn's factory):
    its settings are the environment's, where the command put its --home and N."""
    return create_app(ApiSettings.load(warm_pay_model=True, warm_ranking=True))
