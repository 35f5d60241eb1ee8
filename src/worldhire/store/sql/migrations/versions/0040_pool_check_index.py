"""SQLite checks retrieved ids against a shortlist's pool from one index, without reading the
profiles' rows.

A fresh shortlist asks which of a few hundred to a few thousand ids are in its filtered pool
several times: the vector index's over-fetched hits (800), the ids of the lists an approximate
search probes (about 6,000 at 100,000 profiles for a filter that keeps a seventh), and each
part of the keyword stage's matches. Each id was looked up in the primary key's index and then
in the table, whose row is most of the page it lies on. The index of (id and the columns the
pool's predicates read: scope, consent, country, sponsorship, pay, working window) answers the
check from the entry: 800 ids checked in 2.0-2.1 ms of SQLite's CPU instead of 3.3-3.8, 6,000
in 10.6-13.0 instead of 21-26 (100,000 bench/e2e.py profiles). The work authorization a
location's filter reads is a JSON list and stays in the row.

PostgreSQL fetches a row by its position in the heap, not by a second descent, and its bulk load
would pay for a second index on every profile: the index is SQLite's own.

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None

POOL_CHECK_INDEX = "ix_candidates_pool_check"  # schema.POOL_CHECK_INDEX at this revision
POOL_CHECK = ["id", "tenant_id", "matching_consent", "country", "needs_sponsorship",
              "pay_expectation_usd", "timezone", "work_start_hour", "work_end_hour"]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index(POOL_CHECK_INDEX, "candidates", POOL_CHECK)
        # Without statistics SQLite may take the new index for a very selective one where the
        # others have theirs (as migration 0034 found).
        op.execute("ANALYZE candidates")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index(POOL_CHECK_INDEX, table_name="candidates")
