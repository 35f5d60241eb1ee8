"""A filled scorecard at the edges. The subject-access export (governance) shows scorecards with
it, and the pipeline's use cases import governance: it stands apart from pipeline/schemas.py,
whose models name those use cases, so governance reads it without a way back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Self

from pydantic import BaseModel, Field

from worldhire.pipeline.models import Scorecard


class RatingOut(BaseModel):
    skill_id: str
    requirement: str
    rating: int
    evidence: str


class ScorecardOut(BaseModel):
    """A filled scorecard as the API, the CLI's --json and the subject-access export show it."""

    id: str
    interviewer: str = Field(description="who filled it: a user's id, or the name given")
    interviewer_name: str = Field(description="who filled it, as a person reads it")
    stage: str
    summary: str
    mean: float
    at: datetime
    ratings: list[RatingOut]

    @classmethod
    def of(cls, s: Scorecard, names: Callable[[str | None], str]) -> Self:
        return cls(id=s.id, interviewer=s.interviewer, interviewer_name=names(s.interviewer),
                   stage=s.stage, summary=s.summary,
                   mean=round(s.mean, 3), at=s.at,
                   ratings=[RatingOut(skill_id=r.skill_id, requirement=r.label,
                                      rating=r.rating, evidence=r.evidence) for r in s.ratings])
