"""PostgreSQL's listing table is filled from the profile text rows alone: each row carries its
profile's sort key since migration 0030, so the statement trigger (0025) no longer joins the rows
a write added to `candidates`. That join hashed every stored profile once per statement: a bulk
load's COPY of 5,000 text rows into a store of 20,000 read all 20,000 (168 ms of the server's
time, growing with the store: a million-profile load would hash the whole table two hundred
times). SQLite is unchanged.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

TABLE = "candidate_search_listing"
# As 0025's: the terms as they are, each scope word marked with "~".
VECTOR = ("array_to_tsvector(array_remove(string_to_array(t.list_terms, ' ') || "
          "string_to_array(regexp_replace(t.list_scope, '(\\S+)', '~\\1', 'g'), ' '), ''))")
FILL_ALONE = (f"INSERT INTO {TABLE} (row, candidate_id, sort_name, terms) "
              f"SELECT t.row, t.candidate_id, t.sort_name, {VECTOR} FROM added AS t")
FILL_JOINED = (f"INSERT INTO {TABLE} (row, candidate_id, sort_name, terms) "
               f"SELECT t.row, t.candidate_id, c.sort_name, {VECTOR} FROM added AS t "
               "JOIN candidates AS c ON c.id = t.candidate_id")


def _fill(statement: str) -> None:
    op.execute(
        f"CREATE OR REPLACE FUNCTION {TABLE}_fill() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {statement}; RETURN NULL; END $$"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    _fill(FILL_ALONE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    _fill(FILL_JOINED)
