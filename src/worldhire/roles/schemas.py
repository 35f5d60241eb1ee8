"""Typed bodies and answers of roles: the API routes, the web pages and the CLI's --json."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from worldhire.core.models import NO_TITLE_WARNING, Budget, Requirement, Role, ZoneBand
from worldhire.ingest.posts.role import MAX_ALTERNATIVES, BudgetSpec, WorkHours, ZoneBandSpec
from worldhire.occupations.schemas import OccupationOut, occupation_out


class AlternativeOut(BaseModel):
    skill_id: str
    label: str


class ZoneBandOut(BaseModel):
    low: float = Field(description="the westmost UTC offset, in hours")
    high: float = Field(description="the eastmost UTC offset, in hours")
    quote: str = Field(description="the words of the post it was read from; empty if typed")
    described: str = Field(description='"UTC+1 to UTC+4"')

    @classmethod
    def of(cls, band: ZoneBand) -> ZoneBandOut:
        return cls(low=band.low, high=band.high, quote=band.quote, described=band.describe())


class RequirementOut(BaseModel):
    skill_id: str = Field(description="taxonomy id; 'text:...' for a requirement kept as words")
    label: str
    alternatives: list[AlternativeOut] = Field(description=(
        "other skills any one of which meets the requirement as well ('PyTorch or JAX')"))
    shown_as: str = Field(description="the requirement in words: 'PyTorch or JAX'")
    must: bool
    min_years: float | None
    quote: str = Field(description="the words of the post it was read from; empty if typed")
    confidence: float = Field(description="how sure the link to the taxonomy is, 0..1")
    needs_review: bool = Field(description="an uncertain link, kept as a nice-to-have")
    free_text: bool

    @classmethod
    def of(cls, q: Requirement) -> RequirementOut:
        return cls(skill_id=q.skill.id, label=q.skill.label,
                   alternatives=[AlternativeOut(skill_id=a.id, label=a.label)
                                 for a in q.alternatives],
                   shown_as=q.label, must=q.must, min_years=q.min_years,
                   quote=q.quote, confidence=q.confidence, needs_review=q.needs_review,
                   free_text=q.skill.id.startswith("text:"))


class BudgetOut(BaseModel):
    currency: str
    high: float
    low: float | None = Field(description="null for a ceiling ('up to ...')")
    period: str
    quote: str
    basis: str | None

    @classmethod
    def of(cls, b: Budget) -> BudgetOut:
        return cls(currency=b.currency, high=b.high, low=b.low, period=b.period, quote=b.quote,
                   basis=b.basis)


class RoleOut(BaseModel):
    id: str
    tenant_id: str
    title: str
    company: str
    employer: str = Field(description="who posts the role: the company, and the account that "
                          "posted it where that is another name (the company when unnamed)")
    description: str
    seniority: str
    requirements: list[RequirementOut]
    timezone: str
    work_hours: WorkHours = Field(description="the window the hire shares, in the overlap zone")
    min_overlap_hours: float
    overlap_timezone: str = Field(description=(
        "the zone of the team whose hours the hire shares: the role's own zone unless the post "
        "names a team elsewhere"))
    zone_band: ZoneBandOut | None = Field(description="the UTC offsets people must work from; "
                                          "null: any zone")
    min_years: float | None
    budget_usd_year: float | None = Field(description="the budget's top in USD a year")
    budget: BudgetOut | None
    remote_policy: str
    visa_sponsorship: bool | None = Field(description="null: the post does not say")
    allowed_countries: list[str]
    location_country: str | None
    place: str = Field(description='where the work is done, in words: "remote, anywhere", '
                       '"remote from PL, RO", "hybrid in DE"')
    status: Literal["open", "closed", "archived"] | str
    created_at: str
    updated_at: str | None
    updated_by: str | None = Field(description="who last changed the role, by id")
    updated_by_name: str | None = Field(description=(
        "who last changed the role, as a person reads it (as the audit log's actor_name)"))
    occupation: OccupationOut | None
    warnings: list[str] = Field(default_factory=list, description=(
        "what the recruiter should fix: a role read from a post that names no job title has "
        "an empty title and says so here"))

    @classmethod
    def of(cls, r: Role, names: Callable[[str | None], str], employer: str | None = None
           ) -> RoleOut:
        """`names`: the reader's ActorNames; `employer`: ScopedServices.employers' name for the
        role, the company by default."""
        return cls(
            id=r.id, tenant_id=r.tenant_id, title=r.title, company=r.company,
            employer=r.company if employer is None else employer,
            description=r.description, seniority=r.seniority.value,
            requirements=[RequirementOut.of(q) for q in r.requirements], timezone=r.timezone,
            work_hours=WorkHours(start=r.work_start_hour, end=r.work_end_hour),
            min_overlap_hours=r.min_overlap_hours, overlap_timezone=r.team_timezone,
            zone_band=ZoneBandOut.of(r.zone_band) if r.zone_band else None,
            min_years=r.min_years, budget_usd_year=r.budget_usd_year,
            budget=BudgetOut.of(r.budget) if r.budget else None,
            remote_policy=r.remote_policy.value, visa_sponsorship=r.visa_sponsorship,
            allowed_countries=r.allowed_countries, location_country=r.location_country,
            place=r.place, status=r.status, created_at=r.created_at.isoformat(),
            updated_at=r.updated_at.isoformat() if r.updated_at else None,
            updated_by=r.updated_by,
            updated_by_name=names(r.updated_by) if r.updated_by else None,
            occupation=occupation_out(r.occupation, digits=3),
            warnings=[NO_TITLE_WARNING] if r.title_missing else [],
        )


class RoleEdit(BaseModel):
    """The fields to change; those left out stay as they are."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=200)
    company: str | None = Field(default=None, max_length=200)
    company_country: str | None = Field(default=None, max_length=60)
    description: str | None = Field(default=None, max_length=50_000)
    seniority: str | None = Field(default=None, max_length=20)
    timezone: str | None = Field(default=None, max_length=64)
    work_hours: WorkHours | None = None
    min_overlap_hours: float | None = Field(default=None, ge=0, le=24)
    overlap_timezone: str | None = Field(default=None, max_length=64, description=(
        "the zone of a team elsewhere whose hours the hire shares (work_hours are in it); the "
        "role's own zone or null: the team works in the role's zone"))
    zone_band: ZoneBandSpec | None = Field(default=None, description=(
        "{low, high}: the UTC offsets people must work from; null removes the band"))
    budget_usd_year: float | None = Field(default=None, gt=0, le=10_000_000)
    budget: BudgetSpec | None = None
    remote_policy: Literal["remote", "hybrid", "onsite"] | None = None
    visa_sponsorship: bool | None = None
    allowed_countries: list[str] | None = Field(default=None, max_length=300)
    min_years: float | None = Field(default=None, ge=0, le=50)


class RequirementIn(BaseModel):
    """A skill by name ("PyTorch") or taxonomy id ("wh:pytorch")."""

    model_config = ConfigDict(extra="forbid")

    skill: str = Field(default="", max_length=200)
    skill_id: str | None = Field(default=None, max_length=120)
    must: bool = True
    min_years: float | None = Field(default=None, ge=0, le=50)
    alternatives: list[str] = Field(default_factory=list, max_length=MAX_ALTERNATIVES, description=(
        "other skills (names or ids) any one of which meets it as well: 'PyTorch or JAX' is "
        "skill 'PyTorch', alternatives ['JAX']"))
