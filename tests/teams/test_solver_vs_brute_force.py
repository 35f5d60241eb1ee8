"""The solver against brute force on small pools: same optimum, feasible iff any team is."""

from __future__ import annotations

from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worldhire.core.geo.countries import sub_region_of
from worldhire.teams import plan as plan_module
from worldhire.teams.check import violations
from worldhire.teams.models import (
    CoverageNeed,
    OverlapNeed,
    SkillNeed,
    TeamCandidate,
    TeamSpec,
)
from worldhire.teams.plan import plan_team
from worldhire.teams.problem import FIT_SCALE, compile_problem, instance
from worldhire.teams.solver import solve

ZONES = [("Europe/Berlin", "DE"), ("Australia/Sydney", "AU"), ("America/New_York", "US"),
         ("Asia/Kolkata", "IN"), ("America/Sao_Paulo", "BR"), ("America/Los_Angeles", "US")]
SKILLS = ["pytorch", "llm", "mlops"]


@st.composite
def candidates(draw: st.DrawFn, n: int) -> TeamCandidate:
    tz, country = draw(st.sampled_from(ZONES))
    start = draw(st.sampled_from([6.0, 8.0, 9.0, 10.5, 13.0, 22.0]))
    return TeamCandidate(
        id=f"c{n}", name=f"C{n}", timezone=tz,
        fit=draw(st.integers(0, 100)) / 100, cost=draw(st.integers(5, 20)) * 10_000,
        skills=frozenset(draw(st.sets(st.sampled_from(SKILLS), max_size=2))),
        country=country, region=sub_region_of(country),
        work_start_hour=start, work_end_hour=(start + 8) % 24)


@st.composite
def problems(draw: st.DrawFn) -> tuple[TeamSpec, list[TeamCandidate]]:
    size = draw(st.integers(1, 6))
    pool = [draw(candidates(n)) for n in range(size)]
    low = draw(st.integers(1, 3))
    high = draw(st.integers(low, 4))
    cover = []
    if draw(st.booleans()):
        start = draw(st.integers(0, 23))
        cover.append(CoverageNeed(start, (start + draw(st.integers(1, 12))) % 24,
                                  draw(st.integers(1, 2))))
    overlap = None
    if draw(st.booleans()):
        overlap = OverlapNeed(draw(st.sampled_from([0.5, 1.0, 2.0])),
                              draw(st.sampled_from([None, 2])))
    hired = [pool[0].id] if draw(st.integers(0, 4)) == 0 else []
    spec = TeamSpec(
        min_size=low, max_size=high, year=2025,
        skills=[SkillNeed(s, 1) for s in draw(st.sets(st.sampled_from(SKILLS), max_size=2))],
        coverage=cover, overlap=overlap,
        budget_usd=draw(st.one_of(st.none(), st.integers(10, 60).map(lambda k: k * 10_000))),
        max_country_share=draw(st.sampled_from([None, 0.5, 0.67])),
        max_region_share=draw(st.sampled_from([None, 0.75])),
        hired=hired)
    return spec, pool


def brute_force(spec: TeamSpec, pool: list[TeamCandidate]) -> int | None:
    dates = compile_problem(spec, pool).dates
    best = None
    for size in range(spec.min_size, spec.max_size + 1):
        for team in combinations(pool, size):
            if not violations(list(team), spec, dates):
                value = sum(round(m.fit * FIT_SCALE) for m in team)
                best = value if best is None else max(best, value)
    return best


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_plan_matches_brute_force(problem: tuple[TeamSpec, list[TeamCandidate]]) -> None:
    spec, pool = problem
    best = brute_force(spec, pool)
    plan = plan_team(spec, pool, time_limit=20)
    if best is None:
        assert plan.status == "infeasible"
        assert plan.conflict is not None and plan.conflict.groups
    else:
        assert plan.status == "optimal"
        assert not violations(plan.team, spec, plan.dates)
        assert sum(round(m.fit * FIT_SCALE) for m in plan.team) == best


@st.composite
def crowded(draw: st.DrawFn) -> tuple[TeamSpec, list[TeamCandidate]]:
    """Many people sharing few profiles, so that dominance pruning has work to do."""
    pool = []
    for n in range(draw(st.integers(5, 40))):
        tz, country = draw(st.sampled_from(ZONES[:3]))
        pool.append(TeamCandidate(
            id=f"c{n}", name=f"C{n}", timezone=tz, fit=draw(st.integers(0, 10)) / 10,
            cost=draw(st.integers(1, 4)) * 10_000,
            skills=frozenset(draw(st.sets(st.sampled_from(SKILLS[:2]), max_size=2))),
            country=country, region=sub_region_of(country)))
    spec = TeamSpec(
        min_size=2, max_size=draw(st.integers(2, 4)), year=2025,
        skills=[SkillNeed("pytorch", draw(st.integers(0, 2)))],
        coverage=[CoverageNeed(draw(st.integers(0, 23)), draw(st.integers(0, 23)), 1)],
        overlap=draw(st.sampled_from([None, OverlapNeed(1, 2)])),
        budget_usd=draw(st.sampled_from([None, 80_000, 120_000])),
        max_country_share=draw(st.sampled_from([None, 0.5])))
    return spec, pool


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crowded())
def test_pruning_keeps_the_optimum(problem: tuple[TeamSpec, list[TeamCandidate]]) -> None:
    spec, pool = problem
    compiled = compile_problem(spec, pool)
    unpruned = solve(instance(compiled, list(range(len(pool)))), time_limit=20)
    plan = plan_team(spec, pool, time_limit=20)
    assert plan.status == unpruned.status
    if unpruned.objective is not None:
        assert plan.total_fit is not None
        assert round(plan.total_fit * FIT_SCALE) == round(unpruned.objective * FIT_SCALE)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crowded())
def test_fit_bound_pruning_keeps_the_optimum(problem: tuple[TeamSpec, list[TeamCandidate]]) -> None:
    """With a tiny warm-start pool the bound pruning runs on these pools too."""
    spec, pool = problem
    compiled = compile_problem(spec, pool)
    unpruned = solve(instance(compiled, list(range(len(pool)))), time_limit=20)
    saved = plan_module.WARM_START_POOL
    plan_module.WARM_START_POOL = 3
    try:
        plan = plan_team(spec, pool, time_limit=20)
    finally:
        plan_module.WARM_START_POOL = saved
    assert plan.status == unpruned.status
    if unpruned.objective is not None:
        assert plan.total_fit is not None
        assert round(plan.total_fit * FIT_SCALE) == round(unpruned.objective * FIT_SCALE)
