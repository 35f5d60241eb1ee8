"""On PostgreSQL an index of the profiles' working windows (time zone, start and end hour, of
those who state a zone), so an overlap rule reads the store's few hundred distinct windows by
skipping from one to the next in it (store/sql/pool_search.py, working_windows) instead of
reading every row of the pool and sorting them. SQLite counts the windows in a table its
triggers keep (migration 0031); PostgreSQL's writers run side by side, and an index has no row
they would wait on.

Revision ID: 0047
Revises: 0046
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0047"
down_revision = "0046"
branch_labels = None
depends_on = None

INDEX = "ix_candidates_work_window"  # store.sql.schema.WORK_WINDOW_INDEX


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"CREATE INDEX {INDEX} ON candidates (timezone, work_start_hour, work_end_hour) "
               "WHERE timezone <> ''")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
