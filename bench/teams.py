"""Benchmark the team builder: a team of 8 from a generated global AI talent pool.

    .venv/bin/python bench/teams.py --pool 10000 --json

The pool is drawn with a fixed seed: time zones weighted like a global AI pool (India and the US
lead, then Europe, Latin America, Southeast Asia, Africa, Oceania), skills from a list of AI skills,
fits from matching-like scores and yearly pay by region with a lognormal spread. Reported: seconds
per stage (compile = hours on every checked date, prune = exact dominance pruning, solve = CP-SAT),
solver status, optimality gap and the pruned pool size. Target: proven optimal in <= 2 s on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys

from worldhire.core.geo.countries import sub_region_of
from worldhire.teams.models import CoverageNeed, OverlapNeed, SkillNeed, TeamCandidate, TeamSpec
from worldhire.teams.plan import plan_team

# (zone, country, weight, median yearly pay in USD)
ZONES = [
    ("Asia/Kolkata", "IN", 20, 45_000), ("America/New_York", "US", 9, 185_000),
    ("America/Los_Angeles", "US", 9, 200_000), ("America/Chicago", "US", 3, 170_000),
    ("America/Toronto", "CA", 3, 140_000), ("Europe/London", "GB", 5, 120_000),
    ("Europe/Berlin", "DE", 4, 110_000), ("Europe/Paris", "FR", 3, 95_000),
    ("Europe/Amsterdam", "NL", 2, 105_000), ("Europe/Madrid", "ES", 2, 70_000),
    ("Europe/Warsaw", "PL", 3, 65_000), ("Europe/Kyiv", "UA", 2, 55_000),
    ("Europe/Bucharest", "RO", 2, 50_000), ("America/Sao_Paulo", "BR", 4, 55_000),
    ("America/Argentina/Buenos_Aires", "AR", 2, 45_000), ("America/Mexico_City", "MX", 2, 55_000),
    ("America/Bogota", "CO", 2, 45_000), ("America/Santiago", "CL", 1, 50_000),
    ("Africa/Lagos", "NG", 3, 30_000), ("Africa/Nairobi", "KE", 2, 30_000),
    ("Africa/Cairo", "EG", 2, 28_000), ("Africa/Johannesburg", "ZA", 1, 50_000),
    ("Asia/Karachi", "PK", 3, 25_000), ("Asia/Dhaka", "BD", 2, 22_000),
    ("Asia/Ho_Chi_Minh", "VN", 3, 30_000), ("Asia/Manila", "PH", 2, 28_000),
    ("Asia/Jakarta", "ID", 2, 30_000), ("Asia/Singapore", "SG", 2, 120_000),
    ("Asia/Shanghai", "CN", 3, 80_000), ("Asia/Tokyo", "JP", 1, 90_000),
    ("Asia/Seoul", "KR", 1, 85_000), ("Australia/Sydney", "AU", 2, 130_000),
    ("Pacific/Auckland", "NZ", 1, 105_000), ("Asia/Jerusalem", "IL", 1, 140_000),
    ("Asia/Dubai", "AE", 1, 110_000), ("Europe/Istanbul", "TR", 1, 40_000),
]
SKILLS = ["pytorch", "tensorflow", "jax", "llm fine-tuning", "rag", "mlops", "kubernetes",
          "distributed training", "computer vision", "nlp", "speech", "reinforcement learning",
          "recommender systems", "data engineering", "cuda", "evaluation", "ml research",
          "vector databases", "spark", "model serving"]
SKILL_WEIGHTS = [10, 6, 2, 6, 6, 7, 5, 3, 5, 6, 2, 2, 3, 6, 2, 3, 2, 3, 4, 4]
HOURS = [((9, 17), 60), ((8, 16), 12), ((10, 18), 12), ((7, 15), 5), ((11, 19), 5),
         ((12, 20), 3), ((14, 22), 2), ((22, 6), 1)]


def make_pool(size: int, seed: int) -> list[TeamCandidate]:
    rng = random.Random(seed)
    pool = []
    for n in range(size):
        tz, country, _, median = rng.choices(ZONES, weights=[z[2] for z in ZONES])[0]
        start, end = rng.choices([h for h, _ in HOURS], weights=[w for _, w in HOURS])[0]
        skills: set[str] = set()
        while len(skills) < rng.randint(2, 6):
            skills.add(rng.choices(SKILLS, weights=SKILL_WEIGHTS)[0])
        pool.append(TeamCandidate(
            id=f"c{n:05d}", name=f"Candidate {n}", timezone=tz,
            fit=round(rng.betavariate(4, 3), 4),
            cost=round(median * rng.lognormvariate(0, 0.3), -2),
            skills=frozenset(skills), country=country, region=sub_region_of(country),
            work_start_hour=start, work_end_hour=end))
    return pool


def bench_spec(year: int) -> TeamSpec:
    return TeamSpec(
        min_size=8, max_size=8, timezone="UTC", year=year,
        skills=[SkillNeed("pytorch", 3), SkillNeed("llm fine-tuning", 2), SkillNeed("mlops", 2),
                SkillNeed("distributed training", 1)],
        coverage=[CoverageNeed(0, 24, 1), CoverageNeed(13, 17, 2)],
        overlap=OverlapNeed(2, 4),
        budget_usd=700_000, max_country_share=0.375, max_region_share=0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pool = make_pool(args.pool, args.seed)
    plan = plan_team(bench_spec(args.year), pool, time_limit=60, workers=args.workers)
    figures = {
        "pool": args.pool, "seed": args.seed, "workers": args.workers,
        "cpus_available": len(os.sched_getaffinity(0)),
        "status": plan.status, "proven_optimal": plan.status == "optimal",
        "total_fit": plan.total_fit, "bound": plan.bound, "gap": plan.gap,
        "pruned_pool_size": plan.pruned_size, "checked_dates": len(plan.dates),
        "team_cost_usd": plan.cost if plan.team else None,
        "seconds": {k: round(v, 3) for k, v in plan.seconds.items()},
        "reproduce": f"{sys.executable} bench/teams.py --pool {args.pool} --seed {args.seed} "
                     f"--workers {args.workers} --json",
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:>18}: {value}")


if __name__ == "__main__":
    main()
