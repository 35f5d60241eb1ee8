"""Retrieval in the store, for pools too large to read: the hard filters become predicates over
the pool (store.protocol.PoolFilter), keywords are searched by the database's full-text index and
meaning by the persisted vector index, and only the fused top few hundred are loaded and scored.

The filters the store applies are exact or wider than the ranking's own (service.rank checks
every one again on the loaded profiles), so a profile a filter removes is never shown. An
overlap rule is decided once per distinct working window (a few hundred in a million profiles:
the store's, counted as profiles are written on SQLite, read from an index of them on
PostgreSQL; Repository.working_windows) and becomes a predicate on the windows that meet it.
"""

from __future__ import annotations

import math
from dataclasses import replace

from worldhire.core.geo.regions import expand, regions_of
from worldhire.core.geo.zones import standard_offset
from worldhire.core.models import RemotePolicy, Role
from worldhire.index.backends.ivf import AnnIndex
from worldhire.index.lexical import tokens
from worldhire.index.vectors import Hit, VectorIndex, Vectors
from worldhire.match.criteria import overlap_between
from worldhire.match.overlap import WorkWindow
from worldhire.match.retrieval import Retrieved, fused_ranking
from worldhire.store.protocol import PoolFilter, Repository

# The vector index holds every tenant's profiles: it is searched this much deeper than asked
# before the hits are checked against the pool.
OVERFETCH = 4
# What checking one id against the pool costs (a lookup by id) over reading one id of the pool
# (a scan): 3.5 and 1.9 us of CPU on SQLite at 100,000 profiles.
CHECK_COST = 2.0
# How many more of the probed lists' best are checked than the share met says hold the pool's.
DEEPER = 1.5


def _covering(country: str) -> tuple[str, frozenset[str]]:
    """A country and the stated authorizations that cover it (its code, its regions)."""
    return country, frozenset({country, *regions_of(country)})


def pool_filter(
    role: Role,
    tenant_id: str | None,
    *,
    countries: tuple[str, ...] = (),
    max_pay_usd: float | None = None,
    work_authorization: str | None = None,
    no_sponsorship: bool = False,
    remote_policy: RemotePolicy | None = None,
) -> PoolFilter:
    """The role's policy and a recruiter's filters as the store's predicates
    (criteria.hard_filter is the exact rule each one stands for)."""
    allowed: frozenset[str] | None = None
    if countries:
        allowed = expand(countries)
    if role.allowed_countries:
        own = frozenset(role.allowed_countries)
        allowed = own if allowed is None else allowed & own
    authorised = []
    policy = remote_policy or role.remote_policy
    if (policy is not RemotePolicy.REMOTE and role.location_country
            and not role.visa_sponsorship):
        authorised.append(_covering(role.location_country))
    if work_authorization:
        authorised.append(_covering(work_authorization.upper()))
    return PoolFilter(tenant_id, allowed, tuple(authorised), no_sponsorship, max_pay_usd)


def with_overlap(repo: Repository, pool: PoolFilter, role: Role, needed: float) -> PoolFilter:
    """The pool narrowed to people whose working window overlaps the team's by `needed` hours
    most of the year and whose zone is in the role's band, if it has one (criteria.hard_filter's
    rules; a person without a zone can show neither)."""
    team = WorkWindow(role.team_timezone, role.work_start_hour, role.work_end_hour)
    band = role.zone_band
    meets = frozenset(
        window for window in repo.working_windows()
        if (band is None or band.contains(standard_offset(window[0])))
        and (needed <= 0 or overlap_between(WorkWindow(*window), team).typical >= needed)
    )
    return replace(pool, windows=meets)


def retrieve(
    repo: Repository,
    pool: PoolFilter,
    query: str,
    depth: int,
    vector: Vectors | None = None,
    vectors: VectorIndex | None = None,
) -> list[Retrieved]:
    """The fused top `depth` of the filtered pool for the query text: keywords from the store's
    full-text index, meaning from `vectors` searched with the query's `vector` (a profile not
    embedded yet is found by keywords alone; the caller has no `vector` for an empty index)."""
    lexical = [Hit(cid, score) for cid, score in repo.search_profiles(pool, tokens(query), depth)]
    dense: list[Hit] = []
    if vector is not None and vectors is not None:
        dense = dense_hits(repo, pool, vector, depth, vectors)
    return fused_ranking(dense, lexical, depth)


def dense_hits(
    repo: Repository, pool: PoolFilter, vector: Vectors, depth: int, vectors: VectorIndex
) -> list[Hit]:
    """The `depth` nearest profiles of the filtered pool: the index is searched deeper than
    asked and its hits checked against the pool in SQL; where too few remain, the approximate
    index searches the lists a search under the filter would probe, every row of them, for as
    many as the share of the pool met so far says hold `depth` of it (DEEPER: a margin), and
    checks those best first (at 1,000,000 profiles, a filter keeping a seventh: about 2,000
    ids asked about instead of 20,000; dense recall@200 against exact search .9896 -> .9898
    over 25 bench roles, the dense stage's CPU p95 238 -> 74-104 ms). A filter so selective
    that still too few remain is searched under the pool's filter instead, its rows found the
    cheaper way: an
    allow-list of the whole pool's rows (read in one scan, which grows with the store), or
    the approximate index asking the store about the rows of the lists it probes only
    (AnnIndex.search_admitted, which grows with its square root: about 20,000 rows of a
    million for a filter that keeps a seventh of them). Vectors the database holds are
    searched there with the pool's predicates joined in (Repository.nearest_in_pool): the
    same hits as with the allow-list, which read the pool's ids out and sent them back."""
    fetched = vectors.search(vector, depth * OVERFETCH)
    dense, members = _first_members(repo, pool, fetched, depth)
    if len(dense) < depth and len(fetched) == depth * OVERFETCH:
        share = members / len(fetched)  # of the pool near the query: the probes' guide
        if share and isinstance(vectors, AnnIndex) and vectors.trained:
            deeper = vectors.search_probing(vector, math.ceil(DEEPER * depth / share), share)
            dense, _ = _first_members(repo, pool, deeper, depth)
            if len(dense) == depth:
                return dense
        if (isinstance(vectors, AnnIndex) and vectors.trained
                and vectors.probed_rows(share) * CHECK_COST < share * len(vectors)):
            dense = vectors.search_admitted(vector, depth,
                                            lambda keys: repo.in_pool(pool, keys))
        else:
            held = repo.nearest_in_pool(pool, vector, depth, vectors)
            dense = held if held is not None else vectors.search(
                vector, depth, vectors.row_mask(repo.pool_ids(pool)))
    return dense


def _first_members(
    repo: Repository, pool: PoolFilter, hits: list[Hit], depth: int
) -> tuple[list[Hit], int]:
    """The first `depth` of `hits` in the pool, in their order, and how many of the hits
    checked were. The hits are checked best first, a part at a time, and no further than the
    `depth`-th member: a pool most of the store is in has its `depth` among the first `depth`
    hits, where checking all of them cost four times the lookups. Each part after the first
    is as large as the share met so far says the members still wanted need (and a little
    more); once every hit is checked the count is of them all."""
    dense: list[Hit] = []
    checked = members = 0
    part = depth
    while len(dense) < depth and checked < len(hits):
        batch = hits[checked : checked + part]
        found = repo.in_pool(pool, [h.key for h in batch])
        dense += [h for h in batch if h.key in found]
        checked += len(batch)
        members += len(found)
        share = members / checked
        part = math.ceil(1.25 * (depth - len(dense)) / share) if share else len(hits)
    return dense[:depth], members
