"""/api/v1/pay and /api/v1/team-plans: pay estimates by region and the distributed-team planner."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from worldhire.api.context import AppContext
from worldhire.api.deps import Caller, Ctx
from worldhire.api.problems import Problem
from worldhire.api.scope import lookup, services
from worldhire.core.models import Candidate, Role, Seniority
from worldhire.governance.principal import Action
from worldhire.teams.adapt import CostFn, Skipped, to_team_candidates
from worldhire.teams.models import TeamSpecError
from worldhire.teams.spec import TeamSpecFile

router = APIRouter(tags=["planning"])

MAX_PLAN_SECONDS = 20.0
MAX_COMPARE_COUNTRIES = 30


def _level(value: str | None) -> Seniority | None:
    return Seniority(value) if value else None


@router.get("/pay/estimate", summary="Yearly pay p10/p50/p90 in USD, with the data behind it")
def pay_estimate(
    ctx: Ctx, caller: Caller,
    title: Annotated[str, Query(min_length=1, max_length=200)],
    country: Annotated[str, Query(min_length=2, max_length=60)],
    level: Annotated[Literal["EN", "MI", "SE", "EX"] | None, Query()] = None,
    remote: Annotated[Literal[0, 50, 100], Query()] = 0,
    company_location: Annotated[str | None, Query(max_length=60)] = None,
    company_size: Annotated[Literal["S", "M", "L"], Query()] = "M",
) -> dict[str, Any]:
    from worldhire.comp.estimate import PayQuery

    caller.require(Action.READ)
    estimate = ctx.estimator.estimate(PayQuery(
        title=title, country=country, level=_level(level), remote_ratio=remote,
        company_location=company_location, company_size=company_size))
    return asdict(estimate)


def compare_rows(ctx: AppContext, title: str, level: str | None, countries: list[str],
                 company_location: str | None) -> list[dict[str, Any]]:
    from worldhire.comp.cost import compare_costs

    codes = [c.strip() for c in countries if c.strip()]
    if not codes:
        raise Problem(422, "name at least one country")
    if len(codes) > MAX_COMPARE_COUNTRIES:
        raise Problem(422, f"at most {MAX_COMPARE_COUNTRIES} countries at once")
    rows = compare_costs(ctx.estimator, title, _level(level), codes,
                         company_location=company_location)
    return [
        {"country": r.country, "p10": r.estimate.p10, "p50": r.estimate.p50,
         "p90": r.estimate.p90, "support": r.estimate.support,
         "contribution_rate": r.contribution_rate, "cross_border": r.cross_border,
         "total_p10": r.total_p10, "total_p50": r.total_p50, "total_p90": r.total_p90,
         "warnings": list(r.estimate.warnings)}
        for r in sorted(rows, key=lambda r: r.total_p50)
    ]


@router.get("/pay/compare", summary="Pay and total employer cost of one role across countries")
def pay_compare(
    ctx: Ctx, caller: Caller,
    title: Annotated[str, Query(min_length=1, max_length=200)],
    country: Annotated[list[str], Query(min_length=1, max_length=MAX_COMPARE_COUNTRIES)],
    level: Annotated[Literal["EN", "MI", "SE", "EX"] | None, Query()] = None,
    company_location: Annotated[str | None, Query(max_length=60)] = None,
) -> list[dict[str, Any]]:
    caller.require(Action.READ)
    return compare_rows(ctx, title, level, country, company_location)


class TeamPlanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    spec: TeamSpecFile
    role_id: str | None = Field(default=None, description="pick from this role's shortlist")
    time_limit: float = Field(default=10.0, gt=0, le=MAX_PLAN_SECONDS)


def pay_estimate_fn(ctx: AppContext, role: Role) -> CostFn:
    """Candidates without a stated expectation cost the market p50 for the role where they live."""
    from worldhire.comp.estimate import PayQuery

    def cost(candidate: Candidate) -> float | None:
        if not candidate.country:
            return None
        query = PayQuery(title=role.title, country=candidate.country, level=role.seniority,
                         remote_ratio=100, company_location=role.location_country)
        return ctx.estimator.estimate(query).p50

    return cost


def plan(ctx: AppContext, caller: Caller, body: TeamPlanIn) -> dict[str, Any]:
    from worldhire.teams.plan import plan_team
    from worldhire.teams.report import report

    caller.require(Action.RANK)
    scoped = services(ctx, caller)
    try:
        spec = body.spec.to_spec()
        pool = body.spec.inline_pool()
        skipped: list[Skipped] = []
        if pool is None:
            if body.role_id is None:
                raise Problem(422, "name a role_id to plan from its shortlist, or give the "
                              "spec an inline pool")
            with lookup():
                role = scoped.get_role(body.role_id)
                ranked = scoped.shortlist(body.role_id, top=body.spec.shortlist_top)
            scored = [(r.candidate, r.score) for r in ranked.results]
            pool, skipped = to_team_candidates(scored, pay_estimate_fn(ctx, role))
        if not pool:
            raise TeamSpecError("the pool is empty: no ranked candidate has a time zone and a "
                                "pay figure")
        result = plan_team(spec, pool, time_limit=body.time_limit, workers=1)
    except (TeamSpecError, ValueError) as exc:
        raise Problem(422, str(exc)) from exc
    data = report(result)
    data["skipped"] = [asdict(s) for s in skipped]
    return data


@router.post("/team-plans", summary="Plan a distributed team that covers the clock")
def team_plan(ctx: Ctx, caller: Caller, body: TeamPlanIn) -> dict[str, Any]:
    return plan(ctx, caller, body)
