"""Consent per purpose, recorded with time and source, and the check that refuses processing
without it. Sharing is consented to per named company; the latest record for a purpose decides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from worldhire.core.models import Candidate, Consent, ConsentPurpose, utcnow
from worldhire.governance.errors import ConsentRequired, GovernanceError
from worldhire.governance.retention_terms.repository import read_retention, write_retention
from worldhire.governance.store import Governance


def latest_consent(
    candidate: Candidate, purpose: ConsentPurpose, company: str | None = None
) -> Consent | None:
    records = [
        c for c in candidate.consents
        if c.purpose == purpose and (company is None or _same(c.company, company))
    ]
    return max(records, key=lambda c: c.at) if records else None


def has_consent(candidate: Candidate, purpose: ConsentPurpose, company: str | None = None) -> bool:
    if purpose is ConsentPurpose.SHARING and not company:
        raise GovernanceError("consent to sharing is given to a named company")
    record = latest_consent(candidate, purpose, company)
    return record is not None and record.granted


def require_consent(
    candidate: Candidate, purpose: ConsentPurpose, company: str | None = None
) -> None:
    if not has_consent(candidate, purpose, company):
        raise ConsentRequired(candidate.id, purpose, company)


def record_consent(
    gov: Governance,
    candidate_id: str,
    purpose: ConsentPurpose,
    *,
    granted: bool,
    source: str,
    company: str | None = None,
    at: datetime | None = None,
) -> Consent:
    if not source.strip():
        raise GovernanceError("say where the consent came from (a form, an e-mail, a call ...)")
    if purpose is ConsentPurpose.SHARING and not company:
        raise GovernanceError("consent to sharing names the company it is shared with")
    candidate = gov.repo.get_candidate(candidate_id)
    if candidate is None:
        raise GovernanceError(f"no candidate with id {candidate_id!r}")
    consent = Consent(purpose, granted, source.strip()[:300], at or utcnow(), company)
    candidate.consents.append(consent)
    gov.repo.save_candidate(candidate)
    if not granted:
        # Companies with the person in their pipeline must stop too: tell their webhooks.
        from worldhire.pipeline.webhooks import Webhooks

        # Queued, not sent: a receiver that never answers must not hold up the withdrawal.
        Webhooks.on(gov.repo).consent_withdrawn(gov.repo, candidate_id, purpose.value)
    return consent


# retention -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionTerms:
    days: int
    source: str
    at: datetime

    @property
    def until(self) -> datetime:
        return self.at + timedelta(days=self.days)


def set_retention(gov: Governance, candidate_id: str, days: int, *, source: str) -> RetentionTerms:
    """The period the person agreed their data may be kept, recorded as a retention consent."""
    if days < 1:
        raise GovernanceError("a retention period is at least one day")
    record_consent(gov, candidate_id, ConsentPurpose.RETENTION, granted=True, source=source)
    terms = RetentionTerms(days, source.strip()[:300], utcnow())
    write_retention(gov, candidate_id, days=days, source=terms.source, at=terms.at)
    return terms


def retention_terms(gov: Governance, candidate_id: str) -> RetentionTerms | None:
    found = read_retention(gov, candidate_id)
    return None if found is None else RetentionTerms(*found)


def _same(a: str | None, b: str) -> bool:
    return a is not None and a.strip().casefold() == b.strip().casefold()
