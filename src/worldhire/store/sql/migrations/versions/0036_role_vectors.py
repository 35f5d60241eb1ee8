"""Each role's text embedded once, when it is written, instead of in every shortlist request: the
role_vectors table (role, model, fingerprint of the text, float32 vector). Existing roles have
none: the embedding queue's worker embeds the open ones, and a shortlist asked for before it
does embeds its role and keeps the vector.

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "role_vectors",
        sa.Column("role_id", sa.String(40), sa.ForeignKey("roles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("model", sa.String(200), primary_key=True),
        sa.Column("fingerprint", sa.String(16), nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("role_vectors")
