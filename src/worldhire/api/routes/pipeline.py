"""/api/v1/applications, boards, stages, outreach drafts and webhooks: the hiring pipeline of the
caller's tenant, through `ScopedPipeline` (an application, role or webhook of another tenant
reads as missing, viewers only read, a candidate account has no pipeline). Webhook deliveries
are queued during the request and sent by the app's delivery worker, so a slow receiver never
holds a recruiter's click."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from worldhire.api.deps import Caller, Ctx
from worldhire.api.schemas import (
    CURSOR_HELP,
    OFFSET_HELP,
    RECOUNT_HELP,
    Page,
    reachable_offset,
    read_cursor,
    store_page,
)
from worldhire.pipeline.funnel import CSV_COLUMNS
from worldhire.pipeline.schemas import (
    ApplicationDetail,
    ApplicationIn,
    ApplicationOut,
    BoardOut,
    DeliveryOut,
    FunnelOut,
    MoveIn,
    MoveOut,
    NewSubscriptionOut,
    NoteIn,
    NoteOut,
    OutreachDraftOut,
    OutreachIn,
    ScorecardIn,
    Stages,
    SubscriptionOut,
    WebhookIn,
)
from worldhire.pipeline.scoped import ScopedPipeline
from worldhire.pipeline.scorecard_schemas import ScorecardOut
from worldhire.pipeline.service import RatingInput

router = APIRouter(tags=["pipeline"])


def _scoped_pipeline(ctx: Ctx, caller: Caller) -> ScopedPipeline:
    return ctx.pipeline(caller)


Pipeline = Annotated[ScopedPipeline, Depends(_scoped_pipeline)]


# applications ----------------------------------------------------------------------------------


@router.post("/applications", status_code=201, summary="Put a candidate on a role's pipeline",
             responses={409: {"description": "already in the pipeline for that role (the "
                              "problem names the existing application_id)"}})
def add_application(ctx: Ctx, pipeline: Pipeline, body: ApplicationIn) -> ApplicationOut:
    # The add and its audit entry stand or fall together: no add goes unaudited.
    with ctx.services.unit_of_work() as work:
        added = pipeline.add(body.candidate_id, body.role_id)
        work.commit()
    ctx.pipeline_wrote()
    return ApplicationOut.of(added)


@router.get("/applications", summary="Applications in your tenant, with filters")
def list_applications(
    pipeline: Pipeline,
    role_id: Annotated[str | None, Query(max_length=100)] = None,
    stage: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description=OFFSET_HELP)] = 0,
    cursor: Annotated[str | None, Query(max_length=2000, description=CURSOR_HELP)] = None,
    recount: Annotated[bool, Query(description=RECOUNT_HELP)] = False,
) -> Page[ApplicationOut]:
    offset = reachable_offset(offset)
    position = read_cursor(cursor, timed=True)
    found = pipeline.application_page(
        role_id, stage, limit=limit, offset=offset, after=position.after if position else None,
        count=position is None or position.needs_count(recount))
    return store_page(found, [ApplicationOut.of(a) for a in found.items], limit, offset,
                      cursor=position)


@router.get("/applications/{application_id}",
            summary="One application: history, notes, scorecards and the moves allowed next")
def get_application(pipeline: Pipeline, application_id: str) -> ApplicationDetail:
    view = pipeline.show(application_id)
    return ApplicationDetail.of_view(view, pipeline.scoped.actor_names())


@router.post("/applications/{application_id}/moves", status_code=201,
             summary="Move an application to another stage (409 if the stages forbid it)",
             responses={409: {"description": "the move is not allowed from the current stage, "
                              "or it needs a reason"}})
def move_application(ctx: Ctx, pipeline: Pipeline, application_id: str, body: MoveIn
                     ) -> MoveOut:
    # The move and its audit entry stand or fall together: no move goes unaudited.
    with ctx.services.unit_of_work() as work:
        done = pipeline.move(application_id, body.to_stage, body.reason)
        work.commit()
    ctx.pipeline_wrote()
    return MoveOut.of(done, pipeline.scoped.actor_names())


@router.post("/applications/{application_id}/notes", status_code=201, summary="Add a note")
def add_note(ctx: Ctx, pipeline: Pipeline, application_id: str, body: NoteIn) -> NoteOut:
    added = pipeline.note(application_id, body.text)
    ctx.pipeline_wrote()
    return NoteOut.of(added, pipeline.scoped.actor_names())


@router.post("/applications/{application_id}/scorecards", status_code=201,
             summary="A structured interview scorecard: one rating per requirement of the role")
def add_scorecard(ctx: Ctx, pipeline: Pipeline, application_id: str, body: ScorecardIn
                  ) -> ScorecardOut:
    ratings = [RatingInput(r.requirement, r.rating, r.evidence) for r in body.ratings]
    card = pipeline.score(application_id, ratings, body.summary)
    ctx.pipeline_wrote()
    return ScorecardOut.of(card, pipeline.scoped.actor_names())


@router.post("/applications/{application_id}/outreach",
             summary="Draft outreach citing the evidence behind the fit (not sent)")
def outreach(pipeline: Pipeline, application_id: str, body: OutreachIn) -> OutreachDraftOut:
    return OutreachDraftOut.of(pipeline.outreach(application_id, sender_name=body.sender_name))


@router.get("/roles/{role_id}/board", summary="A role's applications by stage")
def board(pipeline: Pipeline, role_id: str) -> BoardOut:
    return BoardOut.of(pipeline.board(role_id))


# funnel ----------------------------------------------------------------------------------------


@router.get("/pipeline/funnel", summary="The funnel by stage, role and region: counts, "
            "conversion and median time in stage")
def get_funnel(pipeline: Pipeline) -> FunnelOut:
    return FunnelOut.of(pipeline.funnel())


@router.get("/pipeline/funnel.csv", summary="The funnel as CSV, one row per group and stage",
            response_class=Response,
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                             "description": "columns: " + ", ".join(CSV_COLUMNS)}})
def get_funnel_csv(pipeline: Pipeline) -> Response:
    return Response(pipeline.funnel().csv(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="funnel.csv"'})


# stages ----------------------------------------------------------------------------------------


@router.get("/pipeline/stages", summary="Your tenant's stages and the moves allowed between them")
def get_stages(pipeline: Pipeline) -> Stages:
    return Stages.of(pipeline.stages())


@router.put("/pipeline/stages", summary="Replace your tenant's stages (admins)")
def put_stages(ctx: Ctx, pipeline: Pipeline, body: Stages) -> Stages:
    done = pipeline.configure(body.config())
    ctx.pipeline_wrote()
    return Stages.of(done)


# webhooks --------------------------------------------------------------------------------------


@router.get("/webhooks", summary="Your tenant's webhooks, without their secrets (admins)")
def list_webhooks(pipeline: Pipeline) -> list[SubscriptionOut]:
    return [SubscriptionOut.of(s) for s in pipeline.subscriptions()]


@router.post("/webhooks", status_code=201,
             summary="Register a URL for events; the signing secret is shown this once (admins)")
def add_webhook(ctx: Ctx, pipeline: Pipeline, body: WebhookIn) -> NewSubscriptionOut:
    sub = pipeline.subscribe(body.url, body.events, body.format)
    ctx.pipeline_wrote()
    return NewSubscriptionOut.of_new(sub)


@router.delete("/webhooks/{hook_id}", status_code=204,
               summary="Stop sending to a webhook; its deliveries stay on record (admins)")
def remove_webhook(ctx: Ctx, pipeline: Pipeline, hook_id: str) -> None:
    pipeline.unsubscribe(hook_id)
    ctx.pipeline_wrote()


@router.get("/webhooks/deliveries", summary="Recent deliveries with every attempt (admins)")
def list_deliveries(
    pipeline: Pipeline, limit: Annotated[int, Query(ge=1, le=200)] = 50
) -> list[DeliveryOut]:
    return [DeliveryOut.of(d) for d in pipeline.deliveries(limit)]


@router.post("/webhooks/deliveries/{delivery_id}/replay", status_code=202,
             summary="Queue a recorded delivery to be sent again (admins)",
             responses={409: {"description": "its webhook was deactivated"}})
def replay_delivery(ctx: Ctx, pipeline: Pipeline, delivery_id: str) -> DeliveryOut:
    queued = pipeline.replay(delivery_id)
    ctx.pipeline_wrote()
    return DeliveryOut.of(queued)
