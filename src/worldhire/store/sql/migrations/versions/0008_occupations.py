"""ESCO occupations of job titles: on each job of a candidate (evidence) and on each role.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("evidence", "roles")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("occupation_uri", sa.String(120)))
            batch.add_column(sa.Column("occupation_label", sa.String(300)))
            batch.add_column(sa.Column("occupation_isco", sa.String(4)))
            batch.add_column(sa.Column("occupation_score", sa.Float))
            batch.create_index(f"ix_{table}_occupation_uri", ["occupation_uri"])
            batch.create_index(f"ix_{table}_occupation_isco", ["occupation_isco"])


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_occupation_isco")
            batch.drop_index(f"ix_{table}_occupation_uri")
            for column in ("occupation_score", "occupation_isco", "occupation_label",
                           "occupation_uri"):
                batch.drop_column(column)
