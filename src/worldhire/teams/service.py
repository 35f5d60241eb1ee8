"""Plan a distributed team: from a spec's own pool, or from a role's shortlist with the market
pay of each candidate who states no expectation. The API, the web form and the CLI share it.

The solver (ortools, the solver extra) and the pay model (the comp extra) load when a plan is
asked for, so the shells import this module without them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from worldhire.core.models import Candidate, Role
from worldhire.governance.access import ScopedServices
from worldhire.governance.principal import Action
from worldhire.teams.adapt import CostFn, Skipped, to_team_candidates
from worldhire.teams.models import TeamCandidate, TeamSpecError
from worldhire.teams.problem import skill_key
from worldhire.teams.schemas import TeamPlanOut
from worldhire.teams.spec import TeamSpecFile

if TYPE_CHECKING:
    from worldhire.comp.estimate import PayEstimator


def role_market_cost(estimator: PayEstimator, role: Role) -> CostFn:
    """What the market pays for the role where each candidate lives (remote, for the role's
    company): the cost of someone who states no expectation of their own."""
    from worldhire.comp.estimate import PayQuery

    def cost(candidate: Candidate) -> float | None:
        if not candidate.country:
            return None
        query = PayQuery(title=role.title, country=candidate.country, level=role.seniority,
                         company_location=role.location_country,
                         occupation=role.occupation)
        return estimator.estimate(query).p50

    return cost


def plan(spec_file: TeamSpecFile, pool: Sequence[TeamCandidate], skipped: Sequence[Skipped], *,
         time_limit: float, workers: int) -> TeamPlanOut:
    """The plan (teams.report), with the people left out of the pool and why."""
    from worldhire.teams.plan import plan_team
    from worldhire.teams.report import report

    if not pool:
        raise TeamSpecError("the pool is empty: no candidate has a time zone and a pay figure")
    unknown = unknown_skills(spec_file, pool)
    if unknown:
        raise TeamSpecError("; ".join(unknown))
    try:
        result = plan_team(spec_file.to_spec(), list(pool), time_limit=time_limit,
                           workers=workers)
    except ValueError as exc:
        raise TeamSpecError(str(exc)) from exc
    return report(result, skipped)


def unknown_skills(spec_file: TeamSpecFile, pool: Sequence[TeamCandidate]) -> list[str]:
    """"unknown skill: X" for each skill the spec asks for that nobody in the pool holds and the
    taxonomy does not name (a typo, not a shortage: the solver would only say "infeasible"),
    with the closest name it does hold."""
    held = {skill_key(s) for c in pool for s in c.skills}
    missing = [s for s in spec_file.skills if skill_key(s) not in held]
    if not missing:
        return []
    from worldhire.ingest.requirement_link import suggestions
    from worldhire.skills.taxonomy_cache import load_taxonomy

    taxonomy = load_taxonomy()
    found = []
    for name in missing:
        if name in taxonomy or taxonomy.resolve(name, min_similarity=1.0) is not None:
            continue  # a real skill nobody holds: the solver explains the shortage
        close = suggestions(name, taxonomy)
        found.append(f"unknown skill: {name}"
                     + (f" (did you mean {close[0].label}?)" if close else ""))
    return found


def plan_for(scoped: ScopedServices, spec_file: TeamSpecFile, role_id: str | None, *,
             estimator: Callable[[], PayEstimator], time_limit: float, workers: int = 1
             ) -> TeamPlanOut:
    """A team from the spec's inline pool, or from the (audited) shortlist of a role the reader
    may rank; `estimator` is asked for only when a shortlist needs market pay."""
    scoped.principal.require(Action.RANK)
    try:
        pool = spec_file.inline_pool()
    except ValueError as exc:
        raise TeamSpecError(str(exc)) from exc
    skipped: list[Skipped] = []
    if pool is None:
        if role_id is None:
            raise TeamSpecError("name a role_id to plan from its shortlist, or give the spec "
                                "an inline pool")
        role = scoped.get_role(role_id)
        ranked = scoped.shortlist(role_id, top=spec_file.shortlist_top)
        scored = [(r.candidate, r.score) for r in ranked.results]
        pool, skipped = to_team_candidates(scored, role_market_cost(estimator(), role))
    return plan(spec_file, pool, skipped, time_limit=time_limit, workers=workers)
