"""On PostgreSQL, each lexeme of each profile's searched text is kept with the count of its
positions in `candidate_search_postings` (term, text row, candidate id, occurrences), so the
keyword stage sums a query's weights and ts_rank's parts from its lexemes' postings alone
instead of checking and ranking every profile's tsvector (store/sql/postings.py).

Statement triggers on candidate_text keep it exact in the transaction that writes: the rows a
statement adds (a profile's save, an edit's new text, a bulk load's COPY of a batch: one
statement each) add their lexemes' postings, read from the stored tsvector itself; the rows it
deletes (an edit, an erasure, a tenant's cascade) delete theirs by key, each removed row's
lexemes read from its own tsvector; a changed text replaces them. The profiles stored before
are filled here, and the primary key built once they are. SQLite is unchanged (its keyword
stage reads FTS5 and its own impact-ordered index, migration 0033).

The key is (term, row), the profile's id only carried (INCLUDE) for the stage's order: keyed by
(term, candidate id), a bulk load's postings landed anywhere in each word's range (ids are
random), and the server's CPU for a load of 50,000 profiles rose from 13.6 to 34.6 s.

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None

TABLE = "candidate_search_postings"  # store.sql.postings.POSTINGS at this revision
VECTOR = "candidate_search_vector"
# A lexeme's positions (a stripped tsvector has none: ts_rank counts it once). In the primary
# key's order: a statement's postings of a word go after the word's last (a text's row is
# larger than any before it), beside each other, instead of anywhere in its range.
FILL = (f"INSERT INTO {TABLE} (term, row, candidate_id, occurrences) "
        "SELECT u.lexeme, s.row, s.candidate_id, coalesce(cardinality(u.positions), 1) "
        f"FROM {{source}} AS s, unnest(s.{VECTOR}) AS u")
ORDERED = " ORDER BY u.lexeme, s.row"
EMPTY = (f"DELETE FROM {TABLE} AS p USING {{source}} AS s, "
         f"unnest(tsvector_to_array(s.{VECTOR})) AS u(term) "
         "WHERE p.term = u.term AND p.row = s.row")
CHANGED = ("(SELECT {side}.* FROM old_rows AS o JOIN new_rows AS n ON n.row = o.row "
           "WHERE n.body IS DISTINCT FROM o.body OR n.candidate_id <> o.candidate_id)")
FUNCTIONS = {
    "added": FILL.format(source="new_rows") + ORDERED,
    "removed": EMPTY.format(source="old_rows"),
    "changed": f"{EMPTY.format(source=CHANGED.format(side='o'))}; "
               f"{FILL.format(source=CHANGED.format(side='n'))}{ORDERED}",
}
TRANSITIONS = {"added": ("INSERT", "NEW TABLE AS new_rows"),
               "removed": ("DELETE", "OLD TABLE AS old_rows"),
               "changed": ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows")}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"CREATE TABLE {TABLE} (term text NOT NULL, row integer NOT NULL, "
               "candidate_id varchar(40) NOT NULL, occurrences smallint NOT NULL)")
    op.execute(FILL.format(source="candidate_text"))
    op.execute(f"ALTER TABLE {TABLE} ADD PRIMARY KEY (term, row) "
               "INCLUDE (candidate_id, occurrences)")
    for name, body in FUNCTIONS.items():
        event, transition = TRANSITIONS[name]
        op.execute(f"CREATE FUNCTION {TABLE}_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   f"BEGIN {body}; RETURN NULL; END $$")
        op.execute(f"CREATE TRIGGER {TABLE}_{name} AFTER {event} ON candidate_text "
                   f"REFERENCING {transition} FOR EACH STATEMENT "
                   f"EXECUTE FUNCTION {TABLE}_{name}()")
    op.execute(f"ANALYZE {TABLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name in FUNCTIONS:
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{name} ON candidate_text")
        op.execute(f"DROP FUNCTION IF EXISTS {TABLE}_{name}()")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
