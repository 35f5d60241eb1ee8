"""Erasure: remove a person's data from the store, table by table as the personal-data registry
lists them (governance.personal_data), and from the audit trail by destroying their key
(crypto-shredding), all in one unit of work over every database: all of it goes, or none. The
request is recorded as a pending purge first, in a transaction of its own; once the unit is
committed, every index or cache outside the store (the purgers the composition root gives
`Governance`, worldhire.bootstrap.erasure_purgers) forgets the person and the pending purge is
removed. A unit that rolls back or a purge that fails leaves it pending, retried by the next
erasure or retention run, or by `worldhire privacy purges --retry` (`purge_pending`), which
finishes the erasure as it was asked: one on the person's request puts them on the suppression
list even when the retry is what deletes their rows. Then the SQLite files are compacted so
nothing lingers in free pages, the write-ahead log or the full-text index's segments.

With data residency the unit spans the main database and each region's, committed one after the
other, main first. The pending purge is written in the main database, so it is durable before
any region commits: if a region's commit fails (or the process dies between two commits), the
person stays pending, and the retry deletes their rows again in every database before it runs
the purgers (deleting by id is idempotent), so nothing of them outlives a retry.

Erasure opens and commits its own unit of work, unlike other use cases: the purges outside the
database must follow the commit. Indexes and caches key their entries by candidate id only (a
pseudonym), so a purge by id is complete and running it twice is harmless."""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from dataclasses import dataclass, field

import tenacity

from worldhire.batch.repository import forget_vector_rows
from worldhire.core.models import Candidate
from worldhire.governance.failures import failure_code
from worldhire.governance.personal_data import PERSONAL_DATA, Erasure, Lookup
from worldhire.governance.purges.repository import (
    PendingPurges,
    PurgeReason,
    compact_databases,
    delete_where,
    ids_where,
    scrub_ingest_ledger,
    searches_naming,
)
from worldhire.governance.store import Governance
from worldhire.identity.keys import FILE, Identity
from worldhire.identity.merge import MERGED
from worldhire.identity.suppression import SuppressionList
from worldhire.pipeline.webhooks import Webhooks


@dataclass
class ErasureReport:
    candidate_id: str
    profile_deleted: bool
    key_destroyed: bool
    ledger_rows: int
    suppressed: int = 0  # identifier hashes put on the suppression list
    webhook_deliveries: int = 0  # deliveries whose body named the person
    rows: dict[str, int] = field(default_factory=dict)  # rows removed, by table
    hooks: dict[str, int] = field(default_factory=dict)
    purge_failed: list[str] = field(default_factory=list)  # purgers left pending, to retry
    compacted: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)  # ids of profiles merged into theirs

    @property
    def found(self) -> bool:
        return self.profile_deleted or self.key_destroyed or self.ledger_rows > 0


@dataclass(frozen=True)
class PersonRefs:
    """The ids a person's rows are found by (personal_data.Lookup), resolved before anything is
    deleted: the applications tell which deliveries and scorecards are theirs."""

    candidate_id: str
    ids: dict[Lookup, list[str]]

    @classmethod
    def resolve(cls, gov: Governance, candidate_id: str,
                candidate: Candidate | None) -> PersonRefs:
        person = person_ids(gov, candidate_id)
        applications = ids_where(gov, "applications", "id", "candidate_id", person)
        tenants = set(ids_where(gov, "applications", "tenant_id", "candidate_id", person))
        if candidate is not None and candidate.tenant_id:
            tenants.add(candidate.tenant_id)
        hooks = Webhooks.on(gov.repo)
        # Ids name the person anywhere; words (a reason naming them) only in the tenants that
        # had them, since elsewhere the same name may be someone else.
        deliveries = hooks.naming([*person, *applications])
        searches: list[str] = []
        if candidate is not None:
            profiles = [candidate, *(v.profile for v in gov.repo.versions_of(candidate.id))]
            words = _contact_words(profiles)
            deliveries += hooks.naming(words, tenants=sorted(tenants))
            phones = list(dict.fromkeys(p for c in profiles for p in c.phones))
            searches = searches_naming(gov, [*words, *phones], sorted(tenants))
        return cls(candidate_id, {
            Lookup.CANDIDATE: person,
            Lookup.APPLICATION: applications,
            Lookup.SCORECARD: ids_where(gov, "scorecards", "id", "application_id", applications),
            Lookup.TOKEN: ids_where(gov, "api_tokens", "id", "candidate_id", person),
            Lookup.DELIVERY: list(dict.fromkeys(deliveries)),
            Lookup.SEARCH: searches,
        })


def person_ids(gov: Governance, candidate_id: str) -> list[str]:
    """The person's id, then the ids of the profiles merged into theirs: those left rows under
    their own id (audit entries and their key, past shortlists) that are the person's too
    (identity.merge.MERGED)."""
    merged = [k.removeprefix(MERGED) for k in ids_where(
        gov, "candidate_identifiers", "key", "candidate_id", [candidate_id])
        if k.startswith(MERGED)]
    return [candidate_id, *merged]


def erase_candidate(
    gov: Governance, candidate_id: str, *, compact: bool = True, suppress: bool = False
) -> ErasureReport:
    """`suppress`: the erasure was asked for (not a retention period running out), so the
    person's identifiers go on the suppression list, as salted hashes, and the next import of
    their files skips them."""
    pending = PendingPurges(gov)
    pending.add(candidate_id, PurgeReason.REQUESTED if suppress else PurgeReason.ERASED)
    try:
        with gov.repo.unit_of_work() as work:
            report = erase_rows(gov, candidate_id, suppress=suppress)
            work.commit()
    except Exception as exc:
        _note_failure(pending, candidate_id, exc)
        raise
    person = {candidate_id, *report.merged}
    purged = purge_pending(gov, swept=person)
    for pid in sorted(person):
        for name, count in purged.counts.get(pid, {}).items():
            report.hooks[name] = report.hooks.get(name, 0) + count
        report.purge_failed += [f for f in purged.failed.get(pid, {})
                                if f not in report.purge_failed]
    if compact:
        report.compacted = compact_databases(gov)
    return report


def erase_rows(gov: Governance, candidate_id: str, *, suppress: bool = False) -> ErasureReport:
    """The database part of an erasure, in the unit of work open on the store (the person's own
    pending purge is recorded before it)."""
    report = _delete_rows(gov, candidate_id, suppress=suppress)
    # The profiles merged into theirs may have left entries outside the store under their ids.
    for pid in report.merged:
        PendingPurges(gov).add(pid)
    return report


def _note_failure(pending: PendingPurges, candidate_id: str, exc: Exception) -> None:
    """The error a rolled-back erasure leaves on its pending purge, for `privacy purges`."""
    with contextlib.suppress(Exception):  # the database may be gone: the caller gets `exc`
        pending.failed(candidate_id, f"{DATABASES}: {failure_code(exc)}")


def _delete_rows(gov: Governance, candidate_id: str, *, suppress: bool) -> ErasureReport:
    candidate = gov.repo.get_candidate(candidate_id)
    suppressed = _suppress(gov, candidate) if suppress and candidate is not None else 0
    refs = PersonRefs.resolve(gov, candidate_id, candidate)
    rows: dict[str, int] = {}
    for held in PERSONAL_DATA:
        if held.erasure is Erasure.DELETE and held.direct:
            rows[held.table] = delete_where(gov, held.table, held.key, refs.ids[held.lookup])
        elif held.erasure is Erasure.REDACT:
            rows[held.table] = scrub_ingest_ledger(gov, candidate_id)
        # SHRED: the audit entries became unreadable with subject_keys; KEEP: hashes only.
    person = refs.ids[Lookup.CANDIDATE]
    rows["vectors"] = sum(forget_vector_rows(gov.repo, pid) for pid in person)
    return ErasureReport(
        candidate_id, rows["candidates"] > 0, rows["subject_keys"] > 0, rows["ingest_log"],
        suppressed, rows["webhook_deliveries"], {k: v for k, v in rows.items() if v},
        merged=person[1:])


@dataclass
class Purged:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # person -> purger -> entries
    # person -> the purgers that failed (or DATABASES, the sweep) -> their error
    failed: dict[str, dict[str, str]] = field(default_factory=dict)
    # person -> table -> rows a retry still found (a database whose commit had failed)
    swept: dict[str, dict[str, int]] = field(default_factory=dict)


# The name a failed sweep of the databases is reported under, beside the purgers' names.
DATABASES = "databases"


# Each purger is tried this many times, with a short backoff, before the purge is left pending.
PURGE_ATTEMPTS = 3


def purge_pending(gov: Governance, *, swept: Collection[str] = (),
                  only: Collection[str] | None = None) -> Purged:
    """For each erased person still pending (or those of `only`): delete whatever of theirs is
    still in any database (a unit that rolled back, a region whose commit failed after the main
    one's), then run every purger. A person whose sweep and purgers all succeed is no longer
    pending, the others are retried by the next call. `swept`: people whose database part was
    just committed in full; a profile merged into another is never swept (its rows went with
    the merge, its audit entries stay the person's). A sweep of an erasure the person asked for
    suppresses them, as the erasure would have."""
    pending = PendingPurges(gov)
    done = Purged()
    for waiting in pending.listing():
        candidate_id = waiting.candidate_id
        if only is not None and candidate_id not in only:
            continue
        if candidate_id not in swept and waiting.reason is not PurgeReason.MERGED:
            try:
                with gov.repo.unit_of_work() as work:
                    asked = waiting.reason is PurgeReason.REQUESTED
                    left = _delete_rows(gov, candidate_id, suppress=asked).rows
                    work.commit()
            except Exception as exc:  # the purgers wait until the databases are clean
                error = failure_code(exc)
                done.failed[candidate_id] = {DATABASES: error}
                pending.failed(candidate_id, f"{DATABASES}: {error}")
                continue
            if left:
                done.swept[candidate_id] = left
        counts, errors = purge_outside(gov, candidate_id)
        done.counts[candidate_id] = counts
        if errors:
            done.failed[candidate_id] = errors
            pending.failed(candidate_id, "; ".join(f"{n}: {e}" for n, e in errors.items()))
        else:
            pending.done(candidate_id)
    return done


def retry_purges(gov: Governance) -> Purged:
    """Finish every pending erasure now (`purge_pending`), then compact the databases if any
    row or entry went, so nothing deleted stays in a database's free pages."""
    done = purge_pending(gov)
    if done.counts or done.swept:
        compact_databases(gov)
    return done


def purge_outside(gov: Governance, candidate_id: str) -> tuple[dict[str, int], dict[str, str]]:
    """Every purger (indexes and caches outside the store) forgets one id, each tried a few
    times: the entries each removed, and the error of each that still failed."""
    counts: dict[str, int] = {}
    errors: dict[str, str] = {}
    for purger in gov.purgers:
        try:
            for attempt in tenacity.Retrying(
                stop=tenacity.stop_after_attempt(PURGE_ATTEMPTS),
                wait=tenacity.wait_exponential(multiplier=0.05, max=1), reraise=True,
            ):
                with attempt:
                    counts[purger.name] = purger.purge(candidate_id)
        except Exception as exc:  # any purger's failure is the caller's to keep pending
            errors[purger.name] = failure_code(exc)
    return counts, errors


def _contact_words(profiles: list[Candidate]) -> list[str]:
    """The e-mail addresses and full names (two words at least: a first name alone names many
    people) of every résumé version, as a reason or a note may write them."""
    words = [c.email for c in profiles if c.email]
    words += [c.name for c in profiles if len(c.name.split()) >= 2]
    return list(dict.fromkeys(words))


def _suppress(gov: Governance, candidate: Candidate) -> int:
    """Every identifier the person was found by (stored for each résumé version, and read off
    the profile in case it was saved without them), hashed onto their pool's list."""
    keys = [*gov.repo.identifier_keys(candidate.id), *Identity.of(candidate).stored_keys()]
    if candidate.source_hash:
        keys.append(f"{FILE}:{candidate.source_hash}")
    return SuppressionList(gov.repo, candidate.tenant_id).add(keys)
