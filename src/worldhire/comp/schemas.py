"""Pay at the edges: what the API answers and the web app renders (the same models)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from worldhire.comp.support import LOW_DATA_ROWS

if TYPE_CHECKING:
    from worldhire.comp.cost import CostRow


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


SUPPORT = Field(
    description="Distinct salary rows with this role family, level and residence country: the "
    "rows behind the estimate (a repeated posting counts once)."
)
LOW_DATA = Field(
    description=f"Fewer than {LOW_DATA_ROWS} rows behind the estimate: it leans on broader "
    "groups (region, role family) and the first warning says so."
)


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
    support: int = SUPPORT
    low_data: bool = LOW_DATA
    groups: list[GroupSupportOut]
    borrowed_from: list[str]
    warnings: list[str]
    currencies: dict[str, float] = Field(
        default_factory=dict,
        description="The pay currency asked for (share 1) or, when none was, the currencies the "
        "country's salary rows are paid in, with their shares: the estimate is their mixture.",
    )


class PayCompareRow(BaseModel):
    """One country: the pay estimate there and what it costs the employer in total."""

    country: str
    p10: float
    p50: float
    p90: float
    support: int = SUPPORT
    low_data: bool = LOW_DATA
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
