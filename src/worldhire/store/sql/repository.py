"""The relational repository: one implementation for SQLite (default) and PostgreSQL.

SqlRepository reads and writes tenants, profiles (with their versions, identifiers and
suppression list), stored assessments, the embedding queue, roles and the ingest ledger, and
runs the bulk path. The database is opened and migrated by sql/engine.py; rows become models
and models rows in sql/mapping.py; the pool's predicates are sql/pool.py's, the keyword stage's
full-text queries sql/keyword_search.py's, and a page of the candidates list is read as
sql/candidate_pages.py plans it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict
from datetime import datetime
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    LargeBinary,
    String,
    Table,
    and_,
    bindparam,
    column,
    delete,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    table,
    true,
    tuple_,
    update,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from worldhire.core.errors import InvalidInput
from worldhire.core.models import (
    Candidate,
    ResumeDocument,
    ResumeVersion,
    Role,
    RoleStatus,
    Tenant,
    utcnow,
)
from worldhire.core.texts import terms
from worldhire.store.pg.full_text import clean_pending_lists
from worldhire.store.profile_cache import ProfileCache
from worldhire.store.protocol import (
    COUNT_CAP,
    Assessor,
    CandidateSummary,
    CandidateWrite,
    IngestRecord,
    ListPage,
    PageScope,
    PoolFilter,
    RoleVector,
    StoredAssessment,
)
from worldhire.store.sql import impacts
from worldhire.store.sql import schema as t

# Every table the migrations create must be on `metadata` wherever the store is open, so
# Alembic's comparison (and create_all in tools) sees the same database the migrations build.
from worldhire.store.sql import schema_batch as _batch  # noqa: F401
from worldhire.store.sql import schema_governance as _governance  # noqa: F401
from worldhire.store.sql import schema_identity as ident
from worldhire.store.sql import schema_pipeline as _pipeline  # noqa: F401
from worldhire.store.sql.candidate_pages import (
    SUMMARY_COLUMNS,
    WordPlan,
    candidate_summary,
    page_conds,
    scope_words,
    skills_of_row,
)
from worldhire.store.sql.engine import make_engine, migrate
from worldhire.store.sql.frequencies import WordFrequencies
from worldhire.store.sql.keyword_search import RankedMatches, selective
from worldhire.store.sql.mapping import (
    assessment_row,
    candidate_of,
    grouped,
    in_utc,
    occupation_columns,
    plain_rows,
    profile_from_json,
    profile_json,
    profile_rows,
    role_of,
    role_sort_title,
)
from worldhire.store.sql.pool import (
    among,
    consents_to_matching,
    pool_members,
    pool_rows,
    pool_where,
)
from worldhire.store.sql.rows import (
    PreparedRows,
    bulk_insert_rows,
    insert_prepared,
    prepare_rows,
    with_impacts,
)
from worldhire.store.sql.unit_of_work import SqlUnitOfWork, Transactions
from worldhire.store.vector_backend import AUTO, VectorBackend, choose_vector_backend

if TYPE_CHECKING:
    from worldhire.index.vectors import StoredVectorIndex

# Profiles per statement batch: well under every driver's parameter limit for the DELETE ... IN.
WRITE_CHUNK = 500
# SQLite's page cache on a bulk load's connection (KiB; the default is 2 MiB).
LOAD_CACHE_KIB = 128 * 1024


def batched(items: Iterable[Candidate], size: int) -> Iterator[list[Candidate]]:
    iterator = iter(items)
    while part := list(islice(iterator, size)):
        yield part


def _documents_choice(kept: str) -> str:
    if kept not in ("file", "text", "none"):
        raise ValueError(f"documents kept: 'file', 'text' or 'none', not {kept!r}")
    return kept


class SqlRepository:
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        migrate(self.engine)
        self._vectors: dict[str, StoredVectorIndex] = {}
        self._vector_backend = choose_vector_backend(AUTO, self.engine.dialect.name)
        self.transactions = Transactions(self.engine)
        self._assessor: Assessor | None = None
        self._documents_kept = "file"
        # Where the tenants' own choices are read: this database, or with residency the main one.
        self.tenant_directory: SqlRepository = self
        self._profiles = ProfileCache()
        self._frequencies = WordFrequencies()

    def close(self) -> None:
        self.engine.dispose()

    def keep_vectors(self, backend: VectorBackend) -> None:
        """Where the pool's vectors are kept and searched (Settings.vector_backend, chosen by
        the composition root); the database's own where one is held on it until then."""
        self._vector_backend = backend
        self._vectors.clear()

    def vector_backend(self) -> VectorBackend:
        return self._vector_backend

    def keep_documents(self, kept: str) -> None:
        """What `save_ingested` keeps of a version's received document (Settings.
        resume_originals) for a pool whose tenant chose nothing: "file" (the file and its
        text), "text" (no file) or "none"."""
        self._documents_kept = _documents_choice(kept)

    # One database for everyone: no person's rows are placed by region.
    def region_of(self, candidate_id: str) -> str | None:
        return None

    def region_location(self, region: str) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def set_region(self, candidate_id: str, region: str) -> None:
        raise InvalidInput("storage by region is off; set WORLDHIRE_RESIDENCY=regions")

    def documents_kept(self, tenant_id: str | None) -> str:
        """What is kept of a résumé received into a pool: its tenant's choice, else the
        deployment's (the platform pool always follows the deployment)."""
        own = self.tenant_directory.tenant_resume_originals(tenant_id) if tenant_id else None
        return own or self._documents_kept

    def tenant_resume_originals(self, tenant_id: str) -> str | None:
        with self._tx() as conn:
            return conn.execute(select(t.tenants.c.resume_originals)
                                .where(t.tenants.c.id == tenant_id)).scalar()

    def set_tenant_resume_originals(self, tenant_id: str, kept: str | None) -> None:
        """A tenant's own choice of what is kept ("file", "text", "none"), or None to follow
        the deployment's."""
        value = None if kept is None else _documents_choice(kept)
        with self._tx() as conn:
            conn.execute(update(t.tenants).where(t.tenants.c.id == tenant_id)
                         .values(resume_originals=value))

    def unit_of_work(self) -> SqlUnitOfWork:
        return self.transactions.unit_of_work()

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        with self.transactions.connection() as conn:
            yield conn

    # tenants -----------------------------------------------------------------------------------

    def ensure_tenant(self, name: str) -> Tenant:
        with self._tx() as conn:
            row = conn.execute(select(t.tenants).where(t.tenants.c.name == name)).first()
            if row is not None:
                return Tenant(name=row.name, id=row.id, created_at=in_utc(row.created_at))
            tenant = Tenant(name=name)
            conn.execute(
                insert(t.tenants).values(id=tenant.id, name=name, created_at=tenant.created_at)
            )
            return tenant

    def get_tenant(self, tenant_id: str) -> Tenant | None:
        with self._tx() as conn:
            row = conn.execute(select(t.tenants).where(t.tenants.c.id == tenant_id)).first()
        return None if row is None else Tenant(row.name, row.id, in_utc(row.created_at))

    def list_tenants(self) -> list[Tenant]:
        with self._tx() as conn:
            rows = conn.execute(select(t.tenants).order_by(t.tenants.c.name)).all()
        return [Tenant(r.name, r.id, in_utc(r.created_at)) for r in rows]

    # candidates --------------------------------------------------------------------------------

    def save_candidate(self, candidate: Candidate) -> None:
        self.save_candidates([candidate])

    def save_candidates(self, candidates: Iterable[Candidate]) -> None:
        """Write profiles (updating stored ones with the same id) in one transaction."""
        self.save_ingested([CandidateWrite(c) for c in candidates])

    def save_ingested(self, writes: Sequence[CandidateWrite]) -> None:
        # Assessed before the transaction opens: the work is pure and needs no lock held.
        assessed = self._assess([w.candidate for w in writes])
        kept = {pool: self.documents_kept(pool)
                for pool in {w.candidate.tenant_id for w in writes if w.versions}}
        with self._tx() as conn:
            for start in range(0, len(writes), WRITE_CHUNK):
                chunk = writes[start : start + WRITE_CHUNK]
                self._write_candidates(conn, [w.candidate for w in chunk], assessed)
                for write in chunk:
                    for version in write.versions:
                        self._write_version(conn, version, kept[write.candidate.tenant_id])
                    if write.keys is not None:
                        self._write_keys(conn, write.candidate, write.keys)
                    if write.lift:
                        self._unsuppress(conn, write.lift)

    def load_candidates(self, candidates: Iterable[Candidate], *, chunk: int = 5000) -> int:
        """The bulk path: profiles written `chunk` to a transaction (a load stopped half-way
        keeps the chunks written), each queued for embedding and left to the assessment
        backfill (assessing inline would cost more than the write); returns how many."""
        written = 0
        with self._load_transactions() as transaction:
            for part in batched(candidates, chunk):
                with transaction() as conn:
                    _tenants_exist(conn, {c.tenant_id for c in part if c.tenant_id is not None})
                    for piece in batched(part, WRITE_CHUNK):
                        self._write_candidates(conn, piece, {}, bulk_insert_rows)
                written += len(part)
        if written:
            self._refresh_statistics()
        return written

    def bulk_writer(self) -> SqlBulkWriter:
        return SqlBulkWriter(self)

    def write_prepared(self, batches: Iterable[PreparedRows], *, chunk: int = 5000) -> int:
        """load_candidates for new profiles' prepared rows: at least `chunk` profiles to a
        transaction, its batches whole; returns how many profiles. Each batch is written as it
        comes: a bulk load's workers prepare the next ones meanwhile (its generator hands them
        work as their answers are taken), where collecting a transaction's batches first left
        them idle while the server wrote, and the server idle while they prepared."""
        written = 0
        pending = iter(batches)
        with self._load_transactions() as transaction:
            while (batch := next(pending, None)) is not None:
                with transaction() as conn:
                    held = 0
                    checked: set[str] = set()
                    while batch is not None:
                        _tenants_exist(conn, batch.tenants - checked)
                        checked |= batch.tenants
                        insert_prepared(conn, batch)
                        held += len(batch.ids)
                        batch = next(pending, None) if held < chunk else None
                written += held
        if written:
            self._refresh_statistics()
        return written

    @contextmanager
    def _load_transactions(self) -> Iterator[Callable[[], AbstractContextManager[Connection]]]:
        """Where a bulk load's transactions run. On SQLite outside a unit of work: one
        connection whose foreign keys are not checked until the load ends (SQLite switches them
        only between transactions). Every child row a load writes names a profile of its own
        batch, written before it in the same transaction, and each profile's tenant is looked
        up per chunk (_tenants_exist), so the checks (a lookup per row of every child table, a
        sixth of the load's time in SQLite) could find nothing. The connection's page cache is
        LOAD_CACHE_KIB meanwhile: a chunk's index pages stay in memory until it commits
        instead of spilling to the log and being read back. Elsewhere the store's own."""
        if self.engine.dialect.name != "sqlite" or self.transactions.in_unit_of_work():
            yield self._tx
            return
        conn = self.engine.connect()

        @contextmanager
        def transaction() -> Iterator[Connection]:
            with conn.begin():
                # The write lock taken now, where Python's sqlite3 would begin at the first
                # insert: inside it the chunk's first table (candidates) has its insert
                # triggers' work done per batch too (rows._triggered), not row by row.
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                yield conn

        cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
        try:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.exec_driver_sql(f"PRAGMA cache_size=-{LOAD_CACHE_KIB}")
            conn.commit()
            yield transaction
        finally:
            try:
                conn.rollback()
                conn.exec_driver_sql(f"PRAGMA cache_size={cache}")
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                checked = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
                conn.commit()
            except SQLAlchemyError:
                checked = 0
            if checked != 1:
                conn.invalidate()  # never back in the pool with its checks off
            conn.close()

    def _refresh_statistics(self) -> None:
        """The query planner's statistics of the profiles, after a bulk load. Without them
        SQLite checks a page of retrieved ids against a pool by scanning a country's rows
        instead of looking the ids up (20 times slower at 30,000 profiles, worse at more), and
        PostgreSQL takes any word for a rare one and sorts all its matches for the page after a
        cursor instead of walking the listing table in order (24 ms of server time a page of
        'python' at 30,000 profiles, 1 ms walking). SQLite reads every entry of the profiles'
        indexes (30 ms of CPU at 100,000): a sample of 1,000 made a company's scope look like
        a thousand rows, so its pages were read by collecting and sorting the whole pool (33 ms
        a page at 100,000, 200 ms with a word) instead of walking the listing index (0.3 ms)."""
        with self._tx() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA analysis_limit=0")  # every entry, not a sample
                conn.exec_driver_sql("ANALYZE candidates")
            else:
                # candidate_text's statistics hold its words' shares (pg/full_text.py), and
                # without them the planner reads every profile's text for a keyword query
                # instead of the full-text index (77 ms against 25 at 20,000 profiles).
                conn.exec_driver_sql(f"ANALYZE candidates, candidate_text, {t.LISTING_TABLE}")
                clean_pending_lists(conn)

    def _assess(self, batch: Sequence[Candidate]) -> dict[str, StoredAssessment]:
        if self._assessor is None:
            return {}
        latest = {c.id: c for c in batch}
        return {cid: self._assessor(c) for cid, c in latest.items()}

    def _write_candidates(
        self, conn: Connection, batch: list[Candidate], assessed: dict[str, StoredAssessment],
        insert_many: Callable[[Connection, Table, list[dict[str, Any]]], None] | None = None,
    ) -> None:
        """One statement per table for the whole batch (the row-at-a-time round trips were most
        of a write's cost). A stored row is updated in place (its versions and identifiers hang
        on it); evidence, skills, consents, the searched text and the stored assessment are
        written afresh (a profile `assessed` lacks is left to the backfill), and the profile is
        queued for embedding again (the job's time tells the embedder the text changed).
        `insert_many` writes the new rows of a table (the bulk path's rows.bulk_insert_rows);
        SQLAlchemy's insert otherwise."""
        latest = {c.id: c for c in batch}  # the same profile twice: the last one wins
        ids = list(latest)
        c_ = t.candidates.c
        stored = set(conn.execute(select(c_.id).where(c_.id.in_(ids))).scalars())
        for child in (t.evidence, t.candidate_skills, t.consents, t.candidate_text,
                      t.embedding_jobs, t.candidate_assessments):
            if stored:
                conn.execute(delete(child).where(child.c.candidate_id.in_(sorted(stored))))
        tables = profile_rows(latest.values(), utcnow())
        fresh, changed = [], []
        for row in tables[0][1]:
            if row["id"] in stored:
                row["row_id"] = row.pop("id")
                changed.append(row)
            else:
                fresh.append(row)
        if changed:
            conn.execute(update(t.candidates).where(c_.id == bindparam("row_id")), changed)
        assessments = [assessment_row(assessed[cid]) for cid in ids if cid in assessed]
        for table_, values in [(t.candidates, fresh), *tables[1:],
                               (t.candidate_assessments, assessments)]:
            if not values:
                continue
            if insert_many is None:
                with_impacts(conn, table_, partial(conn.execute, insert(table_), values))
            else:
                insert_many(conn, table_, values)

    def _write_version(self, conn: Connection, v: ResumeVersion, kept: str) -> None:
        table = ident.candidate_versions
        conn.execute(delete(table).where(and_(table.c.candidate_id == v.candidate_id,
                                              table.c.content_hash == v.content_hash)))
        conn.execute(insert(table).values(
            id=v.id, candidate_id=v.candidate_id, content_hash=v.content_hash,
            file_name=v.file_name[:500], source=v.source[:300], parsed_at=v.parsed_at,
            profile=profile_json(v.profile),
        ))
        if v.document is not None and kept != "none":
            docs = ident.resume_documents
            conn.execute(delete(docs).where(and_(docs.c.candidate_id == v.candidate_id,
                                                 docs.c.content_hash == v.content_hash)))
            conn.execute(insert(docs).values(
                candidate_id=v.candidate_id, content_hash=v.content_hash,
                media_type=v.document.media_type[:120], text=v.document.text,
                original=v.document.original if kept == "file" else None,
            ))

    def _write_keys(self, conn: Connection, c: Candidate, keys: Iterable[str]) -> None:
        table = ident.candidate_identifiers
        conn.execute(delete(table).where(table.c.candidate_id == c.id))
        unique = list(dict.fromkeys(k[:400] for k in keys))
        if unique:
            conn.execute(insert(table), [
                {"candidate_id": c.id, "tenant_id": c.tenant_id, "key": k} for k in unique
            ])

    def versions_of(self, candidate_id: str, *, documents: bool = False) -> list[ResumeVersion]:
        """Oldest first; with `documents`, each with the file it was read from where kept."""
        table = ident.candidate_versions
        docs = ident.resume_documents
        with self._tx() as conn:
            rows = conn.execute(
                select(table).where(table.c.candidate_id == candidate_id)
                .order_by(table.c.parsed_at, table.c.id)
            ).all()
            kept = {} if not documents else {
                d.content_hash: ResumeDocument(d.media_type, d.text,
                                               None if d.original is None else bytes(d.original))
                for d in conn.execute(select(docs).where(docs.c.candidate_id == candidate_id))
            }
        return [
            ResumeVersion(
                candidate_id=r.candidate_id, content_hash=r.content_hash, file_name=r.file_name,
                source=r.source, profile=profile_from_json(r.profile),
                parsed_at=in_utc(r.parsed_at), id=r.id, document=kept.get(r.content_hash),
            )
            for r in rows
        ]

    def identifier_keys(self, candidate_id: str) -> list[str]:
        table = ident.candidate_identifiers
        with self._tx() as conn:
            return list(conn.execute(
                select(table.c.key).where(table.c.candidate_id == candidate_id)
                .order_by(table.c.id)
            ).scalars())

    def candidates_by_keys(
        self, tenant_id: str | None, keys: Collection[str]
    ) -> dict[str, list[str]]:
        """Every key of each candidate of the pool that has one of `keys`, oldest first."""
        table = ident.candidate_identifiers
        if not keys:
            return {}
        with self._tx() as conn:
            found = select(table.c.candidate_id).where(
                and_(_tenant_is(table.c.tenant_id, tenant_id), table.c.key.in_(list(keys)))
            )
            rows = conn.execute(
                select(table.c.candidate_id, table.c.key)
                .join(t.candidates, t.candidates.c.id == table.c.candidate_id)
                .where(table.c.candidate_id.in_(found))
                .order_by(t.candidates.c.created_at, table.c.candidate_id, table.c.id)
            ).all()
        out: dict[str, list[str]] = {}
        for row in rows:
            out.setdefault(row.candidate_id, []).append(row.key)
        return out

    def get_candidate(self, candidate_id: str) -> Candidate | None:
        found = self._load_candidates(t.candidates.c.id == candidate_id)
        return found[0] if found else None

    def find_candidate_by_hash(self, tenant_id: str | None, content_hash: str) -> Candidate | None:
        found = self._load_candidates(
            and_(_tenant_is(t.candidates.c.tenant_id, tenant_id),
                 t.candidates.c.source_hash == content_hash)
        )
        return found[0] if found else None

    def list_candidates(
        self, tenant_id: str | None = None, *, include_platform: bool = True
    ) -> list[Candidate]:
        """A tenant's own candidates, plus self-registered platform profiles if asked."""
        col = t.candidates.c.tenant_id
        if tenant_id is None:
            return self._load_candidates(col.is_(None))
        where = or_(col == tenant_id, col.is_(None)) if include_platform else col == tenant_id
        return self._load_candidates(where)

    def get_candidates(self, candidate_ids: Sequence[str]) -> list[Candidate]:
        """The stored ones of these candidates (missing ids are skipped), oldest first."""
        ids = list(dict.fromkeys(candidate_ids))
        if not ids:
            return []
        return self._load_candidates(among(t.candidates.c.id, ids, self.engine.dialect.name))

    def read_candidates(self, candidate_ids: Sequence[str]) -> list[Candidate]:
        """`get_candidates` (the same profiles, in the same order) for a reader that changes
        nothing it gets, the ranking: profiles unchanged since this repository last read them
        are served from memory (store.profile_cache), only the others are loaded. The objects
        are shared between calls: never change one."""
        ids = list(dict.fromkeys(candidate_ids))
        if not ids:
            return []
        c = t.candidates.c
        with self._tx() as conn:
            stamps = [(r.id, in_utc(r.updated_at)) for r in conn.execute(
                select(c.id, c.updated_at).where(among(c.id, ids, conn.dialect.name))
                .order_by(c.created_at, c.id))]
        if len(stamps) < len(ids):  # erased by another process: not kept any longer either
            self._profiles.forget(list(set(ids) - {cid for cid, _ in stamps}))
        return self._profiles.read(stamps, self.get_candidates)

    def forget_read(self, candidate_id: str) -> int:
        """Drop a person from the profiles `read_candidates` keeps (erasure)."""
        return self._profiles.forget([candidate_id])

    def candidate_page(
        self, scope: PageScope, *, country: str | None = None, skill: str | None = None,
        words: Sequence[str] = (), limit: int = 50, offset: int = 0,
        after: tuple[str, str] | None = None, count: bool = True,
    ) -> ListPage[CandidateSummary]:
        """One page of the candidates in `scope`, filtered, counted (up to COUNT_CAP; not at
        all without `count`) and ordered by name (then id) in SQL, read in order from the
        listing index; each row is the list's summary, read with the page in one statement
        (no profile is loaded). `after` is the (sort_name, id) of the last one of the page
        before (keyset pagination: no row before it is read), `offset` skips rows after that.
        Every word must begin a term of the name, the headline or a skill's label, case and
        accents aside (core.texts.terms), found by the full-text index of those terms."""
        c = t.candidates
        wanted = list(dict.fromkeys(terms(" ".join(words))))
        total: int | None = None
        with self._tx() as conn:
            plan = WordPlan.of(conn, wanted, scope_words(scope, country))
            if plan.empty:
                return ListPage(items=[], total=0 if count else None)
            sort_key, key = plan.order
            conds = page_conds(scope, country, skill, key, scoped=plan.scoped)
            after_key = [] if after is None else [tuple_(sort_key, key) > tuple_(*after)]
            if count and plan.matches is not None and scope.candidate_id is None and not skill:
                total = plan.matches  # the index's matches are the page's rows: nothing to join
            elif count:
                # Counted up to one past the cap: reading every match is what the cap saves.
                rows_from, filtered = plan.rows(COUNT_CAP + 1, joined=COUNT_CAP + 1)
                counted = (select(key).select_from(rows_from).where(*conds, *filtered)
                           .limit(COUNT_CAP + 1).subquery())
                total = int(conn.execute(select(func.count()).select_from(counted))
                            .scalar_one())
            if total is not None and after is None and offset >= total <= COUNT_CAP:
                return ListPage(items=[], total=total)  # past the last row: nothing to walk
            rows_from, filtered = plan.rows(offset + limit + 1)
            page = (select(key.label("page_id"), sort_key.label("page_key"))
                    .select_from(rows_from)
                    .where(*conds, *filtered, *after_key).order_by(sort_key, key)
                    .limit(limit + 1).offset(offset).subquery())
            # Ordered by the page's own columns: ordered by the profiles', SQLite's planner (who
            # cannot know the page's limit) walked every profile in the listing index's order
            # and looked each up in the page (40 ms of a 'kubernetes' page's 70 at 100,000).
            rows = conn.execute(
                select(*[c.c[name] for name in SUMMARY_COLUMNS],
                       skills_of_row(conn.dialect.name).label("skill_pairs"))
                .join(page, page.c.page_id == c.c.id)
                .order_by(page.c.page_key, page.c.page_id)
            ).all()
        shown = [candidate_summary(r) for r in rows[:limit]]
        last = shown[-1] if len(rows) > limit else None
        return ListPage(
            items=shown, total=None if total is None else min(total, COUNT_CAP),
            total_exact=total is None or total <= COUNT_CAP,
            next_after=None if last is None else (last.sort_name, last.id),
        )

    def matching_pool(self, tenant_id: str | None) -> list[Candidate]:
        """The people a tenant's role may be matched against: its own candidates and the
        platform's, whose latest word on matching is a yes. Nobody else is read at all."""
        col = t.candidates.c.tenant_id
        where = col.is_(None) if tenant_id is None else or_(col == tenant_id, col.is_(None))
        return self._load_candidates(and_(where, consents_to_matching()))

    # retrieval in the store ---------------------------------------------------------------------

    def pool_size(self, tenant_id: str | None) -> int:
        """How many people a tenant's role may be matched against: on SQLite the counts its
        triggers keep (t.POOL_COUNTS, one row for the tenant's own, one for the platform's),
        on PostgreSQL counted."""
        with self._tx() as conn:
            if conn.dialect.name == "sqlite":
                counts = table(t.POOL_COUNTS, literal_column("tenant_key"),
                               literal_column("profiles"))
                keys = [""] if tenant_id is None else ["", tenant_id]
                return int(conn.execute(
                    select(func.coalesce(func.sum(literal_column("profiles")), 0))
                    .select_from(counts).where(literal_column("tenant_key").in_(keys))
                ).scalar_one())
            return int(conn.execute(
                select(func.count()).select_from(t.candidates)
                .where(pool_where(PoolFilter(tenant_id)))
            ).scalar_one())

    def pool_ids(self, pool: PoolFilter) -> list[str]:
        """Every id in the filtered pool (for a vector search that needs an allow-list)."""
        with self._tx() as conn:
            return list(conn.execute(select(t.candidates.c.id).where(pool_where(pool)))
                        .scalars())

    def in_pool(self, pool: PoolFilter, candidate_ids: Sequence[str]) -> set[str]:
        """Which of these ids are in the filtered pool."""
        with self._tx() as conn:
            return pool_members(conn, pool, candidate_ids)

    def search_profiles(
        self, pool: PoolFilter, words: Sequence[str], k: int
    ) -> list[tuple[str, float]]:
        """The `k` profiles of the filtered pool that best match any of `words` (full-text rank
        of the database, higher is better), best first.

        The full-text index is asked without the pool's predicates and its matches, best first,
        are checked against them `OVERFETCH` x `k` at a time, up to `DEEPEN` such parts: the
        pool's members met on the way are its best, in the same order, and the database ranked
        every match to sort them anyway, so reading on costs only the checks. Only a pool too
        selective for that is searched with the predicates joined in (each match then costs a
        row lookup); when that came after the first part, two fifths of bench/e2e.py's roles
        took it at 30,000 profiles.

        On SQLite a query whose words hold more than RANKED_POSTINGS postings is ranked from
        the impact-ordered index instead (store/sql/impacts.py): each word's best postings are
        read, so the cost no longer grows with the store. On PostgreSQL the matches are ranked
        from their words' postings (store/sql/postings.py) and those returned scored from their
        tsvectors, as weighted_rank scores every match."""
        words = [w for w in dict.fromkeys(words) if w]
        if not words or k <= 0:
            return []
        part = k * OVERFETCH
        hits: list[tuple[str, float]] = []
        # A unit of work's own writes are not in the index's stamp yet (sql/frequencies.py).
        frequencies = None if self.transactions.in_unit_of_work() else self._frequencies
        with self._tx() as conn:
            if conn.dialect.name == "sqlite":
                held = selective(conn, words, frequencies)
                if sum(held.values()) > RANKED_POSTINGS and impacts.in_use(conn):
                    return impacts.search(conn, held, k, partial(pool_rows, conn, pool))
            matches = RankedMatches(conn, words, part, part * DEEPEN, frequencies)
            for rows in matches:
                members = pool_members(conn, pool, [cid for cid, _ in rows])
                hits += [(cid, score) for cid, score in rows if cid in members]
                if len(hits) >= k:
                    break
            if len(hits) < k and not matches.complete:
                hits = matches.within(pool_where(pool), k)
            return matches.exact(hits, k)

    def working_windows(self, pool: PoolFilter) -> list[tuple[str, float, float]]:
        """The distinct (time zone, start hour, end hour) of people who state a zone, those of
        the filtered pool among them: a million profiles have a few hundred, so an overlap rule
        is decided per window and becomes a predicate (PoolFilter.windows). SQLite reads the
        store's from the counts its triggers keep (migration 0031), whatever the pool, instead
        of every row of the pool; PostgreSQL reads the pool's rows."""
        c = t.candidates.c
        with self._tx() as conn:
            if conn.dialect.name == "sqlite":
                held = table(t.WORK_WINDOWS, column("timezone"), column("work_start_hour"),
                             column("work_end_hour"), column("profiles"))
                rows = conn.execute(
                    select(held.c.timezone, held.c.work_start_hour, held.c.work_end_hour)
                    .where(held.c.profiles > 0)).all()
            else:
                rows = conn.execute(
                    select(c.timezone, c.work_start_hour, c.work_end_hour).distinct()
                    .where(pool_where(pool), c.timezone.is_not(None), c.timezone != "")
                ).all()
        return sorted((r[0], float(r[1]), float(r[2])) for r in rows)

    def profile_vectors(self, model: str, dim: int) -> StoredVectorIndex | None:
        """The pool's vectors held by the database itself (the chosen backend's, as the
        pgvector table of the model's profiles that `batch embed` fills and the embedding queue
        writes), one instance per repository, so its row map follows this process's writes.
        None where the backend keeps them in files under the home (index/pool.py)."""
        held = self._vector_backend.held
        if held is None:
            return None
        found = self._vectors.get(model)
        if found is None:
            found = self._vectors[model] = held.open(self.engine, model, dim, "profiles")
        return found

    def delete_candidate(self, candidate_id: str) -> bool:
        with self._tx() as conn:
            result = conn.execute(delete(t.candidates).where(t.candidates.c.id == candidate_id))
        self.forget_read(candidate_id)
        return bool(result.rowcount)

    # suppression list ----------------------------------------------------------------------------

    def suppression_salt(self) -> bytes:
        """The installation's salt for the suppression list, made on first use."""
        table = ident.suppression_salt
        with self._tx() as conn:
            found = conn.execute(select(table.c.salt).where(table.c.id == 1)).scalar()
        if found is not None:
            return bytes(found)
        try:
            with self._tx() as conn:
                conn.execute(insert(table).values(id=1, salt=os.urandom(32)))
        except IntegrityError:
            pass  # another process made it first: theirs is the one
        with self._tx() as conn:
            return bytes(conn.execute(select(table.c.salt).where(table.c.id == 1)).scalar_one())

    def suppress(self, hashes: Collection[str]) -> int:
        table = ident.suppressed_identifiers
        wanted = set(hashes)
        with self._tx() as conn:
            new = wanted - self._suppressed(conn, wanted)
            if new:
                now, erasure = utcnow(), uuid.uuid4().hex
                conn.execute(insert(table), [
                    {"key_hash": h, "erasure": erasure, "suppressed_at": now} for h in sorted(new)
                ])
        return len(new)

    def suppressed(self, hashes: Collection[str]) -> set[str]:
        with self._tx() as conn:
            return self._suppressed(conn, hashes)

    def _suppressed(self, conn: Connection, hashes: Collection[str]) -> set[str]:
        table = ident.suppressed_identifiers
        if not hashes:
            return set()
        return set(conn.execute(
            select(table.c.key_hash).where(among(table.c.key_hash, list(hashes),
                                                  conn.dialect.name))
        ).scalars())

    def unsuppress(self, hashes: Collection[str]) -> None:
        with self._tx() as conn:
            self._unsuppress(conn, hashes)

    def _unsuppress(self, conn: Connection, hashes: Collection[str]) -> None:
        """Every hash of the erasures any of `hashes` came from."""
        table = ident.suppressed_identifiers
        if not hashes:
            return
        erasures = select(table.c.erasure).where(table.c.key_hash.in_(list(hashes)))
        conn.execute(delete(table).where(table.c.erasure.in_(erasures)))

    def _load_candidates(self, where: Any) -> list[Candidate]:
        with self._tx() as conn:
            rows = plain_rows(conn.execute(
                select(t.candidates).where(where).order_by(t.candidates.c.created_at,
                                                           t.candidates.c.id)
            ))
            ids = [r.id for r in rows]
            if not ids:
                return []
            dialect = conn.dialect.name
            evidence = grouped(plain_rows(
                conn.execute(
                    select(t.evidence).where(among(t.evidence.c.candidate_id, ids, dialect))
                    .order_by(t.evidence.c.position)
                )
            ))
            skills = grouped(plain_rows(
                conn.execute(
                    select(t.candidate_skills)
                    .where(among(t.candidate_skills.c.candidate_id, ids, dialect))
                    .order_by(t.candidate_skills.c.id)
                )
            ))
            consents = grouped(plain_rows(
                conn.execute(
                    select(t.consents).where(among(t.consents.c.candidate_id, ids, dialect))
                    .order_by(t.consents.c.id)
                )
            ))
        return [
            candidate_of(r, evidence.get(r.id, []), skills.get(r.id, []), consents.get(r.id, []))
            for r in rows
        ]

    # stored assessments -------------------------------------------------------------------------

    def assess_on_write(self, assessor: Assessor | None) -> None:
        """Every profile write (but the bulk path's) stores `assessor`'s assessment with it."""
        self._assessor = assessor

    def stored_assessments(self, candidate_ids: Sequence[str]) -> dict[str, StoredAssessment]:
        a = t.candidate_assessments
        ids = list(dict.fromkeys(candidate_ids))
        if not ids:
            return {}
        with self._tx() as conn:
            rows = conn.execute(select(a).where(among(a.c.candidate_id, ids, conn.dialect.name)))
            return {r.candidate_id: StoredAssessment(r.candidate_id, r.version, r.fingerprint,
                                                     r.body) for r in rows}

    def save_assessments(self, rows: Sequence[StoredAssessment]) -> None:
        """Store these assessments, replacing the profiles' earlier ones; a profile deleted
        meanwhile is skipped."""
        a = t.candidate_assessments
        with self._tx() as conn:
            for start in range(0, len(rows), WRITE_CHUNK):
                part = {r.candidate_id: r for r in rows[start : start + WRITE_CHUNK]}
                conn.execute(delete(a).where(a.c.candidate_id.in_(sorted(part))))
                present = set(conn.execute(
                    select(t.candidates.c.id).where(t.candidates.c.id.in_(sorted(part)))
                ).scalars())
                values = [assessment_row(r) for cid, r in part.items() if cid in present]
                if values:
                    conn.execute(insert(a), values)

    def _unassessed_where(self, version: str) -> Any:
        a = t.candidate_assessments
        return ~exists().where(a.c.candidate_id == t.candidates.c.id, a.c.version == version)

    def unassessed(self, version: str, limit: int, after: str = "") -> list[str]:
        """Profiles after the id `after` with no stored assessment of this extractor version
        (never assessed, bulk loaded, or assessed by another version), in id order."""
        c = t.candidates.c
        with self._tx() as conn:
            return list(conn.execute(
                select(c.id).where(c.id > after, self._unassessed_where(version))
                .order_by(c.id).limit(limit)
            ).scalars())

    def assessment_backlog(self, version: str) -> int:
        with self._tx() as conn:
            return int(conn.execute(
                select(func.count()).select_from(t.candidates)
                .where(self._unassessed_where(version))
            ).scalar_one())

    # embedding queue ---------------------------------------------------------------------------

    def embedding_jobs(self, limit: int) -> list[tuple[str, datetime]]:
        """(candidate id, queued at) of the oldest profiles waiting to be embedded."""
        q = t.embedding_jobs
        with self._tx() as conn:
            rows = conn.execute(
                select(q.c.candidate_id, q.c.queued_at)
                .order_by(q.c.queued_at, q.c.candidate_id).limit(limit)
            ).all()
        return [(r.candidate_id, r.queued_at) for r in rows]

    def finish_embedding_jobs(self, jobs: Sequence[tuple[str, datetime]]) -> None:
        """Drop these jobs, unless the profile was queued again since (its newer text waits)."""
        q = t.embedding_jobs
        with self._tx() as conn:
            for candidate_id, queued_at in jobs:
                conn.execute(delete(q).where(q.c.candidate_id == candidate_id,
                                             q.c.queued_at == queued_at))

    def embedding_backlog(self) -> int:
        with self._tx() as conn:
            return int(conn.execute(select(func.count()).select_from(t.embedding_jobs))
                       .scalar_one())

    # roles -------------------------------------------------------------------------------------

    def save_role(self, role: Role) -> None:
        with self._tx() as conn:
            conn.execute(delete(t.roles).where(t.roles.c.id == role.id))
            conn.execute(
                insert(t.roles).values(
                    id=role.id, tenant_id=role.tenant_id, title=role.title, company=role.company,
                    description=role.description, seniority=role.seniority.value,
                    timezone=role.timezone, work_start_hour=role.work_start_hour,
                    work_end_hour=role.work_end_hour, min_overlap_hours=role.min_overlap_hours,
                    zone_band=asdict(role.zone_band) if role.zone_band else None,
                    min_years=role.min_years, budget_usd_year=role.budget_usd_year,
                    budget=asdict(role.budget) if role.budget else None,
                    remote_policy=role.remote_policy.value,
                    visa_sponsorship=role.visa_sponsorship,
                    allowed_countries=role.allowed_countries,
                    location_country=role.location_country, status=role.status,
                    sort_title=role_sort_title(role),
                    source_hash=role.source_hash, created_at=role.created_at,
                    updated_at=role.updated_at, updated_by=role.updated_by,
                    **occupation_columns(role.occupation),
                )
            )
            if role.requirements:
                conn.execute(
                    insert(t.role_requirements),
                    [
                        dict(
                            role_id=role.id, position=i, skill_id=r.skill.id, label=r.skill.label,
                            must=r.must, min_years=r.min_years, weight=r.weight,
                            quote=r.quote, confidence=r.confidence, needs_review=r.needs_review,
                            alternatives=[asdict(a) for a in r.alternatives],
                        )
                        for i, r in enumerate(role.requirements)
                    ],
                )

    def get_role(self, role_id: str) -> Role | None:
        found = self._load_roles(t.roles.c.id == role_id)
        return found[0] if found else None

    def role_vector(self, role_id: str, model: str) -> RoleVector | None:
        v = t.role_vectors.c
        with self._tx() as conn:
            row = conn.execute(select(v.fingerprint, v.vector)
                               .where(v.role_id == role_id, v.model == model)).first()
        return None if row is None else RoleVector(role_id, model, row.fingerprint,
                                                   bytes(row.vector))

    def save_role_vectors(self, vectors: Sequence[RoleVector]) -> None:
        """Each vector replaces the role's for its model; one of a role deleted meanwhile is
        dropped (written only while the role's row is there)."""
        v, r = t.role_vectors.c, t.roles.c
        with self._tx() as conn:
            for found in vectors:
                conn.execute(delete(t.role_vectors).where(v.role_id == found.role_id,
                                                          v.model == found.model))
                conn.execute(insert(t.role_vectors).from_select(
                    ["role_id", "model", "fingerprint", "vector"],
                    select(r.id, bindparam("model", found.model, String),
                           bindparam("fingerprint", found.fingerprint, String),
                           bindparam("vector", found.vector, LargeBinary))
                    .where(r.id == found.role_id)))

    def roles_to_embed(self, model: str, limit: int) -> list[Role]:
        """Open roles without a vector by `model`: written since they were last embedded."""
        v, r = t.role_vectors.c, t.roles.c
        embedded = select(v.role_id).where(v.model == model)
        with self._tx() as conn:
            ids = conn.execute(select(r.id).where(r.status == RoleStatus.OPEN.value,
                                                  r.id.not_in(embedded))
                               .order_by(r.created_at, r.id).limit(limit)).scalars().all()
        return self._load_roles(r.id.in_(ids)) if ids else []

    def find_role_by_hash(self, tenant_id: str, content_hash: str) -> Role | None:
        found = self._load_roles(
            and_(t.roles.c.tenant_id == tenant_id, t.roles.c.source_hash == content_hash)
        )
        return found[0] if found else None

    def list_roles(self, tenant_id: str | None = None) -> list[Role]:
        where = t.roles.c.tenant_id == tenant_id if tenant_id is not None else true()
        return self._load_roles(where)

    def role_page(
        self, tenant_id: str | None = None, *, statuses: Collection[str] | None = None,
        limit: int = 50, offset: int = 0, after: tuple[str, str] | None = None,
    ) -> ListPage[Role]:
        """One page of a tenant's roles (every tenant's with None) whose status is one of
        `statuses` (any, with None), counted (up to COUNT_CAP) and ordered by title (then id)
        in SQL; `after` and `offset` as in candidate_page."""
        r = t.roles.c
        conds = [true() if tenant_id is None else r.tenant_id == tenant_id]
        if statuses is not None:
            conds.append(r.status.in_(sorted(statuses)))
        after_key = [] if after is None else [tuple_(r.sort_title, r.id) > tuple_(*after)]
        with self._tx() as conn:
            counted = select(r.id).where(*conds).limit(COUNT_CAP + 1).subquery()
            total = int(conn.execute(select(func.count()).select_from(counted)).scalar_one())
            rows = conn.execute(
                select(r.id, r.sort_title).where(*conds, *after_key)
                .order_by(r.sort_title, r.id).limit(limit + 1).offset(offset)
            ).all()
        shown = rows[:limit]
        found = {role.id: role for role in self._load_roles(r.id.in_([x.id for x in shown]))}
        last = shown[-1] if len(rows) > limit else None
        return ListPage(
            items=[found[x.id] for x in shown if x.id in found],
            total=min(total, COUNT_CAP), total_exact=total <= COUNT_CAP,
            next_after=None if last is None else (last.sort_title, last.id),
        )

    def _load_roles(self, where: Any) -> list[Role]:
        with self._tx() as conn:
            rows = conn.execute(
                select(t.roles).where(where).order_by(t.roles.c.created_at, t.roles.c.id)
            ).all()
            reqs = grouped(
                conn.execute(
                    select(t.role_requirements)
                    .where(t.role_requirements.c.role_id.in_([r.id for r in rows]))
                    .order_by(t.role_requirements.c.position)
                ).all(),
                key="role_id",
            )
        return [role_of(r, reqs.get(r.id, [])) for r in rows]

    # ingest ledger ----------------------------------------------------------------------------

    def record_ingest(self, record: IngestRecord) -> None:
        with self._tx() as conn:
            conn.execute(
                insert(t.ingest_log).values(
                    path=record.path, content_hash=record.content_hash, status=record.status,
                    tenant_id=record.tenant_id, candidate_id=record.candidate_id,
                    role_id=record.role_id, error=record.error, at=record.at or utcnow(),
                )
            )

    def ingested_hashes(self, tenant_id: str | None) -> set[str]:
        with self._tx() as conn:
            rows = conn.execute(
                select(t.ingest_log.c.content_hash).where(
                    and_(t.ingest_log.c.status == "ok",
                         _tenant_is(t.ingest_log.c.tenant_id, tenant_id))
                )
            ).all()
        return {r.content_hash for r in rows}

    def ingest_log(self, limit: int = 100) -> Sequence[IngestRecord]:
        with self._tx() as conn:
            rows = conn.execute(
                select(t.ingest_log).order_by(t.ingest_log.c.id.desc()).limit(limit)
            ).all()
        return [
            IngestRecord(
                path=r.path, content_hash=r.content_hash, status=r.status, tenant_id=r.tenant_id,
                candidate_id=r.candidate_id, role_id=r.role_id, error=r.error, at=in_utc(r.at),
            )
            for r in rows
        ]


# How much deeper than asked the full-text index is read at a time before the pool's filters are
# checked on its hits, and how many such parts are read before the filters are joined in.
OVERFETCH = 4
DEEPEN = 8
# Postings FTS5 may rank for one query on SQLite (about 1.5 us each: 0.3 s for 200,000); past
# it the impact-ordered index is read. bench/e2e.py's roles hold fewer at 100,000 profiles (so
# their shortlists are FTS5's), 0.5-1 million at 1,000,000.
RANKED_POSTINGS = 200_000


def _tenants_exist(conn: Connection, named: Collection[str]) -> None:
    """Refuse a batch naming a tenant the store lacks, as the foreign key would."""
    if not named:
        return
    known = set(conn.execute(select(t.tenants.c.id).where(t.tenants.c.id.in_(sorted(named))))
                .scalars())
    if missing := set(named) - known:
        raise IntegrityError("INSERT INTO candidates", None, ValueError(
            f"FOREIGN KEY constraint failed: no tenant {', '.join(sorted(missing))}"))


class SqlBulkWriter:
    """The bulk path in two halves (store.protocol.BulkWriter): `prepare` builds new profiles'
    rows, each value as the driver takes it, touching no database (a bulk load runs it in worker
    processes; the rows come back pickled), and `write` writes them as load_candidates would,
    the writer's own work being the driver's."""

    def __init__(self, repo: SqlRepository) -> None:
        self._repo = repo
        self._dialect = repo.engine.dialect

    def prepare(self, candidates: Sequence[Candidate]) -> PreparedRows:
        tables = profile_rows(candidates, utcnow())
        return prepare_rows(self._dialect, [c.id for c in candidates],
                            {c.tenant_id for c in candidates if c.tenant_id is not None}, tables)

    def write(self, batches: Iterable[PreparedRows], *, chunk: int) -> int:
        return self._repo.write_prepared(batches, chunk=chunk)


def _tenant_is(column: Any, tenant_id: str | None) -> Any:
    return column.is_(None) if tenant_id is None else column == tenant_id


















