"""Which vector index the database holds itself, chosen here once for ranking
(`SqlRepository.profile_vectors`) and for `batch embed` (`batch.targets.open_sinks`) alike."""

from __future__ import annotations

from sqlalchemy import Engine

from worldhire.store.pg.vectors import PgVectorIndex, vectors_table


def held_vectors(engine: Engine, model: str, dim: int, part: str = "profiles"
                 ) -> PgVectorIndex | None:
    """A model's vectors of a part ("profiles", "evidence") as the database holds them: a
    pgvector table on PostgreSQL; None on one that holds none (SQLite), whose vectors are index
    folders under the home (worldhire.index)."""
    if engine.dialect.name != "postgresql":
        return None
    return PgVectorIndex(engine, vectors_table(model, part), dim)
