"""A candidate list page is read from one index: the sort key and id followed by the columns a
page is filtered on (tenant, consent to matching, country), so walking the list in order to a
page checks who is in scope without reading each profile's row (an offset of 15,000 in 30,000
profiles: 39 ms of CPU sorting the scope's rows, 2 ms walking the index). It replaces the index
of the sort key and id alone, which it covers.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

COLUMNS = ["sort_name", "id", "tenant_id", "matching_consent", "country"]


def upgrade() -> None:
    op.create_index("ix_candidates_listing", "candidates", COLUMNS)
    op.drop_index("ix_candidates_sort_name", table_name="candidates")


def downgrade() -> None:
    op.create_index("ix_candidates_sort_name", "candidates", ["sort_name", "id"])
    op.drop_index("ix_candidates_listing", table_name="candidates")
