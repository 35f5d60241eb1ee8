"""What subject access reads: the ingest ledger's rows for the person, their own API tokens, the
shortlists the batch re-match stored with them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from worldhire.batch.stored_shortlist import ShortlistWhyOut
from worldhire.governance.repository import connection
from worldhire.governance.store import Governance
from worldhire.governance.users.repository import TokenInfo
from worldhire.store.sql import schema as t
from worldhire.store.sql import schema_batch as b
from worldhire.store.sql import schema_governance as g
from worldhire.store.sql.regional import store_transactions


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
