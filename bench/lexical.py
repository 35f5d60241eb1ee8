"""The store's keyword stage at scale: its cost as the pool grows, and what it keeps of graded
relevance, against exact BM25 over every profile.

    PYTHONPATH=src:bench .venv/bin/python bench/lexical.py --db /tmp/pool/home/worldhire.db

`--db`: a SQLite store holding a generated pool (`bench/e2e.py --profiles N --pages-only
--pages 0 --workdir DIR` leaves one in DIR/home). Into it go the 30 hand-written profiles of
bench/data/ranking_candidates.json (removed again at the end); the 40 roles of
bench/data/ranking_roles.json grade them (3: hire-grade fit ... 0: not a fit, unlisted: 0).
The generated profiles are not judged, so the figures are condensed (Sakai, SIGIR 2007): each
ranking is read with the unjudged profiles taken out, so they say whether the stage keeps the
judged profiles and their order among a large pool, not how relevant the pool is.

For each role the query is the role's text as the shortlist searches it (tokens of
core.texts.role_text), asked for the top STORE_DEPTH as match.store_search does:
- `store`: Repository.search_profiles (SQLite: FTS5's bm25 without the common words);
- `exact`: FTS5's bm25 over every profile holding any word, the same words, the same depth.
Reported: graded recall at the depth (the share of the judged profiles' gain, 2^grade - 1, that
the stage hands to the ranker) and condensed nDCG@10, each a mean over the roles; and the CPU
milliseconds of `store` (p50/p95) for the judged roles and for `--roles` generated ones with the
filters bench/e2e.py ranks with (a third of the pool or less, on most).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
PREFIX = "judged-"


def judged_candidates() -> list[Any]:
    from worldhire.core.models import Candidate, Consent, ConsentPurpose, EvidenceItem, EvidenceKind

    out = []
    for key, spec in json.loads((DATA / "ranking_candidates.json").read_text()).items():
        person = Candidate(
            name=key, id=PREFIX + key, headline=spec["headline"], summary=spec["summary"],
            timezone=spec["tz"], pay_expectation_usd=spec["pay"],
            years_experience=spec["years"], languages=spec["languages"],
            consents=[Consent(ConsentPurpose.MATCHING, True, "benchmark")],
        )
        for kind, title, text, start in spec["evidence"]:
            person.evidence.append(EvidenceItem(
                EvidenceKind(kind), title, text, start=date(start, 1, 1) if start else None))
        out.append(person)
    return out


def judged_roles() -> list[tuple[Any, dict[str, int]]]:
    from ranking import load_roles

    return [(role, {PREFIX + k: g for k, g in labels.items()}) for role, labels in load_roles()]


def exact(conn: Any, words: list[str], depth: int) -> list[str]:
    """FTS5's bm25 over every profile holding any of the words (nothing left out)."""
    from sqlalchemy import text

    match = " OR ".join('"' + w.replace('"', '""') + '"' for w in dict.fromkeys(words))
    rows = conn.execute(text(
        "SELECT t.candidate_id FROM candidate_search JOIN candidate_text AS t "
        "ON t.row = candidate_search.rowid WHERE candidate_search MATCH :m "
        "ORDER BY candidate_search.rank, t.candidate_id LIMIT :k"), {"m": match, "k": depth})
    return [r[0] for r in rows]


def graded_recall(found: list[str], labels: dict[str, int]) -> float:
    gains = {k: 2**g - 1 for k, g in labels.items() if g > 0}
    return sum(gains.get(k, 0) for k in found) / sum(gains.values())


def condensed_ndcg(found: list[str], labels: dict[str, int], judged: list[str]) -> float:
    from ranking import ndcg

    shown = [k for k in found if k in set(judged)]
    return ndcg(shown + sorted(set(judged) - set(shown)), labels)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def generated_roles(count: int, seed: int) -> list[tuple[Any, Any]]:
    from pool import FAMILIES, SENIORITY_TITLES
    from worldhire.core.models import Requirement, Role, Seniority, Skill
    from worldhire.match import store_search
    from worldhire.skills.taxonomy_cache import load_taxonomy

    taxonomy = load_taxonomy()
    rng = random.Random(seed)
    filters: list[dict[str, Any]] = [
        {}, {"countries": ("EU",)}, {"countries": ("LATAM",), "max_pay_usd": 90_000},
        {"max_pay_usd": 70_000, "no_sponsorship": True}, {"countries": ("IN", "VN", "PH")}]
    out = []
    for j in range(count):
        family = FAMILIES[rng.randrange(len(FAMILIES))]
        wanted = rng.sample(family.core, k=3) + rng.sample(family.extra, k=2)
        level = rng.choice(SENIORITY_TITLES[1:]) or "Mid-level"
        role = Role(tenant_id=None, title=f"{level} {family.title}", company=f"Co {j}",
                    seniority=Seniority.SE, timezone="Europe/Berlin",
                    requirements=[Requirement(taxonomy.resolve(w) or Skill(f"text:{w}", w))
                                  for w in wanted],
                    description=f"Build {family.systems[0]} with {', '.join(wanted)}.")
        out.append((role, store_search.pool_filter(role, None, **filters[j % len(filters)])))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--roles", type=int, default=60, help="generated roles timed")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from worldhire.core.texts import role_text, search_tokens
    from worldhire.match.service import STORE_DEPTH
    from worldhire.store.protocol import PoolFilter
    from worldhire.store.sql.repository import SqlRepository

    repo = SqlRepository(f"sqlite:///{args.db}")
    people = judged_candidates()
    judged = [c.id for c in people]
    repo.save_candidates(people)
    try:
        everyone = PoolFilter(None)
        scores: dict[str, list[float]] = {f"{m}_{s}": [] for m in ("store", "exact")
                                          for s in ("recall", "ndcg")}
        cpu: list[float] = []
        for role, labels in judged_roles():
            words = search_tokens(role_text(role))
            started = time.process_time()
            store = [cid for cid, _ in repo.search_profiles(everyone, words, STORE_DEPTH)]
            cpu.append(time.process_time() - started)
            with repo.engine.connect() as conn:
                reference = exact(conn, words, STORE_DEPTH)
            for name, found in (("store", store), ("exact", reference)):
                scores[f"{name}_recall"].append(graded_recall(found, labels))
                scores[f"{name}_ndcg"].append(condensed_ndcg(found, labels, judged))
        filtered: list[float] = []
        for role, pool in generated_roles(args.roles, args.seed):
            started = time.process_time()
            repo.search_profiles(pool, search_tokens(role_text(role)), STORE_DEPTH)
            filtered.append(time.process_time() - started)
        figures: dict[str, Any] = {
            "profiles": repo.pool_size(None), "depth": STORE_DEPTH,
            "judged_roles": len(cpu),
            **{name: round(sum(v) / len(v), 4) for name, v in scores.items()},
            "cpu_judged_p50_ms": round(1000 * percentile(cpu, 0.5), 1),
            "cpu_judged_p95_ms": round(1000 * percentile(cpu, 0.95), 1),
            "generated_roles": len(filtered),
            "cpu_filtered_p50_ms": round(1000 * percentile(filtered, 0.5), 1),
            "cpu_filtered_p95_ms": round(1000 * percentile(filtered, 0.95), 1),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "command": "python bench/lexical.py " + " ".join(sys.argv[1:]),
        }
    finally:
        for person in people:
            repo.delete_candidate(person.id)
        repo.close()
    print(json.dumps(figures, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
