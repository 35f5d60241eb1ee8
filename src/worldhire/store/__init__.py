"""Storage adapters behind the Repository protocol."""

from __future__ import annotations

from worldhire.config import Settings
from worldhire.store.protocol import IngestRecord, Repository


def open_repository(settings: Settings) -> Repository:
    """SQLite under WORLDHIRE_HOME by default; WORLDHIRE_DATABASE_URL selects another database."""
    from worldhire.store.sql.repository import SqlRepository

    settings.home.mkdir(parents=True, exist_ok=True)
    return SqlRepository(settings.database_url)


__all__ = ["IngestRecord", "Repository", "open_repository"]
