"""A candidate's actions on their own profile beyond corrections: upload a newer résumé (a new
version of the same profile), apply to an open role, and withdraw an application."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import Response

from worldhire.api.uploads import new_version, read_uploads
from worldhire.core.errors import InvalidInput, WorldhireError
from worldhire.web.app import Visit, candidate

router = APIRouter()
Page = Annotated[Visit, Depends(candidate)]


def _kind(refusal: WorldhireError) -> str:
    # Applying twice changed nothing (a notice); anything else was refused (an error).
    return "notice" if refusal.code == "already-in-pipeline" else "error"


@router.post("/me/versions")
def upload_version(page: Page, csrf: Annotated[str, Form(max_length=200)],
                   files: Annotated[list[UploadFile], File()]) -> Response:
    page.require_csrf(csrf)
    scoped = page.services
    try:
        uploads = read_uploads(files, page.ctx.settings.max_file_bytes, allow_csv=False)
        if len(uploads) != 1:
            raise InvalidInput("upload one résumé file at a time")
        outcome = new_version(page.ctx, scoped, scoped.principal.candidate_id or "", uploads[0])
    except WorldhireError as exc:
        page.session.flash(f"Not uploaded: {exc}", "error")
        return page.redirect("/me#versions")
    note = " (the same file as before: read again)" if outcome.status.value == "unchanged" else ""
    page.session.flash(f"{uploads[0].filename} is now the newest version of your profile{note}.")
    return page.redirect("/me#versions")


# A refusal is read where the page opens, at the top with its message; what was done is read in
# the applications it changed (a link to them scrolled a refusal's message out of sight).
REFUSED = "/me"


@router.post("/me/applications")
def apply(page: Page, csrf: Annotated[str, Form(max_length=200)],
          role_id: Annotated[str, Form(min_length=1, max_length=100)]) -> Response:
    page.require_csrf(csrf)
    try:
        applications = page.ctx.applications(page.services.principal)
        with page.ctx.services.unit_of_work() as work:  # the application and its audit entry
            _, role = applications.apply(role_id)
            work.commit()
    except WorldhireError as exc:
        if exc.status not in (409, 422):
            raise
        page.session.flash(str(exc), _kind(exc))
        return page.redirect(REFUSED)
    page.ctx.wrote()
    # Who posts it as the roles to apply to name it; one stop after a name that ends in one.
    said = f"You applied to {role.title} at {page.services.employers([role])[role.id]}"
    page.session.flash(said if said.endswith(".") else f"{said}.")
    return page.redirect("/me#applications")


@router.post("/me/applications/{application_id}/withdraw")
def withdraw(page: Page, application_id: str,
             csrf: Annotated[str, Form(max_length=200)]) -> Response:
    page.require_csrf(csrf)
    try:
        applications = page.ctx.applications(page.services.principal)
        with page.ctx.services.unit_of_work() as work:  # the withdrawal and its audit entry
            applications.withdraw(application_id)
            work.commit()
    except WorldhireError as exc:
        if exc.status not in (409, 422):
            raise
        page.session.flash(str(exc), _kind(exc))
        return page.redirect(REFUSED)
    page.ctx.wrote()
    page.session.flash("Your application is withdrawn.")
    return page.redirect("/me#applications")
