"""The sinks `batch embed` writes to for a given store: the chosen backend's (store.
vector_backend): a held one's tables (pgvector on PostgreSQL), or index folders under
WORLDHIRE_HOME."""

from __future__ import annotations

from worldhire.batch.embed import EmbedderSpec
from worldhire.batch.sinks import EVIDENCE_SUFFIX, FileSink, model_folder
from worldhire.config import Settings
from worldhire.index.vectors import VectorSink
from worldhire.store.protocol import Repository
from worldhire.store.sql.regional import sql_store

PARTS = ("profiles", "evidence")


def open_sinks(settings: Settings, repo: Repository, spec: EmbedderSpec
               ) -> dict[str, VectorSink]:
    backend = repo.vector_backend()
    if backend.held is not None:
        engine = sql_store(repo).engine  # the main database
        return {part: backend.held.sink(engine, spec.model_name, spec.dim, part)
                for part in PARTS}
    folder = model_folder(settings.home, spec.model_name)
    folders = {"profiles": folder, "evidence": folder.with_name(folder.name + EVIDENCE_SUFFIX)}
    return {part: FileSink(folders[part], spec.dim, backend.grows_into) for part in PARTS}
