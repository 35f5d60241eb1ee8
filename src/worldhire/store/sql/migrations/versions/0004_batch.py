"""Batch jobs: the run ledger (resumable jobs) and stored shortlists from the nightly re-match.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "batch_runs",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("params", sa.JSON, nullable=False),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("finished_at", TZ),
    )
    op.create_table(
        "batch_run_items",
        sa.Column(
            "run_id", sa.String(40), sa.ForeignKey("batch_runs.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("item_id", sa.String(64), primary_key=True),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "stored_shortlists",
        sa.Column("role_id", sa.String(40), primary_key=True),
        sa.Column("candidate_id", sa.String(40), primary_key=True, index=True),
        sa.Column("rank", sa.Integer, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("criteria", sa.JSON, nullable=False),
        sa.Column("run_id", sa.String(40), nullable=False),
        sa.Column("computed_at", TZ, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("stored_shortlists")
    op.drop_table("batch_run_items")
    op.drop_table("batch_runs")
