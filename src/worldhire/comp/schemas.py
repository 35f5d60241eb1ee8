"""Pay at the edges: what the API answers and the web app renders (the same models)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from worldhire.comp.cost import CostRow


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class GroupSupportOut(_Out):
    term: str
    key: str
    rows: int
    own_weight: float


class PayEstimateOut(_Out):
    """Yearly pay p10/p50/p90 in USD, with the data behind it."""

    p10: float
    p50: float
    p90: float
    family: str
    level: str
    country: str | None
    company_location: str | None
    remote_ratio: int
    company_size: str
    year: int
    support: int  # distinct salary rows with this family, level and residence country
    low_data: bool  # support under comp.support.LOW_DATA_ROWS: a warning says so too
    groups: list[GroupSupportOut]
    borrowed_from: list[str]
    warnings: list[str]


class PayCompareRow(BaseModel):
    """One country: the pay estimate there and what it costs the employer in total."""

    country: str
    p10: float
    p50: float
    p90: float
    support: int
    low_data: bool
    contribution_rate: float
    cross_border: bool
    total_p10: float
    total_p50: float
    total_p90: float
    warnings: list[str]

    @classmethod
    def of(cls, r: CostRow) -> PayCompareRow:
        return cls(country=r.country, p10=r.estimate.p10, p50=r.estimate.p50,
                   p90=r.estimate.p90, support=r.estimate.support,
                   low_data=r.estimate.low_data,
                   contribution_rate=r.contribution_rate, cross_border=r.cross_border,
                   total_p10=r.total_p10, total_p50=r.total_p50, total_p90=r.total_p90,
                   warnings=list(r.estimate.warnings))
