"""Storage adapters behind the Repository protocol (the composition root, worldhire.bootstrap,
picks one: a single database, or one per region with residency on)."""

from __future__ import annotations

from worldhire.store.protocol import IngestRecord, Repository

__all__ = ["IngestRecord", "Repository"]
