"""The web app: server-rendered pages (Jinja2) with htmx for partial updates, over the same
governance-scoped services as the API. Assets are served from the package; nothing from a CDN."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from worldhire.api.context import AppContext
from worldhire.api.problems import Problem
from worldhire.api.uploads import accepted_suffixes
from worldhire.comp.regions import region_label
from worldhire.core.errors import WorldhireError
from worldhire.core.models import UNTITLED_LABEL, Seniority
from worldhire.core.texts import shortened
from worldhire.governance.access import ScopedServices
from worldhire.governance.errors import AccessDenied
from worldhire.governance.principal import AccessRole, Action, Principal
from worldhire.ingest.formats import FORMATS, format_names, post_accept
from worldhire.skills.titles import family_label
from worldhire.web.charts import score_bar
from worldhire.web.session import Session, Sessions

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals["score_bar"] = score_bar
templates.env.globals["untitled"] = UNTITLED_LABEL
templates.env.filters["usd"] = lambda v: "—" if v is None else f"{v:,.0f}"
templates.env.filters["pct"] = lambda v: f"{v * 100:.0f}%"
templates.env.filters["region"] = region_label
templates.env.filters["family"] = family_label
templates.env.filters["shortened"] = shortened
templates.env.filters["level"] = lambda code: Seniority(code).word
# The upload forms' `accept` lists: the suffixes the upload check takes, résumés alone or with
# CSV files of profiles (the recruiters' bulk upload); the role form's, a job post's formats.
RESUME_ACCEPT = ",".join(accepted_suffixes(allow_csv=False))
UPLOAD_ACCEPT = ",".join(accepted_suffixes(allow_csv=True))
POST_ACCEPT = ",".join(post_accept())
# Their hints, in words: a résumé's formats, a file of many people's, a job post's.
RESUME_FORMATS = format_names(several_people=False)
POST_FORMATS = format_names(posts=True)
BULK_FORMATS = ", ".join(f.title for f in FORMATS if f.several_people)


class SignInRequired(WorldhireError):
    """The page needs a signed-in user; the handler sends the browser to the sign-in form."""

    status = 401
    code = "sign-in-required"

    def __init__(self, next_path: str) -> None:
        super().__init__("sign in to see this page")
        self.next_path = next_path


@dataclass
class Visit:
    """One page view: the request, its session, and who is signed in (if anyone)."""

    request: Request
    ctx: AppContext
    session: Session
    principal: Principal | None

    @property
    def services(self) -> ScopedServices:
        if self.principal is None:
            raise SignInRequired(self.request.url.path)
        return ScopedServices(self.ctx.gov, self.principal)

    @property
    def is_candidate(self) -> bool:
        return self.principal is not None and self.principal.role is AccessRole.CANDIDATE

    def sign_in(self, token: str) -> None:
        """Start a session for a valid token, kept on the server for the session's lifetime."""
        max_age = timedelta(seconds=self.ctx.settings.session_max_age_s)
        self.session.sign_in(token, self.ctx.accounts.open_session(token, max_age))

    def sign_out(self) -> None:
        if self.session.server_session is not None:
            self.ctx.accounts.end_session(self.session.server_session)
        self.session.sign_out()
        self.principal = None

    def require_csrf(self, presented: str | None) -> None:
        if not self.session.csrf_ok(presented):
            raise Problem(403, "the form expired or did not come from this site; reload the page "
                          "and try again")

    def render(self, template: str, status_code: int = 200, **values: Any) -> Response:
        values = {
            "request": self.request, "principal": self.principal, "csrf": self.session.csrf,
            "flash": self.session.pop_flash(), "is_candidate": self.is_candidate,
            "may_audit": self.principal is not None and self.principal.may(Action.READ_AUDIT),
            "may_configure": self.principal is not None and not self.is_candidate
            and self.principal.may(Action.CONFIGURE),
            "htmx": self.request.headers.get("hx-request") == "true",
            "resume_suffixes": RESUME_ACCEPT, "upload_suffixes": UPLOAD_ACCEPT,
            "post_accept": POST_ACCEPT, "resume_formats": RESUME_FORMATS,
            "post_formats": POST_FORMATS, "bulk_formats": BULK_FORMATS, **values,
        }
        response = templates.TemplateResponse(self.request, template, values,
                                              status_code=status_code)
        self.save(response)
        return response

    def redirect(self, url: str) -> Response:
        response = RedirectResponse(url, status_code=303)
        self.save(response)
        return response

    def save(self, response: Response) -> None:
        sessions: Sessions = self.request.app.state.sessions
        sessions.save(self.request, response, self.session)


def visit(request: Request) -> Visit:
    ctx: AppContext = request.app.state.ctx
    sessions: Sessions = request.app.state.sessions
    session = sessions.load(request)
    principal = None
    if session.token is not None:
        try:
            live = session.server_session is not None and ctx.accounts.session_open(
                session.server_session, session.token)
            if not live:
                raise AccessDenied("signed out or expired")
            principal = ctx.accounts.authenticate(session.token)
        except AccessDenied:
            # Signed out, expired, revoked or erased: the session ends with the token.
            session.sign_out()
    return Visit(request, ctx, session, principal)


def signed_in(request: Request) -> Visit:
    found = visit(request)
    if found.principal is None:
        raise SignInRequired(request.url.path)
    return found


def recruiter(request: Request) -> Visit:
    found = signed_in(request)
    if found.is_candidate:
        raise Problem(403, "this page is for a company's recruiters; your pages are under My "
                      "profile")
    return found


def candidate(request: Request) -> Visit:
    found = signed_in(request)
    if not found.is_candidate:
        raise Problem(403, "this page is for candidates")
    return found


def html_error(request: Request, status: int, detail: str) -> Response:
    """The error page, inside the signed-in layout when there is a session (a refusal must not
    look like being signed out)."""
    try:
        found = visit(request)
    except Exception:  # the error page must render even when the store is what failed
        found = None
    if found is not None and found.principal is not None:
        return found.render("error.html", status_code=status, status=status, detail=detail)
    return templates.TemplateResponse(
        request, "error.html",
        {"request": request, "status": status, "detail": detail, "principal": None,
         "csrf": "", "flash": None, "is_candidate": False, "htmx": False, "may_audit": False,
         "may_configure": False},
        status_code=status,
    )
