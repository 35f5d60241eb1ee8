"""A candidate's own pages: the evidence report with skill gaps against demand, the roles they
fit, consent toggles, export (a JSON download) and erasure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response

from worldhire.api.downloads import original_file
from worldhire.api.scope import lookup
from worldhire.core.errors import InvalidInput
from worldhire.core.models import Candidate, ConsentPurpose, Role
from worldhire.governance.candidate_schemas import CandidateDetailOut
from worldhire.market.gaps import left_out
from worldhire.market.gaps import skill_gaps as market_gaps
from worldhire.match.schemas import MatchResultOut
from worldhire.match.service import taxonomy_related
from worldhire.pipeline.models import State
from worldhire.web.app import Visit, candidate
from worldhire.web.corrections import CorrectionForm, correction_form, form_of, saved_message
from worldhire.web.documents import Received, received
from worldhire.web.profile_view import profile_notes

router = APIRouter()
Page = Annotated[Visit, Depends(candidate)]
TOGGLES = [
    (ConsentPurpose.MATCHING, "Match me with open roles",
     "Companies on worldhire may rank your profile against their roles."),
    (ConsentPurpose.OUTREACH, "Let recruiters contact me",
     "Companies whose roles you fit may see your e-mail address and write to you."),
]
GAP_COUNT = 8
REASONS_SHOWN = 3


@dataclass(frozen=True)
class GapRow:
    """A skill the person lacks, with how many open roles ask for it and what closing it adds
    to their fit (points of the overall score, summed over those roles)."""

    skill: str
    roles: int
    gain: float
    must: bool
    note: str


def skill_gaps(person: Candidate, open_roles: list[Role]) -> list[GapRow]:
    """The skills that would most raise the person's fit for the open roles they may take, by
    the ranker's own arithmetic (market.gaps), as rows for the report."""
    return [
        GapRow(skill=g.label, roles=len(g.roles), gain=g.total_gain,
               must=any(r.must for r in g.roles), note=g.note)
        for g in market_gaps(person, open_roles, taxonomy_related(), top=GAP_COUNT)
    ]


# A withdrawn application stays (the company keeps its history): the role is not offered
# again, and its entry among the person's fits says why.
APPLIED_STATES: dict[State, str] = {
    "in progress": "You applied.",
    "withdrawn": "You withdrew your application.",
    "closed": "You applied; the company closed your application.",
}


@dataclass(frozen=True)
class _RoleFit:
    """An open role the person fits, as their own page shows it."""

    result: MatchResultOut
    role_title: str
    company: str
    place: str
    # What became of the person's application to it, in their words; None: not applied.
    applied: str | None


@dataclass(frozen=True)
class _OpenRole:
    """An open role as the "apply to any open role" list names it: with who posts it and where
    the work is, so that two roles of one title read apart."""

    id: str
    title: str
    company: str
    place: str


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
    scoped = page.services
    person = scoped.get_candidate(scoped.principal.candidate_id or "")
    open_roles = [r for r in scoped.list_roles() if r.status == "open"]
    mine = page.ctx.applications(scoped.principal).mine()
    applied = {a.application.role_id: APPLIED_STATES[a.state] for a in mine}
    fits = scoped.roles_for(person.id, top=5)
    employers = scoped.employers(open_roles)
    matches = [_RoleFit(shown, r.role.title, employers.get(r.role.id, r.role.company),
                        r.role.place, applied.get(r.role.id))
               for shown, r in zip(MatchResultOut.ranked(fits), fits, strict=True)]
    strengths = Counter(m.skill.label for m in person.skills)
    # Any open role, not only the five ranked above: the one a person came for (a post they
    # read, a referral) may rank lower or be filtered out of their matches.
    can_apply = sorted((_OpenRole(r.id, r.title, employers[r.id], r.place)
                        for r in open_roles if r.id not in applied),
                       key=lambda r: (r.title.casefold(), r.company.casefold(), r.place))
    # Gaps and fits are read against the roles whose filters the person passes: with none, an
    # empty list is not "your evidence covers it", and the filters say what to correct.
    reasons = left_out(person, open_roles)
    return page.render(
        "me.html", person=CandidateDetailOut.of(person), gaps=skill_gaps(person, open_roles),
        applications=mine, document=_document(page),
        notes=profile_notes(person),
        open_roles=len(open_roles), matches=matches, consents=_consent_state(person),
        strengths=strengths.most_common(12), can_apply=can_apply,
        reachable=len(open_roles) - sum(len(o.roles) for o in reasons),
        left_out=[(o.reason, len(o.roles)) for o in reasons[:REASONS_SHOWN]],
        more_reasons=max(0, len(reasons) - REASONS_SHOWN),
    )


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
    return received(page.services, page.services.principal.candidate_id or "",
                    "/me/versions/{version_id}/original")


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
