"""The batch jobs' queries on the store's main database: the run ledger (which items a run has
finished, so a killed run resumes where it stopped; an item is marked done in the same
transaction as its output, never before), the stored shortlists of `batch rematch`, and the
held vector rows (pgvector) an erasure removes (the stored shortlists go by
governance.personal_data)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, select, update

from worldhire.core.models import utcnow
from worldhire.store.protocol import Repository
from worldhire.store.sql import schema_batch as b
from worldhire.store.sql.regional import sql_store
from worldhire.store.sql.table_store import SqlTableStore
from worldhire.store.vector_backend import HELD_INDEXES

if TYPE_CHECKING:
    from worldhire.batch.stored_shortlist import ScoredPair


def forget_vector_rows(repo: Repository, candidate_id: str) -> int:
    """A person's rows in the vector tables the store's main database holds (made at run time:
    stored shortlists, a fixed table, go by governance.personal_data): every held backend's on
    a database of its kind, chosen or not, so that none made before a change of backend keeps
    them; none on SQLite."""
    store = sql_store(repo)
    on_it = [b for b in HELD_INDEXES.values() if b.dialect == store.engine.dialect.name]
    if not on_it:
        return 0
    with store.transactions.connection() as conn:
        return sum(backend.purge(store.engine, candidate_id, conn) for backend in on_it)


@dataclass
class Run:
    id: str
    kind: str
    params: dict[str, Any]
    started_at: datetime
    resumed: bool


class RunLedger(SqlTableStore):
    def open(self, kind: str, params: dict[str, Any], *, fresh: bool = False) -> Run:
        """The newest unfinished run of this kind with the same parameters, or a new one.
        `fresh` abandons unfinished runs (their finished items stay valid output)."""
        with self.database.connection() as conn:
            if not fresh:
                row = conn.execute(
                    select(b.batch_runs)
                    .where(b.batch_runs.c.kind == kind, b.batch_runs.c.status == "running")
                    .order_by(b.batch_runs.c.started_at.desc())
                ).first()
                if row is not None and dict(row.params) == params:
                    return Run(row.id, kind, dict(row.params), row.started_at, resumed=True)
            conn.execute(
                update(b.batch_runs)
                .where(b.batch_runs.c.kind == kind, b.batch_runs.c.status == "running")
                .values(status="abandoned", finished_at=utcnow())
            )
            run = Run(f"run_{secrets.token_hex(8)}", kind, params, utcnow(), resumed=False)
            conn.execute(insert(b.batch_runs).values(
                id=run.id, kind=kind, status="running", params=params, started_at=run.started_at,
            ))
        return run

    def done_items(self, run_id: str) -> set[str]:
        with self.database.connection() as conn:
            return set(conn.execute(
                select(b.batch_run_items.c.item_id).where(b.batch_run_items.c.run_id == run_id)
            ).scalars())

    @staticmethod
    def mark_done(conn: Connection, run_id: str, item_id: str) -> None:
        """Call inside the transaction that writes the item's output."""
        conn.execute(insert(b.batch_run_items).values(run_id=run_id, item_id=item_id, at=utcnow()))

    def finish(self, run_id: str) -> None:
        with self.database.connection() as conn:
            conn.execute(
                update(b.batch_runs).where(b.batch_runs.c.id == run_id)
                .values(status="done", finished_at=utcnow())
            )


def store_shortlist(
    repo: Repository, run_id: str, role_id: str, pairs: Sequence[ScoredPair]
) -> None:
    """Replace the role's stored shortlist and mark it done, atomically."""
    now = utcnow()
    with sql_store(repo).transactions.connection() as conn:
        conn.execute(delete(b.stored_shortlists).where(b.stored_shortlists.c.role_id == role_id))
        if pairs:
            conn.execute(insert(b.stored_shortlists), [
                dict(role_id=role_id, candidate_id=p.candidate_id, rank=n, score=p.score,
                     criteria=p.criteria.model_dump(), run_id=run_id, computed_at=now)
                for n, p in enumerate(pairs, start=1)
            ])
        RunLedger.mark_done(conn, run_id, role_id)


def drop_closed(repo: Repository, open_roles: set[str]) -> None:
    """Stored shortlists of roles that are no longer open go at the end of a full run."""
    with sql_store(repo).transactions.connection() as conn:
        conn.execute(
            delete(b.stored_shortlists)
            .where(b.stored_shortlists.c.role_id.not_in(sorted(open_roles)))
        )


def stored_shortlist(repo: Repository, role_id: str) -> list[tuple[str, int, float]]:
    """(candidate id, rank, score) of a role's stored shortlist, best first."""
    t = b.stored_shortlists
    with sql_store(repo).transactions.connection() as conn:
        rows = conn.execute(
            select(t.c.candidate_id, t.c.rank, t.c.score)
            .where(t.c.role_id == role_id).order_by(t.c.rank)
        ).all()
    return [(r.candidate_id, r.rank, r.score) for r in rows]
