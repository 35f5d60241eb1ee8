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


class _VersionHead(_Out):
    """What a version says about itself: the file and who it names."""

    id: str
    file_name: str
    content_hash: str
    source: str
    parsed_at: str
    name: str
    email: str | None = Field(description="null without consent to outreach")
    phone: str | None = Field(description="null without consent to outreach")
    headline: str


class VersionSummaryOut(_VersionHead):
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


class DocumentOut(_Out):
    """The résumé file as received: its text as extracted, and whether the original is kept
    (download it from `/candidates/{id}/versions/{version_id}/original`)."""

    media_type: str = Field(description="of the original file")
    text: str
    original_kept: bool
    original_bytes: int | None
    original_base64: str | None = Field(
        None, description="the file itself: in the subject-access export only")


class VersionOut(_VersionHead):
    """Everything one file said, as it was read."""

    document: DocumentOut | None = Field(
        description="null for a row of a bulk file, a version stored before documents were "
                    "kept, or without consent to outreach (the document states contact data)")
    profile: VersionProfileOut
    evidence: list[VersionEvidenceOut]
    skills: list[str]


class DuplicateOut(_Out):
    """Another profile of the same pool that may be the same person."""

    id: str
    name: str
    headline: str
    country: str | None
    reasons: list[str] = Field(description="strongest first: same e-mail address, profile "
                                           "link, phone number, or name and country")


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    other_id: str = Field(max_length=40, description="the profile that goes into this one")
    take: list[str] = Field(default_factory=list, max_length=10, description=(
        "fields to take from the other profile: name, email, phone, location, country, "
        "timezone, headline, summary, years_experience, links; the rest stays this profile's "
        "where it states them"))


class MergeOut(_Out):
    """What moved, as the audit entry records it."""

    kept: str
    merged: str
    fields_taken: list[str]
    versions: int = Field(description="résumé versions moved")
    applications: int = Field(description="applications moved, with moves, notes, scorecards")
    evidence: int = Field(description="evidence items the kept profile gained")
    consents_withdrawn: list[str] = Field(description=(
        "purposes only one of the two had agreed to: withdrawn, so a merge never widens "
        "consent"))
