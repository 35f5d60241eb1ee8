"""Retention: erase everyone whose data is past its retention period. A person's period is the
one they agreed to (a retention consent with a number of days); without one, the default period
runs from the last update of their profile; withdrawing retention consent makes it due at once."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from worldhire.core.models import Candidate, ConsentPurpose, utcnow
from worldhire.governance.consent import latest_consent, retention_terms
from worldhire.governance.erasure import erase_candidate, purge_pending
from worldhire.governance.failures import failure_code
from worldhire.governance.purges.repository import compact_databases
from worldhire.governance.store import Governance

# WORLDHIRE_RETENTION_DAYS (Settings.retention_days) overrides it for a deployment.
DEFAULT_RETENTION_DAYS = 730


@dataclass(frozen=True)
class Due:
    candidate_id: str
    deadline: datetime
    reason: str
    # Why the erasure did not finish (the error's class; its text stays on the pending purge).
    failed: str | None = None


def all_candidates(gov: Governance) -> list[Candidate]:
    found = gov.repo.list_candidates(None)
    for tenant in gov.repo.list_tenants():
        found += gov.repo.list_candidates(tenant.id, include_platform=False)
    return found


def deadline(gov: Governance, candidate: Candidate, default_days: int) -> tuple[datetime, str]:
    consent = latest_consent(candidate, ConsentPurpose.RETENTION)
    if consent is not None and not consent.granted:
        return consent.at, "retention consent withdrawn"
    terms = retention_terms(gov, candidate.id)
    if terms is not None:
        return terms.until, f"agreed period of {terms.days} days ended"
    until = candidate.updated_at + timedelta(days=default_days)
    return until, f"default period of {default_days} days since the last update ended"


def due_for_erasure(
    gov: Governance, *, now: datetime | None = None, default_days: int = DEFAULT_RETENTION_DAYS
) -> list[Due]:
    now = now or utcnow()
    days = default_days
    due = []
    for candidate in all_candidates(gov):
        until, reason = deadline(gov, candidate, days)
        if until <= now:
            due.append(Due(candidate.id, until, reason))
    return sorted(due, key=lambda d: (d.deadline, d.candidate_id))


def run_retention(
    gov: Governance,
    *,
    now: datetime | None = None,
    default_days: int = DEFAULT_RETENTION_DAYS,
    dry_run: bool = False,
) -> list[Due]:
    """What is (or, with `dry_run`, would be) erased; the files are compacted once at the end.
    A person whose erasure fails is returned with `failed` set, and stays pending for the next
    run or `privacy purges --retry`."""
    due = due_for_erasure(gov, now=now, default_days=default_days)
    if dry_run:
        return due
    done = []
    for item in due:
        try:
            erase_candidate(gov, item.candidate_id, compact=False)
        except Exception as exc:  # kept pending with its error; the others are still erased
            item = replace(item, failed=failure_code(exc))
        done.append(item)
    # Earlier erasures whose purges failed are retried by every run, not only by one that
    # erases someone.
    retried = purge_pending(gov)
    if due or retried.counts or retried.swept:
        compact_databases(gov)
    return done
