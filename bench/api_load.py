"""Load test of the shortlist endpoint over loopback HTTP, on a generated 10k-candidate pool.

The server (uvicorn, one process) and the load generator (asyncio + httpx, this process) run on
the same machine. Every distinct request (role x top x filters) is warmed once first: that call
ranks the whole pool and writes the audit entry, and its time is reported as the cold figure.
The timed phase then measures what the API serves under load: authentication, scope checks and
the cached, already-audited ranking (re-ranked whenever data changes or the TTL passes).

    .venv/bin/python bench/api_load.py --candidates 10000 --seconds 20 --concurrency 16
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

COUNTRIES = [("IN", "Asia/Kolkata"), ("PL", "Europe/Warsaw"), ("RO", "Europe/Bucharest"),
             ("RS", "Europe/Belgrade"), ("UA", "Europe/Kyiv"), ("VN", "Asia/Ho_Chi_Minh"),
             ("PH", "Asia/Manila"), ("BR", "America/Sao_Paulo"), ("MX", "America/Mexico_City"),
             ("NG", "Africa/Lagos"), ("KE", "Africa/Nairobi"), ("EG", "Africa/Cairo"),
             ("US", "America/New_York")]


def generate_pool(role: Any, n: int, seed: int = 7) -> list[Any]:
    """`n` candidates whose evidence shows a random mix of the role's skills and other AI/ML
    skills of the taxonomy (the real model is not needed to rank)."""
    from worldhire.core.models import (
        Candidate,
        Consent,
        ConsentPurpose,
        EvidenceItem,
        EvidenceKind,
        SkillMention,
    )
    from worldhire.skills.taxonomy_cache import load_taxonomy

    rng = random.Random(seed)
    wanted = [q.skill for q in role.requirements]
    others = [c.skill for c in load_taxonomy().extension() if c.skill not in wanted]
    people = []
    for i in range(n):
        country, zone = rng.choice(COUNTRIES)
        c = Candidate(name=f"Candidate {i:05d}", country=country, timezone=zone,
                      years_experience=rng.uniform(1, 15),
                      pay_expectation_usd=rng.choice([None, rng.uniform(25_000, 180_000)]),
                      headline="Machine learning engineer", tenant_id=None)
        skills = rng.sample(wanted, k=rng.randint(0, len(wanted)))
        skills += rng.sample(others, k=min(len(others), rng.randint(0, 4)))
        for skill in skills:
            text = f"Built and ran {skill.label} systems in production for {rng.randint(1, 9)}y."
            item = EvidenceItem(EvidenceKind.JOB, f"{skill.label} work", text,
                                organization="Generated Ltd", start=date(2018, 1, 1))
            at = text.index(skill.label)
            c.evidence.append(item)
            c.skills.append(SkillMention(skill, 1.0, item.id, (at, at + len(skill.label)), text))
        c.consents.append(Consent(ConsentPurpose.MATCHING, True, "bench"))
        people.append(c)
    return people


def seed_store(home: Path, n: int) -> tuple[str, str]:
    from worldhire.config import Settings
    from worldhire.demo.service import world_dir
    from worldhire.governance.accounts import Accounts
    from worldhire.governance.principal import AccessRole
    from worldhire.governance.store import Governance
    from worldhire.ingest.parse import parse_role_bytes
    from worldhire.ingest.service import IngestService
    from worldhire.store.sql.regional import open_store

    repo = open_store(Settings.load(home))
    tenant = repo.ensure_tenant("Bench Co")
    role_file = world_dir() / "roles" / "01-senior-ml-engineer-llm-platform.json"
    spec = parse_role_bytes(role_file.read_bytes(), role_file.name)
    role = IngestService(repo).role_from_spec(spec, tenant.id)
    repo.save_role(role)
    people = generate_pool(role, n)
    for start in range(0, len(people), 1000):
        repo.save_candidates(people[start:start + 1000])
    accounts = Accounts(Governance(repo, home))
    token = accounts.issue_user_token(accounts.add_user(tenant.id, "bench@x.example",
                                                        AccessRole.RECRUITER))
    repo.close()
    return role.id, token


def serve(home: str, port: int) -> None:
    import uvicorn

    from worldhire.api.app import create_app
    from worldhire.api.settings import ApiSettings
    from worldhire.config import Settings

    # The per-token limiter would (rightly) stop one client at 20 req/s; the bench measures
    # the ranking path, so it lifts the limit. Warmed at start as `worldhire serve` warms it
    # (the model, the pool's index, and the roles written meanwhile embedded).
    app = create_app(ApiSettings.load(Settings.load(home), rate_per_second=1e6, rate_burst=1e6,
                                      shortlist_ttl_s=3600, warm_ranking=True))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def start_server(home: Path, *, daemon: bool = True, tries: int = 600,
                 target: Callable[[str, int], None] = serve) -> tuple[BaseProcess, str]:
    """`target` (`serve` by default) on a free port in a fresh process, and its base URL once it
    answers (or after `tries` tenths of a second). Not a daemon where the server starts
    processes of its own."""
    import httpx

    port = free_port()
    server = multiprocessing.get_context("spawn").Process(target=target, args=(str(home), port),
                                                          daemon=daemon)
    server.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(tries):
        try:
            httpx.get(f"{base}/openapi.json", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return server, base


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def load(base: str, token: str, paths: list[str], seconds: float, concurrency: int
               ) -> tuple[list[float], int, float]:
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits,
                                 timeout=30) as client:

        async def worker(k: int) -> None:
            nonlocal errors
            i = k
            while time.perf_counter() < stop:
                started = time.perf_counter()
                response = await client.get(paths[i % len(paths)])
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors += 1
                i += 1

        began = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(concurrency)))
        elapsed = time.perf_counter() - began
    return latencies, errors, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    home = Path(tempfile.mkdtemp(prefix="worldhire-bench-"))
    t0 = time.perf_counter()
    role_id, token = seed_store(home, args.candidates)
    seeded = time.perf_counter() - t0
    server, base = start_server(home)
    import httpx

    shortlist = f"/api/v1/roles/{role_id}/shortlist"
    paths = [f"{shortlist}?top={top}{extra}" for top in (10, 20)
             for extra in ("", "&min_overlap_hours=2", "&country=IN&country=PL")]
    cold = []
    for path in paths:
        started = time.perf_counter()
        response = httpx.get(base + path, headers={"Authorization": f"Bearer {token}"},
                             timeout=600)
        cold.append(time.perf_counter() - started)
        if response.status_code != 200:
            print(f"warm-up failed: {response.status_code} {response.text[:300]}", file=sys.stderr)
            server.terminate()
            return 1
    latencies, errors, elapsed = asyncio.run(load(base, token, paths, args.seconds,
                                                  args.concurrency))
    server.terminate()
    server.join(timeout=10)
    figures = {
        "candidates": args.candidates, "distinct_requests": len(paths),
        "concurrency": args.concurrency, "seconds": round(elapsed, 2),
        "requests": len(latencies), "errors": errors,
        "throughput_rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "cold_rank_s": {"median": round(statistics.median(cold), 2),
                        "max": round(max(cold), 2)},
        "seed_s": round(seeded, 1), "cpus": os.cpu_count(),
        "loadavg_1m": round(os.getloadavg()[0], 1),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"pool {args.candidates} candidates · {len(paths)} distinct shortlist requests · "
              f"{args.concurrency} concurrent clients · {elapsed:.1f} s")
        print(f"throughput {figures['throughput_rps']} req/s · p50 {figures['p50_ms']} ms · "
              f"p99 {figures['p99_ms']} ms · errors {errors} of {len(latencies)}")
        print(f"cold ranking of the full pool (first call per request, audited): median "
              f"{figures['cold_rank_s']['median']} s, max {figures['cold_rank_s']['max']} s")
        print(f"machine: {os.cpu_count()} CPUs, 1-min load average {figures['loadavg_1m']}")
    print("reproduce: .venv/bin/python bench/api_load.py "
          f"--candidates {args.candidates} --seconds {args.seconds:g} "
          f"--concurrency {args.concurrency}")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
