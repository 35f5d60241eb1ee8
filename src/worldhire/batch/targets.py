"""The sinks `batch embed` writes to for a given store: pgvector tables on PostgreSQL, index
folders under WORLDHIRE_HOME otherwise."""

from __future__ import annotations

from worldhire.batch.embed import EmbedderSpec
from worldhire.batch.sinks import EVIDENCE_SUFFIX, FileSink, PgSink, VectorSink, model_folder
from worldhire.config import Settings
from worldhire.store.protocol import Repository
from worldhire.store.sql.regional import sql_store


def open_sinks(settings: Settings, repo: Repository, spec: EmbedderSpec
               ) -> dict[str, VectorSink]:
    engine = sql_store(repo).engine  # the main database
    if engine.dialect.name == "postgresql":
        from worldhire.store.pg.vectors import MODEL_STEMS, PgVectorIndex

        stem = "test_hash" if spec.precision is None else MODEL_STEMS[spec.model_name]
        return {
            "profiles": PgSink(PgVectorIndex(engine, f"{stem}_profiles", spec.dim)),
            "evidence": PgSink(PgVectorIndex(engine, f"{stem}_evidence", spec.dim)),
        }
    folder = model_folder(settings.home, spec.model_name)
    return {
        "profiles": FileSink(folder, spec.dim),
        "evidence": FileSink(folder.with_name(folder.name + EVIDENCE_SUFFIX), spec.dim),
    }
