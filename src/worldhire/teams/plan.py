"""Plan a team: compile, prune, solve, verify; explain when no team exists."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from worldhire.core.errors import WorldhireError
from worldhire.teams.check import violations
from worldhire.teams.explain import Conflict, explain
from worldhire.teams.hours import CheckDate
from worldhire.teams.models import TeamCandidate, TeamSpec
from worldhire.teams.problem import (
    Compiled,
    compile_problem,
    instance,
    max_picks_per_country,
    prune,
)
from worldhire.teams.solver import Solution, solve


@dataclass
class Plan:
    spec: TeamSpec
    status: str  # optimal | feasible | infeasible | unknown
    team: list[TeamCandidate]
    total_fit: float | None
    bound: float | None
    gap: float | None
    pool_size: int
    pruned_size: int
    dates: list[CheckDate]
    compiled: Compiled
    conflict: Conflict | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def cost(self) -> float:
        return sum(m.cost for m in self.team)


class PlanCheckFailed(WorldhireError, RuntimeError):
    """The solver's team broke the spec when checked shift by shift: a bug, never a plan."""

    status = 500
    code = "plan-check-failed"


def plan_team(spec: TeamSpec, pool: list[TeamCandidate], *, time_limit: float = 30.0,
              workers: int = 2) -> Plan:
    clock = time.perf_counter()
    compiled = compile_problem(spec, pool)
    compiled_at = time.perf_counter()
    keep = prune(compiled, max_picks=max_picks_per_country(spec, spec.max_size))
    pruned_at = time.perf_counter()
    keep = _bound_prune(compiled, keep, time_limit=time_limit, workers=workers)
    inst = instance(compiled, keep)
    bounded_at = time.perf_counter()
    solution: Solution = solve(inst, time_limit=time_limit, workers=workers)
    solved_at = time.perf_counter()
    team = [inst.candidates[k] for k in solution.team]
    conflict = None
    if solution.status == "infeasible":
        conflict = explain(compiled, time_limit=time_limit)
    elif team:
        broken = violations(team, spec, compiled.dates)
        if broken:
            raise PlanCheckFailed("; ".join(broken[:5]))
    done = time.perf_counter()
    seconds = {
        "compile": compiled_at - clock,
        "prune": pruned_at - compiled_at,
        "bound": bounded_at - pruned_at,
        "solve": solved_at - bounded_at,
        "explain_and_check": done - solved_at,
        "total": done - clock,
    }
    return Plan(spec, solution.status, team, solution.objective, solution.bound, solution.gap,
                len(pool), len(keep), compiled.dates, compiled, conflict, seconds)


# How many of the best-fitting candidates the warm-start solve looks at.
WARM_START_POOL = 100


def _bound_prune(compiled: Compiled, keep: list[int], *, time_limit: float,
                 workers: int) -> list[int]:
    """Drop candidates that cannot be in any team as good as one already found.

    A solve on the best-fitting few gives a feasible team of fit LB. A team holding j has fit at
    most fit_j + the forced members' fits + the best positive fits of the others for the seats left;
    when that is below LB, j is in no optimal team. Exact: LB is achieved by a real team.
    """
    spec = compiled.spec
    if len(keep) <= WARM_START_POOL:
        return keep
    pool = compiled.pool
    forced = [i for i in keep if pool[i].id in set(spec.hired)]
    free = sorted((i for i in keep if pool[i].id not in set(spec.hired)),
                  key=lambda i: (-pool[i].fit, i))
    warm = solve(instance(compiled, sorted(forced + free[:WARM_START_POOL])),
                 time_limit=time_limit, workers=workers)
    if warm.objective is None:
        return keep
    lower = warm.objective
    seats = spec.max_size - len(forced)
    forced_fit = sum(pool[i].fit for i in forced)
    best = [max(pool[i].fit, 0.0) for i in free[:seats]]
    kept = list(forced)
    for rank, i in enumerate(free):
        others = best[:seats - 1] if rank >= seats - 1 else (
            best[:rank] + best[rank + 1:seats])
        if pool[i].fit + forced_fit + sum(others) >= lower - 1e-9:
            kept.append(i)
    return sorted(kept)
