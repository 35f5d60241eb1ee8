"""Gap analysis for a candidate: the skills that would most raise their fit for open roles.

For each open role the person could take (hard filters pass), every requirement they do not
fully meet is a gap. Closing it (showing the skill in real work) raises the skills criterion by
the requirement's share of the role's coverage, and so the overall score by that times the skills
weight over the sum of weights: the same arithmetic the ranker uses, without re-running it.
Gains are summed over roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from worldhire.core.models import Candidate, Role
from worldhire.match.criteria import RelatedFn, hard_filter, overlap_summary
from worldhire.match.models import RequirementStatus
from worldhire.match.service import SKILLS_WEIGHT, score_candidate


@dataclass(frozen=True)
class RoleGain:
    role_id: str
    role_title: str
    gain: float  # points of the overall score (0..1) closing the gap would add
    must: bool
    # Why the gap counts for this role: what the ranker found of the requirement ("missing",
    # or "partial" with its note: listed but not shown in work, fewer years than asked, ...).
    status: str = "missing"
    note: str = ""


@dataclass(frozen=True)
class RoleRef:
    role_id: str
    role_title: str


@dataclass(frozen=True)
class LeftOut:
    """A hard filter that leaves the person out of open roles, and which roles it does."""

    reason: str
    roles: list[RoleRef]


@dataclass
class SkillGap:
    skill_id: str
    label: str
    # What the profile shows of it now: "missing", or "partial" with the ranker's note (listed
    # but not shown in work, or only a related skill).
    status: str = "missing"
    note: str = ""
    total_gain: float = 0.0
    roles: list[RoleGain] = field(default_factory=list)


def skill_gaps(
    candidate: Candidate, roles: Sequence[Role], related: RelatedFn, *, top: int = 10
) -> list[SkillGap]:
    gaps: dict[str, SkillGap] = {}
    for role in roles:
        if role.status != "open" or not role.requirements:
            continue
        if hard_filter(candidate, role, overlap_summary(candidate, role)) is not None:
            continue
        result = score_candidate(candidate, role, related)
        weights = [q.weight * (2.0 if q.must else 1.0) for q in role.requirements]
        total_req = sum(weights)
        total_criteria = sum(c.weight for c in result.explanation.criteria)
        for q, w, check in zip(role.requirements, weights, result.explanation.requirements,
                               strict=True):
            if check.status is RequirementStatus.MET:
                continue
            gain = SKILLS_WEIGHT * w * (1.0 - check.credit) / total_req / total_criteria
            # ("PyTorch or JAX" is a gap of its own, closed by learning either)
            gap = gaps.setdefault(
                q.key, SkillGap(q.skill.id, q.label, check.status.value, check.note)
            )
            gap.total_gain += gain
            gap.roles.append(RoleGain(role.id, role.title, round(gain, 4), q.must,
                                      check.status.value, check.note))
    ranked = sorted(gaps.values(), key=lambda g: (-g.total_gain, g.label.casefold()))
    for g in ranked:
        g.total_gain = round(g.total_gain, 4)
        g.roles.sort(key=lambda r: -r.gain)
    return ranked[:top]



def left_out(candidate: Candidate, roles: Sequence[Role]) -> list[LeftOut]:
    """The hard filters that leave the person out of open roles, each with the roles it does,
    the most roles first: skill_gaps reads only the roles they pass, so with none passed it has
    nothing to say, and this says why."""
    reasons: dict[str, list[RoleRef]] = {}
    for role in roles:
        if role.status == "open":
            reason = hard_filter(candidate, role, overlap_summary(candidate, role))
            if reason is not None:
                reasons.setdefault(reason, []).append(RoleRef(role.id, role.title))
    return sorted((LeftOut(reason, refs) for reason, refs in reasons.items()),
                  key=lambda o: -len(o.roles))
