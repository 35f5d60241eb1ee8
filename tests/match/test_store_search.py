"""Retrieval in the store for large pools: the hard filters are SQL predicates, keywords come
from the database's full-text index and meaning from the persisted vector index, and only the
fused top are loaded and scored. Consent and tenancy hold in every stage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.factories import KUBERNETES, PYTORCH, make_candidate, make_role
from worldhire.core.geo.regions import expand
from worldhire.core.models import (
    Candidate,
    EvidenceKind,
    RemotePolicy,
    Requirement,
)
from worldhire.embed import HashEmbedder
from worldhire.index.queue import drain
from worldhire.match import service
from worldhire.match.criteria import hard_filter, overlap_summary
from worldhire.match.service import MatchFilters, shortlist
from worldhire.match.store_search import pool_filter
from worldhire.store.sql.repository import SqlRepository

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from worldhire.index.backends.exact import ExactIndex
    from worldhire.index.backends.ivf import AnnIndex

EMBEDDER = HashEmbedder(dim=64)


@pytest.fixture
def in_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pool counts as large: shortlists take the store's retrieval."""
    monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)


def people(tenant_id: str, count: int = 12) -> list[Candidate]:
    countries = ["PL", "DE", "US", "BR", "IN", "FR"]
    out = []
    both = {PYTORCH: EvidenceKind.JOB, KUBERNETES: EvidenceKind.PROJECT}
    for i in range(count):
        out.append(make_candidate(
            both if i % 3 else {PYTORCH: EvidenceKind.JOB},
            name=f"P{i:02d}", tenant_id=tenant_id if i % 2 else None,
            country=countries[i % len(countries)], pay_expectation_usd=50_000.0 + 5_000 * i,
            needs_sponsorship=i % 4 == 0, work_authorization=["EU"] if i % 5 == 0 else [],
        ))
    return out


def test_the_store_path_ranks_the_whole_small_pool_like_the_full_path(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = repo.ensure_tenant("acme")
    role = make_role(tenant_id=tenant.id)
    repo.save_role(role)
    repo.save_candidates(people(tenant.id))
    filters = MatchFilters(countries=("EU",), max_pay_usd=95_000)
    full = shortlist(repo, role.id, top=5, filters=filters)
    monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)
    stored = shortlist(repo, role.id, top=5, filters=filters)
    assert [(r.candidate.id, r.score) for r in stored.results] == [
        (r.candidate.id, r.score) for r in full.results]
    assert [r.explanation for r in stored.results] == [r.explanation for r in full.results]
    assert stored.pool_size == full.pool_size == 12


def test_sql_predicates_keep_everyone_the_exact_filters_keep(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("acme")
    pool = people(tenant.id, 30)
    repo.save_candidates(pool)
    role = make_role(tenant_id=tenant.id, remote_policy=RemotePolicy.HYBRID,
                     location_country="DE", visa_sponsorship=False)
    for filters in [MatchFilters(), MatchFilters(countries=("LATAM", "PL")),
                    MatchFilters(work_authorization="FR", no_sponsorship=True),
                    MatchFilters(max_pay_usd=80_000, remote_policy=RemotePolicy.REMOTE)]:
        predicates = pool_filter(
            role, tenant.id, countries=filters.countries, max_pay_usd=filters.max_pay_usd,
            work_authorization=filters.work_authorization,
            no_sponsorship=filters.no_sponsorship, remote_policy=filters.remote_policy)
        stored = set(repo.pool_ids(predicates))
        exact = {
            c.id for c in pool
            if hard_filter(c, role, overlap_summary(c, role), max_pay_usd=filters.max_pay_usd,
                           remote_policy=filters.remote_policy,
                           work_authorization=filters.work_authorization,
                           no_sponsorship=filters.no_sponsorship) is None
            and (not filters.countries or c.country in expand(filters.countries))
        }
        assert exact <= stored  # never narrower than the exact filters
        assert stored == exact  # and, on these profiles, exactly them


def test_a_selective_filter_is_not_starved_by_other_tenants_vectors(
    repo: SqlRepository, tmp_path: Path, in_store: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(service, "STORE_DEPTH", 2)
    tenant = repo.ensure_tenant("acme")
    other = repo.ensure_tenant("other")
    role = make_role(tenant_id=tenant.id, requirements=[Requirement(PYTORCH)])
    repo.save_role(role)
    crowd = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"O{i}", tenant_id=other.id)
             for i in range(20)]
    ours = make_candidate({KUBERNETES: EvidenceKind.JOB}, name="Ours", tenant_id=tenant.id)
    repo.save_candidates([*crowd, ours])
    drain(repo, EMBEDDER, tmp_path)
    ranked = shortlist(repo, role.id, embedder=EMBEDDER, index_home=tmp_path)
    assert [r.candidate.id for r in ranked.results] == [ours.id]
    assert ranked.pool_size == 1
    assert "relevance" in ranked.results[0].criteria


@pytest.mark.parametrize("needed", [4.0, 7.0])
def test_an_overlap_rule_in_the_store_keeps_whom_the_exact_rule_keeps(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch, needed: float,
) -> None:
    tenant = repo.ensure_tenant("acme")
    zones = ["Europe/Berlin", "Asia/Manila", "America/Sao_Paulo", "Asia/Kolkata", None]
    pool = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}", tenant_id=tenant.id,
                           timezone=zones[i % len(zones)],
                           work_start_hour=6.0 if i % 3 == 0 else 9.0) for i in range(15)]
    repo.save_candidates(pool)
    role = make_role(tenant_id=tenant.id, min_overlap_hours=needed)
    repo.save_role(role)
    full = shortlist(repo, role.id, top=15)
    monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)
    stored = shortlist(repo, role.id, top=15)
    assert [(r.candidate.id, r.score) for r in stored.results] == [
        (r.candidate.id, r.score) for r in full.results]
    kept = {c.id for c in pool
            if hard_filter(c, role, overlap_summary(c, role)) is None}
    assert {r.candidate.id for r in stored.results} == kept
    # The store loaded nobody the rule removes.
    assert not [r for r in stored.rejected if "overlap" in r.reason]


def test_a_selective_filter_on_the_approximate_index_checks_only_the_probed_rows(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """store_search.dense_hits: where asking about the probed lists' rows costs less than
    reading the pool (CHECK_COST 0 here: always), the pool's ids are never read."""

    from worldhire.match import store_search
    from worldhire.store.protocol import PoolFilter

    tenant_id, ours, vectors, ann, exact = _one_tenant_in_every(repo, 10)

    def whole_pool(_: PoolFilter) -> list[str]:
        raise AssertionError("the pool's ids were read")

    monkeypatch.setattr(repo, "pool_ids", whole_pool)
    monkeypatch.setattr(store_search, "CHECK_COST", 0.0)
    probed = _calls_of(monkeypatch, ann, "search_admitted")
    deeper = _calls_of(monkeypatch, ann, "search_probing")
    # Every 10th query vector is ours: the first fetched holds one of the pool at least.
    assert _mean_recall(repo, tenant_id, ours, vectors[0:200:10], ann, exact) >= 0.8
    assert len(deeper) >= 5  # the over-fetched hits held too few of the pool
    # Most queries found too few of the pool by over-fetching: the same lists were searched
    # deeper (all of them), and where that found too few, asked about (some).
    assert len(deeper) >= 10 and 0 < len(probed) <= len(deeper)


def test_the_dense_stage_checks_its_hits_against_the_pool_no_further_than_it_needs(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """store_search.dense_hits keeps the first `depth` of the over-fetched hits that are in the
    pool, as it did checking them all at once; a pool holding the whole store is asked about
    the first `depth` hits only."""
    import numpy as np

    from worldhire.index.backends.exact import ExactIndex
    from worldhire.match import store_search
    from worldhire.store.protocol import PoolFilter

    tenant = repo.ensure_tenant("acme")
    everyone = [make_candidate(name=f"P{i}", tenant_id=tenant.id if i % 3 == 0 else None,
                               country=("PL", "IN")[i % 2])
                for i in range(120)]
    repo.save_candidates(everyone)
    vectors = np.random.default_rng(7).normal(size=(120, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = ExactIndex.from_arrays(16, [c.id for c in everyone], vectors)
    in_pool = repo.in_pool
    asked: list[str] = []

    def counted(pool: PoolFilter, ids: list[str]) -> set[str]:
        asked.extend(ids)
        found: set[str] = in_pool(pool, ids)
        return found

    monkeypatch.setattr(repo, "in_pool", counted)
    depth = 6
    # The tenant's pool is the whole store (its people and the platform's), the platform's
    # two thirds of it.
    pools = [PoolFilter(tenant.id), PoolFilter(None), PoolFilter(tenant.id, frozenset({"PL"}))]
    for pool in pools:
        for query in vectors[:40:4]:
            fetched = index.search(query, depth * store_search.OVERFETCH)
            members = in_pool(pool, [h.key for h in fetched])
            expected = [h for h in fetched if h.key in members][:depth]
            assert len(expected) == depth  # no search under the pool's filter after it
            asked.clear()
            assert store_search.dense_hits(repo, pool, query, depth, index) == expected
            if pool.tenant_id == tenant.id and pool.countries is None:  # the whole store
                assert asked == [h.key for h in fetched[:depth]]
            assert len(asked) == len(set(asked)) <= len(fetched)  # none asked twice


def test_a_selective_filter_is_met_by_a_deeper_search_of_the_lists_it_would_probe(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """store_search.dense_hits: where the over-fetched hits hold too few of the pool, the lists
    a search under the filter probes are searched deeper, every row of them, and the store is
    asked about as many of the best as the share met so far says the pool needs, not about
    every row of those lists (search_admitted: 20,000 ids a filter keeping a seventh at a
    million profiles); the same hits as exact search, mostly."""

    from worldhire.index.vectors import Hit
    from worldhire.match import store_search
    from worldhire.store.protocol import PoolFilter

    tenant_id, ours, vectors, ann, exact = _one_tenant_in_every(repo, 5)

    def every_probed_row(*_: Any, **__: Any) -> list[Hit]:
        raise AssertionError("the store was asked about every probed row")

    monkeypatch.setattr(ann, "search_admitted", every_probed_row)
    monkeypatch.setattr(store_search, "CHECK_COST", 0.0)  # else: asking beats reading the pool
    deeper = _calls_of(monkeypatch, ann, "search_probing")
    asked: list[int] = []
    in_pool = repo.in_pool

    def counted(pool: PoolFilter, keys: list[str]) -> set[str]:
        asked.append(len(keys))
        return in_pool(pool, keys)

    monkeypatch.setattr(repo, "in_pool", counted)
    def asked_about_few(_: Any) -> None:
        assert sum(asked) < ann.probed_rows(0.2)
        asked.clear()

    assert _mean_recall(repo, tenant_id, ours, vectors[0:200:10], ann, exact,
                        after_each=asked_about_few) >= 0.8
    assert len(deeper) >= 5  # the over-fetched hits held too few of the pool


def _one_tenant_in_every(
    repo: SqlRepository, every: int
) -> tuple[str, set[str], NDArray[Any], AnnIndex, ExactIndex]:
    """400 profiles, every `every`-th of tenant acme and the rest of another tenant, and their
    random unit vectors in an approximate index (8 lists, 2 probed) and an exact one: acme's
    tenant id, acme's profile ids, the vectors, the two indexes."""
    import numpy as np

    from worldhire.index.backends.exact import ExactIndex
    from worldhire.index.backends.ivf import AnnIndex

    tenant = repo.ensure_tenant("acme")
    other = repo.ensure_tenant("other")
    everyone = [make_candidate(name=f"P{i}", tenant_id=tenant.id if i % every == 0 else other.id)
                for i in range(400)]
    repo.save_candidates(everyone)
    ours = {c.id for c in everyone if c.tenant_id == tenant.id}
    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(400, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ann = AnnIndex(16, nlist=8, nprobe=2)
    ann.upsert([c.id for c in everyone], vectors)
    ann.train(vectors)
    exact = ExactIndex.from_arrays(16, [c.id for c in everyone], vectors)
    return tenant.id, ours, vectors, ann, exact


def _mean_recall(repo: SqlRepository, tenant_id: str, ours: set[str], queries: NDArray[Any],
                 ann: AnnIndex, exact: ExactIndex,
                 after_each: Callable[[NDArray[Any]], None] | None = None) -> float:
    """The dense stage's top 5 for each query over acme's pool: every hit is acme's, and the
    mean share of the exact top 5 it finds."""
    import numpy as np

    from worldhire.match import store_search
    from worldhire.store.protocol import PoolFilter

    recalls = []
    for query in queries:
        found = store_search.dense_hits(repo, PoolFilter(tenant_id), query, 5, ann)
        assert len(found) == 5 and {h.key for h in found} <= ours
        if after_each is not None:
            after_each(query)
        truth = {h.key for h in exact.search(query, 5, exact.row_mask(ours))}
        recalls.append(len(truth & {h.key for h in found}) / 5)
    return float(np.mean(recalls))


def _calls_of(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[tuple[Any, ...]]:
    """`owner.name` wrapped so that each call, made as before, leaves its arguments in the
    list returned."""
    calls: list[tuple[Any, ...]] = []
    original = getattr(owner, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return calls


def test_the_overlap_asked_is_with_the_team_elsewhere_on_both_paths(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Tokyo post whose hire shares 4 hours with the Berlin team: a Berlin person meets it,
    a Manila person (Tokyo's neighbour, one hour with Berlin) does not."""
    tenant = repo.ensure_tenant("acme")
    berlin, manila = (make_candidate({PYTORCH: EvidenceKind.JOB}, name=zone, tenant_id=tenant.id,
                                     timezone=zone) for zone in ("Europe/Berlin", "Asia/Manila"))
    repo.save_candidates([berlin, manila])
    role = make_role(tenant_id=tenant.id, timezone="Asia/Tokyo",
                     overlap_timezone="Europe/Berlin", min_overlap_hours=4.0)
    repo.save_role(role)
    full = shortlist(repo, role.id, top=5)
    monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)
    stored = shortlist(repo, role.id, top=5)
    for ranked in (full, stored):
        assert [r.candidate.id for r in ranked.results] == [berlin.id]
    overlap = next(c for c in full.results[0].explanation.criteria if c.name == "overlap")
    assert "Europe/Berlin 09:00-17:00" in overlap.detail
