"""Mixed load on `worldhire serve` over SQLite (issue 18's goal): concurrent clients mixing
shortlists, résumé uploads and pipeline moves; every 5xx and every dropped connection counted.

Shortlists ask for a random `top`, and every upload or move changes the data, so rankings are
recomputed under load and newly shown people get their audit keys while other rankings do the
same (the race that answered 500 before keys were created idempotently). One uvicorn process
serves, this process loads it over loopback with one keep-alive connection per client.

    .venv/bin/python bench/security_load.py --candidates 2000 --seconds 60 --concurrency 16
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_load import percentile, seed_store, start_server

FIRST = ["Amara", "Bogdan", "Chen", "Dilnoza", "Emeka", "Farah", "Goran", "Hoa", "Ines", "Jomo"]
LAST = ["Okafor", "Petrov", "Nguyen", "Silva", "Kowalska", "Mensah", "Haddad", "Reyes"]
SKILLS = ["PyTorch", "Python", "Kubernetes", "LLM fine-tuning", "RAG pipelines", "MLOps",
          "TensorFlow", "vector databases", "Spark", "CUDA"]


def resume(rng: random.Random, n: int) -> bytes:
    """A short plain-text résumé, different every time (no upload is a duplicate)."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    skills = ", ".join(rng.sample(SKILLS, k=4))
    return (f"{name}\n{name.split()[0].lower()}.{n}@mail.example · Lagos, Nigeria\n\n"
            f"Experience\nML Engineer, Load Test Ltd (2019 - present)\n"
            f"Built {skills} systems serving {rng.randint(1, 90)}M requests a month.\n\n"
            f"Skills\n{skills}\n").encode()


async def run_load(base: str, token: str, role_id: str, seconds: float, concurrency: int,
                   ) -> dict[str, object]:
    import httpx

    statuses: Counter[str] = Counter()
    latencies: dict[str, list[float]] = {"shortlist": [], "upload": [], "move": []}
    dropped = timed_out = 0
    headers = {"Authorization": f"Bearer {token}"}
    stop = time.perf_counter() + seconds

    async def client_loop(k: int) -> None:
        nonlocal dropped, timed_out
        rng = random.Random(k)
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits,
                                     timeout=120) as client:
            n = 0
            while time.perf_counter() < stop:
                n += 1
                kind = rng.choices(["shortlist", "upload", "move"], weights=[5, 2, 3])[0]
                started = time.perf_counter()
                try:
                    if kind == "shortlist":
                        answer = await client.get(f"/api/v1/roles/{role_id}/shortlist",
                                                  params={"top": rng.randint(5, 40)})
                    elif kind == "upload":
                        files = {"files": (f"cv-{k}-{n}.txt", resume(rng, k * 100_000 + n))}
                        answer = await client.post("/api/v1/candidates/files", files=files)
                    else:
                        answer = await move(client, rng, role_id, statuses)
                except httpx.TimeoutException:
                    # The client gave up waiting (a slow answer on a busy machine), not the
                    # server dropping the connection: counted apart.
                    timed_out += 1
                    continue
                except httpx.TransportError:
                    dropped += 1
                    continue
                latencies[kind].append(time.perf_counter() - started)
                statuses[f"{kind} {answer.status_code}"] += 1

    began = time.perf_counter()
    await asyncio.gather(*(client_loop(k) for k in range(concurrency)))
    elapsed = time.perf_counter() - began
    server_errors = sum(v for k, v in statuses.items() if k.split()[1].startswith("5"))
    return {
        "seconds": round(elapsed, 1), "requests": sum(statuses.values()),
        "requests_per_s": round(sum(statuses.values()) / elapsed, 2),
        "by_kind": {k: len(v) for k, v in latencies.items()},
        "server_errors": server_errors, "dropped_connections": dropped,
        "client_timeouts": timed_out,
        "statuses": dict(sorted(statuses.items())),
        "p50_ms": {k: round(statistics.median(v) * 1000) for k, v in latencies.items() if v},
        "p99_ms": {k: round(percentile(v, 0.99) * 1000) for k, v in latencies.items() if v},
    }


async def warm_up(base: str, token: str, role_id: str) -> float:
    """One request of each kind before the clock starts: the first shortlist loads the embedding
    model and the first upload starts the parser workers, which says nothing about load."""
    import httpx

    started = time.perf_counter()
    rng = random.Random(-1)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"},
                                 timeout=600) as client:
        for answer in (
            await client.get(f"/api/v1/roles/{role_id}/shortlist", params={"top": 10}),
            await client.post("/api/v1/candidates/files",
                              files={"files": ("warm.txt", resume(rng, -1))}),
            await move(client, rng, role_id, Counter()),
        ):
            answer.raise_for_status()
    return time.perf_counter() - started


async def move(client: object, rng: random.Random, role_id: str, statuses: Counter[str],
               ) -> object:
    """Put someone from the shortlist on the pipeline, or move an application a stage on. The
    reads it makes first are counted in `statuses` too: a 5xx there is a server error as well
    (it was read as an empty board and went unseen)."""
    import httpx

    assert isinstance(client, httpx.AsyncClient)
    read = await client.get(f"/api/v1/roles/{role_id}/board")
    statuses[f"move-read {read.status_code}"] += 1
    board = read.json()
    sourced = [a for column in board.get("columns", []) if column["stage"] == "sourced"
               for a in column["applications"]] if isinstance(board, dict) else []
    if sourced and rng.random() < 0.5:
        application = rng.choice(sourced)
        return await client.post(f"/api/v1/applications/{application['id']}/moves",
                                 json={"to_stage": "contacted"})
    listed = await client.get("/api/v1/candidates", params={"limit": 50})
    statuses[f"move-read {listed.status_code}"] += 1
    page = listed.json()
    people = page.get("items", []) if isinstance(page, dict) else []
    candidate = rng.choice(people)["id"] if people else "none"
    return await client.post("/api/v1/applications",
                             json={"candidate_id": candidate, "role_id": role_id})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    home = Path(tempfile.mkdtemp(prefix="worldhire-load-"))
    role_id, token = seed_store(home, args.candidates)
    # Not a daemon: the server starts its own parser processes for the uploads.
    server, base = start_server(home, daemon=False, tries=3000)
    try:
        warm_s = asyncio.run(warm_up(base, token, role_id))
        print(f"warm after {warm_s:.0f} s; loading for {args.seconds:g} s", file=sys.stderr,
              flush=True)
        figures = asyncio.run(run_load(base, token, role_id, args.seconds, args.concurrency))
        figures["warm_up_s"] = round(warm_s, 1)
    finally:
        server.terminate()
        server.join(timeout=10)
    figures.update(candidates=args.candidates, concurrency=args.concurrency,
                   cpus=os.cpu_count(), loadavg_1m=round(os.getloadavg()[0], 1))
    print(json.dumps(figures, indent=2))
    print("reproduce: .venv/bin/python bench/security_load.py "
          f"--candidates {args.candidates} --seconds {args.seconds:g} "
          f"--concurrency {args.concurrency}")
    failures = ("server_errors", "dropped_connections", "client_timeouts")
    return 0 if all(figures[k] == 0 for k in failures) else 1


if __name__ == "__main__":
    sys.exit(main())
