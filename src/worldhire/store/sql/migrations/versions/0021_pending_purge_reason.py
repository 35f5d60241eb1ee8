"""Why a purge is pending (pending_purges.reason): the erasure request is recorded before the
erasure's transaction, so one that rolls back is finished by the retry, which must know whether
the person asked for it (then their identifiers go on the suppression list) or a retention
period ran out; rows written before this were retention's or already suppressed.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pending_purges") as batch:
        batch.add_column(sa.Column("reason", sa.String(20), nullable=False,
                                   server_default="erased"))


def downgrade() -> None:
    with op.batch_alter_table("pending_purges") as batch:
        batch.drop_column("reason")
