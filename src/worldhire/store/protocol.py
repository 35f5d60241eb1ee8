"""The repository interface every store backend implements (SQLite now, PostgreSQL later)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from worldhire.core.models import Candidate, ResumeVersion, Role, Skill, StatedPay, Tenant

if TYPE_CHECKING:
    from worldhire.index.vectors import Hit, StoredVectorIndex, VectorIndex, Vectors
    from worldhire.store.vector_backend import VectorBackend


@dataclass
class IngestRecord:
    """One file of a bulk import: the ledger that makes batches idempotent and resumable."""

    path: str
    content_hash: str
    status: str  # "ok" | "error"
    tenant_id: str | None
    candidate_id: str | None = None
    role_id: str | None = None
    error: str | None = None
    at: datetime | None = None


@dataclass(frozen=True)
class PageScope:
    """Whose candidates a list shows: one person (`candidate_id`), a tenant's own plus the
    platform profiles that agreed to matching (`tenant_id`), or everyone (neither)."""

    tenant_id: str | None = None
    candidate_id: str | None = None


Item = TypeVar("Item")

# A list counts its matches up to this many: past it, "10,000+" is what a person reads, and an
# exact count would read every match for each page (one second a page at a million profiles).
COUNT_CAP = 10_000


@dataclass(frozen=True)
class ListPage(Generic[Item]):
    """One page of a list read in order from the store: its items, how many match the list's
    filters (counted up to COUNT_CAP; `total_exact` is false when more do; None when the page
    was read without counting), and, when a page follows, the sort key of this page's last
    item, from which the next is read (keyset pagination: `after` of the list's method)."""

    items: list[Item]
    total: int | None
    total_exact: bool = True
    next_after: tuple[str, str] | None = None

    def counted(self) -> str:
        """How many match, as a person reads it: "57", or "10,000+" past the cap."""
        if self.total is None:
            return "?"
        return f"{self.total:,}" if self.total_exact else f"{self.total:,}+"


def list_sort_key(display_name: str) -> str:
    """What candidate lists are ordered by (stored with the profile): the name shown,
    lower-cased."""
    return display_name.lower()[:300]


@dataclass(frozen=True)
class CandidateSummary:
    """A candidate as a list row shows them: who, where, pay, and the distinct skills found
    (strongest first: `summary_skills`). The store reads it from the profile's own columns,
    without loading the evidence, versions or consents (`of` makes the same from a whole
    profile)."""

    id: str
    tenant_id: str | None
    name: str
    headline: str
    location: str | None
    country: str | None
    timezone: str | None
    years_experience: float | None
    pay_expectation_usd: float | None
    pay_stated: StatedPay | None
    source_name: str | None
    created_at: datetime
    sort_name: str
    skills: tuple[Skill, ...]

    @property
    def display_name(self) -> str:
        """As Candidate.display_name."""
        return self.name or f"Candidate {self.id.removeprefix('cand_')[:6]}"

    @classmethod
    def of(cls, c: Candidate) -> CandidateSummary:
        return cls(
            id=c.id, tenant_id=c.tenant_id, name=c.name, headline=c.headline,
            location=c.location, country=c.country, timezone=c.timezone,
            years_experience=c.years_experience, pay_expectation_usd=c.pay_expectation_usd,
            pay_stated=c.pay_stated, source_name=c.source_name, created_at=c.created_at,
            sort_name=list_sort_key(c.display_name),
            skills=summary_skills((m.skill.id, m.skill.label, m.score) for m in c.skills),
        )


def summary_skills(mentions: Iterable[tuple[str, str, float]]) -> tuple[Skill, ...]:
    """The distinct skills of (id, label, score) mentions, strongest first, then the most
    mentioned, then by label: the order the profile lists them in (web.profile_view), so the
    few a list row shows are the person's strongest, not the alphabet's first."""
    best: dict[tuple[str, str], float] = {}
    times: dict[tuple[str, str], int] = {}
    for i, label, score in mentions:
        best[i, label] = max(score, best.get((i, label), score))
        times[i, label] = times.get((i, label), 0) + 1
    ranked = sorted(best, key=lambda key: (-best[key], -times[key], key[1], key[0]))
    return tuple(Skill(i, label) for i, label in ranked)


@dataclass
class CandidateWrite:
    """A candidate to save with the résumé versions to add or re-read, and, where given, every
    identifier key it is found by (they replace the stored ones; None leaves them)."""

    candidate: Candidate
    versions: list[ResumeVersion] = field(default_factory=list)
    keys: list[str] | None = None
    lift: list[str] = field(default_factory=list)  # suppression hashes the person lifts


@dataclass(frozen=True)
class PoolFilter:
    """A tenant's matching pool (consent to matching is always a condition) narrowed by the hard
    filters the store can apply as predicates. Each predicate is exact or wider than the filter
    it stands for (stated authorizations are matched as text), never narrower: the ranking
    checks every filter exactly on the profiles it loads."""

    tenant_id: str | None
    countries: frozenset[str] | None = None  # None: anywhere
    # (country, the stated codes that cover it): authorised there, or living there without
    # needing sponsorship
    authorised: tuple[tuple[str, frozenset[str]], ...] = ()
    no_sponsorship: bool = False
    max_pay_usd: float | None = None
    # (time zone, start hour, end hour): the working windows whose overlap with the team meets
    # the role's minimum; None: no overlap rule
    windows: frozenset[tuple[str, float, float]] | None = None


@dataclass(frozen=True)
class StoredAssessment:
    """A profile's role-independent assessment as the store keeps it: the extractor `version`
    that computed it, the `fingerprint` of the content it read, and the assessment as JSON
    (assess/stored.py reads and writes that shape; the store does not look inside)."""

    candidate_id: str
    version: str
    fingerprint: str
    body: dict[str, Any]


@dataclass(frozen=True)
class RoleVector:
    """A role's text embedded by `model`: the `fingerprint` of the text (core.texts) and the
    vector as float32 bytes (the store does not look inside)."""

    role_id: str
    model: str
    fingerprint: str
    vector: bytes


# Computes a profile's StoredAssessment; the composition root gives the store one, so every
# profile write stores the assessment with the profile (the bulk path leaves it to the backfill).
Assessor = Callable[[Candidate], StoredAssessment]


class UnitOfWork(Protocol):
    """One transaction over the store's main database. A shell (or the composition root) opens
    it, calls the services, and commits; the services and repositories inside it never commit.
    Leaving it without `commit()` rolls back. A unit opened inside another is part of it."""

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class PreparedProfiles(Protocol):
    """New profiles' rows as a store writes them, built by BulkWriter.prepare."""

    @property
    def ids(self) -> Sequence[str]: ...
    def without(self, ids: Collection[str]) -> PreparedProfiles: ...


class BulkWriter(Protocol):
    """A store's bulk path in two halves: `prepare` builds the rows of new profiles without
    touching the store (so a load may run it in worker processes: what it returns is
    picklable), `write` writes prepared rows `chunk` profiles to a transaction, as
    Repository.load_candidates writes profiles, and returns how many."""

    def prepare(self, candidates: Sequence[Candidate]) -> PreparedProfiles: ...
    # the batches `prepare` of this writer returned
    def write(self, batches: Iterable[Any], *, chunk: int) -> int: ...


class Repository(Protocol):
    def close(self) -> None: ...
    def unit_of_work(self) -> UnitOfWork: ...

    # tenants
    def ensure_tenant(self, name: str) -> Tenant: ...
    def get_tenant(self, tenant_id: str) -> Tenant | None: ...
    def list_tenants(self) -> list[Tenant]: ...

    # candidates
    def save_candidate(self, candidate: Candidate) -> None: ...
    def save_candidates(self, candidates: Iterable[Candidate]) -> None: ...
    def load_candidates(self, candidates: Iterable[Candidate], *, chunk: int = 5000) -> int: ...
    # the bulk path split for worker processes; None where the store has none
    def bulk_writer(self) -> BulkWriter | None: ...
    def get_candidate(self, candidate_id: str) -> Candidate | None: ...
    def find_candidate_by_hash(
        self, tenant_id: str | None, content_hash: str
    ) -> Candidate | None: ...
    def list_candidates(
        self, tenant_id: str | None = None, *, include_platform: bool = True
    ) -> list[Candidate]: ...
    def get_candidates(self, candidate_ids: Sequence[str]) -> list[Candidate]: ...
    # get_candidates for a reader that changes nothing it gets: unchanged profiles from memory,
    # which an erasure empties of the person (forget_read)
    def read_candidates(self, candidate_ids: Sequence[str]) -> list[Candidate]: ...
    def forget_read(self, candidate_id: str) -> int: ...
    def candidate_page(
        self, scope: PageScope, *, country: str | None = None, skill: str | None = None,
        words: Sequence[str] = (), limit: int = 50, offset: int = 0,
        after: tuple[str, str] | None = None, count: bool = True,
    ) -> ListPage[CandidateSummary]: ...
    def matching_pool(self, tenant_id: str | None) -> list[Candidate]: ...
    def delete_candidate(self, candidate_id: str) -> bool: ...

    # retrieval in the store
    def pool_size(self, tenant_id: str | None) -> int: ...
    def pool_ids(self, pool: PoolFilter) -> list[str]: ...
    def in_pool(self, pool: PoolFilter, candidate_ids: Sequence[str]) -> set[str]: ...
    def search_profiles(
        self, pool: PoolFilter, words: Sequence[str], k: int
    ) -> list[tuple[str, float]]: ...
    def working_windows(self) -> list[tuple[str, float, float]]: ...
    def profile_vectors(self, model: str, dim: int) -> StoredVectorIndex | None: ...
    def nearest_in_pool(self, pool: PoolFilter, query: Vectors, k: int,
                        vectors: VectorIndex) -> list[Hit] | None: ...
    # where the pool's vectors are kept (Settings.vector_backend, chosen by the composition root)
    def keep_vectors(self, backend: VectorBackend) -> None: ...
    def vector_backend(self) -> VectorBackend: ...

    # the role-independent assessment stored with each profile
    def assess_on_write(self, assessor: Assessor | None) -> None: ...
    # what of a received résumé is kept with its version: "file" (and text), "text" or "none";
    # the deployment's, for pools whose tenant chose nothing, and each tenant's own (None: the
    # deployment's)
    def keep_documents(self, kept: str) -> None: ...
    def documents_kept(self, tenant_id: str | None) -> str: ...
    def tenant_resume_originals(self, tenant_id: str) -> str | None: ...
    def set_tenant_resume_originals(self, tenant_id: str, kept: str | None) -> None: ...
    def stored_assessments(self, candidate_ids: Sequence[str]) -> dict[str, StoredAssessment]: ...
    def save_assessments(self, rows: Sequence[StoredAssessment]) -> None: ...
    def unassessed(self, version: str, limit: int, after: str = "") -> list[str]: ...
    def assessment_backlog(self, version: str) -> int: ...

    # embedding queue
    def embedding_jobs(
        self, limit: int, *, after: tuple[str, datetime] | None = None
    ) -> list[tuple[str, datetime]]: ...
    def finish_embedding_jobs(self, jobs: Sequence[tuple[str, datetime]]) -> None: ...
    def embedding_backlog(self) -> int: ...

    # data residency (WORLDHIRE_RESIDENCY=regions): the region whose database holds a person's
    # rows (None while the store keeps one database for everyone), that database (a file or a
    # PostgreSQL schema), and a move to another region's (refused with one database for all)
    def region_of(self, candidate_id: str) -> str | None: ...
    def region_location(self, region: str) -> str: ...
    def set_region(self, candidate_id: str, region: str) -> None: ...

    # identity: résumé versions and the keys candidates are found by
    def save_ingested(self, writes: Sequence[CandidateWrite]) -> None: ...
    def versions_of(
        self, candidate_id: str, *, documents: bool = False
    ) -> list[ResumeVersion]: ...
    def identifier_keys(self, candidate_id: str) -> list[str]: ...
    def candidates_by_keys(
        self, tenant_id: str | None, keys: Collection[str]
    ) -> dict[str, list[str]]: ...

    # suppression list: salted hashes of the identifiers of erased people
    def suppression_salt(self) -> bytes: ...
    def suppress(self, hashes: Collection[str]) -> int: ...  # one erasure's hashes
    def suppressed(self, hashes: Collection[str]) -> set[str]: ...

    # roles
    def save_role(self, role: Role) -> None: ...
    def get_role(self, role_id: str) -> Role | None: ...
    def find_role_by_hash(self, tenant_id: str, content_hash: str) -> Role | None: ...
    def list_roles(self, tenant_id: str | None = None) -> list[Role]: ...
    # each role's text embedded (RoleVector), dropped whenever the role is saved again
    def role_vector(self, role_id: str, model: str) -> RoleVector | None: ...
    def save_role_vectors(self, vectors: Sequence[RoleVector]) -> None: ...
    def roles_to_embed(self, model: str, limit: int) -> list[Role]: ...
    def role_page(
        self, tenant_id: str | None = None, *, statuses: Collection[str] | None = None,
        limit: int = 50, offset: int = 0, after: tuple[str, str] | None = None,
    ) -> ListPage[Role]: ...

    # ingest ledger
    def record_ingest(self, record: IngestRecord) -> None: ...
    def record_ingests(self, records: Sequence[IngestRecord]) -> None: ...  # one transaction
    def ingested_hashes(self, tenant_id: str | None) -> set[str]: ...
    def ingest_log(self, limit: int = 100) -> Sequence[IngestRecord]: ...
