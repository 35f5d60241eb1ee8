"""/api/v1/me/applications: a candidate applies to an open role, reads where their applications
stand, and withdraws one (worldhire.pipeline.applying)."""

from __future__ import annotations

from fastapi import APIRouter

from worldhire.api.deps import Caller, Ctx
from worldhire.api.scope import lookup
from worldhire.pipeline.schemas import ApplyIn, OwnApplicationOut

router = APIRouter(prefix="/me/applications", tags=["applications"])


def _one(ctx: Ctx, caller: Caller, application_id: str) -> OwnApplicationOut:
    found = [a for a in ctx.applications(caller).mine() if a.application.id == application_id]
    return OwnApplicationOut.of(found[0])


@router.get("", summary="Your applications, oldest first (candidates)")
def mine(ctx: Ctx, caller: Caller) -> list[OwnApplicationOut]:
    return [OwnApplicationOut.of(a) for a in ctx.applications(caller).mine()]


@router.post("", status_code=201, summary="Apply to an open role (candidates)",
             responses={409: {"description": "already applied, or matching consent is off"}})
def apply(ctx: Ctx, caller: Caller, body: ApplyIn) -> OwnApplicationOut:
    applications = ctx.applications(caller)  # a company's user has none: 403
    with lookup(), ctx.services.unit_of_work() as work:  # the application and its audit entry
        added, _ = applications.apply(body.role_id)
        work.commit()
    ctx.wrote()
    return _one(ctx, caller, added.id)


@router.post("/{application_id}/withdraw", summary="Withdraw an application (candidates)",
             responses={409: {"description": "the application is already final"}})
def withdraw(ctx: Ctx, caller: Caller, application_id: str) -> OwnApplicationOut:
    applications = ctx.applications(caller)
    with ctx.services.unit_of_work() as work:  # the withdrawal and its audit entry, together
        applications.withdraw(application_id)
        work.commit()
    ctx.wrote()
    return _one(ctx, caller, application_id)
