"""The sinks `batch embed` writes to for a given store: pgvector tables on PostgreSQL, index
folders under WORLDHIRE_HOME otherwise."""

from __future__ import annotations

from worldhire.batch.embed import EmbedderSpec
from worldhire.batch.sinks import EVIDENCE_SUFFIX, FileSink, PgSink, VectorSink, model_folder
from worldhire.config import Settings
from worldhire.store.held_vectors import held_vectors
from worldhire.store.protocol import Repository
from worldhire.store.sql.regional import sql_store

PARTS = ("profiles", "evidence")


def open_sinks(settings: Settings, repo: Repository, spec: EmbedderSpec
               ) -> dict[str, VectorSink]:
    engine = sql_store(repo).engine  # the main database
    held = {part: held_vectors(engine, spec.model_name, spec.dim, part) for part in PARTS}
    folder = model_folder(settings.home, spec.model_name)
    folders = {"profiles": folder, "evidence": folder.with_name(folder.name + EVIDENCE_SUFFIX)}
    return {part: FileSink(folders[part], spec.dim) if index is None else PgSink(index)
            for part, index in held.items()}
