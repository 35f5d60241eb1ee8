"""PostgreSQL's candidate list reads a narrow listing table instead of the wide profile text: each
profile's list terms and scope words in one tsvector (GIN-indexed) beside its sort key, so a
word, a company's scope and a country are one index query, its count reads only these rows,
and a page is sorted or walked in order without the profile rows. The generated tsvector on
candidate_text (migration 0019) made every word page read candidate_text's wide rows (body,
its tsvector) and join each match to its profile for the scope: 43-173 ms of server time a
page at 30,000 profiles. The table is the listing index's PostgreSQL form (the FTS5 table of
the same name on SQLite), filled by a statement trigger on candidate_text as every profile
write inserts its text (COPY in a bulk load included) and emptied by cascade as the text row
goes (a rewrite or an erasure). SQLite is unchanged.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

TABLE = "candidate_search_listing"
OLD_VECTOR = f"{TABLE}_vector"
# The terms as they are (array_to_tsvector parses nothing: "c++" stays one lexeme) and each scope
# word marked with "~", which no term holds (core.texts.TERM), so a term's prefix query never
# matches a scope word (store.sql.listing.SCOPE_MARK).
VECTOR = ("array_to_tsvector(array_remove(string_to_array(t.list_terms, ' ') || "
          "string_to_array(regexp_replace(t.list_scope, '(\\S+)', '~\\1', 'g'), ' '), ''))")
FILL = (f"INSERT INTO {TABLE} (row, candidate_id, sort_name, terms) "
        f"SELECT t.row, t.candidate_id, c.sort_name, {VECTOR} FROM {{source}} AS t "
        "JOIN candidates AS c ON c.id = t.candidate_id")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {TABLE}_gin")
    op.execute(f"ALTER TABLE candidate_text DROP COLUMN {OLD_VECTOR}")
    op.execute(
        f"CREATE TABLE {TABLE} (row integer PRIMARY KEY REFERENCES candidate_text (row) "
        "ON DELETE CASCADE, candidate_id varchar(40) NOT NULL, sort_name varchar(300), "
        "terms tsvector NOT NULL)"
    )
    op.execute(FILL.format(source="candidate_text"))
    op.execute(f"CREATE INDEX {TABLE}_terms ON {TABLE} USING gin (terms)")
    op.execute(f"CREATE INDEX {TABLE}_order ON {TABLE} (sort_name, candidate_id)")
    # One statement per write, over the rows it added (a bulk load's COPY of thousands at once).
    op.execute(
        f"CREATE FUNCTION {TABLE}_fill() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"{FILL.format(source='added')}; RETURN NULL; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_added AFTER INSERT ON candidate_text REFERENCING NEW TABLE "
        f"AS added FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_fill()"
    )
    op.execute(f"ANALYZE {TABLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_added ON candidate_text")
    op.execute(f"DROP FUNCTION IF EXISTS {TABLE}_fill()")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
    op.execute(f"ALTER TABLE candidate_text ADD COLUMN {OLD_VECTOR} tsvector GENERATED ALWAYS "
               "AS (array_to_tsvector(string_to_array(list_terms, ' '))) STORED")
    op.execute(f"CREATE INDEX {TABLE}_gin ON candidate_text USING gin ({OLD_VECTOR})")
