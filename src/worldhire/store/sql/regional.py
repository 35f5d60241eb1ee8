"""Data residency in the store: the region-routed repository keeps each region's personal data in
its own SQLite file, $WORLDHIRE_HOME/regions/<REGION>.db (on PostgreSQL, its own schema). The
main database keeps tenants, roles, users, the audit log, and a directory from candidate id (a
random pseudonym) to region; never a person's data. Which region a country belongs to is
worldhire.core.geo.residency's.

Enable it with WORLDHIRE_RESIDENCY=regions (`Settings.residency`)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from itertools import islice
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from worldhire.config import Settings
from worldhire.core.errors import NotFound
from worldhire.core.geo.residency import REGION_CODE, check_region, region_for_country
from worldhire.core.models import Candidate, ResumeVersion, Role, Tenant, utcnow
from worldhire.index.vectors import VectorIndex, Vectors
from worldhire.store.pg.partitions import ensure_region_schema, region_schema, region_schemas
from worldhire.store.pg.url import is_postgres
from worldhire.store.private import private_folder
from worldhire.store.protocol import (
    COUNT_CAP,
    Assessor,
    CandidateSummary,
    CandidateWrite,
    IngestRecord,
    ListPage,
    PageScope,
    PoolFilter,
    Repository,
    RoleVector,
    StoredAssessment,
)
from worldhire.store.sql import schema as t
from worldhire.store.sql import schema_governance as g
from worldhire.store.sql.repository import SqlRepository
from worldhire.store.sql.unit_of_work import Transactions, UnitsOfWork
from worldhire.store.vector_backend import VectorBackend


class RegionalRepository:
    """The Repository protocol over a main database and one SQLite file per region."""

    def __init__(self, main_url: str, regions_dir: Path) -> None:
        self.main = SqlRepository(main_url)
        self.main_url = main_url
        self.engine: Engine = self.main.engine
        self.regions_dir = regions_dir
        self._regions: dict[str, SqlRepository] = {}
        self._assessor: Assessor | None = None
        self._documents_kept = "file"
        self._vector_backend = replace(self.main.vector_backend(), held=None)

    @classmethod
    def from_settings(cls, settings: Settings) -> RegionalRepository:
        return cls(settings.database_url, settings.home / "regions")

    def close(self) -> None:
        for repo in self._regions.values():
            repo.close()
        self.main.close()

    def unit_of_work(self) -> UnitsOfWork:
        """One unit over the main database and every region's, so a use case that writes to
        several (an erasure) is all or nothing."""
        return UnitsOfWork([self.main.unit_of_work(),
                            *(self.region_repo(r).unit_of_work() for r in self.regions())])

    @property
    def transactions(self) -> Transactions:
        return self.main.transactions

    # regions -----------------------------------------------------------------------------------

    def region_path(self, region: str) -> Path:
        return self.regions_dir / f"{check_region(region)}.db"

    def region_location(self, region: str) -> str:
        """The region's database: its SQLite file, or its schema of the PostgreSQL database."""
        if is_postgres(self.main_url):
            return f"schema {region_schema(region)}"
        return str(self.region_path(region))

    def region_repo(self, region: str) -> SqlRepository:
        """A region's own store: a SQLite file beside the main one, or on PostgreSQL a schema
        of the same database."""
        code = check_region(region)
        if code not in self._regions:
            url = (ensure_region_schema(self.main_url, code) if is_postgres(self.main_url)
                   else f"sqlite:///{self.region_path(code)}")
            self._regions[code] = SqlRepository(url)
            self._regions[code].assess_on_write(self._assessor)
            self._regions[code].keep_documents(self._documents_kept)
            self._regions[code].tenant_directory = self.main
        return self._regions[code]

    def regions(self) -> list[str]:
        if is_postgres(self.main_url):
            existing = set(region_schemas(self.main_url))
        else:
            existing = {p.stem for p in self.regions_dir.glob("*.db") if REGION_CODE.match(p.stem)}
        return sorted(existing | set(self._regions))

    def engines(self) -> list[Engine]:
        return [self.engine, *(self.region_repo(r).engine for r in self.regions())]

    def region_of(self, candidate_id: str) -> str | None:
        with self.transactions.connection() as conn:
            row = conn.execute(
                select(g.candidate_residency.c.region)
                .where(g.candidate_residency.c.candidate_id == candidate_id)
            ).first()
        return None if row is None else str(row.region)

    def _directory(self) -> dict[str, tuple[str, bool]]:
        with self.transactions.connection() as conn:
            rows = conn.execute(select(g.candidate_residency)).all()
        return {r.candidate_id: (r.region, r.overridden) for r in rows}

    def _place(self, candidate_id: str, region: str, overridden: bool) -> None:
        table = g.candidate_residency
        with self.transactions.connection() as conn:
            conn.execute(delete(table).where(table.c.candidate_id == candidate_id))
            conn.execute(insert(table).values(
                candidate_id=candidate_id, region=region, overridden=overridden, at=utcnow()
            ))

    def set_region(self, candidate_id: str, region: str) -> None:
        """Move a person's data to another region's file (an override that later saves keep)."""
        code = check_region(region)
        candidate = self.get_candidate(candidate_id)
        if candidate is None:
            raise NotFound(f"no candidate with id {candidate_id!r}")
        before = self.region_of(candidate_id)
        carried = CandidateWrite(candidate, self.versions_of(candidate_id, documents=True),
                                 self.identifier_keys(candidate_id))
        self._place(candidate_id, code, True)
        self.save_ingested([carried])
        if before is not None and before != code:
            self.region_repo(before).delete_candidate(candidate_id)

    def _mirror_tenant(self, region: SqlRepository, tenant_id: str | None) -> None:
        """Region files carry the tenant row their candidates' foreign key points at."""
        if tenant_id is None:
            return
        tenant = self.main.get_tenant(tenant_id)
        if tenant is None:
            raise NotFound(f"no tenant with id {tenant_id!r}")
        with region.transactions.connection() as conn:
            conn.execute(sqlite_insert(t.tenants).values(
                id=tenant.id, name=tenant.name, created_at=tenant.created_at,
            ).on_conflict_do_nothing())

    # tenants -----------------------------------------------------------------------------------

    def ensure_tenant(self, name: str) -> Tenant:
        return self.main.ensure_tenant(name)

    def get_tenant(self, tenant_id: str) -> Tenant | None:
        return self.main.get_tenant(tenant_id)

    def list_tenants(self) -> list[Tenant]:
        return self.main.list_tenants()

    # candidates --------------------------------------------------------------------------------

    def save_candidate(self, candidate: Candidate) -> None:
        self.save_candidates([candidate])

    def save_candidates(self, candidates: Iterable[Candidate]) -> None:
        self.save_ingested([CandidateWrite(c) for c in candidates])

    def save_ingested(self, writes: Sequence[CandidateWrite]) -> None:
        # The suppression list is the installation's, kept in the main database.
        self.main.unsuppress([h for w in writes for h in w.lift])
        directory = self._directory()
        by_region: dict[str, list[CandidateWrite]] = {}
        for write in writes:
            candidate = write.candidate
            placed = directory.get(candidate.id)
            region = placed[0] if placed and placed[1] else region_for_country(candidate.country)
            if placed and placed[0] != region:
                # The person moved: their data, résumé versions and identifiers with it, leaves
                # the old region's file.
                old = self.region_repo(placed[0])
                added = {v.content_hash for v in write.versions}
                carried = [v for v in old.versions_of(candidate.id, documents=True)
                           if v.content_hash not in added]
                keys = write.keys if write.keys is not None else old.identifier_keys(candidate.id)
                write = CandidateWrite(candidate, [*carried, *write.versions], keys)
                old.delete_candidate(candidate.id)
            by_region.setdefault(region, []).append(write)
        for region, group in by_region.items():
            repo = self.region_repo(region)
            for tenant_id in {w.candidate.tenant_id for w in group}:
                self._mirror_tenant(repo, tenant_id)
            repo.save_ingested(group)
            for write in group:
                overridden = bool(directory.get(write.candidate.id, ("", False))[1])
                self._place(write.candidate.id, region, overridden)

    def versions_of(self, candidate_id: str, *, documents: bool = False) -> list[ResumeVersion]:
        region = self.region_of(candidate_id)
        return (self.region_repo(region).versions_of(candidate_id, documents=documents)
                if region else [])

    def identifier_keys(self, candidate_id: str) -> list[str]:
        region = self.region_of(candidate_id)
        return self.region_repo(region).identifier_keys(candidate_id) if region else []

    def candidates_by_keys(
        self, tenant_id: str | None, keys: Collection[str]
    ) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for region in self.regions():
            found |= self.region_repo(region).candidates_by_keys(tenant_id, keys)
        return found

    def bulk_writer(self) -> None:
        """None: each profile is written to its region's database (load_candidates)."""
        return None

    def load_candidates(self, candidates: Iterable[Candidate], *, chunk: int = 5000) -> int:
        written = 0
        iterator = iter(candidates)
        while part := list(islice(iterator, chunk)):
            self.save_candidates(part)
            written += len(part)
        return written

    # suppression list: in the main database, for every region ----------------------------------

    def suppression_salt(self) -> bytes:
        return self.main.suppression_salt()

    def suppress(self, hashes: Collection[str]) -> int:
        return self.main.suppress(hashes)

    def suppressed(self, hashes: Collection[str]) -> set[str]:
        return self.main.suppressed(hashes)

    def get_candidate(self, candidate_id: str) -> Candidate | None:
        region = self.region_of(candidate_id)
        if region is not None:
            return self.region_repo(region).get_candidate(candidate_id)
        return None

    def find_candidate_by_hash(self, tenant_id: str | None, content_hash: str) -> Candidate | None:
        for region in self.regions():
            found = self.region_repo(region).find_candidate_by_hash(tenant_id, content_hash)
            if found is not None:
                return found
        return None

    def list_candidates(
        self, tenant_id: str | None = None, *, include_platform: bool = True
    ) -> list[Candidate]:
        found: list[Candidate] = []
        for region in self.regions():
            found += self.region_repo(region).list_candidates(
                tenant_id, include_platform=include_platform
            )
        return sorted(found, key=lambda c: (c.created_at, c.id))

    def get_candidates(self, candidate_ids: Sequence[str]) -> list[Candidate]:
        found: list[Candidate] = []
        for region in self.regions():
            found += self.region_repo(region).get_candidates(candidate_ids)
        return found

    def read_candidates(self, candidate_ids: Sequence[str]) -> list[Candidate]:
        found: list[Candidate] = []
        for region in self.regions():
            found += self.region_repo(region).read_candidates(candidate_ids)
        return found

    def forget_read(self, candidate_id: str) -> int:
        return sum(repo.forget_read(candidate_id) for repo in self._regions.values())

    def keep_documents(self, kept: str) -> None:
        self.main.keep_documents(kept)
        self._documents_kept = kept
        for repo in self._regions.values():
            repo.keep_documents(kept)

    def documents_kept(self, tenant_id: str | None) -> str:
        return self.main.documents_kept(tenant_id)

    def tenant_resume_originals(self, tenant_id: str) -> str | None:
        return self.main.tenant_resume_originals(tenant_id)

    def set_tenant_resume_originals(self, tenant_id: str, kept: str | None) -> None:
        self.main.set_tenant_resume_originals(tenant_id, kept)

    # Stored assessments live beside the profiles, in each region's database.
    def assess_on_write(self, assessor: Assessor | None) -> None:
        self._assessor = assessor
        for repo in self._regions.values():
            repo.assess_on_write(assessor)

    def stored_assessments(self, candidate_ids: Sequence[str]) -> dict[str, StoredAssessment]:
        found: dict[str, StoredAssessment] = {}
        for region in self.regions():
            found |= self.region_repo(region).stored_assessments(candidate_ids)
        return found

    def save_assessments(self, rows: Sequence[StoredAssessment]) -> None:
        # Each region skips the profiles it does not hold.
        for region in self.regions():
            self.region_repo(region).save_assessments(rows)

    def unassessed(self, version: str, limit: int, after: str = "") -> list[str]:
        found = [cid for r in self.regions()
                 for cid in self.region_repo(r).unassessed(version, limit, after)]
        return sorted(found)[:limit]

    def assessment_backlog(self, version: str) -> int:
        return sum(self.region_repo(r).assessment_backlog(version) for r in self.regions())

    # The queue lives beside the profiles, in each region's database.
    def embedding_jobs(
        self, limit: int, *, after: tuple[str, datetime] | None = None
    ) -> list[tuple[str, datetime]]:
        jobs: list[tuple[str, datetime]] = []
        for region in self.regions():
            jobs += self.region_repo(region).embedding_jobs(limit, after=after)
        return sorted(jobs, key=lambda j: (j[1], j[0]))[:limit]

    def finish_embedding_jobs(self, jobs: Sequence[tuple[str, datetime]]) -> None:
        for region in self.regions():
            self.region_repo(region).finish_embedding_jobs(jobs)

    def embedding_backlog(self) -> int:
        return sum(self.region_repo(r).embedding_backlog() for r in self.regions())

    def candidate_page(
        self, scope: PageScope, *, country: str | None = None, skill: str | None = None,
        words: Sequence[str] = (), limit: int = 50, offset: int = 0,
        after: tuple[str, str] | None = None, count: bool = True,
    ) -> ListPage[CandidateSummary]:
        # Each region's first offset+limit in order, merged: the page is among them.
        found: list[CandidateSummary] = []
        total, exact, beyond = 0, True, False
        for region in self.regions():
            part = self.region_repo(region).candidate_page(
                scope, country=country, skill=skill, words=words, limit=offset + limit,
                after=after, count=count)
            found += part.items
            total += part.total or 0
            exact = exact and part.total_exact
            beyond = beyond or part.next_after is not None
        found.sort(key=lambda c: (c.sort_name, c.id))
        shown = found[offset : offset + limit]
        follows = shown and (beyond or len(found) > offset + limit)
        return ListPage(
            items=shown, total=min(total, COUNT_CAP) if count else None,
            total_exact=exact and total <= COUNT_CAP,
            next_after=(shown[-1].sort_name, shown[-1].id) if follows else None,
        )

    def matching_pool(self, tenant_id: str | None) -> list[Candidate]:
        found: list[Candidate] = []
        for region in self.regions():
            found += self.region_repo(region).matching_pool(tenant_id)
        return sorted(found, key=lambda c: (c.created_at, c.id))

    def pool_size(self, tenant_id: str | None) -> int:
        return sum(self.region_repo(r).pool_size(tenant_id) for r in self.regions())

    def pool_ids(self, pool: PoolFilter) -> list[str]:
        return [cid for r in self.regions() for cid in self.region_repo(r).pool_ids(pool)]

    def in_pool(self, pool: PoolFilter, candidate_ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for region in self.regions():
            found |= self.region_repo(region).in_pool(pool, candidate_ids)
        return found

    def search_profiles(
        self, pool: PoolFilter, words: Sequence[str], k: int
    ) -> list[tuple[str, float]]:
        # Each region's best k, merged by rank score (each file ranks over its own statistics).
        found = [hit for r in self.regions()
                 for hit in self.region_repo(r).search_profiles(pool, words, k)]
        return sorted(found, key=lambda hit: (-hit[1], hit[0]))[:k]

    def working_windows(self) -> list[tuple[str, float, float]]:
        return sorted({window for region in self.regions()
                       for window in self.region_repo(region).working_windows()})

    def profile_vectors(self, model: str, dim: int) -> None:
        """None: with residency the pool spans databases, so its index is the file one."""
        return None

    def nearest_in_pool(self, pool: PoolFilter, query: Vectors, k: int,
                        vectors: VectorIndex) -> None:
        """None: no database holds the vectors (profile_vectors)."""
        return None

    def keep_vectors(self, backend: VectorBackend) -> None:
        """Files whatever the backend: the pool spans databases (profile_vectors); a named
        file kind is kept."""
        self._vector_backend = replace(backend, held=None)

    def vector_backend(self) -> VectorBackend:
        return self._vector_backend

    def delete_candidate(self, candidate_id: str) -> bool:
        region = self.region_of(candidate_id)
        if region is None:
            return False
        deleted = self.region_repo(region).delete_candidate(candidate_id)
        with self.transactions.connection() as conn:
            conn.execute(delete(g.candidate_residency)
                         .where(g.candidate_residency.c.candidate_id == candidate_id))
        return deleted

    # roles -------------------------------------------------------------------------------------

    def save_role(self, role: Role) -> None:
        self.main.save_role(role)

    def get_role(self, role_id: str) -> Role | None:
        return self.main.get_role(role_id)

    def role_vector(self, role_id: str, model: str) -> RoleVector | None:
        return self.main.role_vector(role_id, model)

    def save_role_vectors(self, vectors: Sequence[RoleVector]) -> None:
        self.main.save_role_vectors(vectors)

    def roles_to_embed(self, model: str, limit: int) -> list[Role]:
        return self.main.roles_to_embed(model, limit)

    def find_role_by_hash(self, tenant_id: str, content_hash: str) -> Role | None:
        return self.main.find_role_by_hash(tenant_id, content_hash)

    def list_roles(self, tenant_id: str | None = None) -> list[Role]:
        return self.main.list_roles(tenant_id)

    def role_page(
        self, tenant_id: str | None = None, *, statuses: Collection[str] | None = None,
        limit: int = 50, offset: int = 0, after: tuple[str, str] | None = None,
    ) -> ListPage[Role]:
        return self.main.role_page(tenant_id, statuses=statuses, limit=limit, offset=offset,
                                   after=after)

    # ingest ledger: a résumé's row names its file, so it lives with the person's data -----------

    def record_ingest(self, record: IngestRecord) -> None:
        self.record_ingests([record])

    def record_ingests(self, records: Sequence[IngestRecord]) -> None:
        by_region: dict[str | None, list[IngestRecord]] = {}
        for record in records:
            first = (record.candidate_id or "").split(",")[0]
            by_region.setdefault(self.region_of(first) if first else None, []).append(record)
        for region, group in by_region.items():
            (self.region_repo(region) if region else self.main).record_ingests(group)

    def ingested_hashes(self, tenant_id: str | None) -> set[str]:
        hashes = self.main.ingested_hashes(tenant_id)
        for region in self.regions():
            hashes |= self.region_repo(region).ingested_hashes(tenant_id)
        return hashes

    def ingest_log(self, limit: int = 100) -> Sequence[IngestRecord]:
        rows = list(self.main.ingest_log(limit))
        for region in self.regions():
            rows += self.region_repo(region).ingest_log(limit)
        rows.sort(key=lambda r: r.at or utcnow(), reverse=True)
        return rows[:limit]


def open_store(settings: Settings) -> SqlRepository | RegionalRepository:
    """The region-routed store when residency is enabled, the single database otherwise."""
    private_folder(settings.home)  # it holds personal data
    if settings.residency:
        return RegionalRepository.from_settings(settings)
    return SqlRepository(settings.database_url)


def sql_store(repo: Repository) -> SqlRepository | RegionalRepository:
    """The SQL store behind `repo`, for the capabilities' repositories that keep their own tables
    in its main database (governance, pipeline, batch)."""
    if not isinstance(repo, SqlRepository | RegionalRepository):
        raise TypeError(f"{type(repo).__name__} is not a SQL store")
    return repo


def store_engines(repo: Repository) -> list[Engine]:
    """Every database the store writes to: the main one and, with residency, each region's."""
    store = sql_store(repo)
    return store.engines() if isinstance(store, RegionalRepository) else [store.engine]


def store_transactions(repo: Repository) -> list[Transactions]:
    """Where statements run in every database the store writes to (see `store_engines`)."""
    store = sql_store(repo)
    if isinstance(store, RegionalRepository):
        return [store.transactions, *(store.region_repo(r).transactions for r in store.regions())]
    return [store.transactions]
