"""Tables of identity resolution (worldhire.identity): every résumé version a candidate was read
from, and the normalised identifiers (e-mail, phone, profile links, file hashes, names) the
candidate is found and told apart by. Same `metadata` as the core tables; migration 0011 creates
them. Both belong to the candidate and go with it (foreign key, on delete cascade): the
repository updates a candidate row in place, so only erasure or a move to another region's
database removes them."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from worldhire.store.sql.schema import metadata

candidate_versions = Table(
    "candidate_versions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "candidate_id", String(40), ForeignKey("candidates.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("content_hash", String(64), nullable=False),
    Column("file_name", String(500), nullable=False),
    Column("source", String(300), nullable=False),
    Column("parsed_at", DateTime(timezone=True), nullable=False),
    # The profile, evidence and skills read from this file alone, in the columns' own shapes.
    Column("profile", JSON, nullable=False),
    UniqueConstraint("candidate_id", "content_hash", name="uq_candidate_versions_file"),
)

# The file a version was read from, as received (migration 0015): its text as extracted, and
# the original bytes. A file that holds several people (a bulk CSV) is kept with none of them.
resume_documents = Table(
    "resume_documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "candidate_id", String(40), ForeignKey("candidates.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("content_hash", String(64), nullable=False),
    Column("media_type", String(120), nullable=False),
    Column("text", Text, nullable=False),
    Column("original", LargeBinary),
    UniqueConstraint("candidate_id", "content_hash", name="uq_resume_documents_file"),
)

candidate_identifiers = Table(
    "candidate_identifiers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "candidate_id", String(40), ForeignKey("candidates.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("tenant_id", String(40)),
    Column("key", String(400), nullable=False),  # "email:ana@example.com", "phone:601234567"
    Index("ix_candidate_identifiers_key", "key", "tenant_id"),
    UniqueConstraint("candidate_id", "key", name="uq_candidate_identifiers_key"),
)

# The suppression list (worldhire.identity.suppression): no candidate, no tenant, no plain
# value; a hash per identifier of a person who had their data erased. Migration 0012.
suppressed_identifiers = Table(
    "suppressed_identifiers",
    metadata,
    Column("key_hash", String(64), primary_key=True),
    # A random id per erasure: the person coming back lifts every hash of theirs at once.
    Column("erasure", String(32), nullable=False, index=True),
    Column("suppressed_at", DateTime(timezone=True), nullable=False),
)

suppression_salt = Table(
    "suppression_salt",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # one row, id 1
    Column("salt", LargeBinary(64), nullable=False),
)
