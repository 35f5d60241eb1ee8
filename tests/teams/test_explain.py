"""Infeasible specs name the conflicting constraints and say how far to relax them."""

from __future__ import annotations

from worldhire.core.geo.countries import sub_region_of
from worldhire.teams.explain import Conflict
from worldhire.teams.models import CoverageNeed, OverlapNeed, SkillNeed, TeamCandidate, TeamSpec
from worldhire.teams.plan import Plan, plan_team
from worldhire.teams.problem import compile_problem, max_picks_per_country, prune


def make_person(cid: str, tz: str, *, fit: float = 0.5, cost: float = 100_000,
                skills: tuple[str, ...] = (), country: str | None = None, start: float = 9.0,
                end: float = 17.0) -> TeamCandidate:
    return TeamCandidate(id=cid, name=cid.upper(), timezone=tz, fit=fit, cost=cost,
                         skills=frozenset(skills), country=country, region=sub_region_of(country),
                         work_start_hour=start, work_end_hour=end)


def conflict(plan: Plan) -> Conflict:
    assert plan.status == "infeasible" and plan.conflict is not None
    return plan.conflict


def keys(plan: Plan) -> set[str]:
    return {g.key for g in conflict(plan).groups}


def test_budget_shortfall_is_named_with_the_exact_raise() -> None:
    pool = [make_person("a", "Europe/Berlin", cost=90_000, skills=("pytorch",)),
            make_person("b", "Asia/Kolkata", cost=50_000),
            make_person("c", "America/New_York", cost=70_000, skills=("pytorch",))]
    spec = TeamSpec(min_size=2, max_size=2, year=2025, skills=[SkillNeed("pytorch", 2)],
                    budget_usd=146_000)
    plan = plan_team(spec, pool)
    assert keys(plan) == {"budget", "skill:0"}
    budget = next(r for r in conflict(plan).relaxations if r.group == "budget")
    assert budget.suggestion == "raise budget by USD 14,000 (to USD 160,000)"


def test_night_coverage_without_night_workers_names_coverage() -> None:
    pool = [make_person(c, "Europe/Berlin") for c in "abc"]
    spec = TeamSpec(min_size=1, max_size=3, year=2025, coverage=[CoverageNeed(2, 5, 1)])
    plan = plan_team(spec, pool)
    assert keys(plan) == {"coverage:0"}
    assert "drop the coverage of 02:00-05:00 UTC" in conflict(plan).relaxations[0].suggestion


def test_coverage_level_relaxation_counts_people() -> None:
    pool = [make_person("a", "Asia/Kolkata", fit=0.9), make_person("b", "Asia/Kolkata"),
            make_person("c", "Europe/Berlin")]
    spec = TeamSpec(min_size=1, max_size=3, year=2025, coverage=[CoverageNeed(5, 6, 3)])
    plan = plan_team(spec, pool)
    assert conflict(plan).relaxations[0].suggestion == \
        "lower coverage of 05:00-06:00 UTC to 2 person(s)"


def test_sydney_and_berlin_only_overlap_during_part_of_the_year() -> None:
    # Berlin 7-15 and Sydney 9-17 share 05:00-06:00 UTC while both are on summer time or Sydney
    # is on standard time, but nothing in the northern winter: the overlap must be the conflict.
    pool = [make_person("syd", "Australia/Sydney", country="AU"),
            make_person("ber", "Europe/Berlin", country="DE", start=7, end=15)]
    spec = TeamSpec(min_size=2, max_size=2, year=2025, overlap=OverlapNeed(1, None))
    plan = plan_team(spec, pool)
    assert "overlap" in keys(plan)


def test_hired_members_in_one_country_conflict_with_the_share_cap() -> None:
    pool = [make_person("a", "Asia/Kolkata", country="IN"),
            make_person("b", "Asia/Kolkata", country="IN"),
            make_person("c", "Europe/Berlin", country="DE"),
            make_person("d", "America/New_York", country="US")]
    spec = TeamSpec(min_size=3, max_size=3, year=2025, max_country_share=0.5,
                    hired=["a", "b"])
    assert keys(plan_team(spec, pool)) == {"share:country", "hired:a", "hired:b", "size"}


def test_dominated_candidates_are_pruned() -> None:
    pool = [make_person(f"p{n}", "Asia/Kolkata", fit=n / 10, cost=100_000 - n) for n in range(10)]
    spec = TeamSpec(min_size=2, max_size=2, year=2025)
    compiled = compile_problem(spec, pool)
    keep = prune(compiled, max_picks=max_picks_per_country(spec, spec.max_size))
    assert [pool[i].id for i in keep] == ["p8", "p9"]
