"""Résumé versions at the edges: the typed answers of the API, the CLI's --json and the
subject-access export."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from worldhire.core.models import Candidate, EvidenceItem, ResumeDocument, ResumeVersion
from worldhire.occupations.schemas import OccupationOut, occupation_out

if TYPE_CHECKING:
    from worldhire.identity.merge import MergeReport


class _Out(BaseModel):
    # A key the view writes and the schema lacks fails loudly instead of vanishing from answers.
    model_config = ConfigDict(extra="forbid")


class HoursOut(_Out):
    start: float | None
    end: float | None

    @classmethod
    def of(cls, start: float | None, end: float | None) -> HoursOut:
        return cls(start=start, end=end)


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


    @staticmethod
    def fields_of(v: ResumeVersion, *, contact: bool) -> dict[str, str | None]:
        """The head of `v`; without `contact` (see `ScopedServices.may_contact`) the e-mail and
        phone are null."""
        p = v.profile
        return {"id": v.id, "file_name": v.file_name, "content_hash": v.content_hash,
                "source": v.source, "parsed_at": v.parsed_at.isoformat(), "name": p.name,
                "email": p.email if contact else None, "phone": p.phone if contact else None,
                "headline": p.headline}


class VersionSummaryOut(_VersionHead):
    evidence: int = Field(description="evidence items read from the file")
    skills: int = Field(description="distinct skills read from the file")

    @classmethod
    def of(cls, v: ResumeVersion, *, contact: bool = True) -> VersionSummaryOut:
        return cls.model_validate({
            **cls.fields_of(v, contact=contact), "evidence": len(v.profile.evidence),
            "skills": len({m.skill.id for m in v.profile.skills})})


class VersionProfileOut(_Out):
    name: str
    email: str | None
    phone: str | None
    other_phones: list[str] = Field(description="empty without consent to outreach")
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

    @classmethod
    def of(cls, p: Candidate, *, contact: bool) -> VersionProfileOut:
        return cls(
            name=p.name, email=p.email if contact else None,
            phone=p.phone if contact else None,
            other_phones=list(p.other_phones) if contact else [], location=p.location,
            country=p.country,
            timezone=p.timezone, languages=p.languages,
            work_authorization=p.work_authorization, needs_sponsorship=p.needs_sponsorship,
            pay_expectation_usd=p.pay_expectation_usd, years_experience=p.years_experience,
            headline=p.headline, summary=p.summary, links=p.links,
            work_hours=HoursOut.of(p.work_start_hour, p.work_end_hour),
            available_from=p.available_from.isoformat() if p.available_from else None,
            created_at=p.created_at.isoformat(), updated_at=p.updated_at.isoformat(),
        )


class VersionEvidenceOut(_Out):
    id: str
    kind: str
    title: str
    text: str
    organization: str | None
    start: str | None
    end: str | None
    url: str | None
    occupation: OccupationOut | None

    @classmethod
    def of(cls, e: EvidenceItem) -> VersionEvidenceOut:
        return cls(id=e.id, kind=e.kind.value, title=e.title, text=e.text,
                   organization=e.organization,
                   start=e.start.isoformat() if e.start else None,
                   end=e.end.isoformat() if e.end else None, url=e.url,
                   occupation=occupation_out(e.occupation))


class DocumentOut(_Out):
    """The résumé file as received: its text as extracted, and whether the original is kept
    (download it from `/candidates/{id}/versions/{version_id}/original`)."""

    media_type: str = Field(description="of the original file")
    text: str
    original_kept: bool
    original_bytes: int | None
    original_base64: str | None = Field(
        None, description="the file itself: in the subject-access export only")

    @classmethod
    def of(cls, d: ResumeDocument, *, original: bool = False) -> DocumentOut:
        """With `original` (the subject-access export), the file itself in base64."""
        return cls(media_type=d.media_type, text=d.text, original_kept=d.original is not None,
                   original_bytes=None if d.original is None else len(d.original),
                   original_base64=None if d.original is None or not original
                   else base64.b64encode(d.original).decode("ascii"))


class VersionOut(_VersionHead):
    """Everything one file said, as it was read."""

    document: DocumentOut | None = Field(
        description="null for a row of a bulk file, a version stored before documents were "
                    "kept, or without consent to outreach (the document states contact data)")
    profile: VersionProfileOut
    evidence: list[VersionEvidenceOut]
    skills: list[str]

    @classmethod
    def of(cls, v: ResumeVersion, *, contact: bool = True, original: bool = False
           ) -> VersionOut:
        """Everything `v` said (contact data as in `fields_of`), and, where loaded, the file as
        received (it states the contact data too)."""
        p = v.profile
        return cls.model_validate({
            **cls.fields_of(v, contact=contact),
            "document": DocumentOut.of(v.document, original=original)
            if contact and v.document is not None else None,
            "profile": VersionProfileOut.of(p, contact=contact),
            "evidence": [VersionEvidenceOut.of(e) for e in p.evidence],
            "skills": sorted({m.skill.label for m in p.skills}),
        })


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

    @classmethod
    def of(cls, r: MergeReport) -> MergeOut:
        return cls(kept=r.kept, merged=r.merged, fields_taken=r.fields_taken,
                   versions=r.versions, applications=r.applications, evidence=r.evidence,
                   consents_withdrawn=r.consents_withdrawn)
