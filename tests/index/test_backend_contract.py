"""The contract every vector backend keeps, run on each one the factories find (a new module in
worldhire/index/backends/ or worldhire/store/held/ is run here with no change to this file): it
finds what exact search finds, never serves a removed or filtered-out row, replaces a key on
upsert, and reads back what it kept. The backends a database holds need the pg extra."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.index.test_vectors import clustered, keys
from tests.store.conftest import postgres, postgres_url
from worldhire.index.backends import FILE_INDEXES, load_vector_index
from worldhire.index.backends.exact import ExactIndex
from worldhire.index.vectors import VectorIndex
from worldhire.store.sql.engine import make_engine
from worldhire.store.vector_backend import (
    AUTO,
    HELD_INDEXES,
    choose_vector_backend,
    vector_backend_names,
)

__all__ = ["postgres"]
DIM = 16
ROWS = 400  # enough for a grown file kind (ivf) to train its lists


def test_every_backend_is_a_setting() -> None:
    assert vector_backend_names() == [AUTO, *sorted(FILE_INDEXES), *sorted(HELD_INDEXES)]
    assert {"exact", "ivf"} <= set(FILE_INDEXES)
    assert "pgvector" in HELD_INDEXES


@pytest.fixture(params=sorted(FILE_INDEXES) + sorted(HELD_INDEXES))
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[VectorIndex, Any]]:
    """An index of the backend over ROWS clustered vectors, and a function reading back what it
    kept (a file kind's folder; a held kind's table, opened anew)."""
    vectors = clustered(ROWS, dim=DIM)
    if request.param in FILE_INDEXES:
        grown = FILE_INDEXES[request.param].grown_from(
            ExactIndex.from_arrays(DIM, keys(ROWS), vectors))
        assert grown.kind == request.param

        def reread() -> VectorIndex:
            grown.save(tmp_path / "ix")
            return load_vector_index(tmp_path / "ix")

        yield grown, reread
        return
    server = request.getfixturevalue("postgres")
    engine = make_engine(postgres_url(server))
    held = HELD_INDEXES[request.param]
    index = held.open(engine, "contract", DIM, "profiles")
    index.upsert(keys(ROWS), vectors)
    yield index, lambda: held.open(engine, "contract", DIM, "profiles")
    engine.dispose()


def test_it_finds_what_exact_search_finds(backend: tuple[VectorIndex, Any]) -> None:
    index, _ = backend
    vectors = clustered(ROWS, dim=DIM)
    exact = ExactIndex.from_arrays(DIM, keys(ROWS), vectors)
    assert len(index) == ROWS and "cand_00007" in index and "nobody" not in index
    for row in (0, 7, 123):
        hits = index.search(vectors[row], 5)
        assert hits[0].key == keys(ROWS)[row] and hits[0].score == pytest.approx(1.0, abs=1e-2)
        truth = {h.key for h in exact.search(vectors[row], 5)}
        assert len(truth & {h.key for h in hits}) >= 4


def test_removed_and_filtered_rows_are_never_served(backend: tuple[VectorIndex, Any]) -> None:
    index, _ = backend
    vectors = clustered(ROWS, dim=DIM)
    assert index.remove(["cand_00000", "cand_00001", "nobody"]) == 2
    assert len(index) == ROWS - 2 and "cand_00000" not in index
    served = {h.key for h in index.search(vectors[0], 50)}
    assert served.isdisjoint({"cand_00000", "cand_00001"})
    allowed = index.row_mask(["cand_00005", "cand_00000", "cand_00300"])
    assert {h.key for h in index.search(vectors[5], 10, allowed)} == {"cand_00005",
                                                                       "cand_00300"}


def test_an_upsert_replaces_the_key(backend: tuple[VectorIndex, Any]) -> None:
    index, _ = backend
    vectors = clustered(ROWS, dim=DIM)
    index.upsert(["cand_00002"], vectors[300:301])
    assert len(index) == ROWS
    found = {h.key for h in index.search(vectors[300], 2)}
    assert found == {"cand_00002", "cand_00300"}


def test_what_it_kept_reads_back(backend: tuple[VectorIndex, Any]) -> None:
    index, reread = backend
    vectors = clustered(ROWS, dim=DIM)
    index.remove(["cand_00009"])
    again = reread()
    assert len(again) == ROWS - 1 and "cand_00009" not in again
    assert [h.key for h in again.search(vectors[42], 3)] == [
        h.key for h in index.search(vectors[42], 3)]


def test_the_choice_follows_the_setting_and_the_database() -> None:
    on_sqlite = choose_vector_backend(AUTO, "sqlite")
    assert on_sqlite.held is None and on_sqlite.grows_into == "ivf"
    on_postgres = choose_vector_backend(AUTO, "postgresql")
    assert on_postgres.held is HELD_INDEXES["pgvector"]
    files_on_postgres = choose_vector_backend("exact", "postgresql")
    assert files_on_postgres.held is None and files_on_postgres.grows_into == "exact"
    from worldhire.config import SettingsError

    with pytest.raises(SettingsError, match="no vector backend 'faiss-hnsw'; one of auto, "):
        choose_vector_backend("faiss-hnsw", "sqlite")
    with pytest.raises(SettingsError, match="pgvector is held by a postgresql database"):
        choose_vector_backend("pgvector", "sqlite")


def test_a_grown_pool_becomes_the_chosen_kind() -> None:
    from worldhire.index.backends import promote

    exact = ExactIndex.from_arrays(DIM, keys(ROWS), clustered(ROWS, dim=DIM))
    for kind in FILE_INDEXES:
        grown = promote(exact, kind, min_vectors=ROWS)
        assert type(grown) is FILE_INDEXES[kind] and len(grown) == ROWS
    assert promote(exact, "ivf", min_vectors=ROWS + 1) is exact
    np.testing.assert_array_equal(exact.compacted()[1], promote(exact, "exact").compacted()[1])


def test_the_composition_root_chooses_it_from_the_settings(tmp_path: Path) -> None:
    from worldhire.bootstrap import build
    from worldhire.config import Settings, SettingsError

    services = build(Settings.load(tmp_path, vector_backend="exact"))
    assert services.repo.vector_backend() == choose_vector_backend("exact", "sqlite")
    assert services.repo.profile_vectors("any-model", DIM) is None  # files, not the database
    services.close()
    with pytest.raises(SettingsError, match="WORLDHIRE_VECTOR_BACKEND: pgvector is held by"):
        build(Settings.load(tmp_path, vector_backend="pgvector"))
