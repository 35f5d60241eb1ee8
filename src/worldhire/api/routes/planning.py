"""/api/v1/pay and /api/v1/team-plans: pay estimates by region and the distributed-team planner."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from worldhire.api.deps import Caller, Ctx
from worldhire.api.scope import services
from worldhire.comp.defaults import COMPANY_SIZE, LOCAL_COMPANY_NOTE, REMOTE_RATIO
from worldhire.comp.schemas import PayCompareRow, PayEstimateOut
from worldhire.comp.service import MAX_COMPARE_COUNTRIES, compare_pay
from worldhire.core.models import Seniority
from worldhire.governance.principal import Action
from worldhire.teams.schemas import TeamPlanIn, TeamPlanOut
from worldhire.teams.service import plan_for

router = APIRouter(tags=["planning"])


def _level(value: str | None) -> Seniority | None:
    return Seniority(value) if value else None


@router.get("/pay/estimate", summary="Yearly pay p10/p50/p90 in USD, with the data behind it")
def pay_estimate(
    ctx: Ctx, caller: Caller,
    title: Annotated[str, Query(min_length=1, max_length=200)],
    country: Annotated[str, Query(min_length=2, max_length=60)],
    level: Annotated[Literal["EN", "MI", "SE", "EX"] | None, Query()] = None,
    remote: Annotated[Literal[0, 50, 100], Query()] = REMOTE_RATIO,
    company_location: Annotated[str | None, Query(
        max_length=60, description=f"Company country, by name or code ({LOCAL_COMPANY_NOTE})")
    ] = None,
    company_size: Annotated[Literal["S", "M", "L"], Query()] = COMPANY_SIZE,
    currency: Annotated[
        str | None, Query(min_length=3, max_length=3, description="Pay currency (ISO 4217); "
                          "default: the mix of currencies the country's rows are paid in")
    ] = None,
) -> PayEstimateOut:
    from worldhire.comp.estimate import PayQuery

    caller.require(Action.READ)
    estimate = ctx.estimator.estimate(PayQuery(
        title=title, country=country, level=_level(level), remote_ratio=remote,
        company_location=company_location, company_size=company_size, currency=currency))
    return PayEstimateOut.model_validate(estimate)


@router.get("/pay/compare", summary="Pay and total employer cost of one role across countries")
def pay_compare(
    ctx: Ctx, caller: Caller,
    title: Annotated[str, Query(min_length=1, max_length=200)],
    country: Annotated[list[str], Query(min_length=1, max_length=MAX_COMPARE_COUNTRIES)],
    level: Annotated[Literal["EN", "MI", "SE", "EX"] | None, Query()] = None,
    company_location: Annotated[str | None, Query(
        max_length=60, description=f"Company country, by name or code ({LOCAL_COMPANY_NOTE})")
    ] = None,
) -> list[PayCompareRow]:
    caller.require(Action.READ)
    rows = compare_pay(ctx.estimator, title, _level(level), country, company_location)
    return [PayCompareRow.of(r) for r in rows]


@router.post("/team-plans", summary="Plan a distributed team that covers the clock",
             response_model_exclude_unset=True)
def team_plan(ctx: Ctx, caller: Caller, body: TeamPlanIn) -> TeamPlanOut:
    return plan_for(services(ctx, caller), body.spec, body.role_id,
                    estimator=lambda: ctx.estimator, time_limit=body.time_limit)
