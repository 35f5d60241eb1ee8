"""Lists are ordered by the candidate's display name, lower-cased: stored (`sort_name`) and
indexed with the id, so a page is read in order from the index (keyset pagination) instead of
sorting every row of the pool for each page (0.5 s a page at 30,000 profiles, loaded machine).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

BATCH = 5000


def _sort_name(candidate_id: str, name: str) -> str:
    # Candidate.display_name, lower-cased (as the store writes it from now on).
    return (name or f"Candidate {candidate_id.removeprefix('cand_')[:6]}").lower()[:300]


def upgrade() -> None:
    op.add_column("candidates", sa.Column("sort_name", sa.String(300)))
    bind = op.get_bind()
    candidates = sa.table("candidates", sa.column("id", sa.String), sa.column("name", sa.String),
                          sa.column("sort_name", sa.String))
    rows = bind.execute(sa.select(candidates.c.id, candidates.c.name)).all()
    for start in range(0, len(rows), BATCH):
        bind.execute(
            candidates.update().where(candidates.c.id == sa.bindparam("row_id"))
            .values(sort_name=sa.bindparam("key")),
            [{"row_id": r.id, "key": _sort_name(r.id, r.name)} for r in rows[start:start + BATCH]],
        )
    op.create_index("ix_candidates_sort_name", "candidates", ["sort_name", "id"])


def downgrade() -> None:
    op.drop_index("ix_candidates_sort_name", table_name="candidates")
    op.drop_column("candidates", "sort_name")
