"""On PostgreSQL, the rows a profile write adds beside each profile (its embedding job, searched
text, evidence, skills and consents) are checked against the stored profiles once per statement
instead of once per row, and go with their profile as before.

Their foreign keys checked each row with a query of its own (a lookup of the profile and a lock
on it): a bulk load's COPY of 500 profiles' rows ran about 6,700 of them, 13 per profile, a
quarter of the server's time in the load (1.85 s of its 6.8 s CPU for 20,000 profiles). A
statement trigger now checks the rows a statement added together, in one join of their distinct
profile ids with `candidates`, locking each profile as the foreign key did (FOR KEY SHARE: a
profile being deleted meanwhile is waited for, then missing), and refuses the statement as the
foreign key did (SQLSTATE 23503, foreign_key_violation) when a row names no stored profile. A
row trigger refuses a row's profile id changed to one not stored. Deleting profiles deletes
these rows in one statement per table (the cascade the foreign keys did row by row), a tenant's
deletion cascading to its profiles included; a profile's id cannot change while these rows name
it. The other tables naming a profile keep their foreign keys (few rows, written one profile at
a time). SQLite is unchanged (a bulk load there switches its checks off for the load).

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None

# The tables whose rows a write of a profile adds with it, each naming it in `candidate_id`.
CHILDREN = ("embedding_jobs", "candidate_text", "evidence", "candidate_skills", "consents")

_REFUSE = (
    "RAISE foreign_key_violation USING MESSAGE = format('insert or update on table \"%s\" "
    "violates foreign key constraint \"%s_candidate_id_fkey\"', TG_TABLE_NAME, TG_TABLE_NAME), "
    "DETAIL = format('Key (candidate_id)=(%s) is not present in table \"candidates\".', missing)"
)
# A statement's rows (the transition table `named`) against the stored profiles: each profile
# they name looked up once, by its key (the lateral join keeps the plan a lookup per profile
# whatever the planner thinks of the table's size; a kept plan made when `candidates` was small
# read all of it for each statement once it had grown). A profile another transaction wrote is
# then locked, as the foreign key locked it, so that it cannot go before this transaction ends;
# one this transaction wrote (a bulk load's own) no other can see, let alone delete, so it needs
# no lock (locking each of a load's profiles once more for each table cost as much as the check).
CHECK_ADDED = f"""
DECLARE wanted bigint; held bigint; others text[]; missing text;
BEGIN
  SELECT count(*), count(f.xmin),
         array_agg(n.id) FILTER (WHERE f.xmin <> CAST(pg_current_xact_id() AS xid))
    INTO wanted, held, others
    FROM (SELECT DISTINCT candidate_id AS id FROM named) AS n
    LEFT JOIN LATERAL (SELECT c.xmin FROM candidates AS c WHERE c.id = n.id) AS f ON true;
  IF held = wanted AND others IS NOT NULL THEN
    SELECT count(*) INTO held FROM (SELECT 1 FROM candidates AS c WHERE c.id = ANY(others)
      FOR KEY SHARE OF c) AS locked;
    held := held + wanted - cardinality(others);
  END IF;
  IF held < wanted THEN
    SELECT n.candidate_id INTO missing FROM named AS n
      WHERE NOT EXISTS (SELECT 1 FROM candidates AS c WHERE c.id = n.candidate_id) LIMIT 1;
    {_REFUSE};
  END IF;
  RETURN NULL;
END"""
CHECK_CHANGED = f"""
DECLARE missing text := NEW.candidate_id;
BEGIN
  PERFORM 1 FROM candidates AS c WHERE c.id = NEW.candidate_id FOR KEY SHARE OF c;
  IF NOT FOUND THEN
    {_REFUSE};
  END IF;
  RETURN NULL;
END"""
DELETE_GONE = "BEGIN {deletes} RETURN NULL; END"
KEEP_ID = """
BEGIN
  IF {named} THEN
    RAISE foreign_key_violation USING MESSAGE = format('update on table "candidates" changes '
      'the id of profile %s, which other rows name', OLD.id);
  END IF;
  RETURN NEW;
END"""


def _function(name: str, body: str) -> None:
    op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    _function("candidate_rows_checked", CHECK_ADDED)
    _function("candidate_row_checked", CHECK_CHANGED)
    _function("candidate_rows_deleted", DELETE_GONE.format(deletes=" ".join(
        f"DELETE FROM {table} WHERE candidate_id IN (SELECT id FROM gone);"
        for table in CHILDREN)))
    _function("candidate_id_kept", KEEP_ID.format(named=" OR ".join(
        f"EXISTS (SELECT 1 FROM {table} WHERE candidate_id = OLD.id)" for table in CHILDREN)))
    for table in CHILDREN:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {table}_candidate_id_fkey")
        op.execute(f"CREATE TRIGGER {table}_profiles_checked AFTER INSERT ON {table} "
                   "REFERENCING NEW TABLE AS named FOR EACH STATEMENT "
                   "EXECUTE FUNCTION candidate_rows_checked()")
        op.execute(f"CREATE TRIGGER {table}_profile_checked AFTER UPDATE OF candidate_id "
                   f"ON {table} FOR EACH ROW WHEN (OLD.candidate_id IS DISTINCT FROM "
                   "NEW.candidate_id) EXECUTE FUNCTION candidate_row_checked()")
    op.execute("CREATE TRIGGER candidates_rows_deleted AFTER DELETE ON candidates "
               "REFERENCING OLD TABLE AS gone FOR EACH STATEMENT "
               "EXECUTE FUNCTION candidate_rows_deleted()")
    op.execute("CREATE TRIGGER candidates_id_kept BEFORE UPDATE OF id ON candidates "
               "FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) "
               "EXECUTE FUNCTION candidate_id_kept()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP TRIGGER candidates_id_kept ON candidates")
    op.execute("DROP TRIGGER candidates_rows_deleted ON candidates")
    for table in CHILDREN:
        op.execute(f"DROP TRIGGER {table}_profile_checked ON {table}")
        op.execute(f"DROP TRIGGER {table}_profiles_checked ON {table}")
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {table}_candidate_id_fkey FOREIGN KEY "
                   "(candidate_id) REFERENCES candidates (id) ON DELETE CASCADE")
    for name in ("candidate_id_kept", "candidate_rows_deleted", "candidate_row_checked",
                 "candidate_rows_checked"):
        op.execute(f"DROP FUNCTION {name}()")
