"""The run ledger: which items a batch run has finished, so a killed run resumes where it
stopped. An item is marked done in the same transaction as its output, never before."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from worldhire.core.models import utcnow
from worldhire.store.sql import schema_batch as b


@dataclass
class Run:
    id: str
    kind: str
    params: dict[str, Any]
    started_at: datetime
    resumed: bool


class RunLedger:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def open(self, kind: str, params: dict[str, Any], *, fresh: bool = False) -> Run:
        """The newest unfinished run of this kind with the same parameters, or a new one.
        `fresh` abandons unfinished runs (their finished items stay valid output)."""
        with self.engine.begin() as conn:
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
        with self.engine.begin() as conn:
            return set(conn.execute(
                select(b.batch_run_items.c.item_id).where(b.batch_run_items.c.run_id == run_id)
            ).scalars())

    @staticmethod
    def mark_done(conn: Connection, run_id: str, item_id: str) -> None:
        """Call inside the transaction that writes the item's output."""
        conn.execute(insert(b.batch_run_items).values(run_id=run_id, item_id=item_id, at=utcnow()))

    def finish(self, run_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(b.batch_runs).where(b.batch_runs.c.id == run_id)
                .values(status="done", finished_at=utcnow())
            )
