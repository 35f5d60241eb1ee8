"""Tables of the governance layer: users and API tokens, residency directory, retention terms,
per-person audit keys, and the hash-chained audit log. They live on the same `metadata` as the
core tables; migration 0002 creates them.

Nothing here holds a person's name, contact or résumé text: candidates appear only by their
random id (the directory and keys are needed to route, seal and erase their data)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from worldhire.store.sql.schema import metadata

users = Table(
    "users",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "tenant_id", String(40), ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False,
        index=True,
    ),
    Column("email", String(320), nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("tenant_id", "email", name="uq_users_tenant_email"),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("tenant_id", String(40), ForeignKey("tenants.id", ondelete="CASCADE")),
    Column("user_id", String(40), ForeignKey("users.id", ondelete="CASCADE"), index=True),
    # A candidate account's token; no foreign key, the candidate may sit in a region database.
    Column("candidate_id", String(40), index=True),
    Column("secret_sha256", String(64), nullable=False),
    Column("label", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
    Column("expires_at", DateTime(timezone=True)),  # none: valid until revoked
)

# A signed-in browser: the cookie holds the session's secret, this table its hash, so signing
# out (or the expiry) ends the session on the server, whoever holds a copy of the cookie.
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_sha256", String(64), primary_key=True),
    Column("token_id", String(40), ForeignKey("api_tokens.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
    Column("revoked_at", DateTime(timezone=True)),
)

candidate_residency = Table(
    "candidate_residency",
    metadata,
    Column("candidate_id", String(40), primary_key=True),
    Column("region", String(16), nullable=False),
    Column("overridden", Boolean, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

retention_terms = Table(
    "retention_terms",
    metadata,
    Column("candidate_id", String(40), primary_key=True),
    Column("days", Integer, nullable=False),
    Column("source", String(300), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

# People whose erasure is still to be finished (governance.erasure): written before the erasure's
# transaction and in it, removed once their rows are gone and every purger has run.
pending_purges = Table(
    "pending_purges",
    metadata,
    Column("candidate_id", String(40), primary_key=True),
    Column("requested_at", DateTime(timezone=True), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", String(500)),
    # governance.purges.repository.PurgeReason: what finishing it takes
    Column("reason", String(20), nullable=False, server_default="erased"),
)

subject_keys = Table(
    "subject_keys",
    metadata,
    Column("candidate_id", String(40), primary_key=True),
    Column("key", LargeBinary(32), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("entry_id", String(40), nullable=False, unique=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("tenant_id", String(40), index=True),
    Column("action", String(40), nullable=False),
    # The canonical JSON the chain hashes; the columns above repeat parts of it for queries and
    # `verify` checks that they agree.
    Column("record", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False, unique=True),
    Column("hash", String(64), nullable=False, unique=True),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)
