"""`worldhire batch rematch`: rank every candidate for every open role on Ray and store the
shortlists.

Each tenant's pool (its candidates plus the platform pool) is cut into chunks put once in Ray's
object store, and its open roles into groups; a task ranks one chunk for every role of one group
with the same deterministic ranker as `worldhire shortlist` (every pair scored, no retrieval
cut-off) and keeps that chunk's top N per role. A chunk is thus read once per group, not once per
role, and the role-independent part of each assessment is computed once and reused for the
group's other roles. Scores do not depend on the rest of the pool, so the best N of the chunk
tops is the role's exact top N. When a group's last chunk is in, the driver replaces each of its
roles' stored shortlists and marks the role done in one transaction: a killed run, re-run, skips
finished roles and redoes the others, without duplicating or losing a row.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, insert

from worldhire.batch.runs import RunLedger
from worldhire.batch.runtime import BatchError
from worldhire.core.models import Candidate, Role, utcnow
from worldhire.store.protocol import Repository
from worldhire.store.sql import schema_batch as b

KIND = "rematch"
T = TypeVar("T")


@dataclass(frozen=True)
class ScoredPair:
    candidate_id: str
    score: float
    criteria: dict[str, Any]


@dataclass
class ChunkResult:
    role_id: str
    scored: int  # pairs that passed the hard filters and were scored
    seen: int  # pairs looked at (filtered ones included)
    top: list[ScoredPair] = field(default_factory=list)


@dataclass
class RematchReport:
    run_id: str
    resumed: bool
    roles: int  # open roles
    roles_skipped: int  # finished by an earlier, interrupted attempt of this run
    pairs: int  # candidate-role pairs looked at in this attempt
    scored: int  # of which passed the hard filters and were scored
    seconds: float

    @property
    def pairs_per_second(self) -> float:
        return self.pairs / self.seconds if self.seconds else 0.0


def score_chunk(
    candidates: Sequence[Candidate], roles: Sequence[Role], top: int
) -> list[ChunkResult]:
    """Rank one chunk of a pool for each role of a group (runs inside a Ray task)."""
    return [_score_chunk(candidates, role, top) for role in roles]


def _score_chunk(candidates: Sequence[Candidate], role: Role, top: int) -> ChunkResult:
    from worldhire.match.service import rank

    shortlist = rank(candidates, role, top=top)
    pairs = [
        ScoredPair(r.candidate.id, r.score, {
            "criteria": r.criteria,
            "met": [c.requirement for c in r.explanation.met],
            "partial": [c.requirement for c in r.explanation.partial],
            "missing": [c.requirement for c in r.explanation.missing],
        })
        for r in shortlist.results
    ]
    return ChunkResult(role.id, len(candidates) - len(shortlist.rejected), len(candidates), pairs)


def merge(parts: Sequence[ChunkResult], top: int) -> list[ScoredPair]:
    """The role's top N from its chunks' tops, in the ranker's order (score, then id)."""
    pairs = [p for part in parts for p in part.top]
    pairs.sort(key=lambda p: (-p.score, p.candidate_id))
    return pairs[:top]


def store_shortlist(
    engine: Engine, run_id: str, role_id: str, pairs: Sequence[ScoredPair]
) -> None:
    """Replace the role's stored shortlist and mark it done, atomically."""
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(delete(b.stored_shortlists).where(b.stored_shortlists.c.role_id == role_id))
        if pairs:
            conn.execute(insert(b.stored_shortlists), [
                dict(role_id=role_id, candidate_id=p.candidate_id, rank=n, score=p.score,
                     criteria=p.criteria, run_id=run_id, computed_at=now)
                for n, p in enumerate(pairs, start=1)
            ])
        RunLedger.mark_done(conn, run_id, role_id)


def drop_closed(engine: Engine, open_roles: set[str]) -> None:
    """Stored shortlists of roles that are no longer open go at the end of a full run."""
    with engine.begin() as conn:
        conn.execute(
            delete(b.stored_shortlists)
            .where(b.stored_shortlists.c.role_id.not_in(sorted(open_roles)))
        )


def _chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def rematch(
    repo: Repository,
    engine: Engine,
    *,
    top: int = 50,
    chunk_size: int = 2000,
    roles_per_task: int = 10,
    fresh: bool = False,
    on_role: Callable[[str, int], None] | None = None,
    on_start: Callable[[int, int], None] | None = None,
) -> RematchReport:
    """Needs an open Ray session (see runtime.ray_session). `engine` is the main database,
    where the ledger and stored shortlists live. `on_start(roles to do, already done)` and
    `on_role(role id, pairs)` report progress."""
    import ray

    if min(top, chunk_size, roles_per_task) < 1:
        raise BatchError("--top, --chunk-size and --roles-per-task must be at least 1")
    started = time.perf_counter()
    ledger = RunLedger(engine)
    run = ledger.open(KIND, {"top": top}, fresh=fresh)
    roles = [r for r in repo.list_roles() if r.status == "open"]
    done = ledger.done_items(run.id)
    pending = [r for r in roles if r.id not in done]
    if on_start is not None:
        on_start(len(pending), len(roles) - len(pending))

    remote_score = ray.remote(score_chunk)
    tasks: dict[Any, int] = {}
    groups: list[list[Role]] = []
    expected: list[int] = []
    by_tenant: dict[str | None, list[Role]] = {}
    for role in pending:
        by_tenant.setdefault(role.tenant_id, []).append(role)
    for tenant_id, tenant_roles in by_tenant.items():
        pool = repo.list_candidates(tenant_id, include_platform=True)
        refs: list[Any] = [ray.put(chunk) for chunk in _chunks(pool, chunk_size)]
        for group in _chunks(tenant_roles, roles_per_task):
            groups.append(group)
            expected.append(len(refs))
            for ref in refs:
                tasks[remote_score.remote(ref, group, top)] = len(groups) - 1

    parts: dict[int, list[ChunkResult]] = {g: [] for g in range(len(groups))}
    pairs = scored = 0

    def finish(group_no: int) -> None:
        by_role: dict[str, list[ChunkResult]] = {}
        for part in parts.pop(group_no):
            by_role.setdefault(part.role_id, []).append(part)
        for role in groups[group_no]:
            role_parts = by_role.get(role.id, [])
            store_shortlist(engine, run.id, role.id, merge(role_parts, top))
            if on_role is not None:
                on_role(role.id, sum(p.seen for p in role_parts))

    for group_no, count in enumerate(expected):
        if count == 0:  # an empty pool: the roles' shortlists are empty, and that is the answer
            finish(group_no)
    waiting = list(tasks)
    while waiting:
        ready, waiting = ray.wait(waiting, num_returns=1)
        group_no = tasks[ready[0]]
        results: list[ChunkResult] = ray.get(ready[0])
        pairs += sum(r.seen for r in results)
        scored += sum(r.scored for r in results)
        parts[group_no] += results
        if len(parts[group_no]) == expected[group_no] * len(groups[group_no]):
            finish(group_no)
    drop_closed(engine, {r.id for r in roles})
    ledger.finish(run.id)
    return RematchReport(
        run.id, run.resumed, len(roles), len(roles) - len(pending), pairs, scored,
        time.perf_counter() - started,
    )


def stored_shortlist(engine: Engine, role_id: str) -> list[tuple[str, int, float]]:
    """(candidate id, rank, score) of a role's stored shortlist, best first."""
    from sqlalchemy import select

    t = b.stored_shortlists
    with engine.begin() as conn:
        rows = conn.execute(
            select(t.c.candidate_id, t.c.rank, t.c.score)
            .where(t.c.role_id == role_id).order_by(t.c.rank)
        ).all()
    return [(r.candidate_id, r.rank, r.score) for r in rows]
