"""The web app mounted on the API's app: every page module's router, the static files, the
sessions and the redirect to sign in. The page modules import the shared page machinery from
`web.app`; only this module imports them all, so neither needs the other at import time."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from worldhire.api.context import AppContext
from worldhire.web import (
    application_pages,
    candidate_pages,
    docs_pages,
    funnel_pages,
    people_pages,
    pipeline_pages,
    recruiter_pages,
    role_pages,
    session_pages,
    settings_pages,
)
from worldhire.web.app import HERE, SignInRequired
from worldhire.web.session import Sessions


def mount_web(app: FastAPI, ctx: AppContext) -> None:
    """The pages, their assets, the sessions and the way to sign in, on the API's app."""
    app.state.sessions = Sessions(ctx.settings.secret_key, ctx.settings.session_max_age_s)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    async def to_sign_in(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SignInRequired)
        return RedirectResponse(f"/signin?next={quote(exc.next_path)}", status_code=303)

    app.add_exception_handler(SignInRequired, to_sign_in)
    for module in (session_pages, role_pages, recruiter_pages, people_pages, candidate_pages,
                   pipeline_pages, funnel_pages, docs_pages, application_pages, settings_pages):
        app.include_router(module.router, include_in_schema=False,
                           default_response_class=HTMLResponse)
