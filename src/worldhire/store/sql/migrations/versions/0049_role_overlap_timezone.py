"""A role's overlap zone: the zone of a team elsewhere whose hours the hire must share ("4 heures
communes avec l'équipe d'Abidjan" at a Casablanca office). Existing roles share the hours of
their own zone (null).

Revision ID: 0049
Revises: 0048
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0049"
down_revision = "0048"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("roles", sa.Column("overlap_timezone", sa.String(64)))


def downgrade() -> None:
    op.drop_column("roles", "overlap_timezone")
