"""Rank a pool for a role (and roles for a candidate), with an explanation for each result."""

from __future__ import annotations

from dataclasses import dataclass

from worldhire.core.models import Candidate, ConsentPurpose, Role, Skill
from worldhire.match.criteria import (
    RelatedFn,
    hard_filter,
    overlap_fit,
    overlap_summary,
    pay_fit,
    seniority_fit,
    skill_coverage,
)
from worldhire.match.models import (
    Criterion,
    Explanation,
    MatchResult,
    Rejection,
    Shortlist,
)
from worldhire.store.protocol import Repository

SKILLS_WEIGHT = 0.45


class NotFound(LookupError):
    pass


@dataclass(frozen=True)
class MatchFilters:
    """Hard filters a recruiter sets on top of the role's own policy."""

    min_overlap_hours: float | None = None
    max_pay_usd: float | None = None
    countries: tuple[str, ...] = ()


def _taxonomy_related() -> RelatedFn:
    from worldhire.skills.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()

    def related(skill_id: str) -> list[tuple[Skill, float]]:
        return taxonomy.related(skill_id)

    return related


def score_candidate(candidate: Candidate, role: Role, related: RelatedFn) -> MatchResult:
    coverage = skill_coverage(candidate, role, related)
    met = sum(1 for c in coverage.checks if c.credit == 1.0)
    criteria = [
        Criterion(
            "skills", round(coverage.score, 3), SKILLS_WEIGHT,
            f"{met} of {len(coverage.checks)} requirements shown by evidence",
        ),
        seniority_fit(candidate, role),
        overlap_fit(overlap_summary(candidate, role), role),
        pay_fit(candidate, role),
    ]
    total = sum(c.weight for c in criteria)
    score = sum(c.score * c.weight for c in criteria) / total
    return MatchResult(candidate, role, round(score, 4), Explanation(coverage.checks, criteria))


def _versus(a: MatchResult, b: MatchResult) -> str:
    """Why `a` ranks above `b`: the criteria where it gains the most weighted points."""
    gains = []
    for ca, cb in zip(a.explanation.criteria, b.explanation.criteria, strict=True):
        delta = (ca.score - cb.score) * ca.weight
        if delta > 0.005:
            gains.append((delta, ca.name))
    if not gains:
        return "ties with the next candidate on every criterion"
    gains.sort(reverse=True)
    named = ", ".join(f"{name} (+{delta * 100:.1f} pts)" for delta, name in gains[:3])
    return f"ahead of {b.candidate.name} on {named}"


def rank(
    candidates: list[Candidate],
    role: Role,
    *,
    top: int | None = None,
    filters: MatchFilters | None = None,
    related: RelatedFn | None = None,
) -> Shortlist:
    filters = filters or MatchFilters()
    related = related or _taxonomy_related()
    results: list[MatchResult] = []
    rejected: list[Rejection] = []
    for candidate in candidates:
        if not candidate.consented(ConsentPurpose.MATCHING):
            rejected.append(Rejection(candidate, "no consent to matching"))
            continue
        if filters.countries and candidate.country not in filters.countries:
            rejected.append(Rejection(candidate, "outside the regions allowed by the filter"))
            continue
        reason = hard_filter(
            candidate, role, overlap_summary(candidate, role),
            min_overlap_hours=filters.min_overlap_hours, max_pay_usd=filters.max_pay_usd,
        )
        if reason:
            rejected.append(Rejection(candidate, reason))
            continue
        results.append(score_candidate(candidate, role, related))
    results.sort(key=lambda r: (-r.score, r.candidate.id))
    chosen = results[:top] if top else results
    for here, below in zip(chosen, chosen[1:], strict=False):
        here.explanation.versus_next = _versus(here, below)
    return Shortlist(role, chosen, rejected, len(candidates))


def shortlist(
    repo: Repository, role: Role | str, *, top: int = 10, filters: MatchFilters | None = None
) -> Shortlist:
    found = repo.get_role(role) if isinstance(role, str) else role
    if found is None:
        raise NotFound(f"no role with id {role!r}")
    pool = repo.list_candidates(found.tenant_id, include_platform=True)
    return rank(pool, found, top=top, filters=filters)


def roles_for(repo: Repository, candidate_id: str, *, top: int = 10) -> list[MatchResult]:
    """The open roles a candidate fits best, among those of tenants that may see them."""
    candidate = repo.get_candidate(candidate_id)
    if candidate is None:
        raise NotFound(f"no candidate with id {candidate_id!r}")
    roles = [
        r for r in repo.list_roles(candidate.tenant_id)
        if r.status == "open"
    ] if candidate.tenant_id else [r for r in repo.list_roles() if r.status == "open"]
    related = _taxonomy_related()
    results = []
    for role in roles:
        if hard_filter(candidate, role, overlap_summary(candidate, role)) is None:
            results.append(score_candidate(candidate, role, related))
    results.sort(key=lambda r: -r.score)
    return results[:top]
