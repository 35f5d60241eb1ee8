"""On PostgreSQL, the statement triggers that keep the profile rows' references (migration 0037)
look the profiles up by key, and a deletion its rows, whatever the planner's statistics say.

Their queries are planned once per session and the plan kept: a bulk load's first statements
are planned while the statistics describe the store as it was before the load (empty, or small),
and the planner then hashed the whole `candidates` table to check each statement's 500 profiles
(a tenth of the server's work in a 20,000-profile load, every profile stored read again for
each of the five tables' statements: it grew with the store). A deletion's cascade could as well
read each child table whole for one profile. Both functions now plan without sequential scans,
hash or merge joins: a lookup of each key, whatever the tables' size. Nothing else changes.

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None

FUNCTIONS = ("candidate_rows_checked", "candidate_rows_deleted")
BY_KEY = ("enable_seqscan", "enable_hashjoin", "enable_mergejoin")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name in FUNCTIONS:
        op.execute(f"ALTER FUNCTION {name}() " + " ".join(f"SET {s} = off" for s in BY_KEY))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name in FUNCTIONS:
        op.execute(f"ALTER FUNCTION {name}() " + " ".join(f"RESET {s}" for s in BY_KEY))
