"""The suppression list: salted hashes of the identifiers of people whose data was erased, and
the salt (worldhire.identity.suppression).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suppressed_identifiers",
        sa.Column("key_hash", sa.String(64), primary_key=True),
        sa.Column("erasure", sa.String(32), nullable=False, index=True),
        sa.Column("suppressed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "suppression_salt",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("salt", sa.LargeBinary(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("suppression_salt")
    op.drop_table("suppressed_identifiers")
