"""A candidate's pay as written (amount, currency, period, gross/net, the words, the USD reading
and the date of the FX rate behind it), next to the USD figure matching uses.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(sa.Column("pay_stated", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("candidates") as batch:
        batch.drop_column("pay_stated")
