"""Match results and shortlists at the edges: the typed answers of the API (the plain views in
match/views.py are what they validate)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    # A key the view writes and the schema lacks fails loudly instead of vanishing from answers.
    model_config = ConfigDict(extra="forbid")


class CitationOut(_Out):
    evidence_id: str | None
    evidence_title: str
    snippet: str = Field(description="the words of the evidence that support the claim")


class CheckOut(_Out):
    requirement: str
    must: bool
    status: str = Field(description="met, partial or missing")
    credit: float = Field(description="0..1")
    via: str | None = Field(description="the adjacent skill behind a partial match")
    note: str
    needs_review: bool = Field(description="the role's link for this requirement is uncertain")
    evidence: list[CitationOut]


class CriterionOut(_Out):
    name: str
    score: float
    weight: float
    detail: str


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


class RoleRefOut(_Out):
    id: str
    title: str
    company: str


class RejectedOut(_Out):
    candidate_id: str
    name: str
    reason: str


class ReasonCountOut(_Out):
    reason: str
    count: int


class ShortlistOut(_Out):
    role: RoleRefOut
    pool_size: int = Field(description="people who may be matched (consent to matching)")
    results: list[MatchResultOut]
    rejected: list[RejectedOut] = Field(description="a sample of the rejections")
    rejected_count: int
    rejected_reasons: list[ReasonCountOut]
    audit_entry: str = Field(description="the audit log's entry recording this decision")
