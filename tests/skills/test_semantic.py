from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from worldhire.embed import HashEmbedder
from worldhire.embed.model_files import MODEL_NAME
from worldhire.skills.semantic import (
    ConceptIndex,
    SkillIndexError,
    build_index,
    describe,
    fingerprint,
    load_index,
    representations,
    shipped_index_path,
)
from worldhire.skills.taxonomy import Taxonomy


@pytest.fixture(scope="module")
def hash_index(taxonomy: Taxonomy) -> ConceptIndex:
    return build_index(taxonomy, HashEmbedder(dim=64))


def test_names_are_grouped_by_concept_label_first(
    taxonomy: Taxonomy, hash_index: ConceptIndex
) -> None:
    assert hash_index.ids == list(taxonomy.concepts)
    names = representations(taxonomy)
    assert len(hash_index.starts) == len(taxonomy)
    assert hash_index.name_vectors.shape == (sum(len(n) for n in names), 64)
    norms = np.linalg.norm(hash_index.name_vectors, axis=1)
    assert np.all((np.abs(norms - 1) < 1e-5) | (norms == 0))
    position = list(taxonomy.concepts).index("wh:lora")
    expected = HashEmbedder(dim=64).embed(["LoRA"])[0]
    assert np.allclose(hash_index.label_vectors[position], expected)


def test_index_round_trips_through_int8_labels_and_4bit_synonyms(
    tmp_path: Path, hash_index: ConceptIndex
) -> None:
    path = tmp_path / "index.npz"
    hash_index.save(path)
    loaded = ConceptIndex.from_bytes(path.read_bytes())
    assert loaded.ids == hash_index.ids
    assert loaded.fingerprint == hash_index.fingerprint
    assert np.array_equal(loaded.starts, hash_index.starts)
    cosine = np.sum(loaded.name_vectors * hash_index.name_vectors, axis=1)
    nonzero = np.linalg.norm(hash_index.name_vectors, axis=1) > 0
    labels = np.zeros(len(cosine), dtype=bool)
    labels[hash_index.starts] = True
    assert cosine[nonzero & labels].min() > 0.99
    assert cosine[nonzero & ~labels].min() > 0.9


def test_centroids_are_normalised_means_of_a_concepts_names(hash_index: ConceptIndex) -> None:
    centroids = hash_index.centroid_vectors()
    assert centroids.shape == (len(hash_index.ids), 64)
    first, end = hash_index.starts[0], hash_index.starts[1]
    block = hash_index.name_vectors[first:end]
    expected = block.sum(axis=0) + block[0]
    assert np.allclose(centroids[0], expected / np.linalg.norm(expected), atol=1e-5)


def test_an_index_in_an_older_layout_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.npz"
    np.savez(old, ids=np.array(["a"]), labels=np.zeros((1, 4), np.int8))
    with pytest.raises(SkillIndexError, match="layout"):
        ConceptIndex.from_bytes(old.read_bytes())


def test_load_index_builds_once_then_reads_the_cache(
    taxonomy: Taxonomy, tmp_path: Path
) -> None:
    calls: list[int] = []
    first = load_index(taxonomy, HashEmbedder(dim=16), lambda done, total: calls.append(done),
                       tmp_path)
    assert calls and len(list(tmp_path.glob("*.npz"))) == 1
    calls.clear()
    second = load_index(taxonomy, HashEmbedder(dim=16), lambda done, total: calls.append(done),
                        tmp_path)
    assert calls == []
    assert second.fingerprint == first.fingerprint


def test_fingerprint_changes_with_model_and_texts() -> None:
    base = fingerprint("m", [["a", "b"]])
    assert fingerprint("m2", [["a", "b"]]) != base
    assert fingerprint("m", [["a", "c"]]) != base
    assert fingerprint("m", [["a"], ["b"]]) != base
    assert fingerprint("m", [["a", "b"]]) == base


def test_representations_list_every_synonym_once_label_first(taxonomy: Taxonomy) -> None:
    names = representations(taxonomy)
    position = list(taxonomy.concepts).index("wh:lora")
    assert names[position][0] == "LoRA"
    assert "QLoRA" in names[position]
    assert "parameter-efficient fine-tuning" in describe(taxonomy.concept("wh:lora"), taxonomy)
    esco = taxonomy.concept("esco:manage-musical-staff")
    esco_names = names[list(taxonomy.concepts).index(esco.id)]
    assert esco_names[0] == esco.label and set(esco.aliases) <= set(esco_names)


def test_the_shipped_index_is_the_shipped_taxonomys(taxonomy: Taxonomy) -> None:
    """A name added to the taxonomy's embedded names (labels, aliases, translations) makes the
    shipped index stale, and every fresh install then rebuilds it on first use (many minutes on
    a CPU): rebuild it with `worldhire skills build-index --ship`, or add the name where it is
    matched and never embedded (an extension concept's `written:`)."""
    shipped = ConceptIndex.from_bytes(shipped_index_path(MODEL_NAME).read_bytes())
    assert shipped.fingerprint == fingerprint(MODEL_NAME, representations(taxonomy))
