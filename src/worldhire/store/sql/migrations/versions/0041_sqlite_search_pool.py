"""SQLite keeps, for each row of the searched text, the columns a shortlist's pool filters read,
in a small table keyed by that row, so the keyword stage checks which of the rows it found are
in the pool with one lookup of an integer key each.

The impact-ordered keyword stage (store/sql/impacts.py) ranks rows of the searched text
(candidate_text.row) and checks them against the pool a thousand at a time, until eight times
the profiles asked for are the pool's: 12,000 rows for a pool filtered to the EU at a million
profiles. Each check looked the row up in candidate_text (whose rows hold the whole searched
text: a million of them fill most of the store's file) for its profile's id, then the id in the
pool check index of candidates (migration 0040). `candidate_search_pool` holds each row's
tenant, consent to matching, country, stated work authorizations, need of sponsorship, pay
expectation and working window (about 60 bytes a row: 60 MB for a million), the same values
candidates holds, so the pool's predicates (sql/pool.py, pool_where) read the same.

Triggers keep it exact in the transaction that writes: a row is added with its searched text
(from the profile's row in candidates, written first), deleted with it (an edit rewrites the
text; an erasure and a tenant's cascade delete it), and a change of one of these columns in
candidates is copied to its text's row. The bulk path writes the rows of a batch with one
statement (rows._BATCHED), as it does FTS5's.

PostgreSQL checks retrieved ids against candidates itself (its full-text stage finds ids, not
rows): nothing changes there.

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None

TABLE = "candidate_search_pool"  # schema.POOL_TABLE at this revision
COLUMNS = ["tenant_id", "matching_consent", "country", "work_authorization",
           "needs_sponsorship", "pay_expectation_usd", "timezone", "work_start_hour",
           "work_end_hour"]
SELECTED = ", ".join(f"c.{name}" for name in COLUMNS)
INTO = f"INSERT INTO {TABLE} (row, {', '.join(COLUMNS)})"
TRIGGERS = {
    "candidate_text_pool_added": (
        f"AFTER INSERT ON candidate_text BEGIN {INTO} SELECT new.row, {SELECTED} "
        "FROM candidates AS c WHERE c.id = new.candidate_id; END"),
    "candidate_text_pool_removed": (
        f"AFTER DELETE ON candidate_text BEGIN DELETE FROM {TABLE} WHERE row = old.row; END"),
    "candidate_pool_columns_changed": (
        f"AFTER UPDATE OF {', '.join(COLUMNS)} ON candidates BEGIN UPDATE {TABLE} SET "
        f"{', '.join(f'{name} = new.{name}' for name in COLUMNS)} "
        "WHERE row = (SELECT row FROM candidate_text WHERE candidate_id = new.id); END"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE TABLE {TABLE} (row INTEGER PRIMARY KEY, tenant_id VARCHAR(40), "
               "matching_consent BOOLEAN NOT NULL, country VARCHAR(2), "
               "work_authorization JSON NOT NULL, needs_sponsorship BOOLEAN NOT NULL, "
               "pay_expectation_usd FLOAT, timezone VARCHAR(64), "
               "work_start_hour FLOAT NOT NULL, work_end_hour FLOAT NOT NULL)")
    op.execute(f"{INTO} SELECT ct.row, {SELECTED} FROM candidate_text AS ct "
               "JOIN candidates AS c ON c.id = ct.candidate_id")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(f"ANALYZE {TABLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
