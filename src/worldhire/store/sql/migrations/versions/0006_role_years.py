"""The years of experience a role asks for overall ("4+ years"), beside those per requirement.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("roles") as batch:
        batch.add_column(sa.Column("min_years", sa.Float))


def downgrade() -> None:
    with op.batch_alter_table("roles") as batch:
        batch.drop_column("min_years")
