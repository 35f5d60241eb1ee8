"""What a match says: a score per criterion, and the evidence behind each requirement."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from worldhire.assess.rubric import Assessment
from worldhire.core.models import Candidate, Role


class RequirementStatus(StrEnum):
    MET = "met"
    PARTIAL = "partial"  # an adjacent skill, or claimed without backing evidence
    MISSING = "missing"


@dataclass
class Citation:
    """A piece of evidence: which item, and the words in it that support the claim."""

    evidence_id: str | None
    evidence_title: str
    snippet: str


@dataclass
class RequirementCheck:
    requirement: str
    must: bool
    status: RequirementStatus
    credit: float  # 0..1
    via: str | None = None  # the adjacent skill for a partial match
    citations: list[Citation] = field(default_factory=list)
    note: str = ""
    # The role's link for this requirement is uncertain (read from a post): a person should look.
    needs_review: bool = False


@dataclass
class Criterion:
    name: str
    score: float  # 0..1
    weight: float
    detail: str


@dataclass
class Explanation:
    requirements: list[RequirementCheck]
    criteria: list[Criterion]
    versus_next: str = ""

    @property
    def met(self) -> list[RequirementCheck]:
        return [r for r in self.requirements if r.status is RequirementStatus.MET]

    @property
    def partial(self) -> list[RequirementCheck]:
        return [r for r in self.requirements if r.status is RequirementStatus.PARTIAL]

    @property
    def missing(self) -> list[RequirementCheck]:
        return [r for r in self.requirements if r.status is RequirementStatus.MISSING]


@dataclass
class MatchResult:
    candidate: Candidate
    role: Role
    score: float
    explanation: Explanation
    assessment: Assessment | None = None

    @property
    def criteria(self) -> dict[str, float]:
        return {c.name: c.score for c in self.explanation.criteria}


@dataclass
class Rejection:
    """A candidate a hard filter removed, and which filter."""

    candidate: Candidate
    reason: str


@dataclass
class Shortlist:
    role: Role
    results: list[MatchResult]  # the shown ones, best first
    rejected: list[Rejection]
    pool_size: int  # people who may be matched (consent to matching); nobody else is counted
    # (candidate id, score) of everyone scored but not shown, best first: the audit log keeps a
    # digest of them, not their records.
    others: list[tuple[str, float]] = field(default_factory=list)
