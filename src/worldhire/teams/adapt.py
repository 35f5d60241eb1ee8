"""Store candidates (with their match scores) to TeamCandidates.

Cost is the candidate's pay expectation; when it is missing an injected cost function answers (the
CLI passes the comp model's p50 when that model is importable). A candidate without a time zone gets
their country's zone when the country has exactly one (per the tz database's zone1970.tab).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from worldhire.core.models import Candidate
from worldhire.teams.models import TeamCandidate
from worldhire.teams.regions import region_of

CostFn = Callable[[Candidate], float | None]


@dataclass
class Skipped:
    candidate_id: str
    name: str
    reason: str


@cache
def _zones_by_country() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    text = resources.files("tzdata").joinpath("zoneinfo", "zone1970.tab").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        codes, _, name = line.split("\t")[:3]
        for code in codes.split(","):
            out.setdefault(code, []).append(name)
    return out


def zone_for(candidate: Candidate) -> str | None:
    if candidate.timezone:
        return candidate.timezone
    zones = _zones_by_country().get((candidate.country or "").upper(), [])
    return zones[0] if len(zones) == 1 else None


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
            skills=skills, country=country, region=region_of(country),
            work_start_hour=cand.work_start_hour, work_end_hour=cand.work_end_hour))
    return kept, skipped
