"""A tenant's applications are listed in the order of an index (tenant, created, id), which
replaces the index on the tenant alone (its prefix): a page of the list, by offset or after a
cursor, walks the index from where it starts instead of sorting every application of the
tenant in memory (the API paged the whole list in Python before, issue 16).

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_applications_listing", "applications",
                    ["tenant_id", "created_at", "id"])
    op.drop_index("ix_applications_tenant_id", table_name="applications")


def downgrade() -> None:
    op.create_index("ix_applications_tenant_id", "applications", ["tenant_id"])
    op.drop_index("ix_applications_listing", table_name="applications")
