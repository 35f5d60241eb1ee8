"""On PostgreSQL, `candidate_search_postings` holds a lexeme's postings of a whole write in one
row: (term, batch, candidate ids, occurrences), the two arrays side by side, where migration
0042 wrote a row for each lexeme of each profile. A bulk load's COPY of 500 profiles wrote
29,500 rows, each a heap tuple and a B-tree entry ordered by a collated text; it now writes
about 1,000. The keyword stage reads the same postings (store/sql/postings.py unnests them).

Measured on 500-profile batches of a 100,000-profile bench store (the server's CPU a batch,
after 20,000 profiles written the same way, load 15-30): 153 ms -> 33 ms; 16 common words'
postings summed by profile 40 -> 35 ms; the table 232 -> 52 MB.

A write is a batch: the rows one statement adds to candidate_text (a profile's save, a bulk
load's COPY) take the next number of `candidate_search_batch` and
`candidate_search_batches` records each row's (row -> batch). A statement that deletes rows (an
edit, an erasure, a tenant's cascade) takes their candidate ids out of the arrays of their
lexemes in their batches (rewriting those rows, an empty one deleted); a changed text is taken
out and written again as a batch of its own. The term is compared bytewise (COLLATE "C"): its
order only serves the key. The arrays are stored out of line uncompressed (STORAGE EXTERNAL):
random ids do not compress, and pglz's attempt was a fifth of a batch's write.

The removal's lookups are by key whatever the planner's statistics say (as migration 0038
sets for the profile checks): planned once per session on a table still empty, a scan of
`candidate_search_batches` would be kept for every statement after.

Revision ID: 0044
Revises: 0043
Create Date: 2026-12-06
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0044"
down_revision = "0043"
branch_labels = None
depends_on = None

TABLE = "candidate_search_postings"  # store.sql.postings.POSTINGS at this revision
BATCHES = "candidate_search_batches"
SEQUENCE = "candidate_search_batch"
VECTOR = "candidate_search_vector"
# The postings of the rows of `source` in `batch`: each lexeme with the ids holding it.
FILL = (f"INSERT INTO {TABLE} (term, batch, candidate_ids, occurrences) "
        "SELECT u.lexeme, {batch}, array_agg(s.candidate_id), "
        "array_agg(coalesce(cardinality(u.positions), 1)::smallint) "
        f"FROM {{source}} AS s, unnest(s.{VECTOR}) AS u GROUP BY u.lexeme, 2")
ADD = (f"b := nextval('{SEQUENCE}'); "
       f"INSERT INTO {BATCHES} (row, batch) SELECT row, b FROM {{source}}; "
       + FILL.format(batch="b", source="{source}"))
# The rows of `source` out of their batches: each lexeme's row of the batch rewritten without
# their ids (none is written back where none is left).
REMOVE = (f"WITH gone AS (DELETE FROM {BATCHES} AS b USING {{source}} AS s WHERE b.row = s.row "
          f"RETURNING b.batch, s.candidate_id, s.{VECTOR} AS vector), "
          f"held AS (DELETE FROM {TABLE} AS p USING (SELECT DISTINCT g.batch, u.term "
          "FROM gone AS g, unnest(tsvector_to_array(g.vector)) AS u(term)) AS k "
          "WHERE p.term = k.term AND p.batch = k.batch RETURNING p.*) "
          f"INSERT INTO {TABLE} (term, batch, candidate_ids, occurrences) "
          "SELECT h.term, h.batch, array_agg(e.id), array_agg(e.occurrences) "
          "FROM held AS h, unnest(h.candidate_ids, h.occurrences) AS e(id, occurrences) "
          "WHERE NOT EXISTS (SELECT FROM gone AS g WHERE g.batch = h.batch "
          "AND g.candidate_id = e.id) GROUP BY h.term, h.batch")
CHANGED = ("(SELECT {side}.* FROM old_rows AS o JOIN new_rows AS n ON n.row = o.row "
           "WHERE n.body IS DISTINCT FROM o.body OR n.candidate_id <> o.candidate_id)")
FUNCTIONS = {
    "added": ADD.format(source="new_rows"),
    "removed": REMOVE.format(source="old_rows"),
    "changed": f"{REMOVE.format(source=CHANGED.format(side='o'))}; "
               f"{ADD.format(source=CHANGED.format(side='n'))}",
}
TRANSITIONS = {"added": ("INSERT", "NEW TABLE AS new_rows"),
               "removed": ("DELETE", "OLD TABLE AS old_rows"),
               "changed": ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows")}
BY_KEY = ("enable_seqscan", "enable_hashjoin", "enable_mergejoin")
# The profiles stored before, in batches of this many rows as a bulk load writes them.
STORED_BATCH = 500


def _postings_by_profile() -> ModuleType:
    """Migration 0042, whose table and triggers this one replaces (and its downgrade restores)."""
    path = Path(__file__).with_name("0042_pg_search_postings.py")
    spec = importlib.util.spec_from_file_location("_migration_0042", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    _postings_by_profile().downgrade()
    op.execute(f"CREATE TABLE {TABLE} (term text COLLATE \"C\" NOT NULL, "
               "batch integer NOT NULL, candidate_ids varchar(40)[] NOT NULL, "
               "occurrences smallint[] NOT NULL)")
    for column in ("candidate_ids", "occurrences"):
        op.execute(f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STORAGE EXTERNAL")
    op.execute(f"CREATE TABLE {BATCHES} (row integer PRIMARY KEY, batch integer NOT NULL)")
    op.execute(f"CREATE SEQUENCE {SEQUENCE} AS integer")
    op.execute(f"INSERT INTO {BATCHES} (row, batch) SELECT row, "
               f"(row_number() OVER (ORDER BY row) - 1) / {STORED_BATCH} + 1 FROM candidate_text")
    op.execute(FILL.format(batch="s.batch", source=f"(SELECT t.*, b.batch FROM candidate_text "
                                                   f"AS t JOIN {BATCHES} AS b USING (row))"))
    op.execute(f"SELECT setval('{SEQUENCE}', coalesce(max(batch), 0) + 1, false) FROM {BATCHES}")
    op.execute(f"ALTER TABLE {TABLE} ADD PRIMARY KEY (term, batch)")
    for name, body in FUNCTIONS.items():
        event, transition = TRANSITIONS[name]
        declared = "DECLARE b integer; " if name != "removed" else ""
        op.execute(f"CREATE FUNCTION {TABLE}_{name}() RETURNS trigger LANGUAGE plpgsql "
                   + ("" if name == "added" else " ".join(f"SET {s} = off" for s in BY_KEY))
                   + f" AS $$ {declared}BEGIN {body}; RETURN NULL; END $$")
        op.execute(f"CREATE TRIGGER {TABLE}_{name} AFTER {event} ON candidate_text "
                   f"REFERENCING {transition} FOR EACH STATEMENT "
                   f"EXECUTE FUNCTION {TABLE}_{name}()")
    op.execute(f"ANALYZE {TABLE}")
    op.execute(f"ANALYZE {BATCHES}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    before = _postings_by_profile()
    before.downgrade()  # the triggers and functions have its names
    op.execute(f"DROP TABLE IF EXISTS {BATCHES}")
    op.execute(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")
    before.upgrade()
