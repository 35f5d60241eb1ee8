"""`worldhire batch rematch`: every open role ranked again on Ray, its top N stored.

Each task ranks a group of roles with the product's own ranking service
(match.service.shortlist through governance.decisions.audited_shortlist): the same pool query,
retrieval, filters, scores, explanations and audit entry as `worldhire shortlist` or the API
give for that role. Tasks open the store and load the embedder once for their group. When a
group is in, the driver replaces each of its roles' stored shortlists and marks the role done in
one transaction: a killed run, re-run, skips finished roles and redoes the others, without
duplicating or losing a row.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from worldhire.batch.repository import RunLedger, drop_closed, store_shortlist
from worldhire.batch.runtime import BatchError
from worldhire.batch.stored_shortlist import ScoredPair, ShortlistWhyOut
from worldhire.core.models import Candidate
from worldhire.governance.audit import AuditLog
from worldhire.governance.decisions import RankingRecord
from worldhire.governance.store import Governance
from worldhire.store.protocol import Repository

KIND = "rematch"
ACTOR = "batch:rematch"
T = TypeVar("T")


@dataclass
class ChunkResult:
    role_id: str
    scored: int  # people scored for the role (after hard filters and retrieval)
    seen: int  # people in the role's pool (consent to matching)
    top: list[ScoredPair] = field(default_factory=list)
    # The audit record of the ranking, appended by the driver: one writer for the log.
    record: RankingRecord | None = None


@dataclass(frozen=True)
class RankingSetup:
    """What a task needs to rank as the product does: the store, the home holding the pool's
    vector index, and the embedder (an EmbedderSpec name, "minilm" or "minilm-int8"; None ranks
    without the dense stage)."""

    database_url: str
    home: str | None = None
    embedder: str | None = None


@dataclass
class RematchReport:
    run_id: str
    resumed: bool
    roles: int  # open roles
    roles_skipped: int  # finished by an earlier, interrupted attempt of this run
    pairs: int  # candidate-role pairs in the pools of the roles ranked in this attempt
    scored: int  # of which were scored (the rest: hard filters, or beyond retrieval)
    seconds: float

    @property
    def pairs_per_second(self) -> float:
        return self.pairs / self.seconds if self.seconds else 0.0


def rank_roles(setup: RankingSetup, role_ids: Sequence[str], top: int) -> list[ChunkResult]:
    """Rank a group of roles with the product's ranking service (runs inside a Ray task)."""
    from worldhire.batch.embed import EmbedderSpec
    from worldhire.governance.decisions import ranking_record
    from worldhire.match.models import Shortlist
    from worldhire.match.service import shortlist as rank_role
    from worldhire.store.sql.repository import SqlRepository

    repo = SqlRepository(setup.database_url)
    home = Path(setup.home) if setup.home else None
    embedder = EmbedderSpec(setup.embedder).load() if setup.embedder else None
    try:
        out = []
        for role_id in role_ids:
            records: list[RankingRecord] = []

            def record(ranking: Shortlist, pool: list[Candidate]) -> None:
                records.append(ranking_record(ranking, pool, top=top))  # noqa: B023

            shortlist = rank_role(repo, role_id, top=top, embedder=embedder, index_home=home,
                                  audit=record)
            pairs = [
                ScoredPair(r.candidate.id, r.score, ShortlistWhyOut(
                    criteria=r.criteria,
                    met=[c.requirement for c in r.explanation.met],
                    partial=[c.requirement for c in r.explanation.partial],
                    missing=[c.requirement for c in r.explanation.missing],
                ))
                for r in shortlist.results
            ]
            scored = len(shortlist.results) + len(shortlist.others)
            out.append(ChunkResult(role_id, scored, shortlist.pool_size, pairs, records[0]))
        return out
    finally:
        repo.close()


def merge(parts: Sequence[ChunkResult], top: int) -> list[ScoredPair]:
    """The role's top N from its chunks' tops, in the ranker's order (score, then id)."""
    pairs = [p for part in parts for p in part.top]
    pairs.sort(key=lambda p: (-p.score, p.candidate_id))
    return pairs[:top]


def _chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def rematch(
    repo: Repository,
    setup: RankingSetup,
    *,
    top: int = 50,
    roles_per_task: int = 10,
    fresh: bool = False,
    on_role: Callable[[str, int], None] | None = None,
    on_start: Callable[[int, int], None] | None = None,
) -> RematchReport:
    """Needs an open Ray session (see runtime.ray_session). The ledger and stored shortlists
    live in the store's main database. `on_start(roles to do, already done)` and
    `on_role(role id, pairs)` report progress."""
    import ray

    if min(top, roles_per_task) < 1:
        raise BatchError("--top and --roles-per-task must be at least 1")
    started = time.perf_counter()
    ledger = RunLedger.on(repo)
    run = ledger.open(KIND, {"top": top}, fresh=fresh)
    roles = [r for r in repo.list_roles() if r.status == "open"]
    done = ledger.done_items(run.id)
    pending = [r.id for r in roles if r.id not in done]
    if on_start is not None:
        on_start(len(pending), len(roles) - len(pending))
    log = AuditLog(Governance(repo, Path(setup.home) if setup.home else None))
    remote_rank = ray.remote(rank_roles)
    waiting = [remote_rank.remote(setup, group, top) for group in _chunks(pending, roles_per_task)]
    pairs = scored = 0
    while waiting:
        ready, waiting = ray.wait(waiting, num_returns=1)
        results: list[ChunkResult] = ray.get(ready[0])
        for result in results:
            if result.record is not None:
                result.record.append(log, ACTOR)
            pairs += result.seen
            scored += result.scored
            store_shortlist(repo, run.id, result.role_id, merge([result], top))
            if on_role is not None:
                on_role(result.role_id, result.seen)
    drop_closed(repo, {r.id for r in roles})
    ledger.finish(run.id)
    return RematchReport(
        run.id, run.resumed, len(roles), len(roles) - len(pending), pairs, scored,
        time.perf_counter() - started,
    )
