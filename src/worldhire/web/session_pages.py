"""Home, sign-in and sign-out, and a candidate's registration by résumé upload."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import Response

from worldhire.api.problems import Problem
from worldhire.api.uploads import read_uploads, register
from worldhire.core.errors import WorldhireError
from worldhire.governance.errors import AccessDenied
from worldhire.web.app import Visit, visit

router = APIRouter()
Page = Annotated[Visit, Depends(visit)]


def _safe_next(path: str | None) -> str | None:
    # Only local paths: a crafted ?next= must not send the user to another site.
    if path and path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return None


@router.get("/")
def home(page: Page) -> Response:
    if page.principal is None:
        return page.render("home.html")
    return page.redirect("/me" if page.is_candidate else "/roles")


@router.get("/signin")
def signin_form(page: Page, next: str | None = None) -> Response:
    return page.render("signin.html", next=_safe_next(next) or "", error=None)


@router.post("/signin")
def signin(
    page: Page, token: Annotated[str, Form(max_length=200)],
    csrf: Annotated[str, Form(max_length=200)], next: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    page.require_csrf(csrf)
    try:
        principal = page.ctx.accounts.authenticate(token)
    except AccessDenied:
        return page.render("signin.html", status_code=401, next=_safe_next(next) or "",
                           error="That access token is not valid, or it was revoked.")
    page.sign_in(token.strip())
    default = "/me" if principal.candidate_id else "/roles"
    return page.redirect(_safe_next(next) or default)


@router.post("/signout")
def signout(page: Page, csrf: Annotated[str, Form(max_length=200)]) -> Response:
    page.require_csrf(csrf)
    page.sign_out()
    return page.redirect("/")


@router.get("/join")
def join_form(page: Page) -> Response:
    return page.render("join.html", error=None)


@router.post("/join")
def join(
    page: Page, csrf: Annotated[str, Form(max_length=200)],
    files: Annotated[list[UploadFile], File()],
    returning: Annotated[bool, Form()] = False,
) -> Response:
    page.require_csrf(csrf)
    try:
        # The API's /signup bucket: anyone may register, and each registration parses a file.
        client = page.request.client
        page.ctx.limit_signup(client.host if client else "unknown")
        uploads = read_uploads(files, page.ctx.settings.max_file_bytes, allow_csv=False)
        _, token = register(page.ctx, uploads, "web sign-up", returning=returning)
    except WorldhireError as exc:
        response = page.render("join.html", status_code=exc.status, error=str(exc))
        if isinstance(exc, Problem):
            response.headers.update(exc.headers)
        return response
    page.sign_in(token)
    page.session.flash(f"Welcome! Your access token is {token} — keep it to sign in again.")
    return page.redirect("/me")
