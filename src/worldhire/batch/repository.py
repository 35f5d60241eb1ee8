"""The batch jobs' queries on the store: what an erasure removes from their tables (stored
shortlists, and pgvector rows on PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import delete

from worldhire.store.protocol import Repository
from worldhire.store.sql import schema_batch as b
from worldhire.store.sql.regional import sql_store


def forget_candidate(repo: Repository, candidate_id: str) -> int:
    """A person's rows in the batch tables of the store's main database: stored shortlists, and
    pgvector rows on PostgreSQL."""
    store = sql_store(repo)
    with store.transactions.connection() as conn:
        removed = conn.execute(
            delete(b.stored_shortlists).where(b.stored_shortlists.c.candidate_id == candidate_id)
        ).rowcount or 0
    if store.engine.dialect.name == "postgresql":
        from worldhire.store.pg.vectors import purge_owner

        removed += purge_owner(store.engine, candidate_id)
    return int(removed)
