"""/api/v1/applications, boards, stages, outreach drafts and webhooks: the hiring pipeline of the
caller's tenant.

The pipeline service knows nothing of tenants' users; `TenantPipeline` is the scope around it:
an application, role or webhook of another tenant reads as missing (404), viewers only read, and
a candidate account has no pipeline (403). Webhook deliveries are recorded during the request
and sent after the response, so a slow receiver never holds a recruiter's click.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from worldhire.api.context import AppContext
from worldhire.api.deps import Caller, Ctx
from worldhire.api.problems import Problem
from worldhire.api.schemas import Page, page
from worldhire.api.scope import lookup, services, tenant_of
from worldhire.core.models import Candidate, ConsentPurpose, Role
from worldhire.governance.access import ScopedServices
from worldhire.governance.errors import AccessDenied
from worldhire.governance.principal import Action, Principal
from worldhire.pipeline.events import EVENTS
from worldhire.pipeline.models import Application, Note, Scorecard, StageMove
from worldhire.pipeline.outreach import OutreachDraft, draft_outreach
from worldhire.pipeline.service import ApplicationView, PipelineService, RatingInput
from worldhire.pipeline.stages import PipelineError, StageConfig
from worldhire.pipeline.webhooks import (
    Delivery,
    DeliveryWorker,
    Subscription,
    WebhookError,
    Webhooks,
)

router = APIRouter(tags=["pipeline"])

MAX_STAGES = 30
NAME = Field(min_length=1, max_length=40)


# scope -----------------------------------------------------------------------------------------


class QueuedEvents:
    """The pipeline's events for one request: queued in the store (webhooks.emit) and the app's
    delivery worker woken; nothing is sent while the request runs."""

    def __init__(self, hooks: Webhooks, worker: DeliveryWorker) -> None:
        self.hooks = hooks
        self.worker = worker

    def emit(self, tenant_id: str, event: str, data: Mapping[str, Any]) -> None:
        self.hooks.emit(tenant_id, event, data)
        self.worker.notify()


@dataclass
class TenantPipeline:
    """The pipeline as one tenant's user may see and change it."""

    ctx: AppContext
    caller: Principal
    tenant_id: str
    service: PipelineService

    @classmethod
    def of(cls, ctx: AppContext, caller: Principal) -> TenantPipeline:
        caller.require(Action.READ)
        tenant_id = tenant_of(caller)
        events = QueuedEvents(ctx.services.webhooks(), ctx.delivery_worker)
        service = ctx.services.pipeline(events)
        return cls(ctx, caller, tenant_id, service)

    @property
    def scoped(self) -> ScopedServices:
        return services(self.ctx, self.caller)

    @property
    def actor(self) -> str:
        return self.caller.actor

    def role(self, role_id: str) -> Role:
        with lookup():
            return self.scoped.get_role(role_id)

    def candidate(self, candidate_id: str) -> Candidate:
        with lookup():
            return self.scoped.get_candidate(candidate_id)

    def application(self, application_id: str) -> Application:
        found = self.service.store.get_application(application_id)
        if found is None or found.tenant_id != self.tenant_id:
            raise Problem(404, f"no application {application_id!r} in your scope")
        return found

    def show(self, application_id: str) -> ApplicationView:
        self.application(application_id)
        try:
            return self.service.show(application_id)
        except PipelineError as exc:  # its candidate or role is gone (erased, deleted)
            raise Problem(404, str(exc)) from exc

    def add(self, candidate_id: str, role_id: str, source: str = "manual") -> Application:
        self.caller.require(Action.WRITE)
        role = self.role(role_id)
        candidate = self.candidate(candidate_id)
        existing = self.service.store.find_application(candidate.id, role.id)
        if existing is not None:
            who = candidate.display_name
            raise Problem(409, f"{who} is already in the pipeline for {role.title} "
                          f"({existing.id}, stage {existing.stage})",
                          application_id=existing.id)
        added = self.service.add(candidate.id, role.id, actor=self.actor, source=source)
        self.ctx.wrote()
        return added

    def move(self, application_id: str, to_stage: str, reason: str | None) -> StageMove:
        self.caller.require(Action.WRITE)
        self.application(application_id)
        done = self.service.move(application_id, to_stage, actor=self.actor, reason=reason)
        self.ctx.wrote()
        return done

    def note(self, application_id: str, text: str) -> Note:
        self.caller.require(Action.WRITE)
        self.application(application_id)
        added = self.service.note(application_id, text, author=self.actor)
        self.ctx.wrote()
        return added

    def board(self, role_id: str) -> tuple[Role, StageConfig, dict[str, list[Application]]]:
        role = self.role(role_id)
        return role, self.service.config(self.tenant_id), self.service.board(role.id)

    def names(self, applications: list[Application]) -> dict[str, Candidate | None]:
        """The people on the cards, read through the caller's scope: someone who has since
        left it (consent withdrawn) shows as an id only."""
        found: dict[str, Candidate | None] = {}
        scoped = self.scoped
        for a in applications:
            if a.candidate_id not in found:
                try:
                    found[a.candidate_id] = scoped.get_candidate(a.candidate_id)
                except AccessDenied:
                    found[a.candidate_id] = None
        return found


def tenant_pipeline(ctx: Ctx, caller: Caller) -> TenantPipeline:
    return TenantPipeline.of(ctx, caller)


# views -----------------------------------------------------------------------------------------


def application_view(a: Application) -> dict[str, Any]:
    return {"id": a.id, "candidate_id": a.candidate_id, "role_id": a.role_id, "stage": a.stage,
            "source": a.source, "rejection_reason": a.rejection_reason,
            "created_at": a.created_at.isoformat(), "updated_at": a.updated_at.isoformat()}


def move_view(m: StageMove) -> dict[str, Any]:
    return {"seq": m.seq, "from_stage": m.from_stage, "to_stage": m.to_stage, "actor": m.actor,
            "at": m.at.isoformat(), "reason": m.reason}


def note_view(n: Note) -> dict[str, Any]:
    return {"id": n.id, "author": n.author, "text": n.text, "at": n.at.isoformat()}


def scorecard_view(s: Scorecard) -> dict[str, Any]:
    return {"id": s.id, "interviewer": s.interviewer, "stage": s.stage, "summary": s.summary,
            "mean": round(s.mean, 3), "at": s.at.isoformat(),
            "ratings": [{"skill_id": r.skill_id, "requirement": r.label, "rating": r.rating,
                         "evidence": r.evidence} for r in s.ratings]}


def detail_view(v: ApplicationView) -> dict[str, Any]:
    return {
        **application_view(v.application),
        "candidate": {"id": v.candidate.id, "name": v.candidate.display_name,
                      "headline": v.candidate.headline},
        "role": {"id": v.role.id, "title": v.role.title},
        "allowed_moves": list(v.allowed),
        "history": [move_view(m) for m in v.history],
        "notes": [note_view(n) for n in v.notes],
        "scorecards": [scorecard_view(s) for s in v.scorecards],
    }


def card_view(a: Application, person: Candidate | None, config: StageConfig) -> dict[str, Any]:
    return {**application_view(a), "candidate_name": person.name if person else None,
            "headline": person.headline if person else None,
            "country": person.country if person else None,
            "allowed_moves": list(config.allowed(a.stage))}


def board_view(pipeline: TenantPipeline, role_id: str) -> dict[str, Any]:
    role, config, columns = pipeline.board(role_id)
    people = pipeline.names([a for apps in columns.values() for a in apps])
    stages = {s.name: s for s in config.stages}
    return {
        "role": {"id": role.id, "title": role.title, "company": role.company},
        "columns": [
            {"stage": name, "terminal": stages[name].terminal if name in stages else True,
             "needs_reason": stages[name].needs_reason if name in stages else False,
             "applications": [card_view(a, people[a.candidate_id], config) for a in apps]}
            for name, apps in columns.items()
        ],
    }


def draft_view(d: OutreachDraft) -> dict[str, Any]:
    return {
        "candidate_id": d.candidate_id, "role_id": d.role_id, "to": d.to, "subject": d.subject,
        "body": d.body, "warnings": d.warnings, "sent": False,
        "cited": [{"requirement": c.requirement, "evidence_title": c.citation.evidence_title,
                   "snippet": c.citation.snippet} for c in d.cited],
        "slots": [{"start": s.start.isoformat(), "end": s.end.isoformat(),
                   "candidate_tz": s.candidate_tz, "team_tz": s.team_tz,
                   "text": s.describe()} for s in d.slots],
    }


def subscription_view(s: Subscription, *, secret: bool = False) -> dict[str, Any]:
    view = {"id": s.id, "url": s.url, "events": list(s.events), "format": s.format.value,
            "active": s.active, "created_at": s.created_at.isoformat()}
    if secret:
        view["secret"] = s.secret
    return view


def delivery_view(d: Delivery) -> dict[str, Any]:
    return {"id": d.id, "subscription_id": d.subscription_id, "event": d.event,
            "status": d.status.value, "created_at": d.created_at.isoformat(),
            "payload": json.loads(d.body),
            "attempts": [{"at": a.at.isoformat(), "ok": a.ok, "status_code": a.status_code,
                          "error": a.error} for a in d.attempts]}


# bodies ----------------------------------------------------------------------------------------


class ApplicationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    candidate_id: str = Field(min_length=1, max_length=100)
    role_id: str = Field(min_length=1, max_length=100)


class MoveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to_stage: str = Field(min_length=1, max_length=40)
    reason: str | None = Field(default=None, max_length=2000,
                               description="why; required when the stage needs one (rejected)")


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=20_000)


class RatingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    requirement: str = Field(min_length=1, max_length=200, description="skill id or label")
    rating: int = Field(ge=1, le=4, description="1 no evidence … 4 strong evidence")
    evidence: str = Field(min_length=1, max_length=5000, description="what the interviewer saw")


class ScorecardIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ratings: list[RatingIn] = Field(min_length=1, max_length=100,
                                    description="one per requirement of the role")
    summary: str = Field(default="", max_length=10_000)


class StageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = NAME
    terminal: bool = False
    needs_reason: bool = False


class StagesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    initial: str = NAME
    stages: list[StageIn] = Field(min_length=1, max_length=MAX_STAGES)
    moves: dict[str, list[str]] = Field(default_factory=dict, max_length=MAX_STAGES)


class OutreachIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sender_name: str = Field(default="The hiring team", min_length=1, max_length=200)


class WebhookIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=8, max_length=2000, description="http(s) URL to POST events to")
    events: list[Literal["candidate.shortlisted", "application.stage_changed",
                         "consent.withdrawn"]] = Field(min_length=1, max_length=len(EVENTS))
    format: Literal["json", "slack", "jira", "github"] = "json"


Pipeline = Annotated[TenantPipeline, Depends(tenant_pipeline)]


# applications ----------------------------------------------------------------------------------


@router.post("/applications", status_code=201, summary="Put a candidate on a role's pipeline")
def add_application(pipeline: Pipeline, body: ApplicationIn) -> dict[str, Any]:
    return application_view(pipeline.add(body.candidate_id, body.role_id))


@router.get("/applications", summary="Applications in your tenant, with filters")
def list_applications(
    pipeline: Pipeline,
    role_id: Annotated[str | None, Query(max_length=100)] = None,
    stage: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Page:
    if role_id is not None:
        pipeline.role(role_id)
    found = pipeline.service.store.list_applications(tenant_id=pipeline.tenant_id,
                                                     role_id=role_id)
    if stage is not None:
        found = [a for a in found if a.stage == stage]
    return page([application_view(a) for a in found], limit, offset)


@router.get("/applications/{application_id}",
            summary="One application: history, notes, scorecards and the moves allowed next")
def get_application(pipeline: Pipeline, application_id: str) -> dict[str, Any]:
    return detail_view(pipeline.show(application_id))


@router.post("/applications/{application_id}/moves", status_code=201,
             summary="Move an application to another stage (409 if the stages forbid it)",
             responses={409: {"description": "the move is not allowed from the current stage, "
                              "or it needs a reason"}})
def move_application(pipeline: Pipeline, application_id: str, body: MoveIn) -> dict[str, Any]:
    return move_view(pipeline.move(application_id, body.to_stage, body.reason))


@router.post("/applications/{application_id}/notes", status_code=201, summary="Add a note")
def add_note(pipeline: Pipeline, application_id: str, body: NoteIn) -> dict[str, Any]:
    return note_view(pipeline.note(application_id, body.text))


@router.post("/applications/{application_id}/scorecards", status_code=201,
             summary="A structured interview scorecard: one rating per requirement of the role")
def add_scorecard(pipeline: Pipeline, application_id: str, body: ScorecardIn) -> dict[str, Any]:
    pipeline.caller.require(Action.WRITE)
    pipeline.application(application_id)
    ratings = [RatingInput(r.requirement, r.rating, r.evidence) for r in body.ratings]
    card = pipeline.service.score(application_id, ratings, interviewer=pipeline.actor,
                                  summary=body.summary)
    pipeline.ctx.wrote()
    return scorecard_view(card)


@router.post("/applications/{application_id}/outreach",
             summary="Draft outreach citing the evidence behind the fit (not sent)")
def outreach(pipeline: Pipeline, application_id: str, body: OutreachIn) -> dict[str, Any]:
    from worldhire.match.service import rank

    pipeline.caller.require(Action.WRITE)
    view = pipeline.show(application_id)
    ranked = rank([view.candidate], view.role)
    if not ranked.results:
        reason = ranked.rejected[0].reason if ranked.rejected else "not ranked"
        raise Problem(422, f"the candidate does not pass the role's filters: {reason}")
    draft = draft_outreach(ranked.results[0], sender_name=body.sender_name)
    if not view.candidate.consented(ConsentPurpose.OUTREACH):
        # Contact details are only handed out with consent to outreach (as ScopedServices.contact).
        draft.to = None
        draft.warnings.append("no consent to outreach on file: the address is withheld and the "
                              "message cannot be sent")
    return draft_view(draft)


@router.get("/roles/{role_id}/board", summary="A role's applications by stage")
def board(pipeline: Pipeline, role_id: str) -> dict[str, Any]:
    return board_view(pipeline, role_id)


# stages ----------------------------------------------------------------------------------------


@router.get("/pipeline/stages", summary="Your tenant's stages and the moves allowed between them")
def get_stages(pipeline: Pipeline) -> dict[str, Any]:
    return pipeline.service.config(pipeline.tenant_id).to_dict()


@router.put("/pipeline/stages", summary="Replace your tenant's stages (admins)")
def put_stages(pipeline: Pipeline, body: StagesIn) -> dict[str, Any]:
    pipeline.caller.require(Action.CONFIGURE)
    config = StageConfig.from_dict(body.model_dump())
    pipeline.service.configure(pipeline.tenant_id, config)
    pipeline.ctx.wrote()
    return config.to_dict()


# webhooks --------------------------------------------------------------------------------------


def _hooks(pipeline: TenantPipeline) -> Webhooks:
    pipeline.caller.require(Action.CONFIGURE)
    return pipeline.ctx.services.webhooks()


def _own_delivery(pipeline: TenantPipeline, hooks: Webhooks, delivery_id: str) -> Delivery:
    found = hooks.deliveries(tenant_id=pipeline.tenant_id, delivery_id=delivery_id, limit=1)
    if not found:
        raise Problem(404, f"no delivery {delivery_id!r} in your scope")
    return found[0]


@router.get("/webhooks", summary="Your tenant's webhooks, without their secrets (admins)")
def list_webhooks(pipeline: Pipeline) -> list[dict[str, Any]]:
    return [subscription_view(s) for s in _hooks(pipeline).subscriptions(pipeline.tenant_id)]


@router.post("/webhooks", status_code=201,
             summary="Register a URL for events; the signing secret is shown this once (admins)")
def add_webhook(pipeline: Pipeline, body: WebhookIn) -> dict[str, Any]:
    hooks = _hooks(pipeline)
    sub = hooks.register(pipeline.tenant_id, body.url, list(body.events), body.format)
    pipeline.ctx.wrote()
    return subscription_view(sub, secret=True)


@router.delete("/webhooks/{hook_id}", status_code=204,
               summary="Stop sending to a webhook; its deliveries stay on record (admins)")
def remove_webhook(pipeline: Pipeline, hook_id: str) -> None:
    hooks = _hooks(pipeline)
    if all(s.id != hook_id for s in hooks.subscriptions(pipeline.tenant_id)):
        raise Problem(404, f"no webhook {hook_id!r} in your scope")
    hooks.deactivate(hook_id)
    pipeline.ctx.wrote()


@router.get("/webhooks/deliveries", summary="Recent deliveries with every attempt (admins)")
def list_deliveries(
    pipeline: Pipeline, limit: Annotated[int, Query(ge=1, le=200)] = 50
) -> list[dict[str, Any]]:
    found = _hooks(pipeline).deliveries(tenant_id=pipeline.tenant_id, limit=limit)
    return [delivery_view(d) for d in found]


@router.post("/webhooks/deliveries/{delivery_id}/replay", status_code=202,
             summary="Queue a recorded delivery to be sent again (admins)")
def replay_delivery(pipeline: Pipeline, delivery_id: str) -> dict[str, Any]:
    hooks = _hooks(pipeline)
    delivery = _own_delivery(pipeline, hooks, delivery_id)
    try:
        hooks.check_replayable(delivery.id)
    except WebhookError as exc:
        raise Problem(409, str(exc)) from exc
    queued = hooks.requeue(delivery.id)
    pipeline.ctx.wrote()
    return delivery_view(queued)
