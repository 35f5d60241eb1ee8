"""The résumé as received beside what was read from it: each version's document (its text, and
the original file) in resume_documents; and a recruiter's named candidate searches in
saved_searches.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "resume_documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "candidate_id", sa.String(40), sa.ForeignKey("candidates.id", ondelete="CASCADE"),
            nullable=False, index=True,
        ),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(120), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("original", sa.LargeBinary),
        sa.UniqueConstraint("candidate_id", "content_hash", name="uq_resume_documents_file"),
    )
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "tenant_id", sa.String(40), sa.ForeignKey("tenants.id", ondelete="CASCADE"),
            nullable=False, index=True,
        ),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("query", sa.JSON, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("tenant_id", "name", name="uq_saved_searches_name"),
    )


def downgrade() -> None:
    op.drop_table("saved_searches")
    op.drop_table("resume_documents")
