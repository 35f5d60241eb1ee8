"""What every governance repository shares: where its statements run. The queries themselves live
in one repository per part: users/ (users, tokens, web sessions), audit_log/, retention_terms/,
subject_keys/, subject_access/ and purges/ (what erasure reads and deletes, the compaction that
follows it). Statements join the store's open unit of work, if any (its opener commits)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection

from worldhire.core.models import utcnow
from worldhire.governance.store import Governance
from worldhire.store.sql.regional import sql_store


@contextmanager
def connection(gov: Governance) -> Iterator[Connection]:
    """Where governance's statements run: the main database's open unit of work, or else a
    transaction of their own."""
    with sql_store(gov.repo).transactions.connection() as conn:
        yield conn


def aware(value: datetime) -> datetime:
    """A time read back from a database that drops the zone (SQLite), in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=utcnow().tzinfo)
