"""Rank a pool for a role (and roles for a candidate), with an explanation for each result.

Two stages. Retrieval (optional; hybrid BM25 + dense, see retrieval.py) narrows a large pool and
gives each candidate a relevance to the role's text. Ranking scores every remaining candidate on
criteria a reviewer can check: requirement coverage by evidence (adjacent skills count in part),
seniority, the assessment rubric (assess/rubric.py), time-zone overlap, pay, availability, and
relevance. Hard filters run first and say why they removed someone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from worldhire.assess.rubric import Assessment, assess
from worldhire.assess.stored import general_assessments
from worldhire.core.errors import NotFound, RoleNotOpen
from worldhire.core.geo.regions import expand
from worldhire.core.heap import freeze_long_lived
from worldhire.core.models import Candidate, ConsentPurpose, RemotePolicy, Role, Skill
from worldhire.embed.protocol import Embedder
from worldhire.index.role_vectors import role_vector
from worldhire.index.vectors import VectorIndex
from worldhire.match.criteria import (
    RelatedFn,
    availability_fit,
    hard_filter,
    overlap_fit,
    overlap_summary,
    pay_fit,
    seniority_fit,
    skill_coverage,
    zone_band_note,
)
from worldhire.match.models import (
    Criterion,
    Explanation,
    MatchResult,
    Rejection,
    Shortlist,
)
from worldhire.match.retrieval import HybridRetriever, Retrieved, role_text
from worldhire.store.protocol import Repository

SKILLS_WEIGHT = 0.40
# The rubric's share of the score, by dimension (assess/rubric.py documents each); depth is
# measured in the role's area.
ASSESSMENT_WEIGHTS = {
    "depth": 0.10, "projects": 0.04, "production": 0.03, "collaboration": 0.02,
    "communication": 0.02, "distributed": 0.02,
}
RELEVANCE_WEIGHT = 0.15
# Pools above this size go through retrieval first (in the store: only its fused top STORE_DEPTH
# are loaded and scored); smaller ones are ranked in full. 500, not 2,000: a cold `worldhire
# shortlist` over 2,000 stored profiles cost 6.4 s of CPU ranked in full (loading the pool,
# building BM25 over it, scoring everyone) and 3.9 s retrieved in the store, with the same ten
# people on top (two neighbours swapped: relevance is fused over what was retrieved).
RETRIEVE_ABOVE = 500
RETRIEVE_DEPTH = 500
# How many of a large pool's retrieved profiles are loaded from the store and scored.
STORE_DEPTH = 200


@dataclass(frozen=True)
class MatchFilters:
    """Hard filters a recruiter sets on top of the role's own policy."""

    min_overlap_hours: float | None = None
    max_pay_usd: float | None = None
    countries: tuple[str, ...] = ()  # alpha-2 codes or region names ("EU", "LATAM")
    work_authorization: str | None = None  # must be authorised to work there (alpha-2)
    no_sponsorship: bool = False  # drop people who need a visa sponsored
    remote_policy: RemotePolicy | None = None  # overrides the role's policy


@cache
def taxonomy_related() -> RelatedFn:
    from worldhire.skills.taxonomy_cache import load_taxonomy

    taxonomy = load_taxonomy()
    # The taxonomy (and the model and the modules loaded by now) stays for the process's life.
    freeze_long_lived()

    # The taxonomy is fixed for the process, and a ranking asks for the same requirements'
    # neighbours once per candidate.
    @lru_cache(maxsize=65_536)
    def related(skill_id: str) -> list[tuple[Skill, float]]:
        # Requirements the taxonomy could not resolve ("text:" ids) have no neighbours.
        return taxonomy.related(skill_id) if skill_id in taxonomy else []

    return related


def role_area(role: Role, related: RelatedFn) -> frozenset[str]:
    """The skills that count as the role's area: its requirements and their neighbours."""
    area = {skill.id for r in role.requirements for skill in r.members}
    for skill_id in list(area):
        area |= {skill.id for skill, _ in related(skill_id)}
    return frozenset(area)


def score_candidate(
    candidate: Candidate,
    role: Role,
    related: RelatedFn,
    *,
    relevance: Retrieved | None = None,
    area: frozenset[str] | None = None,
    general: Assessment | None = None,
) -> MatchResult:
    """`general`: the candidate's role-independent assessment, when stored (assess/stored.py)."""
    coverage = skill_coverage(candidate, role, related)
    met = sum(1 for c in coverage.checks if c.credit == 1.0)
    assessment = assess(candidate, area if area is not None else role_area(role, related),
                        general=general)
    criteria = [
        Criterion(
            "skills", round(coverage.score, 3), SKILLS_WEIGHT,
            f"{met} of {len(coverage.checks)} requirements shown by evidence",
        ),
        seniority_fit(candidate, role),
        _overlap_and_band(candidate, role),
        pay_fit(candidate, role),
    ]
    criteria += [
        Criterion(name, assessment.scores[name].score, weight, assessment.scores[name].detail)
        for name, weight in ASSESSMENT_WEIGHTS.items()
    ]
    criteria.append(availability_fit(candidate))
    if relevance is not None:
        criteria.append(Criterion(
            "relevance", round(relevance.relevance, 3), RELEVANCE_WEIGHT,
            _relevance_detail(relevance),
        ))
    total = sum(c.weight for c in criteria)
    score = sum(c.score * c.weight for c in criteria) / total
    explanation = Explanation(coverage.checks, criteria)
    return MatchResult(candidate, role, round(score, 4), explanation, assessment)


def _overlap_and_band(candidate: Candidate, role: Role) -> Criterion:
    overlap = overlap_fit(overlap_summary(candidate, role), role)
    band = zone_band_note(candidate, role)
    return replace(overlap, detail=f"{overlap.detail}; {band}") if band else overlap


def _relevance_detail(found: Retrieved) -> str:
    parts = []
    if found.dense_rank is not None:
        parts.append(f"#{found.dense_rank} by meaning")
    if found.lexical_rank is not None:
        parts.append(f"#{found.lexical_rank} by keywords")
    return ", ".join(parts) or "not retrieved by the role's text"


def _versus(a: MatchResult, b: MatchResult, who: str) -> str:
    """Why `a` ranks above `b`: the criteria where it gains the most weighted points."""
    weights_b = {c.name: c for c in b.explanation.criteria}
    gains = []
    for ca in a.explanation.criteria:
        cb = weights_b.get(ca.name)
        if cb is None:
            continue
        delta = (ca.score - cb.score) * ca.weight
        if delta > 0.005:
            gains.append((delta, ca.name))
    if not gains:
        return f"ties with {who} on every criterion"
    gains.sort(reverse=True)
    named = ", ".join(f"{name} (+{delta * 100:.1f} pts)" for delta, name in gains[:3])
    return f"ahead of {who} on {named}"


def _filter(
    candidate: Candidate, role: Role, filters: MatchFilters, countries: frozenset[str]
) -> str | None:
    if countries and candidate.country not in countries:
        return "outside the regions allowed by the filter"
    return hard_filter(
        candidate, role, overlap_summary(candidate, role),
        min_overlap_hours=filters.min_overlap_hours, max_pay_usd=filters.max_pay_usd,
        remote_policy=filters.remote_policy, work_authorization=filters.work_authorization,
        no_sponsorship=filters.no_sponsorship,
    )


def rank(
    candidates: Sequence[Candidate],
    role: Role,
    *,
    top: int | None = None,
    filters: MatchFilters | None = None,
    related: RelatedFn | None = None,
    embedder: Embedder | None = None,
    retriever: HybridRetriever | None = None,
    retrieved: Sequence[Retrieved] | None = None,
    assessments: Mapping[str, Assessment] | None = None,
) -> Shortlist:
    """Filter, optionally retrieve (with an embedder or a ready retriever), then rank.
    `retrieved` is a retrieval already done (in the store): every candidate is scored, with
    its relevance from there. `assessments`: the role-independent assessments stored with the
    profiles (the others are computed; the scores are the same either way).

    People who have not agreed to matching are not part of the pool: they are neither scored
    nor listed as rejected. Without an embedder or retriever, ranking is pure and
    deterministic (the audit log replays it)."""
    filters = filters or MatchFilters()
    related = related or taxonomy_related()
    countries = expand(filters.countries)
    candidates = [c for c in candidates if c.consented(ConsentPurpose.MATCHING)]
    passed: list[Candidate] = []
    rejected: list[Rejection] = []
    for candidate in candidates:
        reason = _filter(candidate, role, filters, countries)
        if reason:
            rejected.append(Rejection(candidate, reason))
        else:
            passed.append(candidate)
    found: dict[str, Retrieved] = {}
    if retrieved is not None:
        found = {r.key: r for r in retrieved}
    elif passed and (embedder is not None or retriever is not None):
        if retriever is None:
            assert embedder is not None
            retriever = HybridRetriever(passed, embedder)
        depth = len(passed) if len(passed) <= RETRIEVE_ABOVE else RETRIEVE_DEPTH
        allowed = {c.id for c in passed}
        found = {r.key: r for r in retriever.retrieve(role_text(role), depth, allowed)}
        if len(passed) > RETRIEVE_ABOVE:
            passed = [c for c in passed if c.id in found]
    area = role_area(role, related)
    assessments = assessments or {}
    results = [
        score_candidate(
            c, role, related, area=area,
            relevance=(found.get(c.id) or Retrieved(c.id, 0.0)) if found else None,
            general=assessments.get(c.id),
        )
        for c in passed
    ]
    results.sort(key=lambda r: (-r.score, r.candidate.id))
    chosen = results[:top] if top else results
    for here, below in pairwise(chosen):
        here.explanation.versus_next = _versus(here, below, below.candidate.display_name)
    others = [(r.candidate.id, r.score) for r in results[len(chosen):]]
    return Shortlist(role, chosen, rejected, len(candidates), others)


RankingAudit = Callable[[Shortlist, list[Candidate]], object]


def shortlist(
    repo: Repository,
    role: Role | str,
    *,
    top: int = 10,
    filters: MatchFilters | None = None,
    embedder: Embedder | None = None,
    index_home: Path | None = None,
    audit: RankingAudit | None = None,
) -> Shortlist:
    """The explained shortlist for a role: the one ranking path behind the CLI, the API, the
    web app, the demo and batch rematch.

    The pool is read with consent to matching as a condition of the query. With an embedder,
    retrieval is hybrid over the pool's persisted vectors (pgvector when the store is
    PostgreSQL, else the index under `index_home`; filled off the request path by the embedding
    queue, index/queue.py), so only the role's text is embedded here, and a profile not embedded
    yet is found by keywords alone.
    `audit` sees the ranking and the pool before the shortlist is handed out."""
    found = repo.get_role(role) if isinstance(role, str) else role
    if found is None:
        raise NotFound(f"no role with id {role!r}")
    if not found.is_open:
        raise RoleNotOpen(f"role {found.id} is {found.status}: reopen it to rank candidates")
    pool_size = repo.pool_size(found.tenant_id)
    if pool_size > RETRIEVE_ABOVE:
        return _shortlist_in_store(repo, found, pool_size, top=top, filters=filters,
                                   embedder=embedder, index_home=index_home, audit=audit)
    pool = repo.matching_pool(found.tenant_id)
    retriever = None
    if embedder is not None and pool:
        vectors = pool_vectors(repo, embedder, index_home)
        if vectors is not None:
            retriever = HybridRetriever(pool, embedder, vectors, embed_missing=False)
        else:
            retriever = HybridRetriever(pool, embedder)
    ranking = rank(pool, found, top=top, filters=filters, embedder=embedder, retriever=retriever,
                   assessments=general_assessments(repo, pool))
    if audit is not None:
        audit(ranking, pool)
    return ranking


def pool_vectors(
    repo: Repository, embedder: Embedder, index_home: Path | None
) -> VectorIndex | None:
    """The persisted vectors of the pool, only read here (the embedding queue writes them): the
    store's own on PostgreSQL (pgvector), else the index under `index_home`; None without
    either (the pool is then embedded in the request: small pools and tests only)."""
    in_store = repo.profile_vectors(embedder.name, embedder.dim)
    if in_store is not None:
        return in_store
    if index_home is None:
        return None
    from worldhire.index.pool import pool_index

    return pool_index(index_home, embedder)


def _shortlist_in_store(
    repo: Repository,
    role: Role,
    pool_size: int,
    *,
    top: int,
    filters: MatchFilters | None,
    embedder: Embedder | None,
    index_home: Path | None,
    audit: RankingAudit | None,
) -> Shortlist:
    """A large pool is searched in the store (store_search.py) and only its fused top
    STORE_DEPTH are loaded, checked against every filter and scored. The audit sees those
    as the pool the ranking read."""
    from worldhire.match import store_search

    filters = filters or MatchFilters()
    pool = store_search.pool_filter(
        role, role.tenant_id, countries=filters.countries, max_pay_usd=filters.max_pay_usd,
        work_authorization=filters.work_authorization, no_sponsorship=filters.no_sponsorship,
        remote_policy=filters.remote_policy,
    )
    needed = (role.min_overlap_hours if filters.min_overlap_hours is None
              else filters.min_overlap_hours)
    if needed > 0 or role.zone_band is not None:
        pool = store_search.with_overlap(repo, pool, role, needed)
    vectors = pool_vectors(repo, embedder, index_home) if embedder is not None else None
    # The role's text was embedded when it was written (index/role_vectors.py), not here.
    query = None
    if embedder is not None and vectors:  # held at all: pgvector reads one row, counts none
        query = role_vector(repo, embedder, role)
    found = store_search.retrieve(repo, pool, role_text(role), STORE_DEPTH, query, vectors)
    # Read-only from here on: unchanged profiles come from the store's memory.
    loaded = repo.read_candidates([r.key for r in found])
    ranking = rank(loaded, role, top=top, filters=filters,
                   retrieved=found if embedder is not None else None,
                   assessments=general_assessments(repo, loaded))
    ranking.pool_size = pool_size
    if audit is not None:
        audit(ranking, loaded)
    return ranking


def roles_for(
    repo: Repository,
    candidate_id: str,
    *,
    top: int = 10,
    embedder: Embedder | None = None,
    visible: Sequence[Role] | None = None,
) -> list[MatchResult]:
    """The open roles a candidate fits best, among those of tenants that may see them (or among
    `visible`, the roles the caller may see), with the same criteria and explanations as a
    shortlist; each result says why it is above the next."""
    candidate = repo.get_candidate(candidate_id)
    if candidate is None:
        raise NotFound(f"no candidate with id {candidate_id!r}")
    if visible is None:
        visible = repo.list_roles(candidate.tenant_id) if candidate.tenant_id else repo.list_roles()
    roles = [r for r in visible if r.status == "open"]
    related = taxonomy_related()
    relevance: dict[str, Retrieved] = {}
    if embedder is not None and roles:
        relevance = _role_relevance(candidate, roles, embedder)
    results = []
    for role in roles:
        if hard_filter(candidate, role, overlap_summary(candidate, role)) is None:
            results.append(score_candidate(
                candidate, role, related, relevance=relevance.get(role.id)))
    results.sort(key=lambda r: (-r.score, r.role.id))
    chosen = results[:top]
    for here, below in pairwise(chosen):
        here.explanation.versus_next = _versus(here, below, f"the {below.role.title} role")
    return chosen


def _role_relevance(
    candidate: Candidate, roles: list[Role], embedder: Embedder
) -> dict[str, Retrieved]:
    """The reverse retrieval: roles ranked by the candidate's profile, fused like a shortlist."""
    from worldhire.index.backends.exact import ExactIndex
    from worldhire.index.lexical import LexicalIndex
    from worldhire.match.retrieval import fuse, profile_text

    keys, texts = [r.id for r in roles], [role_text(r) for r in roles]
    dense = ExactIndex(embedder.dim)
    dense.upsert(keys, embedder.embed(texts))
    query = profile_text(candidate)
    by_meaning = dense.search(embedder.embed([query])[0], len(keys))
    by_words = LexicalIndex(keys, texts).search(query, len(keys))
    fused = fuse([by_meaning, by_words])
    out = {key: Retrieved(key, fused.get(key, 0.0)) for key in keys}
    for rank_no, hit in enumerate(by_meaning, start=1):
        out[hit.key].dense_rank, out[hit.key].dense_score = rank_no, hit.score
    for rank_no, hit in enumerate(by_words, start=1):
        out[hit.key].lexical_rank = rank_no
    return out
