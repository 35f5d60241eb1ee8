"""Tables of the hiring pipeline and its integrations: stage configurations per tenant,
applications (candidate x role) with every move, notes and interview scorecards, and webhook
subscriptions with each delivery and attempt. Same `metadata` as the core tables; migration 0003
creates them. A role's applications (with notes and scorecards) are removed through
SqlPipelineStore.forget_role, a person's by erasure (governance.personal_data), not foreign keys."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from worldhire.store.sql.schema import metadata

pipeline_configs = Table(
    "pipeline_configs",
    metadata,
    Column("tenant_id", String(40), ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True),
    Column("config", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

applications = Table(
    "applications",
    metadata,
    Column("id", String(40), primary_key=True),
    # Indexed with the list's order (ix_applications_listing): a page is read in order.
    Column(
        "tenant_id", String(40), ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False,
    ),
    # No foreign keys to candidates and roles: the repository saves them by delete and insert,
    # which would cascade into the pipeline. Erasure goes by governance.personal_data.
    Column("candidate_id", String(40), nullable=False, index=True),
    Column("role_id", String(40), nullable=False, index=True),
    Column("stage", String(40), nullable=False),
    Column("rejection_reason", Text),
    Column("source", String(40), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("candidate_id", "role_id", name="uq_applications_candidate_role"),
    Index("ix_applications_listing", "tenant_id", "created_at", "id"),
)

application_moves = Table(
    "application_moves",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "application_id", String(40), ForeignKey("applications.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("seq", Integer, nullable=False),
    Column("from_stage", String(40)),
    Column("to_stage", String(40), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("reason", Text),
    Column("at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("application_id", "seq", name="uq_application_moves_seq"),
)

application_notes = Table(
    "application_notes",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "application_id", String(40), ForeignKey("applications.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("author", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

scorecards = Table(
    "scorecards",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "application_id", String(40), ForeignKey("applications.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("interviewer", String(200), nullable=False),
    Column("stage", String(40), nullable=False),
    Column("summary", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

scorecard_ratings = Table(
    "scorecard_ratings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "scorecard_id", String(40), ForeignKey("scorecards.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("position", Integer, nullable=False),
    Column("skill_id", String(120), nullable=False),
    Column("label", String(300), nullable=False),
    Column("rating", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
)

webhook_subscriptions = Table(
    "webhook_subscriptions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "tenant_id", String(40), ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False,
        index=True,
    ),
    Column("url", Text, nullable=False),
    Column("events", JSON, nullable=False),
    Column("format", String(16), nullable=False),
    # The shared secret signs every delivery, so it is kept as is (not hashed).
    Column("secret", String(128), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "subscription_id", String(40),
        ForeignKey("webhook_subscriptions.id", ondelete="CASCADE"), nullable=False, index=True,
    ),
    Column("event", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

webhook_attempts = Table(
    "webhook_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "delivery_id", String(40), ForeignKey("webhook_deliveries.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("status_code", Integer),
    Column("error", Text),
    Column("ok", Boolean, nullable=False),
)
