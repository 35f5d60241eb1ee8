"""The embedding queue: profiles to embed, written with the profile, drained off the request path.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "embedding_jobs",
        sa.Column("candidate_id", sa.String(40),
                  sa.ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_embedding_jobs_queued_at", "embedding_jobs", ["queued_at"])
    # Profiles stored before the queue existed are queued once.
    op.execute("INSERT INTO embedding_jobs (candidate_id, queued_at) "
               "SELECT id, updated_at FROM candidates")


def downgrade() -> None:
    op.drop_index("ix_embedding_jobs_queued_at", table_name="embedding_jobs")
    op.drop_table("embedding_jobs")
