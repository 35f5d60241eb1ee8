"""/api/v1/market, /api/v1/candidates/{id}/gaps and /left-out: demand against supply for the
caller's tenant, the skills that would most raise a candidate's fit for the roles the caller sees,
and the filters that leave the candidate out of the others."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from worldhire.api.deps import Caller, Ctx
from worldhire.api.scope import services
from worldhire.governance.principal import Action
from worldhire.market.schemas import LeftOutOut, MarketOut, SkillGapOut
from worldhire.market.service import tenant_market, visible_gaps, visible_left_out

router = APIRouter(tags=["market"])


@router.get("/market", summary="Demand against supply by skill, family and region; pay; trends")
def market(
    ctx: Ctx, caller: Caller,
    pay: Annotated[bool, Query(description="include pay spread by region (comp model)")] = True,
) -> MarketOut:
    report = tenant_market(services(ctx, caller), estimator=ctx.estimator if pay else None,
                           salary_data=ctx.settings.salary_data)
    return MarketOut.of(report)


@router.get("/candidates/{candidate_id}/gaps",
            summary="The skills that would most raise a candidate's fit for open roles")
def gaps(
    ctx: Ctx, caller: Caller, candidate_id: str,
    top: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[SkillGapOut]:
    caller.require(Action.READ)
    return SkillGapOut.many(visible_gaps(services(ctx, caller), candidate_id, top=top))


@router.get("/candidates/{candidate_id}/left-out",
            summary="The hard filters that leave a candidate out of open roles, with role counts")
def left_out(ctx: Ctx, caller: Caller, candidate_id: str) -> list[LeftOutOut]:
    caller.require(Action.READ)
    return LeftOutOut.many(visible_left_out(services(ctx, caller), candidate_id))
