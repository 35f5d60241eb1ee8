"""Erasure's index and file purges as pending jobs: pending_purges holds each erased person's
id from the erasure's transaction until every purger outside the database has run, so a purge
that fails is retried instead of lost.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_purges",
        sa.Column("candidate_id", sa.String(40), primary_key=True),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.String(500)),
    )


def downgrade() -> None:
    op.drop_table("pending_purges")
