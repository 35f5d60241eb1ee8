"""/api/v1/market and /api/v1/candidates/{id}/gaps: demand against supply for the caller's
tenant, and the skills that would most raise a candidate's fit for the roles the caller sees."""

from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query

from worldhire.api.context import AppContext
from worldhire.api.deps import Caller, Ctx
from worldhire.api.scope import lookup, services, tenant_of
from worldhire.core.models import Candidate
from worldhire.governance.access import ScopedServices
from worldhire.governance.principal import Action
from worldhire.market.gaps import SkillGap, skill_gaps
from worldhire.market.pay import YearTrend, year_trends
from worldhire.market.report import MarketReport, build_report
from worldhire.match.service import taxonomy_related

router = APIRouter(tags=["market"])


@lru_cache(maxsize=4)
def _trends(path: Path | None) -> tuple[YearTrend, ...]:
    # The salary file is fixed for the life of the process and reading it takes a while.
    return tuple(year_trends(path=path))


def tenant_market(ctx: AppContext, scoped: ScopedServices, *, pay: bool) -> MarketReport:
    """The market as one tenant sees it: its open roles against the pool it may rank (its own
    candidates and the platform's consenting profiles)."""
    tenant_of(scoped.principal)
    roles = scoped.list_roles()
    people = scoped.list_candidates()
    report = build_report(roles, people, estimator=ctx.estimator if pay else None)
    report.trends = list(_trends(ctx.settings.salary_data))
    return report


def visible_gaps(scoped: ScopedServices, candidate: Candidate, *, top: int) -> list[SkillGap]:
    """Gaps against the open roles the caller may see: a tenant's own roles for its users, every
    open role for the candidate themselves."""
    return skill_gaps(candidate, scoped.list_roles(), taxonomy_related(), top=top)


@router.get("/market", summary="Demand against supply by skill, family and region; pay; trends")
def market(
    ctx: Ctx, caller: Caller,
    pay: Annotated[bool, Query(description="include pay spread by region (comp model)")] = True,
) -> dict[str, Any]:
    caller.require(Action.READ)
    return tenant_market(ctx, services(ctx, caller), pay=pay).data()


@router.get("/candidates/{candidate_id}/gaps",
            summary="The skills that would most raise a candidate's fit for open roles")
def gaps(
    ctx: Ctx, caller: Caller, candidate_id: str,
    top: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[dict[str, Any]]:
    caller.require(Action.READ)
    scoped = services(ctx, caller)
    with lookup():
        candidate = scoped.get_candidate(candidate_id)
    return [asdict(g) for g in visible_gaps(scoped, candidate, top=top)]
