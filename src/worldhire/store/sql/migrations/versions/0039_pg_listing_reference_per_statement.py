"""On PostgreSQL, the listing table's rows (migration 0025) are checked against the searched text
rows once per statement instead of once per row, and go with their text row as before.

Its foreign key ran a query of its own for each listing row a write added (a lookup of the text
row and a lock on it): a bulk load's 500 profiles a statement ran 500 of them, and its plan was
made once per session, when the store was small: a store analysed while it held a few profiles
read the whole text table for each row (tests/store/test_profile_references.py). A statement
trigger now checks the rows a statement added together, by key (as migration 0038's checks:
no sequential scan, hash or merge join whatever the statistics), locking a text row another
transaction wrote as the foreign key did (FOR KEY SHARE; the fill trigger's own rows, written
by this transaction, need none), and refuses the statement as the foreign key did (SQLSTATE
23503) when a row names no text row. A row's text row changed to one not stored is refused, so
is a change of a named text row's key, and deleting text rows deletes their listing rows in one
statement (the cascade). SQLite is unchanged (its listing index is an FTS5 table).

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None

TABLE = "candidate_search_listing"
_REFUSE = (
    f"RAISE foreign_key_violation USING MESSAGE = 'insert or update on table \"{TABLE}\" "
    f"violates foreign key constraint \"{TABLE}_row_fkey\"', "
    "DETAIL = format('Key (row)=(%s) is not present in table \"candidate_text\".', missing)"
)
CHECK_ADDED = f"""
DECLARE wanted bigint; held bigint; others integer[]; missing integer;
BEGIN
  SELECT count(*), count(x.xmin),
         array_agg(n.row) FILTER (WHERE x.xmin <> CAST(pg_current_xact_id() AS xid))
    INTO wanted, held, others
    FROM named AS n LEFT JOIN candidate_text AS x ON x.row = n.row;
  IF held = wanted AND others IS NOT NULL THEN
    SELECT count(*) INTO held FROM (SELECT 1 FROM candidate_text AS x
      WHERE x.row = ANY(others) FOR KEY SHARE OF x) AS locked;
    held := held + wanted - cardinality(others);
  END IF;
  IF held < wanted THEN
    SELECT n.row INTO missing FROM named AS n
      WHERE NOT EXISTS (SELECT 1 FROM candidate_text AS x WHERE x.row = n.row) LIMIT 1;
    {_REFUSE};
  END IF;
  RETURN NULL;
END"""
CHECK_CHANGED = f"""
DECLARE missing integer := NEW.row;
BEGIN
  PERFORM 1 FROM candidate_text AS x WHERE x.row = NEW.row FOR KEY SHARE OF x;
  IF NOT FOUND THEN
    {_REFUSE};
  END IF;
  RETURN NULL;
END"""
DELETE_GONE = f"""
BEGIN
  DELETE FROM {TABLE} WHERE row IN (SELECT row FROM gone);
  RETURN NULL;
END"""
KEEP_ROW = f"""
BEGIN
  IF EXISTS (SELECT 1 FROM {TABLE} WHERE row = OLD.row) THEN
    RAISE foreign_key_violation USING MESSAGE = format('update on table "candidate_text" '
      'changes the key of text row %s, which a listing row names', OLD.row);
  END IF;
  RETURN NEW;
END"""
# Each key looked up, whatever the statistics say (as migration 0038's).
BY_KEY = "SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off"
FUNCTIONS = {"listing_rows_checked": CHECK_ADDED, "listing_row_checked": CHECK_CHANGED,
             "listing_rows_deleted": DELETE_GONE, "listing_row_kept": KEEP_ROW}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name, body in FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql {BY_KEY} "
                   f"AS $${body}$$")
    op.execute(f"ALTER TABLE {TABLE} DROP CONSTRAINT {TABLE}_row_fkey")
    op.execute(f"CREATE TRIGGER {TABLE}_rows_checked AFTER INSERT ON {TABLE} "
               "REFERENCING NEW TABLE AS named FOR EACH STATEMENT "
               "EXECUTE FUNCTION listing_rows_checked()")
    op.execute(f"CREATE TRIGGER {TABLE}_row_checked AFTER UPDATE OF row ON {TABLE} "
               "FOR EACH ROW WHEN (OLD.row IS DISTINCT FROM NEW.row) "
               "EXECUTE FUNCTION listing_row_checked()")
    op.execute("CREATE TRIGGER candidate_text_listing_deleted AFTER DELETE ON candidate_text "
               "REFERENCING OLD TABLE AS gone FOR EACH STATEMENT "
               "EXECUTE FUNCTION listing_rows_deleted()")
    op.execute("CREATE TRIGGER candidate_text_row_kept BEFORE UPDATE OF row ON candidate_text "
               "FOR EACH ROW WHEN (OLD.row IS DISTINCT FROM NEW.row) "
               "EXECUTE FUNCTION listing_row_kept()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP TRIGGER candidate_text_row_kept ON candidate_text")
    op.execute("DROP TRIGGER candidate_text_listing_deleted ON candidate_text")
    op.execute(f"DROP TRIGGER {TABLE}_row_checked ON {TABLE}")
    op.execute(f"DROP TRIGGER {TABLE}_rows_checked ON {TABLE}")
    op.execute(f"ALTER TABLE {TABLE} ADD CONSTRAINT {TABLE}_row_fkey FOREIGN KEY (row) "
               "REFERENCES candidate_text (row) ON DELETE CASCADE")
    for name in reversed(FUNCTIONS):
        op.execute(f"DROP FUNCTION {name}()")
