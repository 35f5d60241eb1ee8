"""The relational repository: one implementation for SQLite (default) and PostgreSQL.

SqlRepository is the store's parts over one database, each a capability's queries in a module of
its own: tenants (tenants.py), profiles written (profile_writes.py) and bulk loaded
(bulk_load.py), their versions, identifiers and suppression list (identity_records.py), profiles
read (profiles.py), retrieval in the store (pool_search.py), stored assessments
(stored_assessments.py), the embedding queue (embedding_queue.py), roles (roles.py) and the
ingest ledger (ingest_ledger.py). The database is opened and migrated by sql/engine.py; rows
become models and models rows in sql/mapping.py.
"""

from __future__ import annotations

from worldhire.core.errors import InvalidInput
from worldhire.store.profile_cache import ProfileCache

# Every table the migrations create must be on `metadata` wherever the store is open, so
# Alembic's comparison (and create_all in tools) sees the same database the migrations build.
from worldhire.store.sql import schema_batch as _batch  # noqa: F401
from worldhire.store.sql import schema_governance as _governance  # noqa: F401
from worldhire.store.sql import schema_identity as _identity  # noqa: F401
from worldhire.store.sql import schema_pipeline as _pipeline  # noqa: F401
from worldhire.store.sql.bulk_load import SqlBulkLoads
from worldhire.store.sql.embedding_queue import SqlEmbeddingQueue
from worldhire.store.sql.engine import make_engine, migrate
from worldhire.store.sql.frequencies import WordFrequencies
from worldhire.store.sql.ingest_ledger import SqlIngestLedger
from worldhire.store.sql.pool_search import SqlPoolSearch
from worldhire.store.sql.profiles import SqlProfiles
from worldhire.store.sql.roles import SqlRoles
from worldhire.store.sql.unit_of_work import SqlUnitOfWork, Transactions
from worldhire.store.vector_backend import AUTO, choose_vector_backend


class SqlRepository(SqlBulkLoads, SqlProfiles, SqlPoolSearch, SqlEmbeddingQueue, SqlRoles,
                    SqlIngestLedger):
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        migrate(self.engine)
        self._vectors = {}
        self._vector_backend = choose_vector_backend(AUTO, self.engine.dialect.name)
        self.transactions = Transactions(self.engine)
        self._assessor = None
        self._documents_kept = "file"
        self.tenant_directory = self
        self._profiles = ProfileCache()
        self._frequencies = WordFrequencies()

    def close(self) -> None:
        self.engine.dispose()

    # One database for everyone: no person's rows are placed by region.
    def region_of(self, candidate_id: str) -> str | None:
        return None

    def region_location(self, region: str) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def set_region(self, candidate_id: str, region: str) -> None:
        raise InvalidInput("storage by region is off; set WORLDHIRE_RESIDENCY=regions")

    def unit_of_work(self) -> SqlUnitOfWork:
        return self.transactions.unit_of_work()
