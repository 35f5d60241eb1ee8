"""pgvector behind worldhire.index's VectorIndex interface."""

from __future__ import annotations

import re

import numpy as np
import pytest
from sqlalchemy import Engine, column, select, table, text

from tests.factories import PYTORCH, make_candidate
from tests.statements import statements_sent
from worldhire.core.models import EvidenceKind
from worldhire.embed import Vectors
from worldhire.index.backends.exact import ExactIndex
from worldhire.index.vectors import IndexError_
from worldhire.store.held import pgvector
from worldhire.store.held.pgvector import PgVectorIndex, purge_owner


def unit_rows(n: int, dim: int, seed: int = 0) -> Vectors:
    rows = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    return rows


@pytest.fixture
def loaded(pg_engine: Engine) -> tuple[PgVectorIndex, ExactIndex, list[str]]:
    keys = [f"cand_{i:04d}" for i in range(400)]
    vectors = unit_rows(400, 16)
    index = PgVectorIndex(pg_engine, "test_profiles", 16)
    index.upsert(keys, vectors)
    exact = ExactIndex(16)
    exact.upsert(keys, vectors)
    return index, exact, keys


def test_search_finds_the_exact_nearest(loaded: tuple[PgVectorIndex, ExactIndex, list[str]]
                                        ) -> None:
    index, exact, _ = loaded
    for query in unit_rows(10, 16, seed=1):
        got = [h.key for h in index.search(query, 10)]
        want = [h.key for h in exact.search(query, 10)]
        assert len(set(got) & set(want)) >= 9
    first = index.search(unit_rows(1, 16, seed=2)[0], 5)
    assert [h.score for h in first] == sorted((h.score for h in first), reverse=True)


def test_a_filter_never_serves_rows_outside_it(
    loaded: tuple[PgVectorIndex, ExactIndex, list[str]],
) -> None:
    index, exact, keys = loaded
    allowed = keys[::7]
    query = unit_rows(1, 16, seed=3)[0]
    got = index.search(query, 10, index.row_mask(allowed))
    want = exact.search(query, 10, exact.row_mask(allowed))
    assert [h.key for h in got] == [h.key for h in want]
    assert np.allclose([h.score for h in got], [h.score for h in want], atol=1e-3)


@pytest.mark.parametrize("exact_below", [pgvector.EXACT_BELOW, 0], ids=["scored", "graph"])
def test_a_filter_the_database_joins_in_serves_what_the_mask_of_its_keys_serves(
    loaded: tuple[PgVectorIndex, ExactIndex, list[str]], monkeypatch: pytest.MonkeyPatch,
    exact_below: int,
) -> None:
    monkeypatch.setattr(pgvector, "EXACT_BELOW", exact_below)
    index, _, keys = loaded
    rows = table("vectors_test_profiles", column("key"))
    for step, seed in ((1, 4), (2, 5), (7, 6), (200, 7)):
        allowed = keys[::step]
        query = unit_rows(1, 16, seed=seed)[0]
        members = select(rows.c.key).where(rows.c.key.in_(allowed))
        got = index.search_among(query, 10, members)
        assert got == index.search(query, 10, index.row_mask(allowed))
        assert len(got) == min(10, len(allowed))
    assert index.search_among(query, 10, select(rows.c.key).where(rows.c.key == "none")) == []


def test_removed_rows_are_never_served(
    loaded: tuple[PgVectorIndex, ExactIndex, list[str]],
) -> None:
    index, _, keys = loaded
    query = unit_rows(1, 16, seed=4)[0]
    best = index.search(query, 1)[0].key
    assert index.remove([best]) == 1
    assert best not in index and len(index) == len(keys) - 1
    assert best not in {h.key for h in index.search(query, 50)}


def test_upsert_replaces_and_removing_a_candidate_removes_their_evidence(
    pg_engine: Engine,
) -> None:
    index = PgVectorIndex(pg_engine, "test_evidence", 4)
    vectors = np.eye(4, dtype=np.float32)
    index.upsert(["ev_1", "ev_2", "ev_3"], vectors[:3], owners=["cand_a", "cand_a", "cand_b"],
                 fingerprints=["f1", "f2", "f3"])
    index.upsert(["ev_1"], vectors[3:], owners=["cand_a"], fingerprints=["f1b"])
    assert len(index) == 3
    assert index.fingerprints() == {"ev_1": "f1b", "ev_2": "f2", "ev_3": "f3"}
    assert index.search(vectors[3], 1)[0].key == "ev_1"
    assert index.remove(["cand_a"]) == 2
    assert index.fingerprints() == {"ev_3": "f3"}
    assert purge_owner(pg_engine, "cand_b") == 1 and len(index) == 0


def test_rebuilt_graph_still_answers(loaded: tuple[PgVectorIndex, ExactIndex, list[str]]) -> None:
    index, exact, _ = loaded
    index.rebuild(maintenance_work_mem="64MB")
    query = unit_rows(1, 16, seed=5)[0]
    assert index.search(query, 1)[0].key == exact.search(query, 1)[0].key


def test_table_holds_only_ids_and_vectors(pg_engine: Engine) -> None:
    PgVectorIndex(pg_engine, "test_columns", 8)
    with pg_engine.begin() as conn:
        columns = conn.execute(text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'vectors_test_columns' ORDER BY ordinal_position"
        )).scalars().all()
    assert columns == ["key", "owner", "fingerprint", "embedding"]


def test_bad_shapes_and_names_are_refused(pg_engine: Engine) -> None:
    index = PgVectorIndex(pg_engine, "test_shapes", 8)
    with pytest.raises(IndexError_):
        index.upsert(["a"], np.zeros((1, 4), dtype=np.float32))
    with pytest.raises(IndexError_):
        index.upsert(["a", "a"], np.zeros((2, 8), dtype=np.float32))
    with pytest.raises(IndexError_):
        PgVectorIndex(pg_engine, "test_shapes", 16)
    with pytest.raises(IndexError_):
        PgVectorIndex(pg_engine, "Robert'); DROP TABLE", 8)


def test_hybrid_retriever_runs_on_pgvector(pg_engine: Engine) -> None:
    from worldhire.embed import HashEmbedder
    from worldhire.match.retrieval import HybridRetriever

    pool = [make_candidate({PYTORCH: EvidenceKind.JOB}, headline="PyTorch ranking engineer"),
            make_candidate(headline="Pastry chef and baker")]
    embedder = HashEmbedder(32)
    index = PgVectorIndex(pg_engine, "test_hybrid", 32)
    retriever = HybridRetriever(pool, embedder, index)
    hits = retriever.retrieve("PyTorch engineer", 2)
    assert hits[0].key == pool[0].id


@pytest.mark.parametrize("analysed", [False, True], ids=["never-counted", "analysed"])
def test_a_search_the_database_joins_in_never_reads_every_key(
    loaded: tuple[PgVectorIndex, ExactIndex, list[str]], pg_engine: Engine,
    monkeypatch: pytest.MonkeyPatch, analysed: bool,
) -> None:
    monkeypatch.setattr(pgvector, "EXACT_BELOW", 0)  # the graph's branch, as a large pool takes
    _, exact, keys = loaded
    if analysed:
        with pg_engine.begin() as conn:
            conn.execute(text("ANALYZE vectors_test_profiles"))
    fresh = PgVectorIndex(pg_engine, "test_profiles", 16)  # as a new process opens it
    rows = table("vectors_test_profiles", column("key"))
    allowed = keys[::2]
    query = unit_rows(1, 16, seed=8)[0]
    with statements_sent(pg_engine) as statements:
        got = fresh.search_among(query, 10, select(rows.c.key).where(rows.c.key.in_(allowed)))
    assert f"SELECT key FROM {fresh.table}" not in statements
    assert [h.key for h in got] == [h.key for h in exact.search(query, 10,
                                                                exact.row_mask(allowed))]


@pytest.mark.parametrize("exact_below", [pgvector.EXACT_BELOW, 0], ids=["scored", "graph"])
def test_a_pool_is_counted_from_its_own_rows_not_joined_to_every_vector(
    loaded: tuple[PgVectorIndex, ExactIndex, list[str]], pg_engine: Engine,
    monkeypatch: pytest.MonkeyPatch, exact_below: int,
) -> None:
    monkeypatch.setattr(pgvector, "EXACT_BELOW", exact_below)
    index, exact, keys = loaded
    allowed = [*keys[::3], "cand_without_a_vector"]
    with pg_engine.begin() as conn:
        conn.execute(text("CREATE TABLE test_pool (id varchar(64) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO test_pool SELECT unnest(CAST(:ids AS varchar[]))"),
                     {"ids": allowed})
    pool = table("test_pool", column("id"))
    query = unit_rows(1, 16, seed=9)[0]
    with statements_sent(pg_engine) as statements:
        got = index.search_among(query, 10, select(pool.c.id))
    pooled = [c for c in statements if "count(" in c and "test_pool" in c]
    assert pooled and not any(index.table.split(".")[1] in c for c in pooled)
    assert [h.key for h in got] == [h.key for h in exact.search(query, 10,
                                                                exact.row_mask(allowed[:-1]))]


def test_a_pool_the_capped_graph_walk_cannot_fill_is_scored_without_walking_it(
    loaded: tuple[PgVectorIndex, ExactIndex, list[str]], pg_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pgvector, "EXACT_BELOW", 0)  # a pool large enough for the graph
    monkeypatch.setattr(pgvector, "MAX_EF_SEARCH", 40)  # holds about 40 / 8 = 5 of 10 wanted
    index, exact, keys = loaded
    with pg_engine.begin() as conn:
        conn.execute(text("ANALYZE vectors_test_profiles"))
    allowed = keys[::8]
    rows = table("vectors_test_profiles", column("key"))
    query = unit_rows(1, 16, seed=10)[0]
    with statements_sent(pg_engine) as statements:
        got = index.search_among(query, 10, select(rows.c.key).where(rows.c.key.in_(allowed)))
    assert not any("hnsw.ef_search" in s for s in statements)
    assert [h.key for h in got] == [h.key for h in exact.search(query, 10,
                                                                exact.row_mask(allowed))]



def few_directions(n: int, dim: int, seed: int) -> Vectors:
    """Unit vectors spread mostly along 6 directions of `dim`, as a model's embeddings are
    along their leading axes."""
    gen = np.random.default_rng(seed)
    rows = gen.normal(size=(n, 6)) @ gen.normal(size=(6, dim)) + 0.05 * gen.normal(size=(n, dim))
    unit: Vectors = (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)
    return unit


@pytest.fixture
def projected(pg_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> tuple[PgVectorIndex,
                                                                            ExactIndex]:
    monkeypatch.setattr(pgvector, "EXACT_BELOW", 200)  # a table large enough to project
    monkeypatch.setattr(pgvector, "PROJECTED_DIM", 8)
    monkeypatch.setattr(pgvector, "MAX_EF_SEARCH", 40)  # the graph cannot fill the pools below
    keys = [f"cand_{i:04d}" for i in range(600)]
    vectors = few_directions(600, 32, seed=3)
    index = PgVectorIndex(pg_engine, "test_projected", 32)
    index.upsert(keys, vectors)
    exact = ExactIndex(32)
    exact.upsert(keys, vectors)
    assert index.project()
    return index, exact


def test_a_large_pool_is_scanned_on_its_projection_and_its_best_rescored_whole(
    projected: tuple[PgVectorIndex, ExactIndex], pg_engine: Engine,
) -> None:
    index, exact = projected
    rows = table("vectors_test_projected", column("key"))
    allowed = [f"cand_{i:04d}" for i in range(0, 600, 3)]
    with statements_sent(pg_engine) as statements:
        for seed in range(5):
            query = few_directions(1, 32, seed=20 + seed)[0]
            got = index.search_among(query, 10, select(rows.c.key).where(rows.c.key.in_(allowed)))
            assert [h.key for h in got] == [h.key for h in exact.search(query, 10,
                                                                        exact.row_mask(allowed))]
    # Every row the pool holds is ranked on its projection; only the keys found so are read whole.
    ranked = [s for s in statements if "ORDER BY" in s and "LIMIT" in s]
    scans = [s for s in ranked if "vectors_test_projected_short" in s]
    assert len(scans) == 5
    assert all("WHERE public.vectors_test_projected.key = ANY" in s
               for s in ranked if s not in scans)


def test_rows_written_after_the_projection_are_projected_and_go_with_their_rows(
    projected: tuple[PgVectorIndex, ExactIndex], pg_engine: Engine,
) -> None:
    index, _ = projected
    rows = table("vectors_test_projected", column("key"))
    newcomer = few_directions(1, 32, seed=99)
    index.upsert(["cand_new"], newcomer, owners=["cand_new"])
    everyone = select(rows.c.key).where(rows.c.key != "cand_0000")
    assert index.search_among(newcomer[0], 10, everyone)[0].key == "cand_new"

    def projections() -> set[str]:
        with pg_engine.begin() as conn:
            return set(conn.execute(text(
                "SELECT key FROM vectors_test_projected_short")).scalars())

    assert len(projections()) == 601
    index.remove(["cand_0001"])
    assert purge_owner(pg_engine, "cand_new") == 1
    assert "cand_0001" not in projections() and "cand_new" not in projections()
    assert len(projections()) == 599


def test_a_table_grown_large_a_batch_at_a_time_is_projected_when_a_batch_ends(
    pg_engine: Engine, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pgvector, "EXACT_BELOW", 650)
    monkeypatch.setattr(pgvector, "PROJECTED_DIM", 8)
    index = PgVectorIndex(pg_engine, "test_grown", 32)
    vectors = few_directions(700, 32, seed=5)
    index.upsert([f"cand_{i:04d}" for i in range(600)], vectors[:600])
    sink = pgvector.PgSink(index)
    sink.write(["cand_0600"], ["cand_0600"], [""], vectors[600:601])
    sink.finish()
    assert not index.projected()  # 601 rows: the exact path needs no projection yet
    later = [f"cand_{i:04d}" for i in range(601, 700)]
    sink.write(later, later, [""] * 99, vectors[601:])
    sink.finish()  # 100 of 700 rows written: the graph is kept, not rebuilt
    assert index.projected()


def test_a_pool_most_of_the_table_holds_is_met_among_the_projections_nearest_rows(
    projected: tuple[PgVectorIndex, ExactIndex], pg_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index, exact = projected
    monkeypatch.setattr(pgvector, "MAX_EF_SEARCH", 10)  # the graph cannot fill even this pool
    rows = table("vectors_test_projected", column("key"))
    allowed = [f"cand_{i:04d}" for i in range(600) if i % 3]
    with statements_sent(pg_engine) as statements:
        for seed in range(5):
            query = few_directions(1, 32, seed=40 + seed)[0]
            got = index.search_among(query, 10, select(rows.c.key).where(rows.c.key.in_(allowed)))
            assert [h.key for h in got] == [h.key for h in exact.search(query, 10,
                                                                        exact.row_mask(allowed))]
    # Read best first whole, not joined to the pool: the pool is checked on the nearest only.
    scans = [s for s in statements if "vectors_test_projected_short" in s]
    assert len(scans) == 5
    assert all(re.search(r"FROM public\.vectors_test_projected_short ORDER BY", s)
               for s in scans)


def test_a_pool_the_projections_nearest_rows_hold_too_few_of_is_joined_in(
    projected: tuple[PgVectorIndex, ExactIndex], monkeypatch: pytest.MonkeyPatch,
) -> None:
    index, exact = projected
    monkeypatch.setattr(pgvector, "MAX_EF_SEARCH", 10)
    rows = table("vectors_test_projected", column("key"))
    query = few_directions(1, 32, seed=60)[0]
    # Two thirds of the table, every one of them farther from the query than the rest.
    farthest = [h.key for h in exact.search(query, 600)][200:]
    got = index.search_among(query, 10, select(rows.c.key).where(rows.c.key.in_(farthest)))
    assert [h.key for h in got] == [h.key for h in exact.search(query, 10,
                                                                exact.row_mask(farthest))]


def test_a_table_a_run_wrote_most_of_is_rebuilt_and_projected(
    pg_engine: Engine, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bulk load's graph is rebuilt once at the end; its projection is fitted then, or the
    exact path of a large pool read the whole table of full vectors."""
    monkeypatch.setattr(pgvector, "EXACT_BELOW", 200)
    monkeypatch.setattr(pgvector, "PROJECTED_DIM", 8)
    index = PgVectorIndex(pg_engine, "test_rebuilt", 32)
    keys = [f"cand_{i:04d}" for i in range(300)]
    sink = pgvector.PgSink(index)
    sink.write(keys, keys, [""] * 300, few_directions(300, 32, seed=8))
    sink.finish()  # every row written by this run: the graph is rebuilt, not grown
    assert index.projected()
