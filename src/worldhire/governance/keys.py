"""Per-person keys for crypto-shredding. Whatever the audit log says about a person is sealed
with their key (AES-256-GCM); erasing the person destroys the key, which leaves the chained
ciphertext in place (so the chain still verifies) but unreadable by anyone."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Insert, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from worldhire.core.models import utcnow
from worldhire.governance.store import Governance
from worldhire.store.sql import schema_governance as g

_NONCE = 12


class SubjectKeys:
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


def pseudonym(key: bytes, context: str) -> str:
    """A per-entry stand-in for the person: only their key links it back to them."""
    return hmac.new(key, context.encode(), hashlib.sha256).hexdigest()[:32]


def seal(key: bytes, payload: dict[str, Any], context: str) -> str:
    nonce = os.urandom(_NONCE)
    plain = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode()
    return base64.b64encode(nonce + AESGCM(key).encrypt(nonce, plain, context.encode())).decode()


def unseal(key: bytes, box: str, context: str) -> dict[str, Any] | None:
    raw = base64.b64decode(box)
    try:
        plain = AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:], context.encode())
    except InvalidTag:
        return None
    data: dict[str, Any] = json.loads(plain)
    return data
