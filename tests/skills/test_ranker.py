from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from worldhire.embed import HashEmbedder
from worldhire.skills.linker import SkillLinker, segments
from worldhire.skills.ranker import FEATURES, RankModel, SkillRanker, adapt
from worldhire.skills.semantic import ConceptIndex, build_index
from worldhire.skills.service import default_matcher
from worldhire.skills.taxonomy import Taxonomy


@pytest.fixture(scope="module")
def hash_index(taxonomy: Taxonomy) -> ConceptIndex:
    return build_index(taxonomy, HashEmbedder(dim=256))


@pytest.fixture(scope="module")
def hash_ranker(
    taxonomy: Taxonomy, hash_index: ConceptIndex, lexical_model: RankModel
) -> SkillRanker:
    return SkillRanker(taxonomy, HashEmbedder(dim=256), hash_index,
                       literal=default_matcher(), model=lexical_model)


def test_esco_space_ranks_only_esco_concepts_best_first(hash_ranker: SkillRanker) -> None:
    [ranked] = hash_ranker.rank(["Strong Python and SQL; you manage musical staff."], 8, "esco")
    assert len(ranked) == 8
    assert all(r.concept_id.startswith("esco:") for r in ranked)
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    labels = {hash_ranker.taxonomy.get(r.concept_id).label for r in ranked}
    assert {"Python (computer programming)", "SQL", "manage musical staff"} <= labels


def test_literal_hits_keep_their_span_in_the_esco_space(hash_ranker: SkillRanker) -> None:
    text = "We deploy with k8s and write PySpark jobs."
    [ranked] = hash_ranker.rank([text], 20, "worldhire")
    spans = {r.concept_id: r.span for r in ranked}
    span = spans["wh:kubernetes"]
    assert span is not None and text[span[0] : span[1]] == "k8s"


def test_rank_keeps_input_order_and_reports_progress(hash_ranker: SkillRanker) -> None:
    seen: list[int] = []
    texts = ["Python", "manage musical staff", "SQL"] * 3
    ranked = hash_ranker.rank(texts, 3, "esco", batch=4, progress=seen.append)
    assert sum(seen) == len(texts) == len(ranked)
    top = [hash_ranker.taxonomy.get(r[0].concept_id).label for r in ranked[:3]]
    assert top == ["Python (computer programming)", "manage musical staff", "SQL"]


def test_semantic_linker_adds_implied_skills_with_sentence_spans(
    taxonomy: Taxonomy, hash_ranker: SkillRanker, hash_index: ConceptIndex
) -> None:
    # Hash-vector similarities of a whole sentence to a short label stay low, so a more
    # confident copy of the model (intercept +3) lets the linker's threshold plumbing show.
    lexical = hash_ranker.model
    confident = lexical.model_copy(update={"intercept": lexical.intercept + 3.0})
    ranker = SkillRanker(taxonomy, hash_ranker.embedder, hash_index,
                         literal=default_matcher(), model=confident)
    linker = SkillLinker(taxonomy, default_matcher(), ranker)
    text = "Python developer.\nI manage the musical staff of an orchestra every season."
    mentions = linker.link(text)
    assert any(m.skill.id == "wh:python" and m.snippet.startswith("Python") for m in mentions)
    sentence = "I manage the musical staff of an orchestra every season."
    implied = {m.skill.id for m in mentions if m.snippet == sentence}
    assert "esco:manage-musical-staff" in implied
    for m in mentions:
        assert m.span is not None and text[m.span[0] : m.span[1]] == m.snippet


def test_segments_split_lines_and_sentences() -> None:
    text = "Led a team of five engineers. Built the data platform!\n• Python, SQL and Airflow"
    parts = [s.text for s in segments(text)]
    assert parts == ["Led a team of five engineers.", "Built the data platform!",
                     "Python, SQL and Airflow"]
    for s in segments(text):
        assert text[s.start : s.end] == s.text


def test_rank_model_file_must_match_the_features() -> None:
    shipped = RankModel.shipped()
    assert shipped.features == FEATURES
    with pytest.raises(ValidationError, match="made for features"):
        RankModel.model_validate({**shipped.model_dump(), "features": ["label"]})
    with pytest.raises(ValidationError, match="one value per feature"):
        RankModel.model_validate({**shipped.model_dump(), "coef": [1.0]})


def test_adapter_is_residual_and_keeps_unit_length() -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(4, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    assert np.allclose(adapt(vectors, np.zeros((8, 8), np.float32)), vectors, atol=1e-6)
    moved = adapt(vectors, rng.normal(size=(8, 8)).astype(np.float32))
    assert np.allclose(np.linalg.norm(moved, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(moved, vectors)


def test_ranker_refuses_an_adapter_of_the_wrong_size(taxonomy: Taxonomy) -> None:
    embedder = HashEmbedder(dim=16)
    with pytest.raises(ValueError, match="query adapter"):
        SkillRanker(taxonomy, embedder, build_index(taxonomy, embedder),
                    literal=default_matcher(), adapter=np.zeros((8, 8), np.float32))
