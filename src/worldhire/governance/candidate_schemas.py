"""Typed answers of the candidate routes; the web pages and the CLI's --json show the same."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Self

from pydantic import BaseModel, ConfigDict, Field

from worldhire.core.models import Candidate, ResumeVersion, StatedPay
from worldhire.governance.schemas import ConsentOut
from worldhire.identity.schemas import HoursOut, VersionSummaryOut
from worldhire.occupations.schemas import OccupationOut, occupation_out
from worldhire.store.protocol import CandidateSummary


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

    @classmethod
    def of(cls, pay: StatedPay) -> PayOut:
        """The pay as written and its USD reading, with the date of the FX rate used."""
        return cls(currency=pay.currency, low=pay.low, high=pay.high, period=pay.period,
                   period_stated=pay.period_stated, basis=pay.basis, quote=pay.quote,
                   usd_year=pay.usd_year,
                   fx_date=pay.fx_date.isoformat() if pay.fx_date else None,
                   description=pay.describe())


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

    @classmethod
    def of_candidate(cls, c: Candidate) -> list[EvidenceOut]:
        """Each evidence item of `c` with the skills found in it."""
        by_item: dict[str | None, list[EvidenceSkillOut]] = {}
        for m in c.skills:
            by_item.setdefault(m.evidence_id, []).append(EvidenceSkillOut(
                skill_id=m.skill.id, label=m.skill.label, score=round(m.score, 3),
                snippet=m.snippet))
        return [
            cls(id=e.id, kind=e.kind.value, title=e.title, organization=e.organization,
                start=e.start.isoformat() if e.start else None,
                end=e.end.isoformat() if e.end else None, url=e.url, text=e.text,
                skills=by_item.get(e.id, []), occupation=occupation_out(e.occupation, digits=3))
            for e in c.evidence
        ]


class _CandidateFields(_Out):
    """Who, where, pay, and the skills found: a list row's fields, which a profile's answer
    opens with."""

    id: str
    name: str
    name_stated: bool = Field(description="false: the name shown is a placeholder")
    headline: str
    location: str | None
    country: str | None
    timezone: str | None
    years_experience: float | None
    pay_expectation_usd: float | None
    pay_stated: PayOut | None
    skills: list[str] = Field(description="the distinct skills found, strongest first")
    tenant_id: str | None = Field(description="null for a platform profile")
    created_at: str


class CandidateSummaryOut(_CandidateFields):
    """A candidate in a list (the API's pages, the web list, `candidates list --json`): who,
    where, pay, and the skills found."""

    @classmethod
    def of(cls, c: CandidateSummary) -> Self:
        return cls(id=c.id, name=c.display_name, name_stated=bool(c.name), headline=c.headline,
                   location=c.location, country=c.country, timezone=c.timezone,
                   years_experience=c.years_experience,
                   pay_expectation_usd=c.pay_expectation_usd,
                   pay_stated=PayOut.of(c.pay_stated) if c.pay_stated else None,
                   skills=list(dict.fromkeys(s.label for s in c.skills)),  # strongest first
                   tenant_id=c.tenant_id, created_at=c.created_at.isoformat())


class CandidateDetailOut(_CandidateFields):
    """The whole profile as the web pages and `worldhire candidates show --json` show it;
    e-mail and phone are null without consent to outreach."""

    email: str | None
    phone: str | None
    other_phones: list[str] = Field(description="more numbers the person gave (a landline, a "
                                    "WhatsApp number); empty without consent to outreach")
    languages: list[str]
    work_authorization: list[str]
    needs_sponsorship: bool | None
    summary: str
    links: list[str]
    work_hours: HoursOut
    evidence: list[EvidenceOut]
    consents: list[ConsentOut]

    @classmethod
    def of(cls, c: Candidate, *, contact: bool = True) -> Self:
        """Without `contact` (see `ScopedServices.may_contact`) the e-mail and phone are
        null."""
        return cls(
            **dict(CandidateSummaryOut.of(CandidateSummary.of(c))),
            email=c.email if contact else None, phone=c.phone if contact else None,
            other_phones=list(c.other_phones) if contact else [], languages=c.languages,
            work_authorization=c.work_authorization,
            needs_sponsorship=c.needs_sponsorship, summary=c.summary, links=c.links,
            work_hours=HoursOut.of(c.work_start_hour, c.work_end_hour),
            evidence=EvidenceOut.of_candidate(c), consents=ConsentOut.of_candidate(c),
        )


class CandidateOut(CandidateDetailOut):
    """The whole profile with the résumé files it was read from."""

    versions: list[VersionSummaryOut]

    @classmethod
    def of(cls, c: Candidate, *, contact: bool = True,
           versions: Sequence[ResumeVersion] = ()) -> Self:
        return cls(**dict(CandidateDetailOut.of(c, contact=contact)),
                   versions=[VersionSummaryOut.of(v, contact=contact) for v in versions])
