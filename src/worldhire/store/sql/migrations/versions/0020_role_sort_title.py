"""Role lists are read a page at a time in SQL, in the order of the title lower-cased: stored
(`roles.sort_title`) and indexed with the tenant and the id, instead of every role of the scope
loaded with its requirements and sorted in Python for each page.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("roles", sa.Column("sort_title", sa.String(300)))
    bind = op.get_bind()
    roles = sa.table("roles", sa.column("id", sa.String), sa.column("title", sa.String),
                     sa.column("sort_title", sa.String))
    rows = bind.execute(sa.select(roles.c.id, roles.c.title)).all()
    if rows:
        # store.sql.mapping.role_sort_title, as the store writes it from now on.
        bind.execute(
            roles.update().where(roles.c.id == sa.bindparam("row_id"))
            .values(sort_title=sa.bindparam("key")),
            [{"row_id": r.id, "key": r.title.casefold()[:300]} for r in rows],
        )
    op.create_index("ix_roles_sort_title", "roles", ["tenant_id", "sort_title", "id"])


def downgrade() -> None:
    op.drop_index("ix_roles_sort_title", table_name="roles")
    op.drop_column("roles", "sort_title")
