"""The retention terms people agreed.
Statements join the store's open unit of work, if any (its opener commits)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert, select

from worldhire.governance.repository import aware, connection
from worldhire.governance.store import Governance
from worldhire.store.sql import schema_governance as g


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
    return None if row is None else (row.days, row.source, aware(row.at))
