"""The market at the edges: what the API answers, the CLI prints with --json and the HTML report
embeds (the same models)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from worldhire.comp.support import LOW_DATA_ROWS

if TYPE_CHECKING:
    from worldhire.market.figures import MarketReport
    from worldhire.market.gaps import LeftOut, SkillGap
    from worldhire.market.supply import SkillBalance


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class SkillBalanceOut(_Out):
    skill_id: str = Field(description="taxonomy id; for a requirement any one of several skills "
                          "meets ('PyTorch or JAX'), their ids joined by '|'")
    label: str
    demand: int
    must_demand: int
    supply: int
    supply_per_role: float

    @classmethod
    def many(cls, skills: Sequence[SkillBalance]) -> list[SkillBalanceOut]:
        return [cls.model_validate(s) for s in skills]


class FamilyOut(_Out):
    family: str
    roles: int
    candidates: int


class OccupationBalanceOut(_Out):
    """An ESCO occupation with the open roles and the candidates the market view counts for it."""

    uri: str
    label: str
    isco_code: str
    roles: int
    candidates: int


class IscoGroupOut(_Out):
    code: str
    label: str
    roles: int
    candidates: int


class RegionOut(BaseModel):
    region: str
    open_roles: int
    candidates: int
    holders: dict[str, int]


class _PayFiguresOut(_Out):
    """The comp model's yearly p10/p50/p90 in USD with the salary rows behind them; each
    subclass says which rows those are."""

    p10: float
    p50: float
    p90: float
    support: int = Field(description="Distinct salary rows behind the figures (the model's "
                         "description says which).")
    low_data: bool = Field(description=f"Fewer than {LOW_DATA_ROWS} rows behind the figures.")


class RegionPayOut(_PayFiguresOut):
    """One role across a region: the median of its countries' figures; support is the sum of
    their supports."""

    role_title: str
    region: str
    countries: list[str]


class CountryPayOut(_PayFiguresOut):
    """One open role in one country the pool lives in: the figures /pay/estimate answers for
    the same title, level, country and company country; support is the distinct salary rows
    with the role's family and level in the country."""

    role_id: str
    role_title: str
    level: str | None = Field(description="The role's level; null: read from its title.")
    company_location: str | None = Field(description="The role's company country; null: a "
                                         "company in the person's own country.")
    region: str
    country: str
    warnings: list[str]


class YearTrendOut(_Out):
    year: int
    rows: int
    median_usd: float
    p25_usd: float
    p75_usd: float


class MarketOut(BaseModel):
    """Demand against supply by skill, family, occupation and region; pay; trends."""

    generated_at: datetime
    open_roles: int
    candidates: int
    skills: list[SkillBalanceOut]
    scarcest: list[str]
    families: list[FamilyOut]
    occupations: list[OccupationBalanceOut]
    isco_groups: list[IscoGroupOut]
    regions: list[RegionOut]
    region_pay: list[RegionPayOut]
    country_pay: list[CountryPayOut]
    trends: list[YearTrendOut]

    @classmethod
    def of(cls, report: MarketReport) -> MarketOut:
        v = report.view
        return cls(
            generated_at=report.generated_at, open_roles=v.open_roles, candidates=v.candidates,
            skills=SkillBalanceOut.many(v.skills),
            scarcest=[s.skill_id for s in v.scarcest()],
            families=[FamilyOut.model_validate(f) for f in v.families],
            occupations=[OccupationBalanceOut.model_validate(o) for o in v.occupations],
            isco_groups=[IscoGroupOut.model_validate(g) for g in v.isco_groups],
            regions=[RegionOut(region=r.region, open_roles=r.open_roles, candidates=r.candidates,
                               holders=dict(r.holders)) for r in v.regions],
            region_pay=[RegionPayOut.model_validate(p) for p in report.region_pay],
            country_pay=[CountryPayOut.model_validate(p) for p in report.country_pay],
            trends=[YearTrendOut.model_validate(t) for t in report.trends],
        )

    def scarce(self, top: int) -> list[SkillBalanceOut]:
        """The `top` scarcest skills' balances, scarcest first."""
        by_id = {s.skill_id: s for s in self.skills}
        return [by_id[i] for i in self.scarcest[:top]]


class RoleGainOut(_Out):
    role_id: str
    role_title: str
    gain: float
    must: bool
    status: str = Field(description="what the ranker found of the requirement in this role: "
                        "missing, or partial (see note)")
    note: str = Field(description="why it is partial: listed but not shown in work, fewer "
                      "years than asked, a related skill only; empty when missing")


class LeftOutRoleOut(_Out):
    role_id: str
    role_title: str


class SkillGapOut(_Out):
    """A skill that would raise the candidate's fit, by how much and for which roles."""

    skill_id: str
    label: str
    status: str
    note: str
    total_gain: float
    roles: list[RoleGainOut]

    @classmethod
    def many(cls, gaps: Sequence[SkillGap]) -> list[SkillGapOut]:
        return [cls.model_validate(g) for g in gaps]


class LeftOutOut(_Out):
    """A hard filter that leaves the candidate out of open roles, and of how many: the gaps
    are read only against the roles the candidate passes."""

    reason: str
    roles: int = Field(description="how many open roles the reason leaves the candidate out of")
    left_out_of: list[LeftOutRoleOut] = Field(description="those roles, among the caller's")

    @classmethod
    def many(cls, reasons: Sequence[LeftOut]) -> list[LeftOutOut]:
        return [cls(reason=o.reason, roles=len(o.roles),
                    left_out_of=[LeftOutRoleOut.model_validate(r) for r in o.roles])
                for o in reasons]
