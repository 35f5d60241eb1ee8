"""Résumé versions at the edges: the typed answers of the API and the subject-access export
(the plain views in identity/views.py are what they validate)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    # A key the view writes and the schema lacks fails loudly instead of vanishing from answers.
    model_config = ConfigDict(extra="forbid")


class HoursOut(_Out):
    start: float | None
    end: float | None


class VersionSummaryOut(_Out):
    id: str
    file_name: str
    content_hash: str
    source: str
    parsed_at: str
    name: str
    email: str | None = Field(description="null without consent to outreach")
    phone: str | None = Field(description="null without consent to outreach")
    headline: str
    evidence: int = Field(description="evidence items read from the file")
    skills: int = Field(description="distinct skills read from the file")


class VersionProfileOut(_Out):
    name: str
    email: str | None
    phone: str | None
    location: str | None
    country: str | None
    timezone: str | None
    languages: list[str]
    work_authorization: list[str]
    needs_sponsorship: bool | None
    pay_expectation_usd: float | None
    years_experience: float | None
    headline: str
    summary: str
    links: list[str]
    work_hours: HoursOut
    available_from: str | None
    created_at: str
    updated_at: str


class OccupationViewOut(_Out):
    """What a job title was taken to be in ESCO, with the matcher's probability."""

    uri: str
    label: str
    isco_code: str
    score: float


class VersionEvidenceOut(_Out):
    id: str
    kind: str
    title: str
    text: str
    organization: str | None
    start: str | None
    end: str | None
    url: str | None
    occupation: OccupationViewOut | None


class VersionOut(_Out):
    """Everything one file said, as it was read."""

    id: str
    file_name: str
    content_hash: str
    source: str
    parsed_at: str
    name: str
    email: str | None
    phone: str | None
    headline: str
    profile: VersionProfileOut
    evidence: list[VersionEvidenceOut]
    skills: list[str]
