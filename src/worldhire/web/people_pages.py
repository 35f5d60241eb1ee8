"""A company's candidate pages: the people in its scope (its own and the platform profiles that
agreed to matching, exactly as the API's list), searched and filtered and paged by the store, and
one person's profile: the fields the parser read, jobs and other evidence with the words each
skill came from, where the profile was read from, and the company's audit trail about them."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query
from fastapi.responses import Response

from worldhire.api.scope import lookup
from worldhire.api.views import candidate_detail, candidate_summary
from worldhire.core.errors import InvalidInput
from worldhire.core.models import EvidenceKind
from worldhire.governance.principal import Action
from worldhire.web.app import Visit, recruiter
from worldhire.web.corrections import CorrectionForm, correction_form, form_of, saved_message
from worldhire.web.forms import country_of
from worldhire.web.profile_view import audit_rows, marked_text, profile_notes, skill_rows

router = APIRouter()
Page = Annotated[Visit, Depends(recruiter)]
PAGE_SIZE = 25


def _link(q: str, country: str, skill: str, offset: int) -> str:
    query = {k: v for k, v in (("q", q), ("country", country), ("skill", skill)) if v}
    if offset:
        query["offset"] = str(offset)
    return "/candidates" + (f"?{urlencode(query)}" if query else "")


@router.get("/candidates")
def candidates(
    page: Page, q: Annotated[str, Query(max_length=200)] = "",
    country: Annotated[str, Query(max_length=60)] = "",
    skill: Annotated[str, Query(max_length=100)] = "",
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    code = country_of(country) if country.strip() else None
    form = {"q": q, "country": country, "skill": skill}
    if country.strip() and code is None:
        return page.render("candidates.html", status_code=422, form=form, rows=[], total=0,
                           offset=0, previous=None, following=None,
                           error=f"“{country.strip()}” is not a country we know: write its "
                                 "name (Germany, Brasil) or its two-letter code (DE, BR).")
    found, total = page.services.candidate_page(
        country=code, skill=skill.strip() or None, words=q.split(), limit=PAGE_SIZE,
        offset=offset)
    previous = _link(q, country, skill, max(0, offset - PAGE_SIZE)) if offset else None
    following = (_link(q, country, skill, offset + PAGE_SIZE)
                 if offset + PAGE_SIZE < total else None)
    return page.render("candidates.html", form=form, rows=[candidate_summary(c) for c in found],
                       total=total, offset=offset, previous=previous, following=following,
                       error=None)


@router.get("/candidates/{candidate_id}")
def profile(page: Page, candidate_id: str) -> Response:
    scoped = page.services
    with lookup():
        person = scoped.get_candidate(candidate_id)
    may_audit = scoped.principal.may(Action.READ_AUDIT)
    trail = audit_rows(scoped.candidate_audit(candidate_id)) if may_audit else None
    contact = scoped.may_contact(person)
    detail = candidate_detail(person, contact=contact)
    evidence: list[dict[str, Any]] = [
        {**view, "segments": marked_text(item, person)}
        for view, item in zip(detail["evidence"], person.evidence, strict=True)
    ]
    may_write = scoped.principal.may(Action.WRITE)
    open_roles = [r for r in scoped.list_roles() if r.is_open] if may_write else []
    return page.render(
        "candidate.html", person=detail, own=person.tenant_id == scoped.principal.tenant_id,
        may_write=may_write, open_roles=sorted(open_roles, key=lambda r: r.title.casefold()),
        jobs=[e for e in evidence if e["kind"] == EvidenceKind.JOB.value],
        other_evidence=[e for e in evidence if e["kind"] != EvidenceKind.JOB.value],
        skills=skill_rows(person), trail=trail, source_name=person.source_name,
        contact_hidden=not contact,
        available_from=person.available_from, notes=profile_notes(person),
    )


@router.get("/candidates/{candidate_id}/edit")
def edit_form(page: Page, candidate_id: str) -> Response:
    page.services.principal.require(Action.WRITE)  # a viewer is refused (403), not "not found"
    with lookup():
        person = page.services.candidate_to_change(candidate_id)
    return page.render("me_edit.html", form=form_of(person), error=None,
                       notes=profile_notes(person), **_edit_links(candidate_id))


@router.post("/candidates/{candidate_id}/edit")
def edit(page: Page, candidate_id: str, csrf: Annotated[str, Form(max_length=200)],
         form: Annotated[CorrectionForm, Depends(correction_form)]) -> Response:
    page.require_csrf(csrf)
    scoped = page.services
    scoped.principal.require(Action.WRITE)
    try:
        with lookup():
            changed = scoped.correct_profile(candidate_id, form.correction())
    except InvalidInput as exc:
        with lookup():
            person = scoped.candidate_to_change(candidate_id)
        return page.render("me_edit.html", status_code=422, form=form.values(), error=str(exc),
                           notes=profile_notes(person), **_edit_links(candidate_id))
    page.ctx.wrote()
    page.session.flash(*saved_message(changed))
    return page.redirect(f"/candidates/{candidate_id}")


def _edit_links(candidate_id: str) -> dict[str, Any]:
    return {"action": f"/candidates/{candidate_id}/edit", "back": f"/candidates/{candidate_id}",
            "own": False}
