"""Governance's queries outside the account and audit tables: retention terms, per-person keys,
what subject access reads and what erasure deletes (the ingest ledger, governance rows), and the
compaction that follows an erasure. Every database the store writes to is reached here."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Engine, Insert, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from worldhire.core.models import utcnow
from worldhire.governance.store import Governance
from worldhire.store.sql import schema as t
from worldhire.store.sql import schema_batch as b
from worldhire.store.sql import schema_governance as g


def store_engines(gov: Governance) -> list[Engine]:
    """Every database the store writes to: the main one and, with residency, each region's."""
    engines = getattr(gov.repo, "engines", None)
    return list(engines()) if callable(engines) else [gov.engine]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=utcnow().tzinfo)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


# retention -------------------------------------------------------------------------------------


def write_retention(gov: Governance, candidate_id: str, *, days: int, source: str,
                    at: datetime) -> None:
    """The person's retention terms, replacing any earlier ones."""
    with gov.tx() as conn:
        conn.execute(
            delete(g.retention_terms).where(g.retention_terms.c.candidate_id == candidate_id)
        )
        conn.execute(insert(g.retention_terms).values(
            candidate_id=candidate_id, days=days, source=source, at=at
        ))


def read_retention(gov: Governance, candidate_id: str) -> tuple[int, str, datetime] | None:
    """Days, source and time of the person's retention terms, if they agreed any."""
    with gov.tx() as conn:
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
        with self.gov.tx() as conn:
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

    def destroy(self, candidate_id: str) -> bool:
        with self.gov.tx() as conn:
            done = conn.execute(
                delete(g.subject_keys).where(g.subject_keys.c.candidate_id == candidate_id)
            )
        return bool(done.rowcount)


def _insert_missing(conn: Connection) -> Insert:
    """An insert that skips people whose key exists (idempotent under concurrent shortlists)."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(g.subject_keys).on_conflict_do_nothing(
            index_elements=["candidate_id"])
    return sqlite.insert(g.subject_keys).on_conflict_do_nothing(index_elements=["candidate_id"])


# subject access --------------------------------------------------------------------------------


def ingest_records(gov: Governance, candidate_id: str) -> list[dict[str, Any]]:
    """The ingest ledger's rows for the files the person came from, in every database."""
    log = t.ingest_log
    out = []
    for engine in store_engines(gov):
        with engine.begin() as conn:
            rows = conn.execute(
                select(log).where(log.c.candidate_id.contains(candidate_id)).order_by(log.c.id)
            ).all()
        out += [
            {"file": r.path, "content_hash": r.content_hash, "status": r.status,
             "at": _iso(r.at)}
            for r in rows if candidate_id in (r.candidate_id or "").split(",")
        ]
    return out


def candidate_tokens(gov: Governance, candidate_id: str) -> list[dict[str, Any]]:
    """The person's own API tokens, without secrets."""
    with gov.tx() as conn:
        rows = conn.execute(
            select(g.api_tokens).where(g.api_tokens.c.candidate_id == candidate_id)
        ).all()
    return [
        {"token_id": r.id, "label": r.label, "created_at": _iso(r.created_at),
         "revoked": r.revoked_at is not None}
        for r in rows
    ]


def stored_shortlists(gov: Governance, candidate_id: str) -> list[dict[str, Any]]:
    """The shortlists the batch re-match stored with the person on them."""
    s = b.stored_shortlists
    with gov.tx() as conn:
        rows = conn.execute(
            select(s).where(s.c.candidate_id == candidate_id).order_by(s.c.computed_at)
        ).all()
    return [
        {"role_id": r.role_id, "rank": r.rank, "score": r.score, "criteria": r.criteria,
         "run_id": r.run_id, "computed_at": _iso(r.computed_at)}
        for r in rows
    ]


# erasure ---------------------------------------------------------------------------------------


def forget_governance_rows(gov: Governance, candidate_id: str) -> int:
    """The person's retention terms, residency placement and tokens; how many rows went."""
    removed = 0
    with gov.tx() as conn:
        for table in (g.retention_terms, g.candidate_residency, g.api_tokens):
            removed += conn.execute(
                delete(table).where(table.c.candidate_id == candidate_id)
            ).rowcount
    return removed


def scrub_ingest_ledger(gov: Governance, candidate_id: str) -> int:
    """The ingest ledger names the file a person came from; their rows go, in every database. A
    bulk file's row that lists others as well only loses this person's id."""
    return sum(_scrub_ledger(engine, candidate_id) for engine in store_engines(gov))


def _scrub_ledger(engine: Engine, candidate_id: str) -> int:
    log = t.ingest_log
    changed = 0
    with engine.begin() as conn:
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


def compact_databases(gov: Governance) -> list[str]:
    """VACUUM each SQLite file and fold its write-ahead log back in, truncated to zero bytes:
    deleted rows leave no copy in free pages (secure_delete is on too) or in the -wal file."""
    done = []
    for engine in store_engines(gov):
        if engine.dialect.name != "sqlite":
            continue
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        done.append(str(engine.url.database))
    return done
