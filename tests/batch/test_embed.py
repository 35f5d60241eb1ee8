"""`batch embed`: every profile and evidence item gets a vector once; changes and deletions
are followed; erasure reaches the evidence vectors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine

from tests.factories import KUBERNETES, PYTHON, PYTORCH, make_candidate
from tests.store.conftest import postgres_url
from worldhire.batch.embed import EmbedderSpec, embed_all
from worldhire.batch.purge import purge_evidence_folders
from worldhire.batch.sinks import EVIDENCE_SUFFIX, FileSink, model_folder
from worldhire.batch.targets import open_sinks
from worldhire.config import Settings
from worldhire.core.models import EvidenceKind
from worldhire.embed import HashEmbedder
from worldhire.index.backends import open_vector_index
from worldhire.index.pool import index_folder
from worldhire.index.vectors import VectorSink
from worldhire.match.retrieval import profile_text
from worldhire.store.held.pgvector import PgSink, PgVectorIndex, profiles_table
from worldhire.store.sql.engine import make_engine
from worldhire.store.sql.repository import SqlRepository

SPEC = EmbedderSpec("hash:32")


def people(repo: SqlRepository) -> list[Any]:
    tenant = repo.ensure_tenant("acme")
    pool = [make_candidate({PYTORCH: EvidenceKind.JOB, PYTHON: EvidenceKind.PROJECT}),
            make_candidate({KUBERNETES: EvidenceKind.JOB}, tenant_id=tenant.id),
            make_candidate({PYTHON: EvidenceKind.JOB})]
    repo.save_candidates(pool)
    return pool


def file_sinks(home: Path) -> dict[str, VectorSink]:
    folder = model_folder(home, SPEC.model_name)
    return {"profiles": FileSink(folder, 32),
            "evidence": FileSink(folder.with_name(folder.name + EVIDENCE_SUFFIX), 32)}


def test_the_matcher_reads_the_folder_batch_embed_writes(tmp_path: Path) -> None:
    assert model_folder(tmp_path, SPEC.model_name) == index_folder(tmp_path, HashEmbedder(32))


def test_embed_is_complete_incremental_and_prunes(tmp_path: Path, ray_cluster: Any) -> None:
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    pool = people(repo)
    home = tmp_path / "home"
    first = embed_all(repo, file_sinks(home), SPEC, batch_size=2)
    evidence_ids = [e.id for c in pool for e in c.evidence]
    assert {p.name: p.embedded for p in first.parts} == {"profiles": 3, "evidence": 4}
    profiles = open_vector_index(model_folder(home, SPEC.model_name), 32)
    assert sorted(profiles.keys) == sorted(c.id for c in pool)
    want = HashEmbedder(32).embed([profile_text(pool[0])])[0]
    assert np.allclose(profiles.search(want, 1)[0].score, 1.0, atol=1e-2)
    assert embed_all(repo, file_sinks(home), SPEC).embedded == 0
    pool[0].summary = "Now leads an inference platform team."
    repo.save_candidate(pool[0])
    repo.delete_candidate(pool[2].id)
    third = embed_all(repo, file_sinks(home), SPEC)
    assert {p.name: (p.embedded, p.pruned) for p in third.parts} == {
        "profiles": (1, 1), "evidence": (0, 1)}
    evidence_folder = model_folder(home, SPEC.model_name).with_name(
        model_folder(home, SPEC.model_name).name + EVIDENCE_SUFFIX)
    assert set(open_vector_index(evidence_folder, 32).keys) == set(evidence_ids[:3])
    assert purge_evidence_folders(home, pool[0].id) == 2
    left = FileSink(evidence_folder, 32)
    assert set(left.index.rows) == {evidence_ids[2]} and set(left.fingerprints()) == {
        evidence_ids[2]}
    repo.close()


def test_embed_into_pgvector(postgres: Any, ray_cluster: Any) -> None:
    url = postgres_url(postgres)
    repo = SqlRepository(url)
    pool = people(repo)
    engine: Engine = make_engine(url)
    sinks: dict[str, VectorSink] = {
        "profiles": PgSink(PgVectorIndex(engine, "test_profiles", 32)),
        "evidence": PgSink(PgVectorIndex(engine, "test_evidence", 32))}
    report = embed_all(repo, sinks, SPEC)
    assert report.embedded == 7
    profiles = PgVectorIndex(engine, "test_profiles", 32)
    assert set(profiles.fingerprints()) == {c.id for c in pool}
    query = HashEmbedder(32).embed([profile_text(pool[1])])[0]
    assert profiles.search(query, 1)[0].key == pool[1].id
    assert embed_all(repo, sinks, SPEC).embedded == 0
    repo.close()
    engine.dispose()


def test_batch_embed_writes_the_vectors_ranking_reads(postgres: Any, tmp_path: Path) -> None:
    """The backend is chosen in one place (store.vector_backend): on PostgreSQL both
    write and read the model's pgvector tables, on SQLite batch embed writes the index folders
    and the store holds none."""
    name = HashEmbedder(32).name
    sqlite = SqlRepository(f"sqlite:///{tmp_path / 'w.db'}")
    on_files = open_sinks(Settings.load(tmp_path), sqlite, SPEC)
    assert isinstance(on_files["profiles"], FileSink) and sqlite.profile_vectors(name, 32) is None
    assert on_files["profiles"].folder == index_folder(tmp_path, HashEmbedder(32))
    repo = SqlRepository(postgres_url(postgres))
    sinks = open_sinks(Settings.load(tmp_path), repo, SPEC)
    ranked = repo.profile_vectors(name, 32)
    assert isinstance(sinks["profiles"], PgSink) and isinstance(sinks["evidence"], PgSink)
    assert isinstance(ranked, PgVectorIndex) and sinks["profiles"].index.table == ranked.table
    assert sinks["evidence"].index.table == ranked.table.replace("_profiles", "_evidence")
    sqlite.close()
    repo.close()


def test_each_precision_of_the_product_model_is_stored_apart(tmp_path: Path) -> None:
    """float32 and int8 vectors are not interchangeable: each precision has its own name, so its
    own index folder and pgvector table, and a pool never mixes them."""
    full, int8 = EmbedderSpec.for_precision("float32"), EmbedderSpec.for_precision("int8")
    assert (full.name, full.model_name) == ("minilm", "all-MiniLM-L6-v2")
    assert (int8.name, int8.model_name) == ("minilm-int8", "all-MiniLM-L6-v2-int8")
    assert model_folder(tmp_path, full.model_name) != model_folder(tmp_path, int8.model_name)
    assert profiles_table(full.model_name) == "minilm_profiles"
    assert profiles_table(int8.model_name) == "minilm_int8_profiles"
    assert SPEC.precision is None


def test_actors_given_a_gpu_embed_float32_on_torch() -> None:
    assert EmbedderSpec("minilm").on_actors_with(1.0).runtime == "torch"
    assert EmbedderSpec("minilm").on_actors_with(0.0).runtime is None
    # int8 runs on the CPU's kernels whatever the actor has; the hash embedder has no runtime.
    assert EmbedderSpec("minilm-int8").on_actors_with(1.0).runtime is None
    assert SPEC.on_actors_with(1.0).runtime is None
