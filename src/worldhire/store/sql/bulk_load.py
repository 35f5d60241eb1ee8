"""The bulk path: new profiles written a chunk to a transaction, queued for embedding and left to
the assessment backfill, then the planner's statistics refreshed."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from itertools import islice

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from worldhire.core.models import Candidate, utcnow
from worldhire.store.pg.full_text import clean_pending_lists
from worldhire.store.sql import schema as t
from worldhire.store.sql.database import WRITE_CHUNK
from worldhire.store.sql.mapping import profile_rows
from worldhire.store.sql.profile_writes import SqlProfileWrites
from worldhire.store.sql.rows import PreparedRows, bulk_insert_rows, insert_prepared, prepare_rows

# SQLite's page cache on a bulk load's connection (KiB; the default is 2 MiB).
LOAD_CACHE_KIB = 128 * 1024


def batched(items: Iterable[Candidate], size: int) -> Iterator[list[Candidate]]:
    iterator = iter(items)
    while part := list(islice(iterator, size)):
        yield part


class SqlBulkLoads(SqlProfileWrites):
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

    def __init__(self, repo: SqlBulkLoads) -> None:
        self._repo = repo
        self._dialect = repo.engine.dialect

    def prepare(self, candidates: Sequence[Candidate]) -> PreparedRows:
        tables = profile_rows(candidates, utcnow())
        return prepare_rows(self._dialect, [c.id for c in candidates],
                            {c.tenant_id for c in candidates if c.tenant_id is not None}, tables)

    def write(self, batches: Iterable[PreparedRows], *, chunk: int) -> int:
        return self._repo.write_prepared(batches, chunk=chunk)
