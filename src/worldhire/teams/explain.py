"""Why no team exists: an irreducible set of conflicting constraints and how far each must move.

CP-SAT returns a set of assumption literals that cannot all hold; deletion filtering then drops any
group the rest still conflict without, which leaves an irreducible subset (every group in it is
needed for the conflict). For each group in it, a second solve keeps every other constraint of the
spec and finds the smallest relaxation of that one group that admits a team.

The explanation runs on a pool pruned for teams of up to twice the asked maximum size, so "raise the
team size" suggestions look that far and no further.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ortools.sat.python import cp_model

from worldhire.teams.hours import SLOT_MINUTES
from worldhire.teams.models import OverlapNeed, TeamCandidate, TeamSpec, clock
from worldhire.teams.problem import Compiled, Instance, compile_problem, instance, prune
from worldhire.teams.solver import STATUS, Group, build, groups_of, make_solver


@dataclass
class Relaxation:
    group: str
    suggestion: str  # in words: "raise budget by USD 14,000 (to USD 914,000)"
    value: float | None  # the relaxed figure (people, USD, share, hours); None when dropped


@dataclass
class Conflict:
    groups: list[Group]  # the irreducible subset
    relaxations: list[Relaxation]

    @property
    def summary(self) -> str:
        names = "; ".join(g.description for g in self.groups)
        return f"these constraints cannot all hold: {names}"


def explanation_instance(compiled: Compiled) -> Instance:
    cap = 2 * compiled.spec.max_size
    keep = prune(compiled, max_picks=cap, use_budget=False)
    return instance(compiled, keep, size_cap=cap)


def explain(compiled: Compiled, *, time_limit: float = 30.0) -> Conflict | None:
    """None when the spec turns out feasible after all."""
    inst = explanation_instance(compiled)
    tm = build(inst)
    keys = list(tm.groups)

    def conflicting(subset: list[str]) -> tuple[bool, list[str]]:
        tm.model.clear_assumptions()
        tm.model.add_assumptions([tm.groups[k] for k in subset])
        solver = make_solver(time_limit, workers=1)  # cores come from the sequential search
        code = solver.solve(tm.model)
        if code != cp_model.INFEASIBLE:
            return False, []
        core_ids = set(solver.sufficient_assumptions_for_infeasibility())
        core = [k for k in subset if tm.groups[k].index in core_ids]
        return True, core or subset

    infeasible, core = conflicting(keys)
    if not infeasible:
        return None
    for key in list(core):
        trial = [k for k in core if k != key]
        still, smaller = conflicting(trial)
        if still:
            core = [k for k in trial if k in smaller] if smaller else trial
    groups = [tm.described[k] for k in keys if k in core]
    relaxations = [_relax(compiled, inst, key, time_limit) for key in core]
    return Conflict(groups, relaxations)


def _relax(compiled: Compiled, inst: Instance, key: str, time_limit: float) -> Relaxation:
    spec = inst.spec
    if key.startswith("hired:"):
        member = key.split(":", 1)[1]
        return Relaxation(key, f"do not force hired member {member} into the team", None)
    if key == "overlap":
        return _relax_overlap(compiled, inst, time_limit)
    tm = build(inst, skip=[key])
    for literal in tm.groups.values():
        tm.model.add(literal == 1)
    model = tm.model
    x = tm.picks
    if key == "budget":
        model.minimize(tm.cost)
    elif key == "size":
        above = model.new_int_var(0, inst.size_cap, "above")
        below = model.new_int_var(0, spec.min_size, "below")
        model.add(above >= tm.size - spec.max_size)
        model.add(below >= spec.min_size - tm.size)
        model.minimize(above + below)
    elif key.startswith("skill:"):
        n = int(key.split(":")[1])
        model.maximize(sum(x[k] for k in inst.skill_holders[n]))
    elif key.startswith("coverage:"):
        n = int(key.split(":")[1])
        level = model.new_int_var(0, len(x), "level")
        for row_need, members, _ in inst.coverage_rows:
            if row_need == n:
                model.add(sum(x[k] for k in members) >= level)
        model.maximize(level)
    else:  # share:country / share:region
        parts = inst.countries if key == "share:country" else inst.regions
        most = model.new_int_var(0, len(x), "most")
        for members in parts.values():
            model.add(sum(x[k] for k in members) <= most)
        model.minimize(most)
    solver = make_solver(time_limit, workers=2)
    status = STATUS[solver.solve(model)]
    if status not in ("optimal", "feasible"):
        return Relaxation(key, f"relaxing '{_description(inst, key)}' alone is not enough", None)
    team = [k for k, v in enumerate(x) if solver.value(v)]
    relaxation = _words(inst, key, team, solver.objective_value)
    if key.startswith("coverage:") and relaxation.value == 0:
        narrowed = _narrow_coverage(inst, int(key.split(":")[1]), time_limit)
        if narrowed:
            relaxation.suggestion += f", or narrow it to {narrowed}"
    return relaxation


def _narrow_coverage(inst: Instance, need: int, time_limit: float) -> str | None:
    """The most slots of the need's range that a team meeting the rest of the spec can staff."""
    tm = build(inst, skip=[f"coverage:{need}"])
    for literal in tm.groups.values():
        tm.model.add(literal == 1)
    least = inst.spec.coverage[need].min_people
    slots = sorted({s for (n, _, _), row in zip(inst.coverage_rows, inst.coverage_slots,
                                                strict=True) if n == need for s in row})
    staffed = {s: tm.model.new_bool_var(f"slot{s}") for s in slots}
    for (n, members, _), row in zip(inst.coverage_rows, inst.coverage_slots, strict=True):
        if n == need:
            for s in row:
                tm.model.add(sum(tm.picks[k] for k in members) >= least).only_enforce_if(staffed[s])
    tm.model.maximize(sum(staffed.values()))
    solver = make_solver(time_limit, workers=2)
    if STATUS[solver.solve(tm.model)] not in ("optimal", "feasible"):
        return None
    covered = [s for s in slots if solver.value(staffed[s])]
    if not covered:
        return None
    return f"{slot_ranges(covered)} {inst.spec.timezone}"


def slot_ranges(slots: list[int]) -> str:
    """[8, 9, 10, 20] -> "02:00-02:45, 05:00-05:15" (15-minute slots of the day)."""
    runs: list[list[int]] = []
    for s in sorted(slots):
        if runs and s == runs[-1][1]:
            runs[-1][1] = s + 1
        else:
            runs.append([s, s + 1])
    return ", ".join(f"{clock(a * SLOT_MINUTES / 60)}-{clock(b * SLOT_MINUTES / 60)}"
                     for a, b in runs)


def _description(inst: Instance, key: str) -> str:
    return next(g.description for g in groups_of(inst) if g.key == key)


def _words(inst: Instance, key: str, team: list[int], value: float) -> Relaxation:
    spec = inst.spec
    if key == "budget":
        assert spec.budget_usd is not None
        extra = value - spec.budget_usd
        return Relaxation(key, f"raise budget by USD {extra:,.0f} (to USD {value:,.0f})", value)
    if key == "size":
        size = len(team)
        if size > spec.max_size:
            return Relaxation(key, f"raise the team size to {size}", size)
        return Relaxation(key, f"lower the team size to {size}", size)
    if key.startswith("skill:"):
        need = spec.skills[int(key.split(":")[1])]
        if value == 0:
            return Relaxation(key, f"drop the {need.skill} requirement", 0)
        return Relaxation(key, f"lower the number of members with {need.skill} to {value:.0f}",
                          value)
    if key.startswith("coverage:"):
        cover = spec.coverage[int(key.split(":")[1])]
        where = f"{cover.label} {spec.timezone}"
        if value == 0:
            return Relaxation(key, f"drop the coverage of {where}", 0)
        return Relaxation(key, f"lower coverage of {where} to {value:.0f} person(s)", value)
    share = value / max(len(team), 1)
    scope = "country" if key == "share:country" else "region"
    return Relaxation(key, f"allow {value:.0f} of {len(team)} members ({share:.0%}) in one "
                      f"{scope}", share)


def _relax_overlap(compiled: Compiled, inst: Instance, time_limit: float) -> Relaxation:
    """Try fewer members for the full window, then a shorter window, on the explanation pool."""
    spec = inst.spec
    assert spec.overlap is not None
    pool = inst.candidates
    asked = spec.overlap
    first = asked.min_members if asked.min_members is not None else spec.max_size
    for members in range(first - 1, 1, -1):
        relaxed = replace(spec, overlap=OverlapNeed(asked.hours, members))
        if _feasible(relaxed, pool, time_limit):
            return Relaxation("overlap", f"require the {asked.hours:g} h overlap of {members} "
                              "members instead", members)
    hours = asked.hours - 0.5
    while hours > 0:
        relaxed = replace(spec, overlap=OverlapNeed(hours, asked.min_members))
        if _feasible(relaxed, pool, time_limit):
            return Relaxation("overlap", f"shorten the daily overlap to {hours:g} h", hours)
        hours -= 0.5
    return Relaxation("overlap", "drop the overlap requirement", None)


def _feasible(spec: TeamSpec, pool: list[TeamCandidate], time_limit: float) -> bool:
    compiled = compile_problem(spec, pool)
    tm = build(instance(compiled, list(range(len(pool))), size_cap=spec.max_size))
    for literal in tm.groups.values():
        tm.model.add(literal == 1)
    code = make_solver(time_limit, workers=2).solve(tm.model)
    return code in (cp_model.OPTIMAL, cp_model.FEASIBLE)
