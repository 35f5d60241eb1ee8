"""PostgreSQL keeps each tenant's matching pool counted as profiles are written, as SQLite has
since migration 0029, so a shortlist reads its pool's size from a few rows instead of counting
the pool: the count read every profile of the tenant and the platform (a parallel index-only
scan of ix_candidates_pool). At 200,000 bench profiles the server's CPU for a pool's size, p50/p95
over 8 reads: 19-22/21-32 ms counted, 0-1/1 ms summed.

`candidate_pool_counts` has the columns SQLite's has (tenant key, '' for the platform, and a
count of the profiles that consent to matching), but a key may have several rows: the pool's
size is their sum, on both backends. PostgreSQL's writers run side by side, and one counter row
a key would make each wait for the other's commit (and two writing the same two tenants in
opposite orders deadlock). So a write statement never waits: it adds a row of its own change,
folded with the rows of its keys that no transaction in flight holds (locked FOR UPDATE SKIP
LOCKED, deleted and summed into the new row), so a key has about as many rows as writers were
in flight, and a reader sees the count as of its snapshot.

Statement triggers (transition tables) count a statement's inserted and deleted profiles, a
bulk load's COPY and a tenant's cascade included; a row trigger counts a profile whose tenant
or consent changes (an UPDATE's transition tables cannot be limited to those columns, and
every edit of a profile would hand both tables to it).

Revision ID: 0046
Revises: 0045
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0046"
down_revision = "0045"
branch_labels = None
depends_on = None

TABLE = "candidate_pool_counts"  # store.sql.schema.POOL_COUNTS
# The change `{change}` (rows of tenant_key, profiles) added to the counts, folded with the
# rows of its keys no transaction in flight holds.
FOLD = (f"WITH change AS ({{change}}), "
        f"held AS (DELETE FROM {TABLE} WHERE ctid = ANY(ARRAY(SELECT ctid FROM {TABLE} "
        "WHERE tenant_key IN (SELECT tenant_key FROM change) FOR UPDATE SKIP LOCKED)) "
        "RETURNING tenant_key, profiles) "
        f"INSERT INTO {TABLE} (tenant_key, profiles) SELECT tenant_key, sum(profiles) "
        "FROM (SELECT * FROM change UNION ALL SELECT * FROM held) AS s GROUP BY tenant_key "
        "HAVING sum(profiles) <> 0")
COUNTED = ("SELECT coalesce(tenant_id, '') AS tenant_key, {sign}count(*) AS profiles "
           "FROM {rows} WHERE matching_consent GROUP BY 1")
MOVED = ("SELECT coalesce(OLD.tenant_id, '') AS tenant_key, -1::bigint AS profiles "
         "WHERE OLD.matching_consent UNION ALL "
         "SELECT coalesce(NEW.tenant_id, ''), 1 WHERE NEW.matching_consent")
FUNCTIONS = {
    "candidate_pool_added": FOLD.format(change=COUNTED.format(sign="", rows="new_rows")),
    "candidate_pool_removed": FOLD.format(change=COUNTED.format(sign="-", rows="old_rows")),
    "candidate_pool_moved": FOLD.format(change=MOVED),
}
TRIGGERS = {
    "candidate_pool_added": "AFTER INSERT ON candidates REFERENCING NEW TABLE AS new_rows "
                            "FOR EACH STATEMENT",
    "candidate_pool_removed": "AFTER DELETE ON candidates REFERENCING OLD TABLE AS old_rows "
                              "FOR EACH STATEMENT",
    "candidate_pool_moved": "AFTER UPDATE OF tenant_id, matching_consent ON candidates "
                            "FOR EACH ROW WHEN (OLD.tenant_id IS DISTINCT FROM NEW.tenant_id "
                            "OR OLD.matching_consent IS DISTINCT FROM NEW.matching_consent)",
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"CREATE TABLE {TABLE} (tenant_key varchar(40) NOT NULL, "
               "profiles bigint NOT NULL)")
    op.execute(f"CREATE INDEX ix_{TABLE}_key ON {TABLE} (tenant_key)")
    op.execute(f"INSERT INTO {TABLE} (tenant_key, profiles) SELECT coalesce(tenant_id, ''), "
               "count(*) FROM candidates WHERE matching_consent GROUP BY 1")
    for name, body in FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
                   f"AS $$ BEGIN {body}; RETURN NULL; END $$")
        op.execute(f"CREATE TRIGGER {name} {TRIGGERS[name]} EXECUTE FUNCTION {name}()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON candidates")
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
