"""On PostgreSQL, a statement that removes profiles' texts (an erasure, a tenant's cascade, an
edit's rewrite) looks each posting entry of their batches up in a hash of the removed (id,
batch) pairs, built once (a hashed NOT IN), where migration 0044's NOT EXISTS looked each entry
up among all the removed rows: the removal's functions plan joins as key lookups
(enable_hashjoin and enable_mergejoin off), so that anti-join was a nested loop rescanning the
removed rows for every entry, quadratic in the profiles removed. The postings hold the same
entries after a removal (each row's ids may come back in another order; reads sum them).

A 20,000-profile bench store written by the bulk load (500-profile batches), rows of
candidate_text deleted in one statement and rolled back, server CPU before -> after (load
average 13-20): 1 profile 14 -> 9 ms (medians of 5), 10: 56 -> 18, 100 spread over batches:
2,026 -> 272; the first 500 (a whole batch) 681 -> 37, 1,000: 2,652 -> 84, 5,000: over 4
minutes -> 373; every 7th of the first 3,500: 7,967 -> 227, of the first 7,000: 37,144 -> 668.

Revision ID: 0048
Revises: 0047
Create Date: 2026-12-07
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0048"
down_revision = "0047"
branch_labels = None
depends_on = None

TABLE = "candidate_search_postings"
BATCHES = "candidate_search_batches"
VECTOR = "candidate_search_vector"
# The rows of `source` out of their batches: each lexeme's row of the batch written again
# without their ids (none is written back where none is left).
REMOVE = (f"WITH gone AS (DELETE FROM {BATCHES} AS b USING {{source}} AS s WHERE b.row = s.row "
          f"RETURNING b.batch, s.candidate_id, s.{VECTOR} AS vector), "
          f"held AS (DELETE FROM {TABLE} AS p USING (SELECT DISTINCT g.batch, u.term "
          "FROM gone AS g, unnest(tsvector_to_array(g.vector)) AS u(term)) AS k "
          "WHERE p.term = k.term AND p.batch = k.batch RETURNING p.*) "
          f"INSERT INTO {TABLE} (term, batch, candidate_ids, occurrences) "
          "SELECT h.term, h.batch, array_agg(e.id), array_agg(e.occurrences) "
          "FROM held AS h, unnest(h.candidate_ids, h.occurrences) AS e(id, occurrences) "
          "WHERE (e.id, h.batch) NOT IN (SELECT g.candidate_id, g.batch FROM gone AS g) "
          "GROUP BY h.term, h.batch")


def _postings_by_batch() -> ModuleType:
    """Migration 0044, whose removal this one replaces (and its downgrade restores)."""
    path = Path(__file__).with_name("0044_pg_postings_by_batch.py")
    spec = importlib.util.spec_from_file_location("_migration_0044", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _functions(remove: str, before: ModuleType) -> dict[str, str]:
    """The bodies of the removal's two functions with `remove` as their removal."""
    changed = before.CHANGED
    return {
        "removed": remove.format(source="old_rows"),
        "changed": f"{remove.format(source=changed.format(side='o'))}; "
                   f"{before.ADD.format(source=changed.format(side='n'))}",
    }


def _replace(bodies: dict[str, str], before: ModuleType) -> None:
    settings = " ".join(f"SET {s} = off" for s in before.BY_KEY)
    for name, body in bodies.items():
        declared = "DECLARE b integer; " if name == "changed" else ""
        op.execute(f"CREATE OR REPLACE FUNCTION {TABLE}_{name}() RETURNS trigger "
                   f"LANGUAGE plpgsql {settings} AS $$ {declared}BEGIN {body}; RETURN NULL; "
                   "END $$")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    before = _postings_by_batch()
    _replace(_functions(REMOVE, before), before)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    before = _postings_by_batch()
    _replace(_functions(before.REMOVE, before), before)
