"""Store candidates (with their match scores) to TeamCandidates.

Cost is the candidate's pay expectation; when it is missing an injected cost function answers (the
CLI passes the comp model's p50 when that model is importable). A candidate without a time zone gets
their country's zone when one can be named (worldhire.core.geo.zones.country_timezone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from worldhire.core.geo.countries import sub_region_of
from worldhire.core.geo.zones import country_timezone
from worldhire.core.models import Candidate
from worldhire.teams.models import TeamCandidate

CostFn = Callable[[Candidate], float | None]


@dataclass
class Skipped:
    candidate_id: str
    name: str
    reason: str


def zone_for(candidate: Candidate) -> str | None:
    if candidate.timezone:
        return candidate.timezone
    return country_timezone(candidate.country) if candidate.country else None


def expectation_cost(candidate: Candidate) -> float | None:
    return candidate.pay_expectation_usd


def to_team_candidates(
    scored: Iterable[tuple[Candidate, float]], cost_fn: CostFn | None = None
) -> tuple[list[TeamCandidate], list[Skipped]]:
    """TeamCandidates, and the people left out with the reason (no zone, no cost)."""
    kept: list[TeamCandidate] = []
    skipped: list[Skipped] = []
    for cand, score in scored:
        tz = zone_for(cand)
        if tz is None:
            skipped.append(Skipped(cand.id, cand.name, "no time zone and none implied by country"))
            continue
        cost = cand.pay_expectation_usd
        if cost is None and cost_fn is not None:
            cost = cost_fn(cand)
        if cost is None:
            skipped.append(Skipped(cand.id, cand.name, "no pay expectation and no estimate"))
            continue
        skills = frozenset({m.skill.id for m in cand.skills} | {m.skill.label for m in cand.skills})
        country = cand.country.upper() if cand.country else None
        kept.append(TeamCandidate(
            id=cand.id, name=cand.name, timezone=tz, fit=float(score), cost=float(cost),
            skills=skills, country=country, region=sub_region_of(country),
            work_start_hour=cand.work_start_hour, work_end_hour=cand.work_end_hour))
    return kept, skipped
