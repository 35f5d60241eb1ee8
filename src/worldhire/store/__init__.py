"""Storage adapters behind the Repository protocol."""

from __future__ import annotations

from worldhire.config import Settings
from worldhire.store.protocol import IngestRecord, Repository


def open_repository(settings: Settings) -> Repository:
    """SQLite under WORLDHIRE_HOME by default; WORLDHIRE_DATABASE_URL selects another database;
    WORLDHIRE_RESIDENCY=regions keeps each region's personal data in a database of its own."""
    from worldhire.governance.residency import open_store

    return open_store(settings)


__all__ = ["IngestRecord", "Repository", "open_repository"]
