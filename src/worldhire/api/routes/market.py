"""/api/v1/market and /api/v1/candidates/{id}/gaps: demand against supply for the caller's
tenant, and the skills that would most raise a candidate's fit for the roles the caller sees."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from worldhire.api.deps import Caller, Ctx
from worldhire.api.scope import services
from worldhire.governance.principal import Action
from worldhire.market.schemas import MarketOut, SkillGapOut
from worldhire.market.service import tenant_market, visible_gaps

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
