"""Pipeline: stage configurations, applications with moves, notes and scorecards, webhooks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _fk(name: str, target: str, *, index: bool = True) -> sa.Column[str]:
    return sa.Column(
        name, sa.String(40), sa.ForeignKey(target, ondelete="CASCADE"), nullable=False,
        index=index,
    )


def upgrade() -> None:
    op.create_table(
        "pipeline_configs",
        sa.Column(
            "tenant_id", sa.String(40), sa.ForeignKey("tenants.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("config", sa.JSON, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_table(
        "applications",
        sa.Column("id", sa.String(40), primary_key=True),
        _fk("tenant_id", "tenants.id"),
        sa.Column("candidate_id", sa.String(40), nullable=False, index=True),
        sa.Column("role_id", sa.String(40), nullable=False, index=True),
        sa.Column("stage", sa.String(40), nullable=False),
        sa.Column("rejection_reason", sa.Text),
        sa.Column("source", sa.String(40), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.UniqueConstraint("candidate_id", "role_id", name="uq_applications_candidate_role"),
    )
    op.create_table(
        "application_moves",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _fk("application_id", "applications.id"),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("from_stage", sa.String(40)),
        sa.Column("to_stage", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("at", TZ, nullable=False),
        sa.UniqueConstraint("application_id", "seq", name="uq_application_moves_seq"),
    )
    op.create_table(
        "application_notes",
        sa.Column("id", sa.String(40), primary_key=True),
        _fk("application_id", "applications.id"),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "scorecards",
        sa.Column("id", sa.String(40), primary_key=True),
        _fk("application_id", "applications.id"),
        sa.Column("interviewer", sa.String(200), nullable=False),
        sa.Column("stage", sa.String(40), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "scorecard_ratings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _fk("scorecard_id", "scorecards.id"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("skill_id", sa.String(120), nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_table(
        "webhook_subscriptions",
        sa.Column("id", sa.String(40), primary_key=True),
        _fk("tenant_id", "tenants.id"),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("events", sa.JSON, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("secret", sa.String(128), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.String(40), primary_key=True),
        _fk("subscription_id", "webhook_subscriptions.id"),
        sa.Column("event", sa.String(64), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "webhook_attempts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _fk("delivery_id", "webhook_deliveries.id"),
        sa.Column("at", TZ, nullable=False),
        sa.Column("status_code", sa.Integer),
        sa.Column("error", sa.Text),
        sa.Column("ok", sa.Boolean, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "webhook_attempts", "webhook_deliveries", "webhook_subscriptions", "scorecard_ratings",
        "scorecards", "application_notes", "application_moves", "applications",
        "pipeline_configs",
    ):
        op.drop_table(table)
