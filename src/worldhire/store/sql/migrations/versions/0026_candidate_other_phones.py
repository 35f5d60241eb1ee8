"""The numbers a person gives after the first (a landline beside a mobile, a WhatsApp number),
kept beside `phone` so identity matches on each of them and the person's profile and export show
them. Existing profiles have none.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (a constant default fills the rows): no table rebuild on SQLite, whose
    # candidates table the listing index's triggers hold.
    op.add_column("candidates",
                  sa.Column("other_phones", sa.JSON, nullable=False, server_default="[]"))


def downgrade() -> None:
    op.drop_column("candidates", "other_phones")
