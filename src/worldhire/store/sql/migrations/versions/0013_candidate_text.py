"""Retrieval in the store: full-text search over profiles (candidate_text and its index, FTS5
on SQLite, a GIN index over to_tsvector on PostgreSQL) and consent to matching kept on the
profile (candidates.matching_consent), so a pool is counted and filtered by index.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# The same tokens as worldhire.index.lexical: tool names keep "+" and "#" ("C++", "C#").
FTS5 = (
    "CREATE VIRTUAL TABLE candidate_search USING fts5(body, content='candidate_text', "
    "content_rowid='row', tokenize=\"unicode61 tokenchars '+#'\")"
)
TRIGGERS = (
    "CREATE TRIGGER candidate_text_added AFTER INSERT ON candidate_text BEGIN "
    "INSERT INTO candidate_search(rowid, body) VALUES (new.row, new.body); END",
    "CREATE TRIGGER candidate_text_removed AFTER DELETE ON candidate_text BEGIN "
    "INSERT INTO candidate_search(candidate_search, rowid, body) "
    "VALUES ('delete', old.row, old.body); END",
)


def upgrade() -> None:
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(sa.Column("matching_consent", sa.Boolean, nullable=False,
                                   server_default="0"))
        batch.create_index("ix_candidates_pool", ["tenant_id", "matching_consent"])
    # The latest matching consent record of each profile (ties: the first recorded).
    op.execute(
        "UPDATE candidates SET matching_consent = coalesce((SELECT granted FROM consents "
        "WHERE consents.candidate_id = candidates.id AND consents.purpose = 'matching' "
        "ORDER BY consents.at DESC, consents.id ASC LIMIT 1), false)"
    )
    op.create_table(
        "candidate_text",
        sa.Column("row", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("candidate_id", sa.String(40),
                  sa.ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False,
                  unique=True),
        sa.Column("body", sa.Text, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(FTS5)
        # How many profiles hold each word: the store leaves out of a query the words most
        # profiles hold (sql/keyword_search.py, selective).
        op.execute("CREATE VIRTUAL TABLE candidate_search_vocab USING fts5vocab("
                   "candidate_search, 'row')")
        for trigger in TRIGGERS:
            op.execute(trigger)
    else:
        op.execute("CREATE INDEX candidate_search_gin ON candidate_text "
                   "USING gin (to_tsvector('simple', body))")
    # Profiles stored before: their headline, summary and evidence, as core/texts.py joins them.
    if op.get_bind().dialect.name == "sqlite":
        newline = "char(10)"
        evidence = "group_concat(title || '. ' || text, char(10))"
    else:
        newline = "chr(10)"
        evidence = "string_agg(title || '. ' || text, chr(10) ORDER BY position)"
    op.execute(
        "INSERT INTO candidate_text (candidate_id, body) SELECT id, substr("
        f"headline || {newline} || summary || {newline} || coalesce((SELECT {evidence} "
        "FROM evidence WHERE evidence.candidate_id = candidates.id), ''), 1, 2000) "
        "FROM candidates"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("candidate_text_added", "candidate_text_removed"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS candidate_search_vocab")
        op.execute("DROP TABLE IF EXISTS candidate_search")
    else:
        op.execute("DROP INDEX IF EXISTS candidate_search_gin")
    op.drop_table("candidate_text")
    with op.batch_alter_table("candidates") as batch:
        batch.drop_index("ix_candidates_pool")
        batch.drop_column("matching_consent")
