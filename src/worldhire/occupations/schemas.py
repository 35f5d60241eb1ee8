"""An ESCO occupation at the edges: what a job title or a role was taken to be."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from worldhire.core.models import SURE_OCCUPATION, OccupationRef

if TYPE_CHECKING:
    from worldhire.occupations.service import OccupationMatch


class OccupationOut(BaseModel):
    """An ESCO 1.1.1 occupation with its ISCO-08 unit group and the matcher's probability."""

    model_config = ConfigDict(extra="forbid")

    uri: str
    label: str
    isco_code: str
    score: float
    sure: bool = Field(description="the matcher is sure enough to name it (score at least "
                       f"{SURE_OCCUPATION}: below, its best guess is mostly wrong); pages show "
                       "only sure ones")


def occupation_out(ref: OccupationRef | None, *, digits: int | None = None
                   ) -> OccupationOut | None:
    """`ref` as answered; `digits` rounds the probability (profiles and roles show 3 digits,
    résumé versions and the subject-access export the value as stored)."""
    if ref is None:
        return None
    score = ref.score if digits is None else round(ref.score, digits)
    return OccupationOut(uri=ref.uri, label=ref.label, isco_code=ref.isco_code, score=score,
                         sure=ref.sure)


class TitleOccupationOut(BaseModel):
    """An occupation a title may be, with its ISCO group's name (`titles normalize`)."""

    uri: str
    label: str
    isco_code: str
    isco_label: str
    score: float


class NormalizedTitleOut(BaseModel):
    """A title as written, cleaned, and the occupations it maps to, best first."""

    title: str
    cleaned: str
    occupations: list[TitleOccupationOut]

    @classmethod
    def of(cls, title: str, cleaned: str, matches: Sequence[OccupationMatch]
           ) -> NormalizedTitleOut:
        return cls(title=title, cleaned=cleaned, occupations=[
            TitleOccupationOut(uri=m.uri, label=m.label, isco_code=m.isco_code,
                               isco_label=m.isco_label, score=m.score) for m in matches])
