"""Hybrid retrieval, the ranking stage's extra criteria and filters, the reverse match, and the
persisted vectors (updated incrementally, never serving an erased candidate)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.factories import KUBERNETES, PYTORCH, make_candidate, make_role
from worldhire.core.geo.regions import UnknownRegion, expand
from worldhire.core.models import (
    Candidate,
    EvidenceItem,
    EvidenceKind,
    RemotePolicy,
    Requirement,
    Skill,
)
from worldhire.embed import HashEmbedder, Vectors
from worldhire.index.pool import PoolVectors, VectorIndexPurge, index_folder
from worldhire.match.criteria import availability_fit
from worldhire.match.retrieval import HybridRetriever, fuse, role_text
from worldhire.match.service import MatchFilters, rank, roles_for, shortlist
from worldhire.store.sql.repository import SqlRepository

EMBEDDER = HashEmbedder(dim=128)


def no_neighbours(_: str) -> list[tuple[Skill, float]]:
    return []


def person(name: str, text: str) -> Candidate:
    c = make_candidate(name=name)
    c.evidence.append(EvidenceItem(EvidenceKind.JOB, "work", text))
    return c


def test_rrf_puts_what_both_lists_found_first() -> None:
    from worldhire.index.vectors import Hit

    fused = fuse([[Hit("a", 0.9), Hit("b", 0.8)], [Hit("b", 5.0), Hit("c", 4.0)]])
    assert max(fused, key=fused.__getitem__) == "b"


def test_hybrid_retrieval_finds_the_relevant_profiles() -> None:
    pool = [
        person("LLM", "fine-tuned llama models with lora and served them with vllm"),
        person("CV", "trained yolo detectors for factory cameras with opencv"),
        person("BI", "built sql dashboards in excel and tableau for sales"),
    ]
    retriever = HybridRetriever(pool, EMBEDDER)
    found = retriever.retrieve("llm fine-tuning with lora and vllm serving", 3)
    assert found[0].key == pool[0].id
    assert found[0].dense_rank == 1 and found[0].lexical_rank == 1
    only = retriever.retrieve("llm lora", 3, allowed={pool[2].id})
    assert [r.key for r in only] == [pool[2].id]


def test_rank_with_an_embedder_adds_relevance_and_explains_the_order() -> None:
    role = make_role(title="LLM engineer", description="fine-tune llama with lora, serve with vllm")
    pool = [
        make_candidate({PYTORCH: EvidenceKind.JOB}, name="Fit"),
        make_candidate({PYTORCH: EvidenceKind.SKILLS}, name="Claimed"),
    ]
    pool[0].evidence.append(EvidenceItem(EvidenceKind.PROJECT, "tuning", "lora llama vllm"))
    shortlist_ = rank(pool, role, related=no_neighbours, embedder=EMBEDDER)
    top = shortlist_.results[0]
    assert top.candidate.name == "Fit"
    assert "relevance" in top.criteria and top.assessment is not None
    assert top.explanation.versus_next.startswith("ahead of Claimed on")
    assert role_text(role).startswith("LLM engineer. Requirements: PyTorch, Kubernetes.")


def test_rank_without_an_embedder_is_pure_and_has_no_relevance() -> None:
    results = rank([make_candidate()], make_role(), related=no_neighbours).results
    assert "relevance" not in results[0].criteria


def test_regions_authorization_sponsorship_and_remote_filters() -> None:
    pl = make_candidate(name="PL", country="PL", work_authorization=["EU"])
    br = make_candidate(name="BR", country="BR", timezone="America/Sao_Paulo",
                        needs_sponsorship=True)
    role = make_role(requirements=[Requirement(PYTORCH)], location_country="DE")

    def names(filters: MatchFilters) -> list[str]:
        return sorted(r.candidate.name for r in
                      rank([pl, br], role, filters=filters, related=no_neighbours).results)

    assert names(MatchFilters(countries=("EU",))) == ["PL"]
    assert names(MatchFilters(countries=("LATAM",))) == ["BR"]
    assert names(MatchFilters(work_authorization="DE")) == ["PL"]
    assert names(MatchFilters(no_sponsorship=True)) == ["PL"]
    assert names(MatchFilters(remote_policy=RemotePolicy.ONSITE)) == ["PL"]
    assert names(MatchFilters()) == ["BR", "PL"]


def test_unknown_region_is_a_clear_error() -> None:
    assert "DE" in expand(["eu"]) and expand(["pl"]) == {"PL"}
    with pytest.raises(UnknownRegion, match="neither"):
        expand(["Atlantis"])


@pytest.mark.parametrize(("days", "expected"), [(None, 0.7), (0, 1.0), (90, 0.6), (400, 0.0)])
def test_availability(days: int | None, expected: float) -> None:
    today = date(2025, 1, 1)
    start = None if days is None else today + timedelta(days=days)
    score = availability_fit(make_candidate(available_from=start), today).score
    assert score == pytest.approx(expected)


def test_roles_for_ranks_open_roles_with_explanations(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("Acme")
    fit = make_role(tenant_id=tenant.id, title="PyTorch engineer",
                    requirements=[Requirement(PYTORCH)])
    other = make_role(tenant_id=tenant.id, title="Platform engineer",
                      requirements=[Requirement(KUBERNETES)])
    closed = make_role(tenant_id=tenant.id, title="Closed", status="closed")
    for r in (fit, other, closed):
        repo.save_role(r)
    me = make_candidate({PYTORCH: EvidenceKind.JOB})
    repo.save_candidate(me)
    results = roles_for(repo, me.id, embedder=EMBEDDER)
    assert [r.role.title for r in results] == ["PyTorch engineer", "Platform engineer"]
    assert results[0].explanation.versus_next.startswith("ahead of the Platform engineer role")
    assert "relevance" in results[0].criteria


def test_persisted_vectors_embed_only_changes_and_forget_erased(
    repo: SqlRepository, tmp_path: Path
) -> None:
    tenant = repo.ensure_tenant("Acme")
    role = make_role(tenant_id=tenant.id, requirements=[Requirement(PYTORCH)])
    repo.save_role(role)
    pool = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}") for i in range(3)]
    repo.save_candidates(pool)
    vectors = PoolVectors(tmp_path, EMBEDDER)
    assert vectors.sync(pool) == 3
    assert PoolVectors(tmp_path, EMBEDDER).sync(pool) == 0
    pool[0].summary = "now also kubernetes"
    assert PoolVectors(tmp_path, EMBEDDER).sync(pool) == 1

    assert VectorIndexPurge(tmp_path).purge(pool[1].id) == 1
    assert pool[1].id not in PoolVectors(tmp_path, EMBEDDER).index
    assert index_folder(tmp_path, EMBEDDER).is_dir()
    repo.delete_candidate(pool[2].id)
    served = shortlist(repo, role.id, embedder=EMBEDDER, index_home=tmp_path)
    assert pool[2].id not in {r.candidate.id for r in served.results}


@pytest.mark.slow
def test_real_model_retrieves_by_meaning_not_only_words() -> None:
    """With MiniLM, a profile that says the same thing in other words is still found."""
    from worldhire.embed import minilm

    pool = [
        person("Speech", "trained acoustic models that turn call recordings into text"),
        person("Sales", "grew revenue by cold calling and recorded every call in the CRM"),
        person("Vision", "labelled x-ray images and trained a classifier for fractures"),
    ]
    retriever = HybridRetriever(pool, minilm())
    dense = retriever.dense("automatic speech recognition engineer", 3)
    assert dense[0].key == pool[0].id


@pytest.mark.slow
def test_the_composition_roots_model_is_the_process_one_with_the_configured_threads(
    tmp_path: Path,
) -> None:
    """Every entry point embeds with one loaded model, using WORLDHIRE_EMBED_THREADS threads."""
    import torch

    from worldhire.bootstrap import build
    from worldhire.config import Settings
    from worldhire.embed import minilm

    before = torch.get_num_threads()
    services = build(Settings.load(tmp_path, embed_threads=2))
    try:
        assert services.embedder is minilm()
        assert torch.get_num_threads() == 2
        assert Settings.load(tmp_path).embed_threads == 1
    finally:
        torch.set_num_threads(before)
        services.close()


class CountingEmbedder(HashEmbedder):
    def __init__(self) -> None:
        super().__init__(dim=128)
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.texts += texts
        return super().embed(texts)


def test_a_roles_text_is_embedded_once_for_every_shortlist_of_it() -> None:
    """Every shortlist of a role asks with the same text: the second and later ones (a new
    retriever, as after any write) reuse its vector instead of running the model again."""
    embedder = CountingEmbedder()
    pool = [person("Ana", "PyTorch models in production"), person("Bo", "Kubernetes ops")]
    role = make_role()
    first = rank(pool, role, embedder=embedder, retriever=HybridRetriever(pool, embedder))
    again = rank(pool, role, embedder=embedder, retriever=HybridRetriever(pool, embedder))
    assert [r.candidate.id for r in first.results] == [r.candidate.id for r in again.results]
    assert embedder.texts.count(role_text(role)) == 1
    other = CountingEmbedder()  # a cache per embedder: another model never gets these vectors
    HybridRetriever(pool, other).dense(role_text(role), 2)
    assert other.texts.count(role_text(role)) == 1
