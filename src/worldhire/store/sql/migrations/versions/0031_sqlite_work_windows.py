"""SQLite counts the profiles stating each working window (time zone, start and end hour) as
they are written, so an overlap rule reads the store's few hundred windows from a small table
instead of finding them among the pool's rows: that read every profile of the pool, which grows
with the store (store_search.with_overlap). Triggers keep `candidate_work_windows` in step with
every insert, delete and change of a profile's window, in the transaction that writes it; a
window nobody states any more keeps its row at zero. As with the pool counts (migration 0029),
PostgreSQL, whose writers run side by side and would wait on these rows, reads the pool's rows
as before.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

TABLE = "candidate_work_windows"
WINDOW = "timezone, work_start_hour, work_end_hour"
ADD = (f"INSERT INTO {TABLE} ({WINDOW}, profiles) SELECT {{row}}.timezone, "
       "{row}.work_start_hour, {row}.work_end_hour, 1 WHERE coalesce({row}.timezone, '') != '' "
       f"ON CONFLICT ({WINDOW}) DO UPDATE SET profiles = profiles + 1;")
TAKE = (f"UPDATE {TABLE} SET profiles = profiles - 1 WHERE timezone = {{row}}.timezone "
        "AND work_start_hour = {row}.work_start_hour AND work_end_hour = {row}.work_end_hour;")
TRIGGERS = {
    "candidate_window_added": f"AFTER INSERT ON candidates BEGIN {ADD.format(row='new')} END",
    "candidate_window_removed": f"AFTER DELETE ON candidates BEGIN {TAKE.format(row='old')} END",
    "candidate_window_moved": (
        "AFTER UPDATE OF timezone, work_start_hour, work_end_hour ON candidates "
        "WHEN old.timezone IS NOT new.timezone "
        "OR old.work_start_hour IS NOT new.work_start_hour "
        "OR old.work_end_hour IS NOT new.work_end_hour "
        f"BEGIN {TAKE.format(row='old')} {ADD.format(row='new')} END"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE TABLE {TABLE} (timezone VARCHAR(64) NOT NULL, "
               "work_start_hour FLOAT NOT NULL, work_end_hour FLOAT NOT NULL, "
               f"profiles INTEGER NOT NULL, PRIMARY KEY ({WINDOW}))")
    op.execute(f"INSERT INTO {TABLE} ({WINDOW}, profiles) SELECT {WINDOW}, count(*) "
               f"FROM candidates WHERE coalesce(timezone, '') != '' GROUP BY {WINDOW}")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
