"""The candidate list's word filter reads a full-text index instead of LIKE over every row (5.6 s
for the slowest page of 30,000 profiles, loaded machine): each profile's list terms (its name,
headline and skills' labels, case and accents folded: core.texts.listing_terms) are kept in
candidate_text.list_terms and indexed, by an FTS5 table on SQLite (kept in step by triggers, as
the ranking's index is) and by a GIN index over a generated tsvector of the terms as they are
on PostgreSQL (no parser between the stored terms and the query's, so both backends match alike).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from worldhire.core.texts import joined_terms

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

BATCH = 5000
TABLE = "candidate_search_listing"
# Prefix indexes of 2 and 3 characters: a filter word is matched as the start of a term.
FTS5 = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(list_terms, content='candidate_text', "
    "content_rowid='row', prefix='2 3', tokenize=\"unicode61 remove_diacritics 2 "
    "tokenchars '+#'\")"
)
TRIGGERS = (
    f"CREATE TRIGGER candidate_list_terms_added AFTER INSERT ON candidate_text BEGIN "
    f"INSERT INTO {TABLE}(rowid, list_terms) VALUES (new.row, new.list_terms); END",
    f"CREATE TRIGGER candidate_list_terms_removed AFTER DELETE ON candidate_text BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, list_terms) "
    "VALUES ('delete', old.row, old.list_terms); END",
)


def _list_terms(candidate_id: str, name: str, headline: str, labels: list[str]) -> str:
    # core.texts.listing_terms over the stored columns (Candidate.display_name for the name).
    shown = name or f"Candidate {candidate_id.removeprefix('cand_')[:6]}"
    return joined_terms([shown, headline, *labels])


def _backfill(bind: Any) -> None:
    people = sa.table("candidates", sa.column("id", sa.String), sa.column("name", sa.String),
                      sa.column("headline", sa.String))
    skills = sa.table("candidate_skills", sa.column("id", sa.Integer),
                      sa.column("candidate_id", sa.String), sa.column("label", sa.String))
    texts = sa.table("candidate_text", sa.column("candidate_id", sa.String),
                     sa.column("list_terms", sa.Text))
    after = ""
    while True:
        rows = bind.execute(
            sa.select(people.c.id, people.c.name, people.c.headline)
            .where(people.c.id > after).order_by(people.c.id).limit(BATCH)
        ).all()
        if not rows:
            return
        labels: dict[str, list[str]] = {}
        for candidate_id, label in bind.execute(
            sa.select(skills.c.candidate_id, skills.c.label)
            .where(skills.c.candidate_id.in_([r.id for r in rows])).order_by(skills.c.id)
        ):
            labels.setdefault(candidate_id, []).append(label)
        bind.execute(
            texts.update().where(texts.c.candidate_id == sa.bindparam("row_id"))
            .values(list_terms=sa.bindparam("found")),
            [{"row_id": r.id,
              "found": _list_terms(r.id, r.name or "", r.headline or "", labels.get(r.id, []))}
             for r in rows],
        )
        after = rows[-1].id


def upgrade() -> None:
    op.add_column("candidate_text", sa.Column("list_terms", sa.Text, nullable=False,
                                              server_default=""))
    bind = op.get_bind()
    _backfill(bind)
    if bind.dialect.name == "sqlite":
        op.execute(FTS5)
        op.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")
        for trigger in TRIGGERS:
            op.execute(trigger)
    else:
        # The terms are the lexemes as stored (array_to_tsvector parses nothing), so "c++"
        # stays one term and a query's terms are compared with them as they are.
        op.execute(f"ALTER TABLE candidate_text ADD COLUMN {TABLE}_vector tsvector GENERATED "
                   "ALWAYS AS (array_to_tsvector(string_to_array(list_terms, ' '))) STORED")
        op.execute(f"CREATE INDEX {TABLE}_gin ON candidate_text USING gin ({TABLE}_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("candidate_list_terms_added", "candidate_list_terms_removed"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"DROP TABLE IF EXISTS {TABLE}")
    else:
        op.execute(f"DROP INDEX IF EXISTS {TABLE}_gin")
        op.execute(f"ALTER TABLE candidate_text DROP COLUMN {TABLE}_vector")
    op.drop_column("candidate_text", "list_terms")
