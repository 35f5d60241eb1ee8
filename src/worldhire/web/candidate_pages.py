"""A candidate's own pages: the evidence report with skill gaps against demand, the roles they
fit, consent toggles, export (a JSON download) and erasure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response

from worldhire.api.downloads import original_file
from worldhire.api.scope import lookup
from worldhire.core.errors import InvalidInput
from worldhire.core.models import Candidate, ConsentPurpose
from worldhire.governance.candidate_schemas import CandidateDetailOut
from worldhire.governance.documents import Received, received
from worldhire.market.service import own_report
from worldhire.web.app import Visit, candidate
from worldhire.web.corrections import CorrectionForm, correction_form, form_of, saved_message
from worldhire.web.profile_view import profile_notes

router = APIRouter()
Page = Annotated[Visit, Depends(candidate)]
TOGGLES = [
    (ConsentPurpose.MATCHING, "Match me with open roles",
     "Companies on worldhire may rank your profile against their roles."),
    (ConsentPurpose.OUTREACH, "Let recruiters contact me",
     "Companies whose roles you fit may see your e-mail address and write to you."),
]
OWN_ORIGINAL = "/me/versions/{version_id}/original"


@dataclass(frozen=True)
class ConsentToggle:
    purpose: str
    label: str
    help: str
    granted: bool


def _consent_state(person: Candidate) -> list[ConsentToggle]:
    return [ConsentToggle(p.value, label, help_text, person.consented(p))
            for p, label, help_text in TOGGLES]


@router.get("/me")
def report(page: Page) -> Response:
    mine = own_report(page.services, page.ctx.applications(page.services.principal),
                      download=OWN_ORIGINAL)
    person = mine.candidate
    return page.render(
        "me.html", report=mine, person=CandidateDetailOut.of(person), document=mine.document,
        notes=profile_notes(person), consents=_consent_state(person))


@router.get("/me/edit")
def edit_form(page: Page) -> Response:
    scoped = page.services
    person = scoped.get_candidate(scoped.principal.candidate_id or "")
    return page.render("me_edit.html", form=form_of(person), error=None,
                       notes=profile_notes(person), document=_document(page),
                       action="/me/edit", back="/me", own=True)


@router.post("/me/edit")
def edit(page: Page, csrf: Annotated[str, Form(max_length=200)],
         form: Annotated[CorrectionForm, Depends(correction_form)]) -> Response:
    page.require_csrf(csrf)
    scoped = page.services
    candidate_id = scoped.principal.candidate_id or ""
    try:
        changed = scoped.correct_profile(candidate_id, form.correction())
    except InvalidInput as exc:
        person = scoped.get_candidate(candidate_id)
        return page.render("me_edit.html", status_code=422, form=form.values(), error=str(exc),
                           notes=profile_notes(person), document=_document(page),
                           action="/me/edit", back="/me", own=True)
    page.ctx.wrote()
    page.session.flash(*saved_message(changed))
    return page.redirect("/me")


@router.get("/me/versions/{version_id}/original")
def original(page: Page, version_id: str) -> Response:
    scoped = page.services
    with lookup():
        version, data = scoped.original(scoped.principal.candidate_id or "", version_id)
    response = original_file(version, data)
    page.save(response)
    return response


def _document(page: Visit) -> Received:
    return received(page.services, page.services.principal.candidate_id or "", OWN_ORIGINAL)


@router.post("/me/consent")
def consent(page: Page, csrf: Annotated[str, Form(max_length=200)],
            purpose: Annotated[str, Form(pattern="^(matching|outreach)$")],
            granted: Annotated[str, Form(pattern="^(yes|no)$")]) -> Response:
    page.require_csrf(csrf)
    scoped = page.services
    candidate_id = scoped.principal.candidate_id or ""
    # The consent and the withdrawal's webhook deliveries are written together, or not at all.
    with page.ctx.services.unit_of_work() as work:
        scoped.record_consent(candidate_id, ConsentPurpose(purpose), granted=granted == "yes",
                              source="the candidate, on the worldhire web app")
        work.commit()
    page.ctx.wrote()
    person = scoped.get_candidate(candidate_id)
    if page.request.headers.get("hx-request") == "true":
        return page.render("_consent.html", consents=_consent_state(person))
    page.session.flash("Your choice is saved.")
    return page.redirect("/me#consent")


@router.get("/me/export")
def export(page: Page) -> Response:
    scoped = page.services
    candidate_id = scoped.principal.candidate_id or ""
    data = scoped.export(candidate_id)
    response = Response(
        data.document(), media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="worldhire-{candidate_id}.json"',
                 "Cache-Control": "no-store"},
    )
    page.save(response)
    return response


@router.get("/me/erase")
def erase_form(page: Page) -> Response:
    return page.render("erase.html")


@router.post("/me/erase")
def erase(page: Page, csrf: Annotated[str, Form(max_length=200)],
          confirm: Annotated[str, Form(max_length=20)] = "") -> Response:
    page.require_csrf(csrf)
    if confirm.strip().casefold() != "erase":
        return page.render("erase.html", status_code=422,
                           error="Type ERASE in the box to confirm.")
    scoped = page.services
    scoped.erase(scoped.principal.candidate_id or "")
    page.ctx.wrote()
    page.sign_out()
    return page.render("erased.html")
