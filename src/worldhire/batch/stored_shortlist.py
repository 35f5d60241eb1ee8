"""A person on a role's stored shortlist, and why the batch re-match put them there: stored with
the row, shown in their subject-access export. Below the re-match and the governance records that
both read it."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel


class ShortlistWhyOut(BaseModel):
    """Why the batch re-match put a person on a role's stored shortlist: each criterion's score
    and the requirements met, partly met and missing."""

    criteria: dict[str, float]
    met: list[str]
    partial: list[str]
    missing: list[str]


@dataclass(frozen=True)
class ScoredPair:
    candidate_id: str
    score: float
    criteria: ShortlistWhyOut
