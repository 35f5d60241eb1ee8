from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from worldhire.embed import quantized
from worldhire.embed.model_files import MODEL_NAME
from worldhire.occupations.catalog import Catalog
from worldhire.occupations.index import (
    OccupationIndex,
    OccupationIndexError,
    gender_variants,
    occupation_names,
    shipped_index,
)


@pytest.mark.parametrize(("name", "variants"), [
    ("waiter/waitress", ["waiter", "waitress"]),
    ("head waiter/head waitress", ["head waiter", "head waitress"]),
    ("ground steward/ground stewardess", ["ground steward", "ground stewardess"]),
    ("prop master/prop mistress", ["prop master", "prop mistress"]),
    ("welder", []),
    ("a/b/c", []),
])
def test_gendered_pairs_split_into_both_forms(name: str, variants: list[str]) -> None:
    assert gender_variants(name) == variants


def test_names_start_with_the_preferred_label_and_hold_each_name_once(catalog: Catalog) -> None:
    names = occupation_names(catalog)
    assert len(names) == len(catalog.occupations)
    waiter = next(i for i, o in enumerate(catalog.occupations) if o.label == "waiter/waitress")
    assert names[waiter][0] == "waiter/waitress"
    assert {"waiter", "waitress"} <= set(names[waiter])
    for group in names:
        keys = [" ".join(n.lower().split()) for n in group]
        assert len(keys) == len(set(keys))


def test_saved_index_loads_back_with_the_same_directions(tmp_path: Path,
                                                         hash_index: OccupationIndex) -> None:
    path = tmp_path / "index.npz"
    hash_index.save(path)
    loaded = OccupationIndex.from_bytes(path.read_bytes())
    assert loaded.uris == hash_index.uris and loaded.fingerprint == hash_index.fingerprint
    assert np.array_equal(loaded.starts, hash_index.starts)
    # Labels are int8, other names 4-bit: directions survive, exact values do not.
    cosines = np.sum(loaded.name_vectors * hash_index.name_vectors, axis=1)
    assert cosines.mean() > 0.99 and cosines.min() > 0.85
    assert np.sum(loaded.label_vectors * hash_index.label_vectors, axis=1).min() > 0.99


def test_a_damaged_index_is_refused_with_a_clear_error() -> None:
    with pytest.raises(OccupationIndexError):
        OccupationIndex.from_bytes(b"not an npz file")


def test_names_decoded_a_block_at_a_time_are_those_decoded_at_once(
    tmp_path: Path, hash_index: OccupationIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "index.npz"
    hash_index.save(path)
    monkeypatch.setattr(quantized, "_DECODE_ROWS", 10**9)
    at_once = OccupationIndex.from_bytes(path.read_bytes())
    monkeypatch.setattr(quantized, "_DECODE_ROWS", 7)
    in_blocks = OccupationIndex.from_bytes(path.read_bytes())
    assert in_blocks.name_vectors.tobytes() == at_once.name_vectors.tobytes()


def test_the_shipped_index_loads_without_copies_of_its_names() -> None:
    """Issue 18's 512 MB a process: the server loads the index beside the embedding model. Its
    alternative names decoded whole (codes, norms, quotients) peaked at 149 MB of allocations
    for the 54 MB it keeps."""
    tracemalloc.start()
    try:
        index = shipped_index(MODEL_NAME)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert index is not None
    assert peak - held < 40 << 20, (held >> 20, peak >> 20)
