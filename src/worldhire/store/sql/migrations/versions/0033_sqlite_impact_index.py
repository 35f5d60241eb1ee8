"""SQLite keeps each word's best postings by their BM25 impact (store/sql/impacts.py), so the
keyword stage of a shortlist reads a few thousand rows a word instead of ranking every profile
that holds one (FTS5's cost grows with the store). `candidate_search_impacts` is ordered by
(word, impact, row); a trigger deletes a profile's postings with its searched text, as FTS5's
own does; `candidate_search_floors` keeps, for a word cut back to its best, the impact a new
posting must reach. The profiles stored before are indexed here, in batches, by the code every
write uses, where the store holds more than impacts.ACTIVE (a smaller one is indexed by the write
that takes it past). PostgreSQL ranks with its own full-text index as before: nothing changes there.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

from worldhire.store.sql.bulk_load import LOAD_CACHE_KIB
from worldhire.store.sql.impacts import FLOORS, IMPACTS, written

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None

TRIGGER = "candidate_text_impacts_removed"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(f"CREATE TABLE {IMPACTS} (term TEXT NOT NULL, impact INTEGER NOT NULL, "
               "row INTEGER NOT NULL, PRIMARY KEY (term, impact, row)) WITHOUT ROWID")
    op.execute(f"CREATE INDEX {IMPACTS}_by_row ON {IMPACTS} (row)")
    op.execute(f"CREATE TABLE {FLOORS} (term TEXT PRIMARY KEY, floor INTEGER NOT NULL, "
               "kept INTEGER NOT NULL) WITHOUT ROWID")
    op.execute(f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON candidate_text BEGIN "
               f"DELETE FROM {IMPACTS} WHERE row = old.row; END")
    # A store's worth of postings goes to the index's pages in one transaction: with the
    # connection's default cache (2 MB) they spilled to the log and were read back over and
    # over (23 GB written for a million profiles, unfinished after 15 minutes).
    cache = bind.exec_driver_sql("PRAGMA cache_size").scalar_one()
    bind.exec_driver_sql(f"PRAGMA cache_size=-{LOAD_CACHE_KIB}")
    written(bind, 0)
    bind.exec_driver_sql(f"PRAGMA cache_size={cache}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    op.execute(f"DROP TABLE IF EXISTS {FLOORS}")
    op.execute(f"DROP TABLE IF EXISTS {IMPACTS}")
