"""A company's candidate pages: the people in its scope (its own and the platform profiles that
agreed to matching, exactly as the API's list), searched and filtered and paged by the store, and
one person's profile: the fields the parser read, jobs and other evidence with the words each
skill came from, where the profile was read from, and the company's audit trail about them."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from worldhire.api.scope import lookup
from worldhire.api.views import candidate_detail, candidate_summary
from worldhire.core.models import EvidenceKind
from worldhire.governance.principal import Action
from worldhire.web.app import Visit, recruiter
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
    return page.render(
        "candidate.html", person=detail, own=person.tenant_id == scoped.principal.tenant_id,
        jobs=[e for e in evidence if e["kind"] == EvidenceKind.JOB.value],
        other_evidence=[e for e in evidence if e["kind"] != EvidenceKind.JOB.value],
        skills=skill_rows(person), trail=trail, source_name=person.source_name,
        contact_hidden=not contact,
        available_from=person.available_from, notes=profile_notes(person),
    )
