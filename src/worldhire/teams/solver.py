"""The exact model on OR-Tools CP-SAT: one boolean per candidate, constraint groups switchable.

Every group of constraints (team size, each skill, each coverage need, the overlap, the budget, the
country and region caps, each hired member) is enforced by its own literal. Solving normally fixes
them all true; explaining infeasibility passes them as assumptions and asks CP-SAT which subset
cannot hold together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from worldhire.teams.problem import FIT_SCALE, Instance

SHARE_SCALE = 1000  # shares are compared as integers per mille


@dataclass(frozen=True)
class Group:
    key: str  # stable id, e.g. "coverage:0"
    description: str  # what the spec asks, in words


@dataclass
class TeamModel:
    model: cp_model.CpModel
    picks: list[cp_model.IntVar]
    groups: dict[str, cp_model.IntVar]  # group key -> enforcement literal
    described: dict[str, Group]
    size: cp_model.LinearExpr
    cost: cp_model.LinearExpr
    fit: cp_model.LinearExpr


def groups_of(inst: Instance) -> list[Group]:
    spec = inst.spec
    out = [Group("size", f"team size {spec.min_size}" if spec.min_size == spec.max_size
                 else f"team size {spec.min_size}-{spec.max_size}")]
    out += [Group(f"skill:{n}", f"at least {s.min_people} member(s) with {s.skill}")
            for n, s in enumerate(spec.skills)]
    out += [Group(f"coverage:{n}", f"coverage of {c.label} {spec.timezone} by at least "
                  f"{c.min_people} person(s)") for n, c in enumerate(spec.coverage) if c.min_people]
    if spec.overlap is not None:
        who = ("the whole team" if spec.overlap.min_members is None
               else f"at least {spec.overlap.min_members} members")
        out.append(Group("overlap", f"a daily overlap of {spec.overlap.hours:g} h for {who}"))
    if spec.budget_usd is not None:
        out.append(Group("budget", f"budget of USD {spec.budget_usd:,.0f} a year"))
    if spec.max_country_share is not None:
        out.append(Group("share:country",
                         f"at most {spec.max_country_share:.0%} of the team in one country"))
    if spec.max_region_share is not None:
        out.append(Group("share:region",
                         f"at most {spec.max_region_share:.0%} of the team in one region"))
    out += [Group(f"hired:{inst.candidates[k].id}",
                  f"hired member {inst.candidates[k].name} ({inst.candidates[k].id})")
            for k in inst.forced]
    return out


def build(inst: Instance, *, skip: Sequence[str] = ()) -> TeamModel:
    """The model with every group enforced by its literal; groups in `skip` are left out."""
    spec = inst.spec
    model = cp_model.CpModel()
    x = [model.new_bool_var(f"x{k}") for k in range(len(inst.candidates))]
    described = {g.key: g for g in groups_of(inst) if g.key not in skip}
    lit = {key: model.new_bool_var(key) for key in described}
    size = cp_model.LinearExpr.sum(x)
    model.add(size <= inst.size_cap)

    if "size" in lit:
        model.add(size >= spec.min_size).only_enforce_if(lit["size"])
        model.add(size <= spec.max_size).only_enforce_if(lit["size"])
    for n, need in enumerate(spec.skills):
        if f"skill:{n}" in lit:
            holders = [x[k] for k in inst.skill_holders[n]]
            model.add(sum(holders) >= need.min_people).only_enforce_if(lit[f"skill:{n}"])
    for n, members, least in inst.coverage_rows:
        if f"coverage:{n}" in lit:
            model.add(sum(x[k] for k in members) >= least).only_enforce_if(lit[f"coverage:{n}"])
    if "overlap" in lit and spec.overlap is not None:
        _add_overlap(model, inst, x, lit["overlap"])
    cost = cp_model.LinearExpr.weighted_sum(x, [round(c.cost) for c in inst.candidates])
    if "budget" in lit and spec.budget_usd is not None:
        model.add(cost <= int(spec.budget_usd)).only_enforce_if(lit["budget"])
    for key, share, parts in (("share:country", spec.max_country_share, inst.countries),
                              ("share:region", spec.max_region_share, inst.regions)):
        if key in lit and share is not None:
            per_mille = int(share * SHARE_SCALE + 1e-9)
            for members in parts.values():
                model.add(SHARE_SCALE * sum(x[k] for k in members) <= per_mille * size) \
                    .only_enforce_if(lit[key])
    for k in inst.forced:
        key = f"hired:{inst.candidates[k].id}"
        if key in lit:
            model.add_implication(lit[key], x[k])
    fit = cp_model.LinearExpr.weighted_sum(
        x, [round(c.fit * FIT_SCALE) for c in inst.candidates])
    return TeamModel(model, x, lit, described, size, cost, fit)


def _add_overlap(model: cp_model.CpModel, inst: Instance, x: list[cp_model.IntVar],
                 enforce: cp_model.IntVar) -> None:
    assert inst.spec.overlap is not None
    least = inst.spec.overlap.min_members
    for options in inst.overlap_groups:
        chosen = [model.new_bool_var("window") for _ in options]
        model.add_bool_or(chosen).only_enforce_if(enforce)
        for y, members in zip(chosen, options, strict=True):
            if least is None:  # the whole team works through the window
                outside = set(range(len(x))) - set(members)
                model.add(sum(x[k] for k in outside) == 0).only_enforce_if(y)
            else:
                model.add(sum(x[k] for k in members) >= least).only_enforce_if(y)


@dataclass
class Solution:
    status: str  # optimal | feasible | infeasible | unknown
    team: list[int]  # instance indices
    objective: float | None  # total fit
    bound: float | None
    gap: float | None  # (bound - objective) / bound, 0 when proven optimal
    seconds: float


STATUS = {cp_model.OPTIMAL: "optimal", cp_model.FEASIBLE: "feasible",
          cp_model.INFEASIBLE: "infeasible", cp_model.UNKNOWN: "unknown",
          cp_model.MODEL_INVALID: "invalid"}


def make_solver(time_limit: float, workers: int) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    return solver


def solve(inst: Instance, *, time_limit: float = 30.0, workers: int = 2) -> Solution:
    tm = build(inst)
    for literal in tm.groups.values():
        tm.model.add(literal == 1)
    tm.model.maximize(tm.fit)
    solver = make_solver(time_limit, workers)
    code = solver.solve(tm.model)
    status = STATUS[code]
    if status == "invalid":
        raise RuntimeError(f"CP-SAT rejected the model: {tm.model.validate()}")
    if status not in ("optimal", "feasible"):
        return Solution(status, [], None, None, None, solver.wall_time)
    team = [k for k, v in enumerate(tm.picks) if solver.value(v)]
    value = solver.objective_value / FIT_SCALE
    bound = solver.best_objective_bound / FIT_SCALE
    gap = 0.0 if status == "optimal" else (bound - value) / max(abs(bound), 1e-9)
    return Solution(status, team, value, bound, gap, solver.wall_time)

