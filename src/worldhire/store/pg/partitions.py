"""Residency partitions on PostgreSQL: one schema per region in the same database.

On SQLite each region's personal data lives in its own file ($WORLDHIRE_HOME/regions/EU.db). On
PostgreSQL the same partition is a schema, `region_eu`, holding the full store (candidates,
evidence, skills, consents and its own Alembic ledger), reached by putting that schema first on
the connection's search path. The main schema (`public`, or whatever the URL's search path says)
keeps tenants, roles, users, the audit log and the id-to-region directory, never a person's data.
A region can be moved to its own server later by pointing its URL elsewhere: nothing in the
tables refers across schemas.

    region_url("postgresql://db/worldhire", "EU")
      -> "postgresql+psycopg://db/worldhire?options=-csearch_path%3Dregion_eu"
"""

from __future__ import annotations

import re

from sqlalchemy import create_engine, text

from worldhire.core.errors import WorldhireError
from worldhire.store.pg.url import is_postgres, normalise_url, with_search_path

SCHEMA_PREFIX = "region_"
_REGION = re.compile(r"^[A-Z]{2,8}$")


class PartitionError(WorldhireError, ValueError):
    """A region code that cannot name a schema, or a URL that is not PostgreSQL."""

    status = 500
    code = "region-schema"


def region_schema(region: str) -> str:
    """`EU` -> `region_eu`: lower case, so it never needs quoting."""
    code = region.strip().upper()
    if not _REGION.match(code):
        raise PartitionError(f"{region!r} is not a region code (EU, IN, US, ...)")
    return SCHEMA_PREFIX + code.lower()


def region_of_schema(schema: str) -> str | None:
    if not schema.startswith(SCHEMA_PREFIX):
        return None
    code = schema[len(SCHEMA_PREFIX):].upper()
    return code if _REGION.match(code) else None


def ensure_region_schema(url: str, region: str) -> str:
    """Create the region's schema if it is missing and return the URL that selects it."""
    if not is_postgres(url):
        raise PartitionError("region schemas exist only on PostgreSQL; SQLite uses one file each")
    schema = region_schema(region)
    engine = create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
    finally:
        engine.dispose()
    return with_search_path(url, schema)


def region_url(url: str, region: str) -> str:
    """The URL of a region's partition, without touching the server."""
    return with_search_path(url, region_schema(region))


def region_schemas(url: str) -> list[str]:
    """The regions that have a schema in this database."""
    engine = create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            names = conn.execute(
                text("SELECT schema_name FROM information_schema.schemata "
                     "WHERE schema_name LIKE :prefix ORDER BY schema_name"),
                {"prefix": SCHEMA_PREFIX + "%"},
            ).scalars().all()
    finally:
        engine.dispose()
    return [code for code in (region_of_schema(n) for n in names) if code]
