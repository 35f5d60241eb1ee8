"""Initial schema: tenants, candidates with evidence, skills and consents, roles, ingest ledger.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _candidate_fk() -> sa.Column[str]:
    return sa.Column(
        "candidate_id", sa.String(40), sa.ForeignKey("candidates.id", ondelete="CASCADE"),
        nullable=False, index=True,
    )


def upgrade() -> None:
    op.create_table(
        "tenants",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "candidates",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "tenant_id", sa.String(40), sa.ForeignKey("tenants.id", ondelete="CASCADE"),
            index=True,
        ),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("email", sa.String(320)),
        sa.Column("phone", sa.String(64)),
        sa.Column("location", sa.String(300)),
        sa.Column("country", sa.String(2), index=True),
        sa.Column("timezone", sa.String(64)),
        sa.Column("languages", sa.JSON, nullable=False),
        sa.Column("work_authorization", sa.JSON, nullable=False),
        sa.Column("needs_sponsorship", sa.Boolean, nullable=False),
        sa.Column("pay_expectation_usd", sa.Float),
        sa.Column("years_experience", sa.Float),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("links", sa.JSON, nullable=False),
        sa.Column("work_start_hour", sa.Float, nullable=False),
        sa.Column("work_end_hour", sa.Float, nullable=False),
        sa.Column("available_from", sa.Date),
        sa.Column("source_hash", sa.String(64)),
        sa.Column("source_name", sa.String(500)),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_index("ix_candidates_tenant_hash", "candidates", ["tenant_id", "source_hash"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.String(40), primary_key=True),
        _candidate_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("organization", sa.String(300)),
        sa.Column("start", sa.Date),
        sa.Column("end", sa.Date),
        sa.Column("url", sa.Text),
    )
    op.create_table(
        "candidate_skills",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _candidate_fk(),
        sa.Column("skill_id", sa.String(120), nullable=False, index=True),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("evidence_id", sa.String(40)),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("snippet", sa.Text, nullable=False),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _candidate_fk(),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("granted", sa.Boolean, nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("company", sa.String(300)),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "roles",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "tenant_id", sa.String(40), sa.ForeignKey("tenants.id", ondelete="CASCADE"),
            nullable=False, index=True,
        ),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("company", sa.String(300), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("seniority", sa.String(2), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("work_start_hour", sa.Float, nullable=False),
        sa.Column("work_end_hour", sa.Float, nullable=False),
        sa.Column("min_overlap_hours", sa.Float, nullable=False),
        sa.Column("budget_usd_year", sa.Float),
        sa.Column("remote_policy", sa.String(16), nullable=False),
        sa.Column("visa_sponsorship", sa.Boolean, nullable=False),
        sa.Column("allowed_countries", sa.JSON, nullable=False),
        sa.Column("location_country", sa.String(2)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("source_hash", sa.String(64)),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "role_requirements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "role_id", sa.String(40), sa.ForeignKey("roles.id", ondelete="CASCADE"),
            nullable=False, index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("skill_id", sa.String(120), nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("must", sa.Boolean, nullable=False),
        sa.Column("min_years", sa.Float),
        sa.Column("weight", sa.Float, nullable=False),
    )
    op.create_table(
        "ingest_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("tenant_id", sa.String(40)),
        sa.Column("candidate_id", sa.String(40)),
        sa.Column("role_id", sa.String(40)),
        sa.Column("error", sa.Text),
        sa.Column("at", TZ, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "ingest_log", "role_requirements", "roles", "consents", "candidate_skills", "evidence",
        "candidates", "tenants",
    ):
        op.drop_table(table)
