"""Indexes a profile write no longer maintains for nothing (issue 16, the bulk load): the
skill rows' index on skill_id (the skill filter compares lower(skill_id), which it cannot serve,
and nothing else looks a skill's rows up), the candidates' index on tenant_id (the composite
indexes on (tenant_id, source_hash) and (tenant_id, matching_consent) begin with it and serve
its lookups and the tenant's cascade), and every evidence item's entries in the occupation
indexes, now partial: only items an occupation was found for are indexed, which is all an
equality on either column reads. A profile of a bulk load wrote ten index entries it did not
need (seven skills, two evidence items, its tenant): a twelfth of the load's SQLite time.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

OCCUPATION_COLUMNS = ("occupation_uri", "occupation_isco")


def upgrade() -> None:
    op.drop_index("ix_candidate_skills_skill_id", table_name="candidate_skills")
    op.drop_index("ix_candidates_tenant_id", table_name="candidates")
    for name in OCCUPATION_COLUMNS:
        op.drop_index(f"ix_evidence_{name}", table_name="evidence")
        where = sa.text(f"{name} IS NOT NULL")
        op.create_index(f"ix_evidence_{name}", "evidence", [name], sqlite_where=where,
                        postgresql_where=where)


def downgrade() -> None:
    for name in OCCUPATION_COLUMNS:
        op.drop_index(f"ix_evidence_{name}", table_name="evidence")
        op.create_index(f"ix_evidence_{name}", "evidence", [name])
    op.create_index("ix_candidates_tenant_id", "candidates", ["tenant_id"])
    op.create_index("ix_candidate_skills_skill_id", "candidate_skills", ["skill_id"])
