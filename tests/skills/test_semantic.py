from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from worldhire.embed import HashEmbedder
from worldhire.skills.semantic import (
    ConceptIndex,
    build_index,
    describe,
    fingerprint,
    load_index,
    representations,
)
from worldhire.skills.taxonomy import Taxonomy


@pytest.fixture(scope="module")
def hash_index(taxonomy: Taxonomy) -> ConceptIndex:
    return build_index(taxonomy, HashEmbedder(dim=64))


def test_one_normalised_row_per_concept(taxonomy: Taxonomy, hash_index: ConceptIndex) -> None:
    assert hash_index.ids == list(taxonomy.concepts)
    for matrix in (hash_index.label_vectors, hash_index.centroid_vectors):
        assert matrix.shape == (len(taxonomy), 64)
        norms = np.linalg.norm(matrix, axis=1)
        assert np.all((np.abs(norms - 1) < 1e-5) | (norms == 0))


def test_index_round_trips_through_int8(tmp_path: Path, hash_index: ConceptIndex) -> None:
    path = tmp_path / "index.npz"
    hash_index.save(path)
    loaded = ConceptIndex.from_bytes(path.read_bytes())
    assert loaded.ids == hash_index.ids
    assert loaded.fingerprint == hash_index.fingerprint
    cosine = np.sum(loaded.centroid_vectors * hash_index.centroid_vectors, axis=1)
    nonzero = np.linalg.norm(hash_index.centroid_vectors, axis=1) > 0
    assert cosine[nonzero].min() > 0.99


def test_load_index_builds_once_then_reads_the_cache(
    taxonomy: Taxonomy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORLDHIRE_SKILLS_CACHE", str(tmp_path))
    calls: list[int] = []
    first = load_index(taxonomy, HashEmbedder(dim=16), lambda done, total: calls.append(done))
    assert calls and len(list(tmp_path.glob("*.npz"))) == 1
    calls.clear()
    second = load_index(taxonomy, HashEmbedder(dim=16), lambda done, total: calls.append(done))
    assert calls == []
    assert second.fingerprint == first.fingerprint


def test_fingerprint_changes_with_model_and_texts() -> None:
    base = fingerprint("m", ["a"], [["b"]])
    assert fingerprint("m2", ["a"], [["b"]]) != base
    assert fingerprint("m", ["a"], [["c"]]) != base
    assert fingerprint("m", ["a"], [["b"]]) == base


def test_representations_widen_labels_with_synonyms_and_descriptions(
    taxonomy: Taxonomy,
) -> None:
    labels, extras = representations(taxonomy)
    position = list(taxonomy.concepts).index("wh:lora")
    assert labels[position] == "LoRA"
    assert "QLoRA" in extras[position]
    assert "parameter-efficient fine-tuning" in describe(taxonomy.concept("wh:lora"), taxonomy)
