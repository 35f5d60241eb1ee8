"""On PostgreSQL each row of a pgvector table's projection (store/held/pgvector.py, the `_short`
table) keeps the country of the profile it belongs to, indexed, and the rows are rewritten in
order of it: a pool filtered to a region is ranked on its countries' rows only, where the
projection was read whole (at 500,000 bench/e2e.py profiles, 500,000 distances for an EU pool of
71,000). A trigger on candidates copies a changed country to the rows its owner's vectors have,
in every projection table the database holds (they are made at run time, one per model and
part, so the trigger finds them in the catalogue); pgvector.py writes the country with each row.
At 500,000 profiles the upgrade cost the server 14.2 s of CPU (55 s of wall time at load average
18); the projection is 156 MB, its country index 3.4 MB. An EU pool's dense stage then cost the
server 157-218 ms of CPU instead of 284-338, the same hits.

Revision ID: 0051
Revises: 0050
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0051"
down_revision = "0050"
branch_labels = None
depends_on = None

FUNCTION = "vectors_follow_country"
TRIGGER = "candidates_country_to_vectors"
# Every projection table: pgvector.py's `{TABLE_PREFIX}{name}_short` beside `..._{name}`.
PROJECTIONS = (
    "SELECT n.nspname, c.relname FROM pg_class AS c "
    "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
    r"WHERE c.relkind = 'r' AND c.relname LIKE 'vectors\_%\_short'"
)
HAS_COUNTRY = (
    "EXISTS (SELECT FROM pg_attribute AS a WHERE a.attrelid = c.oid "
    "AND a.attname = 'country' AND NOT a.attisdropped)"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    bind = op.get_bind()
    for space, name in bind.execute(text(f"{PROJECTIONS} AND NOT {HAS_COUNTRY}")).all():
        short, whole = f'"{space}"."{name}"', f'"{space}"."{name.removesuffix("_short")}"'
        op.execute(f"ALTER TABLE {short} ADD COLUMN country varchar(2)")
        op.execute(
            "CREATE TEMP TABLE projected_rows AS SELECT s.key, s.embedding, c.country "
            f"FROM {short} AS s JOIN {whole} AS w ON w.key = s.key "
            "LEFT JOIN candidates AS c ON c.id = w.owner"
        )
        op.execute(f"TRUNCATE {short}")
        op.execute(
            f"INSERT INTO {short} (key, embedding, country) "
            "SELECT key, embedding, country FROM projected_rows ORDER BY country, key"
        )
        op.execute("DROP TABLE projected_rows")
        op.execute(f'CREATE INDEX "{name}_country" ON {short} (country)')
        op.execute(f"ANALYZE {short}")
    op.execute(
        f"CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE found record; BEGIN "
        f"FOR found IN {PROJECTIONS} AND {HAS_COUNTRY} LOOP "
        "EXECUTE format('UPDATE %I.%I AS s SET country = $1 FROM %I.%I AS w "
        "WHERE w.owner = $2 AND w.key = s.key', found.nspname, found.relname, found.nspname, "
        "left(found.relname, -6)) USING NEW.country, NEW.id; "
        "END LOOP; RETURN NULL; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {TRIGGER} AFTER UPDATE OF country ON candidates FOR EACH ROW "
        f"WHEN (OLD.country IS DISTINCT FROM NEW.country) EXECUTE FUNCTION {FUNCTION}()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON candidates")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
    bind = op.get_bind()
    for space, name in bind.execute(text(f"{PROJECTIONS} AND {HAS_COUNTRY}")).all():
        op.execute(f'ALTER TABLE "{space}"."{name}" DROP COLUMN country')
