"""The hash-chained audit log's table and its head row.
Statements join the store's open unit of work, if any (its opener commits)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from worldhire.governance.repository import connection
from worldhire.governance.store import Governance
from worldhire.store.sql import schema_governance as g

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
