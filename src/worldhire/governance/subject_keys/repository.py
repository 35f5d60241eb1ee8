"""The per-person keys that seal what the audit log says about them.
Statements join the store's open unit of work, if any (its opener commits)."""

from __future__ import annotations

from collections.abc import Iterable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Insert, select
from sqlalchemy.dialects import postgresql, sqlite

from worldhire.core.models import utcnow
from worldhire.governance.repository import connection
from worldhire.governance.store import Governance
from worldhire.store.sql import schema_governance as g


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
