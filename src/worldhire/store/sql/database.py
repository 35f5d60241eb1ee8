"""The base of SqlRepository's parts, one per capability, each in its own module (tenants.py,
profile_writes.py, bulk_load.py, identity_records.py, profiles.py, pool_search.py,
stored_assessments.py, embedding_queue.py, roles.py, ingest_ledger.py): the engine, and where
their statements run."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

from worldhire.store.sql.unit_of_work import Transactions

# Profiles per statement batch: well under every driver's parameter limit for the DELETE ... IN.
WRITE_CHUNK = 500


class SqlDatabase:
    """Statements run in `transactions`: the unit of work open in this thread or task, or else a
    transaction of their own. Each part declares the state it reads; SqlRepository's __init__
    sets it all."""

    engine: Engine
    transactions: Transactions

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        with self.transactions.connection() as conn:
            yield conn
