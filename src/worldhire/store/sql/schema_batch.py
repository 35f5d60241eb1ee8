"""Tables of the batch jobs (worldhire.batch): stored shortlists written by the nightly re-match,
and the run ledger that makes every batch job resumable. Same `metadata` as the core tables;
migration 0004 creates them.

Only pseudonymous ids and scores: no foreign keys to candidates and roles, because the repository
saves those by delete and insert, which would cascade into stored shortlists. Erasure removes a
person's rows by the personal-data registry (governance.personal_data)."""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Float, ForeignKey, Integer, String, Table

from worldhire.store.sql.schema import metadata

batch_runs = Table(
    "batch_runs",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("kind", String(32), nullable=False, index=True),
    Column("status", String(16), nullable=False),  # "running" | "done"
    Column("params", JSON, nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
)

batch_run_items = Table(
    "batch_run_items",
    metadata,
    Column(
        "run_id", String(40), ForeignKey("batch_runs.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("item_id", String(64), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

stored_shortlists = Table(
    "stored_shortlists",
    metadata,
    Column("role_id", String(40), primary_key=True),
    Column("candidate_id", String(40), primary_key=True, index=True),
    Column("rank", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("criteria", JSON, nullable=False),
    Column("run_id", String(40), nullable=False),
    Column("computed_at", DateTime(timezone=True), nullable=False),
)
