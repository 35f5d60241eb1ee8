"""A requirement met by any one of several skills ("PyTorch or JAX": the skills after the first,
as {id, label} objects) and a role's band of UTC offsets ("within UTC+1 to UTC+4": {low, high,
quote}). Existing requirements name one skill; existing roles have no band.

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (a constant default fills the rows): no table rebuild on SQLite.
    op.add_column("role_requirements",
                  sa.Column("alternatives", sa.JSON, nullable=False, server_default="[]"))
    op.add_column("roles", sa.Column("zone_band", sa.JSON))


def downgrade() -> None:
    op.drop_column("roles", "zone_band")
    op.drop_column("role_requirements", "alternatives")
