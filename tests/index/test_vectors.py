"""Vector indexes: exact is exact, the approximate one finds what exact finds (filters included),
deletes are never served, and both survive a save and load."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from threadpoolctl import threadpool_info, threadpool_limits

from worldhire.embed import Vectors
from worldhire.index.backends import FILE_INDEXES, load_vector_index, open_vector_index, promote
from worldhire.index.backends.exact import ExactIndex
from worldhire.index.backends.ivf import AnnIndex
from worldhire.index.vectors import IndexError_


def unit(rows: npt.NDArray[np.float64]) -> Vectors:
    return np.asarray(rows / np.linalg.norm(rows, axis=1, keepdims=True), dtype=np.float32)


def clustered(n: int, dim: int = 32, clusters: int = 40, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(clusters, dim))
    return unit(centres[rng.integers(0, clusters, n)] + 0.35 * rng.normal(size=(n, dim)))


def keys(n: int) -> list[str]:
    return [f"cand_{i:05d}" for i in range(n)]


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 60), st.integers(1, 10), st.integers(0, 10_000))
def test_exact_search_returns_the_true_top_k(n: int, k: int, seed: int) -> None:
    vectors = clustered(n, dim=8, clusters=5, seed=seed)
    index = ExactIndex.from_arrays(8, keys(n), vectors)
    query = vectors[seed % n]
    hits = index.search(query, k)
    truth = np.sort(vectors.astype(np.float16).astype(np.float32) @ query)[::-1][: min(k, n)]
    assert [round(h.score, 4) for h in hits] == [round(float(s), 4) for s in truth]


def test_removed_and_filtered_rows_are_never_served() -> None:
    vectors = clustered(200)
    index = ExactIndex.from_arrays(32, keys(200), vectors)
    assert index.remove(["cand_00000", "cand_00001", "nobody"]) == 2
    hits = index.search(vectors[0], 200)
    assert {h.key for h in hits}.isdisjoint({"cand_00000", "cand_00001"})
    allowed = index.row_mask(["cand_00005", "cand_00000"])
    assert [h.key for h in index.search(vectors[0], 10, allowed)] == ["cand_00005"]


def test_upsert_replaces_a_key() -> None:
    index = ExactIndex.from_arrays(2, ["a", "b"], unit(np.array([[1.0, 0.0], [0.0, 1.0]])))
    index.upsert(["a"], unit(np.array([[0.0, 1.0]])))
    assert len(index) == 2
    assert index.search(np.array([0.0, 1.0], dtype=np.float32), 2)[0].score == pytest.approx(1.0)
    assert index.search(np.array([1.0, 0.0], dtype=np.float32), 2)[0].score < 0.01


def test_bad_input_is_refused() -> None:
    index = ExactIndex(4)
    with pytest.raises(IndexError_, match="shape"):
        index.upsert(["a"], np.ones((1, 3), dtype=np.float32))
    with pytest.raises(IndexError_, match="duplicate"):
        index.upsert(["a", "a"], np.ones((2, 4), dtype=np.float32))
    with pytest.raises(IndexError_, match="2 keys for 1"):
        index.upsert(["a", "b"], np.ones((1, 4), dtype=np.float32))


def test_approximate_index_recalls_exact_results_under_a_filter() -> None:
    n = 6000
    vectors = clustered(n)
    ann = AnnIndex(32, nlist=64, nprobe=8)
    ann.upsert(keys(n), vectors)
    ann.train(vectors[:3000])
    exact = ExactIndex.from_arrays(32, keys(n), vectors)
    rng = np.random.default_rng(3)
    allowed = rng.random(n) < 0.3
    recalls = []
    for q in clustered(40, seed=9):
        truth = {h.key for h in exact.search(q, 20, allowed)}
        found = {h.key for h in ann.search(q, 20, allowed)}
        assert all(allowed[int(k[5:])] for k in found)
        recalls.append(len(truth & found) / len(truth))
    assert np.mean(recalls) >= 0.9


def test_a_filter_asked_only_about_the_probed_lists_finds_what_a_mask_finds() -> None:
    """AnnIndex.search_admitted: a store's pool predicates checked on the rows of the lists
    the search probes, not on every row."""
    n = 6000
    vectors = clustered(n)
    ann = AnnIndex(32, nlist=64, nprobe=8)
    ann.upsert(keys(n), vectors)
    ann.train(vectors[:3000])
    ann.remove(["cand_00007"])
    exact = ExactIndex.from_arrays(32, keys(n), vectors)
    allowed = np.random.default_rng(3).random(n) < 0.15
    asked: list[str] = []

    def admitted(wanted: list[str]) -> set[str]:
        asked.extend(wanted)
        return {k for k in wanted if allowed[int(k[5:])]}

    recalls, same = [], 0
    for q in clustered(40, seed=9):
        asked.clear()
        found = ann.search_admitted(q, 20, admitted)
        assert all(allowed[int(h.key[5:])] for h in found) and "cand_00007" not in asked
        assert len(asked) == len(set(asked)) < n / 2  # each probed row once, not the pool
        truth = {h.key for h in exact.search(q, 20, allowed)}
        recalls.append(len(truth & {h.key for h in found}) / len(truth))
        same += found == ann.search(q, 20, allowed)
    assert np.mean(recalls) >= 0.9
    assert same >= 30  # a probed share near the whole index's probes as many lists


def test_approximate_index_updates_incrementally_and_forgets_deletes() -> None:
    vectors = clustered(3000)
    ann = AnnIndex(32, nlist=32, nprobe=32)
    ann.upsert(keys(2000), vectors[:2000])
    ann.train(vectors[:2000])
    ann.upsert(keys(3000)[2000:], vectors[2000:])
    assert ann.search(vectors[2500], 1)[0].key == "cand_02500"
    ann.remove(["cand_02500"])
    assert "cand_02500" not in {h.key for h in ann.search(vectors[2500], 50)}


@pytest.mark.parametrize("kind", ["exact", "ivf"])
def test_save_and_load_round_trip_without_deleted_rows(kind: str, tmp_path: Path) -> None:
    vectors = clustered(1000)
    index: ExactIndex = ExactIndex(32) if kind == "exact" else AnnIndex(32, nlist=16, nprobe=16)
    index.upsert(keys(1000), vectors)
    if isinstance(index, AnnIndex):
        index.train(vectors)
    index.remove(["cand_00007"])
    index.save(tmp_path / "ix")
    loaded = load_vector_index(tmp_path / "ix")
    assert loaded.kind == kind and len(loaded) == 999 and "cand_00007" not in loaded
    assert loaded.search(vectors[8], 1)[0].key == "cand_00008"
    assert "cand_00007" not in {h.key for h in loaded.search(vectors[7], 20)}


@pytest.mark.parametrize("kind", sorted(FILE_INDEXES))
def test_every_file_index_kind_loads_back_as_itself(kind: str, tmp_path: Path) -> None:
    FILE_INDEXES[kind].from_arrays(32, keys(50), clustered(50)).save(tmp_path / "ix")
    loaded = load_vector_index(tmp_path / "ix")
    assert type(loaded) is FILE_INDEXES[kind] and loaded.kind == kind and len(loaded) == 50


def test_an_index_of_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    ExactIndex.from_arrays(8, keys(3), clustered(3, dim=8)).save(tmp_path / "ix")
    meta = tmp_path / "ix" / "keys.json"
    meta.write_text(meta.read_text().replace('"exact"', '"hnsw"'))
    with pytest.raises(IndexError_, match="unknown kind 'hnsw'"):
        load_vector_index(tmp_path / "ix")


def test_open_on_an_empty_folder_gives_an_empty_exact_index(tmp_path: Path) -> None:
    assert len(open_vector_index(tmp_path / "none", 8)) == 0
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "keys.json").write_text("{not json")
    with pytest.raises(IndexError_, match="cannot read"):
        open_vector_index(tmp_path / "broken", 8)


def test_a_grown_exact_index_is_promoted_to_the_approximate_one() -> None:
    vectors = clustered(2000)
    exact = ExactIndex.from_arrays(32, keys(2000), vectors)
    assert promote(exact, min_vectors=5000) is exact
    ann = promote(exact, nlist=16, min_vectors=1000)
    assert isinstance(ann, AnnIndex) and ann.trained and len(ann) == 2000
    ann.nprobe = 16
    found = [h.key for h in ann.search(vectors[3], 5)]
    assert found == [h.key for h in exact.search(vectors[3], 5)]


class _ThreadsSeen(np.ndarray):
    """A query that notes how many threads numpy's BLAS may use when it is multiplied."""

    seen: ClassVar[list[int]] = []

    def __array_ufunc__(self, ufunc: object, method: str, *inputs: object,
                        **kwargs: object) -> object:
        _ThreadsSeen.seen += [pool["num_threads"] for pool in threadpool_info()
                              if pool["user_api"] == "blas"]
        plain = [np.asarray(x) if isinstance(x, _ThreadsSeen) else x for x in inputs]
        return getattr(ufunc, method)(*plain, **kwargs)


def test_scoring_rows_runs_on_one_blas_thread_whatever_the_process_allows() -> None:
    """A search scores a few thousand rows: BLAS's threads cost more CPU than they save there
    (and spin on after), so the product runs on one, even where the process allows more."""
    vectors = clustered(3000, dim=64, seed=3)
    index = ExactIndex.from_arrays(64, keys(3000), vectors)
    query = vectors[7].view(_ThreadsSeen)
    _ThreadsSeen.seen = []
    with threadpool_limits(limits=2, user_api="blas"):
        scores = index.score_rows(np.arange(3000, dtype=np.int64), query)
        allowed = [pool["num_threads"] for pool in threadpool_info()
                   if pool["user_api"] == "blas"]
    # Every BLAS loaded is allowed two around the call; numpy's, the product's, is given one
    # (faiss, once loaded, brings a BLAS of its own that the product does not use).
    assert 1 in _ThreadsSeen.seen
    assert set(allowed) == {2}  # given back afterwards
    np.testing.assert_allclose(scores, vectors.astype(np.float16).astype(np.float32) @ vectors[7],
                               rtol=1e-5)
