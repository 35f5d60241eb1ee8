"""Match results and shortlists at the edges: the typed answers of the API, what the web pages
show and what `worldhire shortlist --json` prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Self

from pydantic import BaseModel, ConfigDict, Field

from worldhire.assess.rubric import Assessment, Cited
from worldhire.match.models import (
    Citation,
    Criterion,
    MatchResult,
    Rejection,
    RequirementCheck,
    Shortlist,
)
from worldhire.roles.schemas import RoleOut

REJECTED_SAMPLE = 20


class _Out(BaseModel):
    # A key the view writes and the schema lacks fails loudly instead of vanishing from answers.
    model_config = ConfigDict(extra="forbid")


class CitationOut(_Out):
    evidence_id: str | None
    evidence_title: str
    snippet: str = Field(description="the words of the evidence that support the claim")

    @classmethod
    def of(cls, c: Citation | Cited) -> CitationOut:
        return cls(evidence_id=c.evidence_id, evidence_title=c.evidence_title, snippet=c.snippet)


class CheckOut(_Out):
    requirement: str
    must: bool
    status: str = Field(description="met, partial or missing")
    credit: float = Field(description="0..1")
    via: str | None = Field(description="the adjacent skill behind a partial match")
    note: str
    needs_review: bool = Field(description="the role's link for this requirement is uncertain")
    evidence: list[CitationOut]

    @classmethod
    def of(cls, check: RequirementCheck) -> CheckOut:
        return cls(requirement=check.requirement, must=check.must, status=check.status.value,
                   credit=check.credit, via=check.via, note=check.note,
                   needs_review=check.needs_review,
                   evidence=[CitationOut.of(c) for c in check.citations])


class CriterionOut(_Out):
    name: str
    score: float
    weight: float
    detail: str

    @classmethod
    def of(cls, c: Criterion) -> CriterionOut:
        return cls(name=c.name, score=c.score, weight=c.weight, detail=c.detail)


class ExplanationOut(_Out):
    met: list[CheckOut]
    partial: list[CheckOut]
    missing: list[CheckOut]
    criteria: list[CriterionOut]
    versus_next: str = Field(description="why this candidate ranks above the next one")


class DimensionOut(_Out):
    score: float
    detail: str
    evidence: list[CitationOut]

    @classmethod
    def of_assessment(cls, assessment: Assessment) -> dict[str, DimensionOut]:
        return {name: cls(score=s.score, detail=s.detail,
                          evidence=[CitationOut.of(c) for c in s.citations])
                for name, s in assessment.scores.items()}


class MatchResultOut(_Out):
    rank: int
    candidate_id: str
    name: str
    role_id: str
    score: float
    criteria: dict[str, float] = Field(description="score per criterion, 0..1")
    explanation: ExplanationOut
    evidence: list[CitationOut]
    assessment: dict[str, DimensionOut] | None = Field(
        description="the rubric's score per dimension, where the role was assessed")

    @classmethod
    def of(cls, result: MatchResult, rank: int) -> MatchResultOut:
        ex = result.explanation
        return cls(
            rank=rank, candidate_id=result.candidate.id, name=result.candidate.display_name,
            role_id=result.role.id, score=result.score, criteria=result.criteria,
            explanation=ExplanationOut(
                met=[CheckOut.of(c) for c in ex.met],
                partial=[CheckOut.of(c) for c in ex.partial],
                missing=[CheckOut.of(c) for c in ex.missing],
                criteria=[CriterionOut.of(c) for c in ex.criteria],
                versus_next=ex.versus_next),
            evidence=[CitationOut.of(c) for check in ex.requirements for c in check.citations],
            assessment=DimensionOut.of_assessment(result.assessment)
            if result.assessment else None,
        )

    @classmethod
    def ranked(cls, results: list[MatchResult]) -> list[MatchResultOut]:
        """`results`, best first, with their ranks from 1."""
        return [cls.of(r, i) for i, r in enumerate(results, start=1)]


class RoleFitOut(MatchResultOut):
    """A role a candidate fits, as their list of roles gives it: the match, with the role
    named, so that two roles of one title read apart without asking for each."""

    role_title: str
    employer: str = Field(description="who posts the role (as RoleOut.employer)")
    place: str = Field(description="where the work is done, in words (as RoleOut.place)")

    @classmethod
    def fits(cls, results: list[MatchResult], employers: Mapping[str, str]) -> list[RoleFitOut]:
        """`results`, best first, ranked from 1; `employers`: ScopedServices.employers'."""
        return [cls(**dict(MatchResultOut.of(r, rank)), role_title=r.role.title,
                    employer=employers.get(r.role.id, r.role.company), place=r.role.place)
                for rank, r in enumerate(results, start=1)]


class RoleRefOut(_Out):
    id: str
    title: str
    company: str


class RejectedOut(_Out):
    candidate_id: str
    name: str
    reason: str

    @classmethod
    def of(cls, r: Rejection) -> RejectedOut:
        return cls(candidate_id=r.candidate.id, name=r.candidate.display_name, reason=r.reason)


class ReasonCountOut(_Out):
    reason: str
    count: int


class _Ranking(_Out):
    role: RoleRefOut
    pool_size: int = Field(description="people who may be matched (consent to matching)")
    results: list[MatchResultOut]

    @staticmethod
    def ranking_of(shortlist: Shortlist) -> _Ranking:
        role = shortlist.role
        return _Ranking(role=RoleRefOut(id=role.id, title=role.title, company=role.company),
                        pool_size=shortlist.pool_size,
                        results=MatchResultOut.ranked(shortlist.results))


class WholeShortlistOut(_Ranking):
    """A shortlist with every rejection: what `worldhire shortlist --json` prints."""

    rejected: list[RejectedOut]

    @classmethod
    def of(cls, shortlist: Shortlist) -> WholeShortlistOut:
        return cls(**dict(cls.ranking_of(shortlist)),
                   rejected=[RejectedOut.of(r) for r in shortlist.rejected])


class SampledShortlistOut(_Ranking):
    """A pool of thousands has thousands of rejections: counted by reason, a few shown."""

    rejected: list[RejectedOut] = Field(description="a sample of the rejections")
    rejected_count: int
    rejected_reasons: list[ReasonCountOut]

    @classmethod
    def of(cls, shortlist: Shortlist, sample: int = REJECTED_SAMPLE) -> SampledShortlistOut:
        reasons = Counter(r.reason for r in shortlist.rejected)
        return cls(**dict(cls.ranking_of(shortlist)),
                   rejected=[RejectedOut.of(r) for r in shortlist.rejected[:sample]],
                   rejected_count=len(shortlist.rejected),
                   rejected_reasons=[ReasonCountOut(reason=k, count=n)
                                     for k, n in reasons.most_common()])


class ShortlistOut(SampledShortlistOut):
    """The API's answer: the sampled shortlist and the audit entry recording it."""

    audit_entry: str = Field(description="the audit log's entry recording this decision")

    @classmethod
    def served(cls, sampled: SampledShortlistOut, audit_entry: str) -> Self:
        return cls(**dict(sampled), audit_entry=audit_entry)


class ComparedOut(_Out):
    """One candidate of a side-by-side comparison: their shortlist entry, where they live, and
    what the ranker found of each of the role's requirements (by its label; a requirement
    missing from `checks` was not checked)."""

    result: MatchResultOut
    place: str = Field(description="where the candidate lives, as their profile says it")
    checks: dict[str, CheckOut]


class ComparisonOut(_Out):
    """Two or three shortlisted candidates side by side on the role's criteria and
    requirements, in shortlist order."""

    role: RoleOut
    requirements: list[str] = Field(description="the role's requirements, in its order")
    candidates: list[ComparedOut]
