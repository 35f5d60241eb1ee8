"""The assessment rubric's role-independent part, stored with each profile (assess/stored.py):
a shortlist reads it instead of recomputing it per candidate per request. Profiles stored
before are assessed by the backfill (`worldhire batch assess`); until then a ranking computes
theirs as it did.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "candidate_assessments",
        sa.Column("candidate_id", sa.String(40),
                  sa.ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("body", sa.JSON, nullable=False),
    )
    op.create_index("ix_candidate_assessments_version", "candidate_assessments", ["version"])


def downgrade() -> None:
    op.drop_index("ix_candidate_assessments_version", table_name="candidate_assessments")
    op.drop_table("candidate_assessments")
