from __future__ import annotations

import pytest

from worldhire.embed import HashEmbedder
from worldhire.skills.linker import SkillLinker, segments
from worldhire.skills.ranker import RankWeights, SkillRanker
from worldhire.skills.semantic import build_index
from worldhire.skills.service import default_matcher
from worldhire.skills.taxonomy import Taxonomy


@pytest.fixture(scope="module")
def hash_ranker(taxonomy: Taxonomy) -> SkillRanker:
    embedder = HashEmbedder(dim=256)
    return SkillRanker(taxonomy, embedder, build_index(taxonomy, embedder),
                       literal=default_matcher(), weights=RankWeights())


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
    taxonomy: Taxonomy, hash_ranker: SkillRanker
) -> None:
    linker = SkillLinker(taxonomy, default_matcher(), hash_ranker)
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
