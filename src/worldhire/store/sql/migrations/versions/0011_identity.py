"""Identity resolution: résumé versions per candidate and the identifiers candidates are found
by (e-mail, phone, profile links, file hashes), filled in for the candidates already stored.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "candidate_versions",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "candidate_id", sa.String(40), sa.ForeignKey("candidates.id", ondelete="CASCADE"),
            nullable=False, index=True,
        ),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("parsed_at", TZ, nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.UniqueConstraint("candidate_id", "content_hash", name="uq_candidate_versions_file"),
    )
    op.create_table(
        "candidate_identifiers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "candidate_id", sa.String(40), sa.ForeignKey("candidates.id", ondelete="CASCADE"),
            nullable=False, index=True,
        ),
        sa.Column("tenant_id", sa.String(40)),
        sa.Column("key", sa.String(400), nullable=False),
        sa.UniqueConstraint("candidate_id", "key", name="uq_candidate_identifiers_key"),
    )
    op.create_index("ix_candidate_identifiers_key", "candidate_identifiers",
                    ["key", "tenant_id"])
    _identify_stored_candidates()


def _identify_stored_candidates() -> None:
    """Candidates stored before this revision get their identifiers, so a new file of one of
    them joins it. Their versions start with the next file (the profile as stored becomes the
    first)."""
    from worldhire.core.models import Candidate
    from worldhire.identity.keys import FILE, Identity

    conn = op.get_bind()
    people = sa.table(
        "candidates", sa.column("id"), sa.column("tenant_id"), sa.column("name"),
        sa.column("email"), sa.column("phone"), sa.column("country"),
        sa.column("links", sa.JSON), sa.column("source_hash"),
    )
    identifiers = sa.table("candidate_identifiers", sa.column("candidate_id"),
                           sa.column("tenant_id"), sa.column("key"))
    rows = []
    for r in conn.execute(sa.select(people)).all():
        person = Candidate(name=r.name, email=r.email, phone=r.phone, country=r.country,
                           links=list(r.links or []))
        keys = Identity.of(person).stored_keys()
        keys += [f"{FILE}:{r.source_hash}"] if r.source_hash else []
        rows += [{"candidate_id": r.id, "tenant_id": r.tenant_id, "key": k[:400]}
                 for k in dict.fromkeys(keys)]
    if rows:
        op.bulk_insert(identifiers, rows)


def downgrade() -> None:
    op.drop_index("ix_candidate_identifiers_key", "candidate_identifiers")
    op.drop_table("candidate_identifiers")
    op.drop_table("candidate_versions")
