"""Governance's queries: users, tokens and web sessions, the audit chain, retention terms,
per-person keys, what subject access reads and what erasure deletes (the ingest ledger,
governance rows), and the compaction that follows an erasure. Every database the store writes to
is reached here. Statements join the store's open unit of work, if any (its opener commits)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Insert, and_, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, OperationalError

from worldhire.batch.stored_shortlist import ShortlistWhyOut
from worldhire.core.models import utcnow
from worldhire.governance.principal import AccessRole
from worldhire.governance.store import Governance
from worldhire.store.sql import schema as t
from worldhire.store.sql import schema_batch as b
from worldhire.store.sql import schema_governance as g
from worldhire.store.sql import schema_identity as ident
from worldhire.store.sql import schema_pipeline as _pipeline  # noqa: F401
from worldhire.store.sql.regional import sql_store, store_engines, store_transactions
from worldhire.store.sql.unit_of_work import Transactions


@contextmanager
def connection(gov: Governance) -> Iterator[Connection]:
    """Where governance's statements run: the main database's open unit of work, or else a
    transaction of their own."""
    with sql_store(gov.repo).transactions.connection() as conn:
        yield conn


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=utcnow().tzinfo)


def _iso(value: datetime | None) -> str | None:
    return _aware(value).isoformat() if value else None


# users, tokens and web sessions ----------------------------------------------------------------


@dataclass(frozen=True)
class User:
    id: str
    tenant_id: str
    email: str
    role: AccessRole
    created_at: datetime


@dataclass(frozen=True)
class TokenInfo:
    id: str
    label: str
    tenant_id: str | None
    user_id: str | None
    candidate_id: str | None
    created_at: datetime
    revoked: bool


@dataclass(frozen=True)
class TokenHolder:
    """A token's stored hash and state, with the user it belongs to (if any)."""

    secret_sha256: str
    revoked: bool
    expires_at: datetime | None
    candidate_id: str | None
    user_id: str | None
    tenant_id: str | None
    role: str | None
    email: str | None


class AccountRows:
    """The users, API tokens and web sessions tables."""

    def __init__(self, gov: Governance) -> None:
        self.gov = gov

    def add_user(self, user: User) -> bool:
        """False when the address is already a user of the tenant (the unit of work it ran in,
        if any, is then spoiled: the caller refuses the whole request)."""
        try:
            with connection(self.gov) as conn:
                conn.execute(insert(g.users).values(
                    id=user.id, tenant_id=user.tenant_id, email=user.email,
                    role=user.role.value, created_at=user.created_at,
                ))
        except IntegrityError:
            return False
        return True

    def users(self, tenant_id: str) -> list[User]:
        with connection(self.gov) as conn:
            rows = conn.execute(
                select(g.users).where(g.users.c.tenant_id == tenant_id).order_by(g.users.c.email)
            ).all()
        return [User(r.id, r.tenant_id, r.email, AccessRole(r.role), r.created_at) for r in rows]

    def add_token(self, token_id: str, secret_sha256: str, label: str, *,
                  tenant_id: str | None, user_id: str | None, candidate_id: str | None,
                  expires_at: datetime | None) -> None:
        with connection(self.gov) as conn:
            conn.execute(insert(g.api_tokens).values(
                id=token_id, tenant_id=tenant_id, user_id=user_id, candidate_id=candidate_id,
                secret_sha256=secret_sha256, label=label, created_at=utcnow(),
                expires_at=expires_at,
            ))

    def revoke_token(self, token_id: str, tenant_id: str | None) -> bool:
        where = g.api_tokens.c.id == token_id
        if tenant_id is not None:
            where = and_(where, g.api_tokens.c.tenant_id == tenant_id)
        with connection(self.gov) as conn:
            done = conn.execute(
                update(g.api_tokens).where(and_(where, g.api_tokens.c.revoked_at.is_(None)))
                .values(revoked_at=utcnow())
            )
        return bool(done.rowcount)

    def tokens(self, tenant_id: str | None) -> list[TokenInfo]:
        query = select(g.api_tokens).order_by(g.api_tokens.c.created_at)
        if tenant_id is not None:
            query = query.where(g.api_tokens.c.tenant_id == tenant_id)
        with connection(self.gov) as conn:
            rows = conn.execute(query).all()
        return [
            TokenInfo(r.id, r.label, r.tenant_id, r.user_id, r.candidate_id, r.created_at,
                      r.revoked_at is not None)
            for r in rows
        ]

    def token_holder(self, token_id: str) -> TokenHolder | None:
        k, u = g.api_tokens.c, g.users.c
        # One query per request: the token and its user together.
        with connection(self.gov) as conn:
            row = conn.execute(
                select(k.secret_sha256, k.revoked_at, k.expires_at, k.candidate_id,
                       u.id.label("user_id"), u.tenant_id, u.role, u.email)
                .select_from(g.api_tokens.outerjoin(g.users, u.id == k.user_id))
                .where(k.id == token_id)
            ).first()
        if row is None:
            return None
        return TokenHolder(row.secret_sha256, row.revoked_at is not None,
                           None if row.expires_at is None else _aware(row.expires_at),
                           row.candidate_id, row.user_id, row.tenant_id, row.role, row.email)

    def open_session(self, session_sha256: str, token_id: str, expires_at: datetime) -> None:
        """A new web session; sessions past their expiry are deleted on the way."""
        now = utcnow()
        with connection(self.gov) as conn:
            conn.execute(delete(g.web_sessions).where(g.web_sessions.c.expires_at <= now))
            conn.execute(insert(g.web_sessions).values(
                id_sha256=session_sha256, token_id=token_id, created_at=now,
                expires_at=expires_at,
            ))

    def session(self, session_sha256: str) -> tuple[str, datetime, bool] | None:
        """The session's token id, expiry and whether it was ended."""
        s = g.web_sessions.c
        with connection(self.gov) as conn:
            row = conn.execute(select(s.token_id, s.expires_at, s.revoked_at)
                               .where(s.id_sha256 == session_sha256)).first()
        return None if row is None else (row.token_id, _aware(row.expires_at),
                                         row.revoked_at is not None)

    def end_session(self, session_sha256: str) -> None:
        s = g.web_sessions.c
        with connection(self.gov) as conn:
            conn.execute(update(g.web_sessions)
                         .where(and_(s.id_sha256 == session_sha256, s.revoked_at.is_(None)))
                         .values(revoked_at=utcnow()))


# the audit chain ----------------------------------------------------------------------------------

_HEAD_ID = 1
_APPEND_TRIES = 5


@dataclass(frozen=True)
class AuditRow:
    seq: int
    entry_id: str
    at: datetime
    tenant_id: str | None
    action: str
    record: str  # the canonical JSON that was hashed
    prev_hash: str
    hash: str


class AuditRows:
    """The audit log's table and the head row that remembers its last entry."""

    def __init__(self, gov: Governance) -> None:
        self.gov = gov

    def append(self, build: Callable[[int, str], tuple[str, str]], *, entry_id: str,
               at: datetime, tenant_id: str | None, action: str) -> AuditRow:
        """The entry after the head, written with the head's move in one transaction that holds
        the head: `build(seq, prev_hash)` gives its canonical text and its hash. Another
        process may append first: then the new head is read and the entry built again."""
        for attempt in range(_APPEND_TRIES):
            try:
                return self._append(build, entry_id, at, tenant_id, action)
            except (IntegrityError, OperationalError):
                if attempt == _APPEND_TRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def _append(self, build: Callable[[int, str], tuple[str, str]], entry_id: str,
                at: datetime, tenant_id: str | None, action: str) -> AuditRow:
        with connection(self.gov) as conn:
            # The head is held before it is read, so concurrent appends take turns and each
            # reads the head the one before it wrote: FOR UPDATE holds other PostgreSQL sessions
            # at the row; SQLite has no row locks, and a write (which moves nothing) takes its
            # database lock first, waiting as any writer does (busy timeout).
            if conn.dialect.name == "sqlite":
                conn.execute(update(g.audit_head).where(g.audit_head.c.id == _HEAD_ID)
                             .values(seq=g.audit_head.c.seq))
            head = conn.execute(select(g.audit_head).where(g.audit_head.c.id == _HEAD_ID)
                                .with_for_update()).first()
            seq, prev = (head.seq + 1, head.hash) if head is not None else (1, "0" * 64)
            text, digest = build(seq, prev)
            conn.execute(insert(g.audit_log).values(
                seq=seq, entry_id=entry_id, at=at, tenant_id=tenant_id, action=action,
                record=text, prev_hash=prev, hash=digest,
            ))
            if head is None:
                conn.execute(insert(g.audit_head).values(id=_HEAD_ID, seq=seq, hash=digest))
            else:
                conn.execute(
                    update(g.audit_head).where(g.audit_head.c.id == _HEAD_ID)
                    .values(seq=seq, hash=digest)
                )
        return AuditRow(seq, entry_id, at, tenant_id, action, text, prev, digest)

    def entries(self, tenant_id: str | None = None, *, everything: bool = False,
                latest: int | None = None) -> list[AuditRow]:
        """In chain order: one tenant's, or all of them when `everything` is set; with
        `latest`, only the last so many (read from the end of the log, not all of it)."""
        seq = g.audit_log.c.seq
        query = select(g.audit_log).order_by(seq if latest is None else seq.desc())
        if not everything:
            query = query.where(g.audit_log.c.tenant_id == tenant_id)
        if latest is not None:
            query = query.limit(latest)
        with connection(self.gov) as conn:
            rows = conn.execute(query).all()
        found = [_audit_row(r) for r in rows]
        return found if latest is None else found[::-1]

    def chain(self) -> tuple[list[AuditRow], tuple[int, str] | None]:
        """Every entry in chain order, and the head's (seq, hash), read together."""
        with connection(self.gov) as conn:
            rows = conn.execute(select(g.audit_log).order_by(g.audit_log.c.seq)).all()
            head = conn.execute(select(g.audit_head).where(g.audit_head.c.id == _HEAD_ID)).first()
        return [_audit_row(r) for r in rows], None if head is None else (head.seq, head.hash)


def _audit_row(r: Any) -> AuditRow:
    return AuditRow(r.seq, r.entry_id, r.at, r.tenant_id, r.action, r.record, r.prev_hash,
                    r.hash)


# retention -------------------------------------------------------------------------------------


def write_retention(gov: Governance, candidate_id: str, *, days: int, source: str,
                    at: datetime) -> None:
    """The person's retention terms, replacing any earlier ones."""
    with connection(gov) as conn:
        conn.execute(
            delete(g.retention_terms).where(g.retention_terms.c.candidate_id == candidate_id)
        )
        conn.execute(insert(g.retention_terms).values(
            candidate_id=candidate_id, days=days, source=source, at=at
        ))


def read_retention(gov: Governance, candidate_id: str) -> tuple[int, str, datetime] | None:
    """Days, source and time of the person's retention terms, if they agreed any."""
    with connection(gov) as conn:
        row = conn.execute(
            select(g.retention_terms).where(g.retention_terms.c.candidate_id == candidate_id)
        ).first()
    return None if row is None else (row.days, row.source, _aware(row.at))


# per-person keys -------------------------------------------------------------------------------


class SubjectKeys:
    """The per-person keys that seal what the audit log says about them (governance.keys)."""

    def __init__(self, gov: Governance) -> None:
        self.gov = gov

    def keys(self, candidate_ids: Iterable[str], *, create: bool = False) -> dict[str, bytes]:
        wanted = sorted(set(candidate_ids))
        with connection(self.gov) as conn:
            rows = conn.execute(
                select(g.subject_keys).where(g.subject_keys.c.candidate_id.in_(wanted))
            ).all()
            found = {r.candidate_id: bytes(r.key) for r in rows}
            missing = [cid for cid in wanted if cid not in found]
            if create and missing:
                now = utcnow()
                conn.execute(
                    _insert_missing(conn),
                    [{"candidate_id": c, "key": AESGCM.generate_key(bit_length=256),
                      "created_at": now} for c in missing],
                )
                # Another request may have stored some of these keys first: everyone uses the
                # key that is in the table, never the one it generated and lost.
                rows = conn.execute(
                    select(g.subject_keys).where(g.subject_keys.c.candidate_id.in_(missing))
                ).all()
                found.update({r.candidate_id: bytes(r.key) for r in rows})
        return found

    def key(self, candidate_id: str) -> bytes | None:
        return self.keys([candidate_id]).get(candidate_id)


def _insert_missing(conn: Connection) -> Insert:
    """An insert that skips people whose key exists (idempotent under concurrent shortlists)."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(g.subject_keys).on_conflict_do_nothing(
            index_elements=["candidate_id"])
    return sqlite.insert(g.subject_keys).on_conflict_do_nothing(index_elements=["candidate_id"])


# subject access --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IngestRecord:
    """A row of the ingest ledger: a file the person came from, and what became of it."""

    file: str
    content_hash: str
    status: str
    at: datetime | None


@dataclass(frozen=True)
class StoredShortlistRow:
    """The person's place on a shortlist the batch re-match stored."""

    role_id: str
    rank: int
    score: float
    criteria: ShortlistWhyOut
    run_id: str
    computed_at: datetime | None


def ingest_records(gov: Governance, candidate_id: str) -> list[IngestRecord]:
    """The ingest ledger's rows for the files the person came from, in every database."""
    log = t.ingest_log
    out = []
    for database in store_transactions(gov.repo):
        with database.connection() as conn:
            rows = conn.execute(
                select(log).where(log.c.candidate_id.contains(candidate_id)).order_by(log.c.id)
            ).all()
        out += [IngestRecord(r.path, r.content_hash, r.status, r.at)
                for r in rows if candidate_id in (r.candidate_id or "").split(",")]
    return out


def candidate_tokens(gov: Governance, candidate_id: str) -> list[TokenInfo]:
    """The person's own API tokens, without secrets."""
    with connection(gov) as conn:
        rows = conn.execute(
            select(g.api_tokens).where(g.api_tokens.c.candidate_id == candidate_id)
        ).all()
    return [TokenInfo(r.id, r.label, r.tenant_id, r.user_id, r.candidate_id, r.created_at,
                      r.revoked_at is not None)
            for r in rows]


def stored_shortlists(gov: Governance, candidate_id: str) -> list[StoredShortlistRow]:
    """The shortlists the batch re-match stored with the person on them."""
    s = b.stored_shortlists
    with connection(gov) as conn:
        rows = conn.execute(
            select(s).where(s.c.candidate_id == candidate_id).order_by(s.c.computed_at)
        ).all()
    return [StoredShortlistRow(r.role_id, r.rank, r.score,
                               ShortlistWhyOut.model_validate(r.criteria), r.run_id,
                               r.computed_at)
            for r in rows]


# erasure ---------------------------------------------------------------------------------------


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
        return [PendingPurge(r.candidate_id, _aware(r.requested_at), r.attempts or 0,
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
