"""A company's pipeline board per role (add from the shortlist, move, reject with a reason,
notes) and the market page (demand against supply, pay by region, salary trends), over the same
tenant-scoped pipeline and market code as the API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query
from fastapi.responses import Response

from worldhire.comp.support import LOW_DATA_ROWS
from worldhire.core.errors import WorldhireError
from worldhire.governance.errors import NotInScope
from worldhire.governance.principal import Action, Principal
from worldhire.market import charts
from worldhire.market.report import TOP_SKILLS
from worldhire.market.schemas import MarketOut
from worldhire.market.service import tenant_market
from worldhire.pipeline.models import RATING_SCALE
from worldhire.pipeline.schemas import BoardOut, NoteOut, OutreachDraftOut
from worldhire.pipeline.scoped import ScopedPipeline
from worldhire.pipeline.scorecard_schemas import ScorecardOut
from worldhire.pipeline.service import RatingInput
from worldhire.web.app import Visit, recruiter, templates
from worldhire.web.charts import for_any_screen

router = APIRouter()
Page = Annotated[Visit, Depends(recruiter)]
NOTES_SHOWN = 3


def can_write(principal: Principal | None) -> bool:
    """For templates that offer a change (the shortlist's "Add to pipeline"): viewers read."""
    return principal is not None and principal.may(Action.WRITE)


templates.env.globals["can_write"] = can_write


def _pipeline(page: Visit) -> ScopedPipeline:
    return page.ctx.pipeline(page.services.principal)


def _board(page: Visit, role_id: str, *, status_code: int = 200, error: str | None = None
           ) -> Response:
    pipeline = _pipeline(page)
    board = BoardOut.of(pipeline.board(role_id)).model_dump(mode="json")
    cards = [a for column in board["columns"] for a in column["applications"]]
    names = pipeline.scoped.actor_names()
    notes = {a["id"]: [NoteOut.of(n, names).model_dump(mode="json")
                       for n in pipeline.notes(a["id"])] for a in cards}
    scorecards = {a["id"]: [ScorecardOut.of(c, names).model_dump(mode="json")
                            for c in pipeline.scorecards(a["id"])] for a in cards}
    requirements = [{"id": q.skill.id, "label": q.label}
                    for q in pipeline.role(role_id).requirements]
    return page.render("pipeline.html", status_code=status_code, board=board, notes=notes,
                       scorecards=scorecards, requirements=requirements,
                       scale=sorted(RATING_SCALE.items()),
                       stages=[c["stage"] for c in board["columns"]],
                       notes_shown=NOTES_SHOWN, error=error,
                       may_write=can_write(page.principal),
                       total=sum(len(c["applications"]) for c in board["columns"]))


@router.get("/roles/{role_id}/pipeline")
def board(page: Page, role_id: str) -> Response:
    return _board(page, role_id)


@router.post("/roles/{role_id}/pipeline")
def add(page: Page, role_id: str,         csrf: Annotated[str, Form(max_length=200)],
        candidate_id: Annotated[str, Form(min_length=1, max_length=100)]) -> Response:
    page.require_csrf(csrf)
    pipeline = _pipeline(page)
    try:
        with page.ctx.services.unit_of_work() as work:  # the add and its audit entry
            added = pipeline.add(candidate_id, role_id, source="shortlist")
            work.commit()
    except WorldhireError as exc:
        if exc.status != 409:
            raise
        page.session.flash(str(exc), "notice")  # nothing was added: not a success
        return page.redirect(f"/roles/{role_id}/pipeline")
    page.ctx.pipeline_wrote()
    person = pipeline.candidate(candidate_id)
    page.session.flash(f"{person.name} is in the pipeline, at “{added.stage}”.")
    return page.redirect(f"/roles/{role_id}/pipeline#a-{added.id}")


@router.post("/candidates/{candidate_id}/pipeline")
def add_from_profile(page: Page, candidate_id: str, csrf: Annotated[str, Form(max_length=200)],
                     role_id: Annotated[str, Form(min_length=1, max_length=100)]) -> Response:
    return add(page, role_id, csrf, candidate_id)


@router.post("/roles/{role_id}/pipeline/moves")
def bulk_move(page: Page, role_id: str, csrf: Annotated[str, Form(max_length=200)],
              to_stage: Annotated[str, Form(min_length=1, max_length=40)],
              application_id: Annotated[list[str], Form(max_length=200)] = [],  # noqa: B006
              reason: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """The selected cards to one stage: each move is checked on its own, so one card the
    stages refuse leaves the others moved, and the page says which were refused and why."""
    page.require_csrf(csrf)
    pipeline = _pipeline(page)
    pipeline.role(role_id)
    if not application_id:
        page.session.flash("Select the cards to move first.", "notice")
        return page.redirect(f"/roles/{role_id}/pipeline")
    moved, refused = 0, []
    for one in dict.fromkeys(application_id):
        try:
            if pipeline.application(one).role_id != role_id:
                raise NotInScope(f"no application {one!r} on this role")
            # Each move with its audit entry, on its own: a refused card leaves the others.
            with page.ctx.services.unit_of_work() as work:
                pipeline.move(one, to_stage, reason or None)
                work.commit()
            moved += 1
        except WorldhireError as exc:
            if exc.status not in (404, 409, 422):
                raise
            refused.append(str(exc))
    if moved:
        page.ctx.pipeline_wrote()
    if refused:
        page.session.flash(f"Moved {moved} to “{to_stage}”; not moved: {'; '.join(refused)}",
                           "error")
    else:
        page.session.flash(f"Moved {moved} to “{to_stage}”.")
    return page.redirect(f"/roles/{role_id}/pipeline")


@router.post("/applications/{application_id}/scorecards")
def score(page: Page, application_id: str, csrf: Annotated[str, Form(max_length=200)],
          rating: Annotated[list[str], Form(max_length=200)] = [],  # noqa: B006
          evidence: Annotated[list[str], Form(max_length=200)] = [],  # noqa: B006
          summary: Annotated[str, Form(max_length=5000)] = "") -> Response:
    """One rating (1-4) and what the interviewer saw per requirement, in the role's order."""
    page.require_csrf(csrf)
    pipeline = _pipeline(page)
    role_id = pipeline.application(application_id).role_id
    requirements = pipeline.role(role_id).requirements
    ratings = [
        RatingInput(q.skill.id, int(given) if given.strip().isdigit() else 0, said[:5000])
        for q, given, said in zip(requirements, rating, evidence, strict=False)
    ]
    try:
        card = pipeline.score(application_id, ratings, summary)
    except WorldhireError as exc:
        if exc.status != 422:
            raise
        return _board(page, role_id, status_code=422, error=str(exc))
    page.ctx.pipeline_wrote()
    page.session.flash(f"Scorecard saved: mean {card.mean:.2f} of 4.")
    return page.redirect(f"/roles/{role_id}/pipeline#a-{application_id}")


@router.get("/applications/{application_id}/outreach")
def outreach(page: Page, application_id: str) -> Response:
    """A draft citing the evidence behind the fit; nothing is sent from here."""
    pipeline = _pipeline(page)
    application = pipeline.application(application_id)
    try:
        draft = pipeline.outreach(application_id, sender_name=None)
    except WorldhireError as exc:
        if exc.status != 422:
            raise
        return page.render("outreach.html", status_code=422, draft=None, error=str(exc),
                           role_id=application.role_id, application_id=application_id)
    return page.render("outreach.html", draft=OutreachDraftOut.of(draft).model_dump(mode="json"),
                       error=None, role_id=application.role_id, application_id=application_id)


@router.post("/applications/{application_id}/move")
def move(page: Page, application_id: str,          csrf: Annotated[str, Form(max_length=200)],
         to_stage: Annotated[str, Form(min_length=1, max_length=40)],
         reason: Annotated[str, Form(max_length=2000)] = "") -> Response:
    page.require_csrf(csrf)
    pipeline = _pipeline(page)
    role_id = pipeline.application(application_id).role_id
    try:
        with page.ctx.services.unit_of_work() as work:  # the move and its audit entry
            done = pipeline.move(application_id, to_stage, reason or None)
            work.commit()
    except WorldhireError as exc:
        if exc.status not in (409, 422):
            raise
        return _board(page, role_id, status_code=exc.status, error=str(exc))
    page.ctx.pipeline_wrote()
    page.session.flash(f"Moved from “{done.from_stage}” to “{done.to_stage}”.")
    return page.redirect(f"/roles/{role_id}/pipeline#a-{application_id}")


@router.post("/applications/{application_id}/notes")
def note(page: Page, application_id: str, csrf: Annotated[str, Form(max_length=200)],
         text: Annotated[str, Form(max_length=20_000)] = "") -> Response:
    page.require_csrf(csrf)
    pipeline = _pipeline(page)
    role_id = pipeline.application(application_id).role_id
    try:
        pipeline.note(application_id, text)
    except WorldhireError as exc:
        if exc.status != 422:
            raise
        return _board(page, role_id, status_code=422, error=str(exc))
    page.ctx.pipeline_wrote()
    page.session.flash("Note added.")
    return page.redirect(f"/roles/{role_id}/pipeline#a-{application_id}")


@router.get("/market")
def market(page: Page, pay: Annotated[bool, Query()] = True) -> Response:
    report = tenant_market(page.services, estimator=page.ctx.estimator if pay else None,
                           salary_data=page.ctx.settings.salary_data)
    data = MarketOut.of(report)
    scarce = data.scarce(TOP_SKILLS)
    return page.render(
        "market.html", data=data, scarce=scarce, pay=pay, low_data_rows=LOW_DATA_ROWS,
        skills_chart=for_any_screen(charts.supply_demand_chart(scarce),
                                    charts.supply_demand_chart(scarce, narrow=True))
        if scarce else None,
        pay_chart=for_any_screen(charts.region_pay_chart(data.region_pay),
                                 charts.region_pay_chart(data.region_pay, narrow=True))
        if data.region_pay else None,
        trend_chart=for_any_screen(charts.trend_chart(data.trends),
                                   charts.trend_chart(data.trends, narrow=True))
        if data.trends else None,
    )
