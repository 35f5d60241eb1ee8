"""Erasure: remove a person's data from the store, from every index or cache outside it (the
purgers the composition root gives `Governance`, worldhire.bootstrap.erasure_purgers), and from
the audit trail by destroying their key (crypto-shredding), then compact the SQLite files so
nothing lingers in free pages or the write-ahead log.

Indexes and caches are expected to key their entries by candidate id only (a pseudonym), so a
purge by id is complete."""

from __future__ import annotations

from dataclasses import dataclass, field

from worldhire.batch.repository import forget_candidate as forget_batch_rows
from worldhire.core.models import Candidate
from worldhire.governance.repository import (
    SubjectKeys,
    compact_databases,
    forget_governance_rows,
    scrub_ingest_ledger,
)
from worldhire.governance.store import Governance
from worldhire.identity.keys import FILE, Identity
from worldhire.identity.suppression import SuppressionList
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.webhooks import Webhooks


@dataclass
class ErasureReport:
    candidate_id: str
    profile_deleted: bool
    key_destroyed: bool
    ledger_rows: int
    governance_rows: int
    suppressed: int = 0  # identifier hashes put on the suppression list
    webhook_deliveries: int = 0  # deliveries whose body named the person
    hooks: dict[str, int] = field(default_factory=dict)
    compacted: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.profile_deleted or self.key_destroyed or self.ledger_rows > 0


def erase_candidate(
    gov: Governance, candidate_id: str, *, compact: bool = True, suppress: bool = False
) -> ErasureReport:
    """`suppress`: the erasure was asked for (not a retention period running out), so the
    person's identifiers go on the suppression list, as salted hashes, and the next import of
    their files skips them."""
    candidate = gov.repo.get_candidate(candidate_id)
    suppressed = _suppress(gov, candidate) if suppress and candidate is not None else 0
    # Before the profile and applications go: they tell what names the person.
    deliveries = _forget_deliveries(gov, candidate_id, candidate)
    profile_deleted = gov.repo.delete_candidate(candidate_id)
    ledger_rows = scrub_ingest_ledger(gov, candidate_id)
    governance_rows = forget_governance_rows(gov, candidate_id)
    # Applications, notes and scorecards name the person; they have no foreign key to the
    # profile (re-saving a profile must not wipe its pipeline), so they go explicitly.
    governance_rows += SqlPipelineStore.on(gov.repo).forget_candidate(candidate_id)
    governance_rows += forget_batch_rows(gov.repo, candidate_id)
    key_destroyed = SubjectKeys(gov).destroy(candidate_id)
    report = ErasureReport(candidate_id, profile_deleted, key_destroyed, ledger_rows,
                           governance_rows, suppressed, deliveries)
    for purger in gov.purgers:
        report.hooks[purger.name] = purger.purge(candidate_id)
    if compact:
        report.compacted = compact_databases(gov)
    return report


def person_ids(gov: Governance, candidate_id: str) -> list[str]:
    """The ids a webhook body names the person by: their candidate id and their applications'."""
    store = SqlPipelineStore.on(gov.repo)
    return [candidate_id, *(a.id for a in store.applications_of(candidate_id))]


def _contact_words(gov: Governance, candidate: Candidate) -> list[str]:
    """The e-mail addresses and full names (two words at least: a first name alone names many
    people) of every résumé version, as a reason or a note may write them."""
    profiles = [candidate, *(v.profile for v in gov.repo.versions_of(candidate.id))]
    words = [c.email for c in profiles if c.email]
    words += [c.name for c in profiles if len(c.name.split()) >= 2]
    return list(dict.fromkeys(words))


def _forget_deliveries(gov: Governance, candidate_id: str, candidate: Candidate | None) -> int:
    """Webhook bodies name the person by ids anywhere, and in words (a stage change's reason)
    in the tenants that had them in their pipeline or own the profile; the deliveries go."""
    hooks = Webhooks.on(gov.repo)
    applications = SqlPipelineStore.on(gov.repo).applications_of(candidate_id)
    done = hooks.forget_naming([candidate_id, *(a.id for a in applications)])
    if candidate is not None:
        tenants = {a.tenant_id for a in applications} | (
            {candidate.tenant_id} if candidate.tenant_id else set())
        done += hooks.forget_naming(_contact_words(gov, candidate), tenants=sorted(tenants))
    return done


def _suppress(gov: Governance, candidate: Candidate) -> int:
    """Every identifier the person was found by (stored for each résumé version, and read off
    the profile in case it was saved without them), hashed onto their pool's list."""
    keys = [*gov.repo.identifier_keys(candidate.id), *Identity.of(candidate).stored_keys()]
    if candidate.source_hash:
        keys.append(f"{FILE}:{candidate.source_hash}")
    return SuppressionList(gov.repo, candidate.tenant_id).add(keys)
