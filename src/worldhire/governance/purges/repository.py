"""What erasure reads and deletes in every database (rows by table, the ingest ledger, saved
searches, résumés kept as received), the purges still to finish, and the compaction that
follows an erasure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from worldhire.core.models import utcnow
from worldhire.governance.repository import aware, connection
from worldhire.governance.store import Governance
from worldhire.store.sql import schema as t
from worldhire.store.sql import schema_governance as g
from worldhire.store.sql import schema_identity as ident
from worldhire.store.sql import schema_pipeline as _pipeline  # noqa: F401
from worldhire.store.sql.regional import store_engines, store_transactions
from worldhire.store.sql.unit_of_work import Transactions


def _iso(value: datetime | None) -> str | None:
    return aware(value).isoformat() if value else None


def ids_where(gov: Governance, table: str, wanted: str, column: str,
              values: Sequence[str]) -> list[str]:
    """`wanted` of the rows whose `column` is one of `values`, in every database."""
    if not values:
        return []
    found: list[str] = []
    target = t.metadata.tables[table]
    for database in store_transactions(gov.repo):
        with database.connection() as conn:
            found += [str(v) for v in conn.execute(
                select(target.c[wanted]).where(target.c[column].in_(list(values)))).scalars()]
    return list(dict.fromkeys(found))


def searches_naming(gov: Governance, words: Sequence[str], tenants: Sequence[str]) -> list[str]:
    """The ids of these tenants' saved searches (main database) whose name or words hold one of
    `words`, in any case and spacing; a phone number is matched by its digits, as a recruiter
    may have typed it with other separators."""
    wanted = [" ".join(w.split()).casefold() for w in words if w.strip()]
    numbers = [d for w in words if len(d := _digits(w)) >= _PHONE_DIGITS
               and not any(c.isalpha() for c in w)]
    if not tenants or not (wanted or numbers):
        return []
    s = t.saved_searches
    with connection(gov) as conn:
        rows = conn.execute(select(s.c.id, s.c.name, s.c.query)
                            .where(s.c.tenant_id.in_(list(tenants))).order_by(s.c.id)).all()
    found = []
    for row in rows:
        said = " ".join([row.name, *(str(v) for v in dict(row.query).values() if v)])
        folded = " ".join(said.split()).casefold()
        if any(w in folded for w in wanted) or any(n in _digits(said) for n in numbers):
            found.append(str(row.id))
    return found


# Fewer digits than a phone number's local part match too much of anything else.
_PHONE_DIGITS = 7


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def rows_where(gov: Governance, table: str, column: str, values: Sequence[str],
               withheld: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Every column but `withheld` of the rows whose `column` is one of `values`, in every
    database; times in ISO form."""
    if not values:
        return []
    target = t.metadata.tables[table]
    shown = [c for c in target.columns if c.name not in withheld]
    out = []
    for database in store_transactions(gov.repo):
        with database.connection() as conn:
            rows = conn.execute(
                select(*shown).where(target.c[column].in_(list(values)))).mappings().all()
        out += [{k: _iso(v) if isinstance(v, datetime) else v for k, v in r.items()}
                for r in rows]
    return out


def delete_where(gov: Governance, table: str, column: str, values: Sequence[str]) -> int:
    """Delete the rows whose `column` is one of `values`, in every database; how many went."""
    if not values:
        return 0
    target = t.metadata.tables[table]
    removed = 0
    for database in store_transactions(gov.repo):
        with database.connection() as conn:
            removed += conn.execute(
                delete(target).where(target.c[column].in_(list(values)))).rowcount or 0
    return removed


def scrub_ingest_ledger(gov: Governance, candidate_id: str) -> int:
    """The ingest ledger names the file a person came from; their rows go, in every database. A
    bulk file's row that lists others as well only loses this person's id."""
    return sum(_scrub_ledger(database, candidate_id) for database in store_transactions(gov.repo))


def _scrub_ledger(database: Transactions, candidate_id: str) -> int:
    log = t.ingest_log
    changed = 0
    with database.connection() as conn:
        rows = conn.execute(
            select(log.c.id, log.c.candidate_id).where(log.c.candidate_id.contains(candidate_id))
        ).all()
        for row in rows:
            ids = [i for i in (row.candidate_id or "").split(",") if i]
            if candidate_id not in ids:
                continue
            rest = [i for i in ids if i != candidate_id]
            if rest:
                conn.execute(update(log).where(log.c.id == row.id)
                             .values(candidate_id=",".join(rest)))
            else:
                conn.execute(delete(log).where(log.c.id == row.id))
            changed += 1
    return changed


class PurgeReason(StrEnum):
    """Why a person's purge is pending, which says what finishing it takes."""

    ERASED = "erased"  # a retention period ran out: delete their rows, then run the purgers
    # The person asked: the same, and their identifiers go on the suppression list, in case
    # the erasure's database part rolled back and the retry is what erases them.
    REQUESTED = "erased-on-request"
    # A profile merged into another: its rows went with the merge, so only the purgers run.
    MERGED = "merged"


@dataclass(frozen=True)
class PendingPurge:
    candidate_id: str
    requested_at: datetime
    attempts: int  # failed retries so far
    last_error: str | None
    reason: PurgeReason = PurgeReason.ERASED


class PendingPurges:
    """People whose erasure is still to be finished (main database): written before the
    erasure's unit of work, so that a unit that rolls back leaves the request pending, and again
    in it for the profiles merged into theirs; removed once every purger has run."""

    def __init__(self, gov: Governance) -> None:
        self.gov = gov

    def add(self, candidate_id: str, reason: PurgeReason = PurgeReason.ERASED) -> None:
        """Pending from now (attempts start again); a request made on the person's behalf
        stays one."""
        table = g.pending_purges
        with connection(self.gov) as conn:
            held = conn.execute(select(table.c.reason)
                                .where(table.c.candidate_id == candidate_id)).scalar()
            if held == PurgeReason.REQUESTED:
                reason = PurgeReason.REQUESTED
            conn.execute(delete(table).where(table.c.candidate_id == candidate_id))
            conn.execute(insert(table).values(
                candidate_id=candidate_id, requested_at=utcnow(), attempts=0, reason=reason))

    def waiting(self) -> list[str]:
        return [p.candidate_id for p in self.listing()]

    def listing(self) -> list[PendingPurge]:
        table = g.pending_purges
        with connection(self.gov) as conn:
            rows = conn.execute(select(table).order_by(table.c.requested_at)).all()
        return [PendingPurge(r.candidate_id, aware(r.requested_at), r.attempts or 0,
                             r.last_error, PurgeReason(r.reason)) for r in rows]

    def failed(self, candidate_id: str, error: str) -> None:
        table = g.pending_purges
        with connection(self.gov) as conn:
            conn.execute(update(table).where(table.c.candidate_id == candidate_id).values(
                attempts=table.c.attempts + 1, last_error=error[:500]))

    def done(self, candidate_id: str) -> None:
        table = g.pending_purges
        with connection(self.gov) as conn:
            conn.execute(delete(table).where(table.c.candidate_id == candidate_id))


@dataclass(frozen=True)
class KeptDocuments:
    """The résumés of one pool kept as received, in every database."""

    documents: int  # versions whose text as received is kept
    files: int  # of those, the ones whose file is kept too
    file_bytes: int


def kept_documents(gov: Governance) -> dict[str | None, KeptDocuments]:
    """By pool: a tenant's id, or None for the platform's."""
    docs, people = ident.resume_documents, t.candidates
    found: dict[str | None, tuple[int, int, int]] = {}
    for database in store_transactions(gov.repo):
        with database.connection() as conn:
            rows = conn.execute(
                select(people.c.tenant_id, func.count(), func.count(docs.c.original),
                       func.coalesce(func.sum(func.length(docs.c.original)), 0))
                .select_from(docs.join(people, people.c.id == docs.c.candidate_id))
                .group_by(people.c.tenant_id)).all()
        for pool, documents, files, size in rows:
            held = found.get(pool, (0, 0, 0))
            found[pool] = (held[0] + documents, held[1] + files, held[2] + int(size))
    return {pool: KeptDocuments(*counts) for pool, counts in found.items()}


def strip_documents(gov: Governance, kept: str, pool: str | None) -> int:
    """Reduce the résumés of one pool (a tenant's id, None for the platform's) kept as received
    to what `kept` allows (its Repository.documents_kept): "text" drops every file, "none"
    every document; how many rows changed."""
    docs, people = ident.resume_documents, t.candidates
    in_pool = docs.c.candidate_id.in_(select(people.c.id).where(
        people.c.tenant_id.is_(None) if pool is None else people.c.tenant_id == pool))
    changed = 0
    for database in store_transactions(gov.repo):
        with database.connection() as conn:
            if kept == "none":
                changed += conn.execute(delete(docs).where(in_pool)).rowcount or 0
            elif kept == "text":
                changed += conn.execute(update(docs).where(in_pool, docs.c.original.is_not(None))
                                        .values(original=None)).rowcount or 0
    return changed


def compact_databases(gov: Governance) -> list[str]:
    """Merge each SQLite file's full-text index into one segment, VACUUM it and fold its
    write-ahead log back in, truncated to zero bytes: deleted rows leave no copy in free pages
    (secure_delete is on too), in the -wal file, or in the index, where FTS5 records a deletion
    as a tombstone in a newer segment and keeps the words in the older one until a merge.

    On PostgreSQL, VACUUM (ANALYZE) the database: deleted rows stay in the tables' pages and
    their index entries until a vacuum, and the planner's statistics (pg_stats) hold sample
    values of every column, names and e-mail addresses among them, until the next analyse; the
    analyse samples live rows only."""
    done = []
    for engine in store_engines(gov.repo):
        if engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM (ANALYZE)")
            done.append(str(engine.url.database))
            continue
        if engine.dialect.name != "sqlite":
            continue
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for index in (t.SEARCH_TABLE, t.LISTING_TABLE):
                if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = ?",
                                        (index,)).first():
                    conn.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        done.append(str(engine.url.database))
    return done
