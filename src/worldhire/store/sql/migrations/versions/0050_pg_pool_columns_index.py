"""On PostgreSQL an index of the columns a pool's predicates read (country, then scope, consent,
sponsorship, pay, working window and the id, included), so a filtered pool is counted and its
ids read from the index's entries: a pay ceiling's or an overlap rule's predicate read every
row of the pool. At 500,000 bench/e2e.py profiles, counting a LATAM pool under a pay ceiling,
or an EU pool under an overlap rule (the dense stage's count, and the keyword stage's of a
small pool) cost the server 118-138 ms of CPU each, 19-39 ms from the index. Building it there
took 5 s (1.2 s of the server's CPU); a bulk load of 20,000 profiles cost the server 5.0-5.2 s
of CPU with it, 5.1-5.4 without. The work authorization a location's filter reads is a JSON
list and stays in the row. SQLite has its own such index, led by the id (migration 0040).

Revision ID: 0050
Revises: 0049
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0050"
down_revision = "0049"
branch_labels = None
depends_on = None

INDEX = "ix_candidates_pool_columns"  # store.sql.schema.POOL_COLUMNS_INDEX
COVERED = ("tenant_id", "matching_consent", "needs_sponsorship", "pay_expectation_usd",
           "timezone", "work_start_hour", "work_end_hour", "id")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"CREATE INDEX {INDEX} ON candidates (country) INCLUDE ({', '.join(COVERED)})")
    op.execute("ANALYZE candidates")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
