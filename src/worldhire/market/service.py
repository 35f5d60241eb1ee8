"""The market as a tenant's user sees it, and the skills that would most raise a candidate's fit
for the open roles the reader may see: the use cases the API, the web app and the CLI share."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from worldhire.governance.access import ScopedServices
from worldhire.governance.principal import Action
from worldhire.market.figures import MarketReport, build_report
from worldhire.market.gaps import LeftOut, SkillGap, left_out, skill_gaps
from worldhire.market.pay import YearTrend, year_trends
from worldhire.market.supply import MarketView, market_view
from worldhire.match.service import taxonomy_related

if TYPE_CHECKING:
    from worldhire.comp.estimate import PayEstimator


@lru_cache(maxsize=4)
def salary_trends(path: Path | None) -> tuple[YearTrend, ...]:
    """Quartiles by year of a salary file (the bundled one for None). The file is fixed for the
    life of the process and reading it takes a while."""
    return tuple(year_trends(path=path))


def visible_balance(scoped: ScopedServices) -> MarketView:
    """Demand against supply over the roles and the people the reader may see: a tenant's own
    roles against its candidates and the platform's consenting profiles, or, for the local
    operator over every company, every role against everyone."""
    return market_view(scoped.list_roles(), scoped.list_candidates())


def visible_market(scoped: ScopedServices, *, estimator: PayEstimator | None,
                   salary_data: Path | None = None) -> MarketReport:
    """visible_balance's roles and people, with pay by region when an estimator is given, and
    salary trends."""
    report = build_report(scoped.list_roles(), scoped.list_candidates(), estimator=estimator)
    report.trends = list(salary_trends(salary_data))
    return report


def tenant_market(scoped: ScopedServices, *, estimator: PayEstimator | None,
                  salary_data: Path | None = None) -> MarketReport:
    """A tenant's open roles against the pool it may rank (its own candidates and the platform's
    consenting profiles), with pay by region when an estimator is given, and salary trends."""
    scoped.principal.require(Action.READ)
    scoped.principal.require_tenant()
    return visible_market(scoped, estimator=estimator, salary_data=salary_data)


def visible_gaps(scoped: ScopedServices, candidate_id: str, *, top: int) -> list[SkillGap]:
    """Gaps against the open roles the reader may see: a tenant's own roles for its users, every
    open role for the candidate themselves."""
    candidate = scoped.get_candidate(candidate_id)
    return skill_gaps(candidate, scoped.list_roles(), taxonomy_related(), top=top)


def visible_left_out(scoped: ScopedServices, candidate_id: str) -> list[LeftOut]:
    """Why the open roles the reader may see leave the candidate out, with the roles each
    reason does: visible_gaps reads only the others."""
    return left_out(scoped.get_candidate(candidate_id), scoped.list_roles())
