"""The company's settings page: what is kept of each résumé as received (the file and its
text, the text only, or nothing), read by every member of the company and changed by its
admins, through the same TenantSettings service as the API and the CLI (audited there)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response

from worldhire.core.errors import InvalidInput
from worldhire.governance.principal import Action
from worldhire.governance.tenant_settings import RESUME_ORIGINALS
from worldhire.web.app import Visit, recruiter

router = APIRouter()
Page = Annotated[Visit, Depends(recruiter)]

# The form's value for "no choice of our own": follow the deployment's setting.
DEPLOYMENT = "deployment"
KEPT_WORDS = {
    "file": "the file as uploaded and its text",
    "text": "the text read from it only (the file is dropped)",
    "none": "nothing of it (only the profile read from it)",
}


def _render(page: Page, status_code: int = 200, error: str | None = None) -> Response:
    originals = page.services.tenant_settings().resume_originals()
    return page.render(
        "settings.html", status_code=status_code, error=error, originals=originals,
        choices=[(k, KEPT_WORDS[k]) for k in RESUME_ORIGINALS], deployment=DEPLOYMENT,
        kept_words=KEPT_WORDS, may_change=page.services.principal.may(Action.CONFIGURE))


@router.get("/settings")
def settings_page(page: Page) -> Response:
    return _render(page)


@router.post("/settings")
def change_settings(page: Page, csrf: Annotated[str, Form(max_length=200)],
                    resume_originals: Annotated[str, Form(max_length=20)]) -> Response:
    page.require_csrf(csrf)
    chosen = None if resume_originals == DEPLOYMENT else resume_originals
    try:
        after = page.services.tenant_settings().set_resume_originals(chosen)
    except InvalidInput as exc:
        return _render(page, status_code=exc.status, error=str(exc))
    page.ctx.wrote()
    page.session.flash(f"Saved: new résumés keep {KEPT_WORDS[after.kept]}.")
    return page.redirect("/settings")
