"""Roles as read from real posts and edited by recruiters: the stated budget (currency, range,
period), visa sponsorship that may be unknown, who changed a role last and when; per requirement
the words of the post that support it, the link's confidence and a needs-review flag.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("roles") as batch:
        batch.add_column(sa.Column("budget", sa.JSON))
        batch.add_column(sa.Column("updated_at", TZ))
        batch.add_column(sa.Column("updated_by", sa.String(200)))
        batch.alter_column("visa_sponsorship", existing_type=sa.Boolean, nullable=True)
    with op.batch_alter_table("role_requirements") as batch:
        # Requirements stored before this revision were typed by people: sure, nothing to review.
        batch.add_column(sa.Column("quote", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("confidence", sa.Float, nullable=False, server_default="1"))
        batch.add_column(
            sa.Column("needs_review", sa.Boolean, nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("role_requirements") as batch:
        batch.drop_column("needs_review")
        batch.drop_column("confidence")
        batch.drop_column("quote")
    op.execute("UPDATE roles SET visa_sponsorship = false WHERE visa_sponsorship IS NULL")
    with op.batch_alter_table("roles") as batch:
        batch.alter_column("visa_sponsorship", existing_type=sa.Boolean, nullable=False)
        batch.drop_column("updated_by")
        batch.drop_column("updated_at")
        batch.drop_column("budget")
