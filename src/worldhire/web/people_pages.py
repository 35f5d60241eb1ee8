"""A company's candidate pages: the people in its scope (its own and the platform profiles that
agreed to matching, exactly as the API's list), searched and filtered and paged by the store, and
one person's profile: the fields the parser read, jobs and other evidence with the words each
skill came from, where the profile was read from, and the company's audit trail about them."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query
from fastapi.responses import Response

from worldhire.api.downloads import original_file
from worldhire.api.scope import lookup
from worldhire.core.errors import InvalidInput
from worldhire.core.models import EvidenceKind
from worldhire.governance.candidate_schemas import CandidateDetailOut, CandidateSummaryOut
from worldhire.governance.documents import Received, received
from worldhire.governance.principal import Action
from worldhire.identity.merge import TAKEABLE
from worldhire.identity.service import person_profile
from worldhire.ingest.shared.country_input import UnknownCountry, optional_country
from worldhire.searches.models import SearchQuery
from worldhire.web.app import Visit, recruiter
from worldhire.web.corrections import CorrectionForm, correction_form, form_of, saved_message
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
    form = {"q": q, "country": country, "skill": skill}
    try:
        code = optional_country(country)
    except UnknownCountry as exc:
        return page.render("candidates.html", status_code=422, form=form, rows=[], total=0,
                           counted="0", offset=0, previous=None, following=None, saved=_saved(page),
                           may_write=False, error=str(exc))
    found = page.services.candidate_page(
        country=code, skill=skill.strip() or None, words=q.split(), limit=PAGE_SIZE,
        offset=offset)
    previous = _link(q, country, skill, max(0, offset - PAGE_SIZE)) if offset else None
    following = _link(q, country, skill, offset + PAGE_SIZE) if found.next_after else None
    return page.render("candidates.html", form=form,
                       rows=[CandidateSummaryOut.of(c) for c in found.items], total=found.total,
                       counted=found.counted(), offset=offset, previous=previous,
                       following=following,
                       error=None, saved=_saved(page),
                       may_write=page.services.principal.may(Action.WRITE))


def _saved(page: Visit) -> list[dict[str, str]]:
    """The company's saved searches, each with the candidate list's link that runs it and who
    saved it."""
    searches = page.ctx.services.saved_searches(page.services.principal)
    names = searches.scoped.actor_names()
    return [
        {"id": s.id, "name": s.name, "by": names(s.created_by),
         "href": _link(s.query.words, s.query.country or "", s.query.skill or "", 0),
         "said": " · ".join(part for part in (
             f"“{s.query.words}”" if s.query.words else "",
             s.query.country or "", s.query.skill or "") if part)}
        for s in searches.all()
    ]


@router.post("/candidates/searches")
def save_search(
    page: Page, csrf: Annotated[str, Form(max_length=200)],
    name: Annotated[str, Form(max_length=200)] = "", q: Annotated[str, Form(max_length=200)] = "",
    country: Annotated[str, Form(max_length=60)] = "",
    skill: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    page.require_csrf(csrf)
    back = _link(q, country, skill, 0)
    try:
        code = optional_country(country)
        saved = page.ctx.services.saved_searches(page.services.principal).save(
            name, SearchQuery(words=q.strip(), country=code, skill=skill.strip() or None))
    except InvalidInput as exc:
        page.session.flash(f"Not saved: {exc}", "error")
        return page.redirect(back)
    page.session.flash(f"Saved the search “{saved.name}”.")
    return page.redirect(back)


@router.post("/candidates/searches/{search_id}/delete")
def delete_search(page: Page, search_id: str, csrf: Annotated[str, Form(max_length=200)]
                  ) -> Response:
    page.require_csrf(csrf)
    with lookup():
        page.ctx.services.saved_searches(page.services.principal).delete(search_id)
    page.session.flash("Deleted the saved search.")
    return page.redirect("/candidates")


@router.get("/candidates/{candidate_id}")
def profile(page: Page, candidate_id: str) -> Response:
    with lookup():
        found = person_profile(page.services, page.ctx.pipeline(page.services.principal),
                               candidate_id, download=_original_link(candidate_id))
    person = found.candidate
    detail = CandidateDetailOut.of(person, contact=found.contact)
    # Each item with its text cut at the words its skills were read from.
    evidence = [(view, marked_text(item, person))
                for view, item in zip(detail.evidence, person.evidence, strict=True)]
    return page.render(
        "candidate.html", person=detail, own=found.own, may_write=found.may_write,
        open_roles=found.open_roles, applications=found.applications,
        jobs=[e for e in evidence if e[0].kind == EvidenceKind.JOB.value],
        other_evidence=[e for e in evidence if e[0].kind != EvidenceKind.JOB.value],
        skills=skill_rows(person), document=found.document,
        trail=(None if found.trail is None
               else audit_rows(found.trail, found.actor_names, found.role_titles)),
        duplicates=[{"id": c.id, "name": c.display_name, "headline": c.headline,
                     "reasons": said, "mergeable": c.tenant_id == person.tenant_id}
                    for c, said in found.duplicates],
        takeable=TAKEABLE,
        contact_hidden=not found.contact,
        available_from=person.available_from, notes=profile_notes(person),
    )


@router.get("/candidates/{candidate_id}/edit")
def edit_form(page: Page, candidate_id: str) -> Response:
    page.services.principal.require(Action.WRITE)  # a viewer is refused (403), not "not found"
    with lookup():
        person = page.services.candidate_to_change(candidate_id)
    return page.render("me_edit.html", form=form_of(person), error=None,
                       notes=profile_notes(person), document=_document(page, candidate_id),
                       **_edit_links(candidate_id))


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
                           notes=profile_notes(person), document=_document(page, candidate_id),
                           **_edit_links(candidate_id))
    page.ctx.wrote()
    page.session.flash(*saved_message(changed))
    return page.redirect(f"/candidates/{candidate_id}")


@router.post("/candidates/{candidate_id}/merge")
def merge(page: Page, candidate_id: str, csrf: Annotated[str, Form(max_length=200)],
          other_id: Annotated[str, Form(max_length=40)],
          take: Annotated[list[str] | None, Form(max_length=40)] = None) -> Response:
    page.require_csrf(csrf)
    scoped = page.services
    scoped.principal.require(Action.WRITE)
    try:
        with lookup(), page.ctx.services.unit_of_work() as work:
            moved = scoped.merge_candidates(candidate_id, other_id, take=take or [])
            work.commit()
    except InvalidInput as exc:
        page.session.flash(f"Not merged: {exc}", "error")
        return page.redirect(f"/candidates/{candidate_id}")
    scoped.forget_merged(other_id)
    page.ctx.wrote()
    narrowed = (f"; consent only one profile gave is withdrawn: "
                f"{', '.join(moved.consents_withdrawn)}" if moved.consents_withdrawn else "")
    page.session.flash(f"Merged: {moved.versions} résumé version(s), {moved.evidence} "
                       f"evidence item(s) and {moved.applications} application(s) moved"
                       f"{narrowed}.")
    return page.redirect(f"/candidates/{candidate_id}")


@router.get("/candidates/{candidate_id}/versions/{version_id}/original")
def original(page: Page, candidate_id: str, version_id: str) -> Response:
    with lookup():
        version, data = page.services.original(candidate_id, version_id)
    response = original_file(version, data)
    page.save(response)
    return response


def _original_link(candidate_id: str) -> str:
    return f"/candidates/{candidate_id}/versions/{{version_id}}/original"


def _document(page: Visit, candidate_id: str) -> Received:
    with lookup():
        return received(page.services, candidate_id, _original_link(candidate_id))


def _edit_links(candidate_id: str) -> dict[str, Any]:
    return {"action": f"/candidates/{candidate_id}/edit", "back": f"/candidates/{candidate_id}",
            "own": False}
