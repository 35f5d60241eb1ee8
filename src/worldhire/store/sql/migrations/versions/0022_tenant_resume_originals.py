"""What each tenant keeps of a résumé as received (tenants.resume_originals: 'file', 'text' or
'none'); NULL follows the deployment's WORLDHIRE_RESUME_ORIGINALS, as every tenant did before.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tenants") as batch:
        batch.add_column(sa.Column("resume_originals", sa.String(10)))


def downgrade() -> None:
    with op.batch_alter_table("tenants") as batch:
        batch.drop_column("resume_originals")
