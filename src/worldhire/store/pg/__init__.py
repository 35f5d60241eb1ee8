"""PostgreSQL specifics: URL normalisation, region schemas, and pgvector dense search.

The relational store itself is the shared SqlRepository (SQLAlchemy Core, Alembic); only what
PostgreSQL does differently lives here. Importing this package needs no PostgreSQL driver.
"""

from worldhire.store.pg.partitions import (
    PartitionError,
    ensure_region_schema,
    region_schema,
    region_schemas,
    region_url,
)
from worldhire.store.pg.url import DatabaseUrlError, is_postgres, normalise_url, with_search_path

__all__ = [
    "DatabaseUrlError",
    "PartitionError",
    "ensure_region_schema",
    "is_postgres",
    "normalise_url",
    "region_schema",
    "region_schemas",
    "region_url",
    "with_search_path",
]
