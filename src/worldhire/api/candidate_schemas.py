"""Typed answers of the candidate routes (the plain views in api/views.py and identity/views.py
are what they validate)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from worldhire.api.role_schemas import OccupationOut
from worldhire.governance.schemas import ConsentOut
from worldhire.identity.schemas import HoursOut, VersionSummaryOut


class _Out(BaseModel):
    # A key the view writes and the schema lacks fails loudly instead of vanishing from answers.
    model_config = ConfigDict(extra="forbid")


class PayOut(_Out):
    currency: str
    low: float
    high: float
    period: str
    period_stated: bool
    basis: str | None
    quote: str = Field(description="the pay as written")
    usd_year: float | None
    fx_date: str | None = Field(description="the date of the FX rate used for usd_year")
    description: str


class EvidenceSkillOut(_Out):
    skill_id: str
    label: str
    score: float
    snippet: str


class EvidenceOut(_Out):
    id: str
    kind: str
    title: str
    organization: str | None
    start: str | None
    end: str | None
    url: str | None
    text: str
    skills: list[EvidenceSkillOut]
    occupation: OccupationOut | None


class CandidateSummaryOut(_Out):
    """A candidate in a list: who, where, and the skills found."""

    id: str
    name: str
    name_stated: bool = Field(description="false: the name shown is a placeholder")
    headline: str
    location: str | None
    country: str | None
    timezone: str | None
    years_experience: float | None
    skills: list[str]
    tenant_id: str | None = Field(description="null for a platform profile")
    created_at: str


class CandidateOut(CandidateSummaryOut):
    """The whole profile; e-mail and phone are null without consent to outreach."""

    email: str | None
    phone: str | None
    languages: list[str]
    work_authorization: list[str]
    needs_sponsorship: bool | None
    pay_expectation_usd: float | None
    pay_stated: PayOut | None
    summary: str
    links: list[str]
    work_hours: HoursOut
    evidence: list[EvidenceOut]
    consents: list[ConsentOut]
    versions: list[VersionSummaryOut]


class ErasureOut(_Out):
    candidate_id: str
    profile_deleted: bool
    key_destroyed: bool = Field(description="the key sealing the audit log's words about them")
    hooks: dict[str, int] = Field(description="entries removed from each index or cache")
    suppressed_identifiers: int
    webhook_deliveries_removed: int
