"""End to end at scale: bulk load, retrieval in the store, the real ranking service and the API.

    .venv/bin/python bench/e2e.py --profiles 100000 --backend sqlite --json
    .venv/bin/python bench/e2e.py --profiles 1000000 --backend postgres --roles 200 --json

1. Load: `--profiles` realistic profiles (bench/pool.py) written as JSON Lines the way an export
   would hold them, then loaded through the bulk path (worldhire.ingest.bulk: columns read, skills
   resolved against the taxonomy, profiles written thousands to a transaction, embeddings
   queued). Profiles per second, wall and CPU (this process's CPU; on PostgreSQL the server's
   work, its indexes among it, is `server_cpu_s`, measured as for the list pages below). Then
   the profiles' role-independent assessments are stored, as `worldhire batch assess` does
   after a load (profiles per second).
2. Vectors: embedding a million profiles on a CPU takes hours, so the queue is drained with
   vectors synthesised on the real MiniLM manifold (bench/match.py's Synthesiser, calibrated on
   `--real` profiles embedded with the real model, whose vectors come first), written to the
   persisted pool index as `worldhire embed` writes it (the pgvector table on PostgreSQL). The
   real model's throughput is measured on those `--real` profiles and reported separately.
3. Ranking: `--roles` fresh roles (never ranked before; each family's skills, a seniority, a
   budget and, for most, filters: regions, a pay ceiling, sponsorship), each ranked by
   match.service.shortlist, the code the API calls, with the real model embedding the role:
   p50/p95 of an explained top 50, wall and this process's CPU, after one more role ranked
   first to warm the process (reported as first_ms). Retrieval recall: the dense stage's hits
   against exact search over the same filtered pool's vectors, and the keyword stage's (the
   store's full-text search; on a large SQLite store its impact-ordered index, on PostgreSQL
   its postings table) against the index ranking every match (FTS5; PostgreSQL's stored
   tsvectors): recall of the top 200 and the share of the top 10 in common.
4. List pages: a page of 50 candidates as the API lists them (offset anywhere the API pages by
   offset, up to api.schemas.MAX_OFFSET, some filtered by country or a word): p50/p95, wall and
   CPU (the CPU figures hold on a shared machine). On PostgreSQL the CPU figures are this
   process's; the server's work is in `server_cpu_*`: the CPU time its client backends ran
   during the page (their /proc schedstat; the server runs on this machine).
5. API: the same over HTTP (uvicorn, one process; `--workers N`: N worker processes as
   `worldhire serve --workers N` starts them) with 8 concurrent clients, each request a role
   not ranked before: requests/s, p50/p99, errors, and the server's CPU per request (all its
   processes). Before them, SINGLE such requests one at a time on the idle server (the median
   wait and the server's CPU for each: single_p50_ms, single_cpu_p50_ms). The roles are
   written before the server starts, as an import would write them; the server embeds their
   text at start (index/role_vectors.py), as it embeds a role written through it after the
   write, so no request embeds.
`--reuse --workdir DIR` ranks (and lists) over the store an earlier run left in DIR, with new
roles: the ranking and the API compared between two versions of the code on the same profiles.
Also the peak RSS of this process (store reads, the index, the model) and the load average,
since the machine may be shared.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from api_load import percentile, start_server
from match import Synthesiser
from pool import FAMILIES, SENIORITY_TITLES, profile

DEPTH_CHECKED = 200  # dense hits compared with exact search, per role


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cpu_s() -> float:
    """CPU seconds of this process and of its children that have ended (a bulk load's worker
    processes are joined before it returns)."""
    return own_cpu_s() + children_cpu_s()


def own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def write_jsonl(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            p = profile(i)
            title = FAMILIES[p.family].title
            out.write(json.dumps({
                "name": f"Person {i}", "email": f"person{i}@example.com", "country": p.country,
                "timezone": p.timezone, "headline": title, "experience": p.text,
                "skills": list(p.skills), "years_experience": p.years,
                "pay_expectation": p.pay_usd, "needs_sponsorship": i % 5 == 0,
            }) + "\n")


def database_url(backend: str, home: Path, workdir: Path, *, reuse: bool = False
                 ) -> tuple[str, Any]:
    """The store's URL and, on PostgreSQL, its server (started again over an earlier run's
    data, `reuse`)."""
    if backend == "sqlite":
        return f"sqlite:///{home / 'worldhire.db'}", None
    import pgserver

    data = workdir / "pg"
    if not reuse:  # the server keeps its own data's permissions (0700) and refuses others
        data.mkdir()
        data.chmod(0o755)  # pgserver's own user creates it as the server's
    server = pgserver.get_server(str(data), cleanup_mode="stop")
    if not reuse:
        server.psql("CREATE DATABASE bench;")
    socket_dir = server.get_uri().split("host=", 1)[1]
    return f"postgresql+psycopg://postgres:@/bench?host={socket_dir}", server


class ServerCpu:
    """CPU seconds the local PostgreSQL server has run for its clients: its client backends'
    (the children of its postmaster connected by socket, each one's /proc/<pid>/schedstat in
    nanoseconds) and those of its children that have ended, which the postmaster has reaped
    (its cutime and cstime): the parallel workers a query starts, which end with it, and
    client backends that closed meanwhile (an autovacuum worker that ends is counted too);
    always 0 without a server (SQLite works inside this process)."""

    def __init__(self, server: Any) -> None:
        self.postmaster = None if server is None else server.get_pid()

    def __call__(self) -> float:
        if self.postmaster is None:
            return 0.0
        ran = 0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                if parent != self.postmaster or b"[local]" not in (
                        entry / "cmdline").read_bytes():
                    continue
                ran += int((entry / "schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue  # the process ended meanwhile
        fields = Path(f"/proc/{self.postmaster}/stat").read_text().rsplit(")", 1)[1].split()
        reaped = (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")
        return ran / 1e9 + reaped


def bench_load(repo: Any, path: Path, server_cpu: ServerCpu) -> dict[str, Any]:
    from worldhire.ingest.bulk import load, taxonomy_resolver

    resolve = taxonomy_resolver()
    for family in FAMILIES:  # the resolver's fuzzy index is built once, outside the timing
        for name in (*family.core, *family.extra):
            resolve(name)
    served, started, cpu, own = server_cpu(), time.perf_counter(), cpu_s(), own_cpu_s()
    report = load(repo, path, consent_source="bench bulk load", resolve=resolve)
    wall, used, loader = time.perf_counter() - started, cpu_s() - cpu, own_cpu_s() - own
    server = {} if server_cpu.postmaster is None else {
        "server_cpu_s": round(server_cpu() - served, 1)}
    return {"profiles": report.loaded, "skipped": report.skipped, "seconds": round(wall, 1),
            "per_s": round(report.loaded / wall), "cpu_s": round(used, 1),
            "per_cpu_s": round(report.loaded / used),
            "loader_cpu_s": round(loader, 1), "workers_cpu_s": round(used - loader, 1),
            **server}


def bench_assess(repo: Any) -> dict[str, Any]:
    """The stored assessments of the bulk-loaded profiles, as `worldhire batch assess` (or the
    queue after a load) computes them: profiles per second."""
    from worldhire.assess.stored import backfill

    report = backfill(repo)
    return {"profiles": report.assessed, "seconds": round(report.seconds, 1),
            "per_s": round(report.per_second)}


def bench_vectors(repo: Any, home: Path, real: int, seed: int) -> tuple[dict[str, Any], Any]:
    """Real vectors for the first `real` profiles, synthesised ones for the rest, saved as the
    pool index; the queue is emptied as the worker would."""
    from worldhire.core.texts import profile_text
    from worldhire.embed import minilm
    from worldhire.index.pool import PoolVectors

    embedder = minilm()
    ids = repo.pool_ids(_everyone())
    first = repo.get_candidates(ids[:real])
    started = time.perf_counter()
    vectors = np.asarray(embedder.embed([profile_text(c) for c in first]), dtype=np.float32)
    embed_s = time.perf_counter() - started
    synth = Synthesiser(vectors, seed)
    gen = np.random.default_rng(seed)
    in_store: Any = repo.profile_vectors(embedder.name, embedder.dim)
    if in_store is not None:  # PostgreSQL: the pgvector table, its graph built once at the end
        in_store.drop_hnsw()
        target, kind = in_store, in_store.kind
    else:
        pool = PoolVectors(home, embedder)
        pool.index.reserve(len(ids))
        target = pool.index
    target.upsert([c.id for c in first], vectors)
    for start in range(len(first), len(ids), 65536):
        part = ids[start : start + 65536]
        target.upsert(part, synth.make(len(part), gen))
    started = time.perf_counter()
    if in_store is not None:  # a million vectors' graph (about 2 GB) does not fit in 1 GB
        in_store.rebuild(maintenance_work_mem="4GB")
    else:
        pool.save()
        kind = pool.index.kind
    save_s = time.perf_counter() - started
    repo.finish_embedding_jobs(repo.embedding_jobs(len(ids) + 1))
    return {"real_vectors": len(first), "embed_per_s": round(len(first) / embed_s, 1),
            "index_kind": kind, "index_save_s": round(save_s, 1),
            "calibration": synth.calibration}, embedder


def _everyone() -> Any:
    from worldhire.store.protocol import PoolFilter

    return PoolFilter(None)


def make_roles(repo: Any, tenant_id: str, count: int, seed: int) -> list[tuple[str, Any]]:
    """Fresh roles with the recruiter's filters each would be ranked with."""
    from worldhire.core.models import Requirement, Role, Seniority, Skill
    from worldhire.match.service import MatchFilters
    from worldhire.skills.taxonomy_cache import load_taxonomy

    taxonomy = load_taxonomy()
    rng = random.Random(seed)
    choices = [MatchFilters(), MatchFilters(countries=("EU",)),
               MatchFilters(countries=("LATAM",), max_pay_usd=90_000),
               MatchFilters(max_pay_usd=70_000, no_sponsorship=True),
               MatchFilters(countries=("IN", "VN", "PH"))]
    out = []
    for j in range(count):
        family = FAMILIES[rng.randrange(len(FAMILIES))]
        wanted = rng.sample(family.core, k=3) + rng.sample(family.extra, k=2)
        reqs = [Requirement(taxonomy.resolve(w) or Skill(f"text:{w.lower()}", w), must=i < 3)
                for i, w in enumerate(wanted)]
        level = rng.choice(SENIORITY_TITLES[1:]) or "Mid-level"
        role = Role(tenant_id=tenant_id, title=f"{level} {family.title}", company=f"Co {j}",
                    seniority=rng.choice([Seniority.MI, Seniority.SE]), requirements=reqs,
                    timezone="Europe/Berlin", budget_usd_year=float(rng.choice([9e4, 12e4, 2e5])),
                    description=f"Build {family.systems[0]} with {', '.join(wanted)}.")
        repo.save_role(role)
        out.append((role.id, choices[j % len(choices)]))
    return out


def bench_ranking(repo: Any, home: Path, embedder: Any, roles: list[tuple[str, Any]],
                  server_cpu: ServerCpu) -> dict[str, Any]:
    from worldhire.core.texts import role_text
    from worldhire.core.texts import search_tokens as tokens
    from worldhire.governance.decisions import audited_shortlist
    from worldhire.governance.store import Governance
    from worldhire.match import store_search
    from worldhire.match.service import pool_vectors

    index = pool_vectors(repo, embedder, home)
    assert index is not None
    gov = Governance(repo, home)
    latencies, cpu, served, recalls, keyword_recalls, keyword_top10 = [], [], [], [], [], []
    first_ms = 0.0
    for n, (role_id, filters) in enumerate(roles):
        server_started = server_cpu()
        started, cpu_started = time.perf_counter(), time.process_time()
        ranked, _ = audited_shortlist(gov, role_id, actor="bench", top=50, filters=filters,
                                      embedder=embedder, index_home=home)
        if n == 0:
            first_ms = 1000 * (time.perf_counter() - started)
            continue
        latencies.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
        served.append(server_cpu() - server_started)
        assert ranked.results, f"role {role_id} found nobody"
        if n % 4 == 0:  # recall of the dense stage against exact search, on a quarter
            role = ranked.role
            pool = store_search.pool_filter(
                role, role.tenant_id, countries=filters.countries,
                max_pay_usd=filters.max_pay_usd, no_sponsorship=filters.no_sponsorship)
            query = embedder.embed([role_text(role)])[0]
            got = store_search.dense_hits(repo, pool, query, DEPTH_CHECKED, index)
            dense = {h.key for h in got}
            exact = {h.key for h in exact_hits(index, query, repo.pool_ids(pool))}
            recalls.append(len(dense & exact) / max(1, len(exact)))
            words = tokens(role_text(role))
            found = [cid for cid, _ in repo.search_profiles(pool, words, DEPTH_CHECKED)]
            every = [cid for cid, _ in exact_keywords(repo, pool, words)]
            keyword_recalls.append(len(set(found) & set(every)) / max(1, len(every)))
            keyword_top10.append(len(set(found[:10]) & set(every[:10])) / max(1, len(every[:10])))
    return {"roles": len(latencies), "top": 50, "first_ms": round(first_ms),
            "p50_ms": round(1000 * percentile(latencies, 0.5)),
            "p95_ms": round(1000 * percentile(latencies, 0.95)),
            "max_ms": round(1000 * max(latencies)),
            "cpu_p50_ms": round(1000 * percentile(cpu, 0.5)),
            "cpu_p95_ms": round(1000 * percentile(cpu, 0.95)),
            **({} if server_cpu.postmaster is None else {
                "server_cpu_p50_ms": round(1000 * percentile(served, 0.5)),
                "server_cpu_p95_ms": round(1000 * percentile(served, 0.95))}),
            "dense_recall_at_200_vs_exact": round(float(np.mean(recalls)), 4),
            "keyword_recall_at_200_vs_exact": round(float(np.mean(keyword_recalls)), 4),
            "keyword_top10_vs_exact": round(float(np.mean(keyword_top10)), 4)}


def exact_keywords(repo: Any, pool: Any, words: list[str]) -> list[tuple[str, float]]:
    """The index's best DEPTH_CHECKED of the filtered pool, every match ranked (FTS5's; on
    PostgreSQL weighted_rank of every matching tsvector)."""
    from worldhire.store.sql.keyword_search import full_text
    from worldhire.store.sql.pool import pool_where

    with repo.engine.connect() as conn:
        return full_text(conn, list(dict.fromkeys(words)), DEPTH_CHECKED, pool_where(pool),
                          None)


def exact_hits(index: Any, query: Any, allowed: list[str]) -> list[Any]:
    """The true nearest DEPTH_CHECKED of the allowed rows, every one scored."""
    from worldhire.index.backends.exact import ExactIndex

    if index.kind == "pgvector":
        literal = "[" + ",".join(f"{x:.7g}" for x in query) + "]"
        return list(index._exact(literal, DEPTH_CHECKED, allowed))
    return ExactIndex.search(index, query, DEPTH_CHECKED, index.row_mask(allowed))


def bench_pages(repo: Any, tenant_id: str, count: int, seed: int,
                server_cpu: ServerCpu) -> dict[str, Any]:
    """A list page of 50 as GET /candidates serves it (store.candidate_page): anywhere in the
    pool, a third filtered by country, a third by a word; by offset (counted, as the API's
    offset pages are, no deeper than the API pages by offset) and by keyset (the page after a
    profile picked at random, as a cursor would: not counted again, the cursor carries its
    first page's count)."""
    from worldhire.api.schemas import MAX_OFFSET
    from worldhire.store.protocol import PageScope
    from worldhire.store.sql.mapping import sort_name

    rng = random.Random(seed)
    scope = PageScope(tenant_id)
    ids = repo.pool_ids(_everyone())
    total = len(ids)
    by_offset, by_key, cpu_offset, cpu_key = [], [], [], []
    served_offset, served_key = [], []
    for n in range(count):
        options: dict[str, Any] = {}
        if n % 3 == 1:
            options["country"] = rng.choice(["DE", "IN", "BR", "PL", "US"])
        elif n % 3 == 2:
            options["words"] = [rng.choice(["python", "kubernetes", "pytorch", "spark"])]
        deepest = min(total - 50, MAX_OFFSET)  # deeper, the API refuses the offset
        offset = rng.randrange(max(1, deepest))
        served = server_cpu()
        started, cpu = time.perf_counter(), time.process_time()
        repo.candidate_page(scope, limit=50, offset=offset, **options)
        by_offset.append(time.perf_counter() - started)
        cpu_offset.append(time.process_time() - cpu)
        served_offset.append(server_cpu() - served)
        start = repo.get_candidates([ids[rng.randrange(len(ids))]])[0]
        served = server_cpu()
        started, cpu = time.perf_counter(), time.process_time()
        repo.candidate_page(scope, limit=50, after=(sort_name(start), start.id), count=False,
                            **options)
        by_key.append(time.perf_counter() - started)
        cpu_key.append(time.process_time() - cpu)
        served_key.append(server_cpu() - served)
    server_figures = {} if server_cpu.postmaster is None else {
        "server_cpu_p50_ms": round(1000 * percentile(served_offset, 0.5)),
        "server_cpu_p95_ms": round(1000 * percentile(served_offset, 0.95)),
        "keyset_server_cpu_p50_ms": round(1000 * percentile(served_key, 0.5)),
        "keyset_server_cpu_p95_ms": round(1000 * percentile(served_key, 0.95))}
    return {"pages": count, "p50_ms": round(1000 * percentile(by_offset, 0.5)),
            "p95_ms": round(1000 * percentile(by_offset, 0.95)),
            "keyset_p50_ms": round(1000 * percentile(by_key, 0.5)),
            "keyset_p95_ms": round(1000 * percentile(by_key, 0.95)),
            "cpu_p50_ms": round(1000 * percentile(cpu_offset, 0.5)),
            "cpu_p95_ms": round(1000 * percentile(cpu_offset, 0.95)),
            "keyset_cpu_p50_ms": round(1000 * percentile(cpu_key, 0.5)),
            "keyset_cpu_p95_ms": round(1000 * percentile(cpu_key, 0.95)), **server_figures}


def serve_workers(workers: int, home: str, port: int) -> None:
    """The server as `worldhire serve --workers N` runs it (uvicorn's workers, each building the
    app from the environment), with the per-caller limit lifted as api_load.serve lifts it."""
    import uvicorn

    os.environ.update({
        "WORLDHIRE_HOME": home, "WORLDHIRE_API_WORKERS": str(workers),
        "WORLDHIRE_API_RATE_PER_SECOND": "1e6", "WORLDHIRE_API_RATE_BURST": "1e6",
        "WORLDHIRE_API_SHORTLIST_TTL_S": "3600"})
    uvicorn.run("worldhire.api.app:app_from_environment", factory=True, workers=workers,
                host="127.0.0.1", port=port, log_level="warning", access_log=False)


def settle(pid: int, quiet_s: float = 0.2, timeout_s: float = 600) -> None:
    """Until the server's processes have stopped working (each worker warms its model at start):
    less than `quiet_s` of CPU in a second."""
    deadline = time.monotonic() + timeout_s
    before = tree_cpu_s(pid)
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = tree_cpu_s(pid)
        if now - before < quiet_s:
            return
        before = now


SINGLE = 5  # fresh API shortlists asked for one at a time, before the concurrent clients


def bench_api(home: Path, repo: Any, tenant_id: str, roles: list[tuple[str, Any]],
              clients: int, workers: int | None = None) -> dict[str, Any]:
    import httpx

    from worldhire.governance.accounts import Accounts
    from worldhire.governance.principal import AccessRole
    from worldhire.governance.store import Governance

    accounts = Accounts(Governance(repo, home))
    # A reused store has the users of earlier runs.
    token = accounts.issue_user_token(accounts.add_user(
        tenant_id, f"bench-{time.time_ns()}@x.example", AccessRole.RECRUITER))
    if workers is None:
        server, base = start_server(home, tries=1200)
    else:
        from functools import partial

        server, base = start_server(home, tries=1200, daemon=False,
                                    target=partial(serve_workers, workers))
    # The server's first shortlist loads the model: one role is spent warming it (several
    # workers warm their own at start).
    warm, *fresh = [f"/api/v1/roles/{rid}/shortlist?top=50" for rid, _ in roles]
    alone, fresh = fresh[:SINGLE], fresh[SINGLE:]
    headers = {"Authorization": f"Bearer {token}"}
    httpx.get(base + warm, headers=headers, timeout=600)
    assert server.pid is not None
    settle(server.pid)
    # Roles never ranked before, asked for one at a time: the wait a user has on an idle server.
    single, single_cpu, single_errors = [], [], 0
    for path in alone:
        served, started = tree_cpu_s(server.pid), time.perf_counter()
        single_errors += httpx.get(base + path, headers=headers, timeout=600).status_code != 200
        single.append(time.perf_counter() - started)
        single_cpu.append(tree_cpu_s(server.pid) - served)

    async def run() -> tuple[list[float], int, float]:
        latencies: list[float] = []
        errors = 0
        queue = list(fresh)
        async with httpx.AsyncClient(base_url=base, timeout=60,
                                     headers={"Authorization": f"Bearer {token}"}) as client:
            async def worker() -> None:
                nonlocal errors
                while queue:
                    path = queue.pop()
                    started = time.perf_counter()
                    try:
                        ok = (await client.get(path)).status_code == 200
                    except httpx.HTTPError:
                        ok = False
                    latencies.append(time.perf_counter() - started)
                    errors += 0 if ok else 1
            began = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(clients)))
            return latencies, errors, time.perf_counter() - began

    served = tree_cpu_s(server.pid)
    latencies, errors, elapsed = asyncio.run(run())
    served = tree_cpu_s(server.pid) - served
    server.terminate()
    server.join(timeout=30)
    return {"clients": clients, "workers": workers or 1,
            "single_p50_ms": round(1000 * percentile(single, 0.5)),
            "single_cpu_p50_ms": round(1000 * percentile(single_cpu, 0.5)),
            "requests": len(latencies), "errors": errors + single_errors,
            "requests_per_s": round(len(latencies) / elapsed, 1),
            "p50_ms": round(1000 * percentile(latencies, 0.5)),
            "p99_ms": round(1000 * percentile(latencies, 0.99)),
            "server_cpu_ms_per_request": round(1000 * served / max(1, len(latencies)))}


def process_cpu_s(pid: int | None) -> float:
    """CPU seconds a process (every thread of it) has run: the server's own work per request,
    which holds on a shared machine where requests per second follow the load."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_s(pid: int) -> float:
    """CPU seconds of a process and every process below it (the server's workers)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue  # the process ended meanwhile
            children.setdefault(parent, []).append(int(entry.name))
    total, todo = 0.0, [pid]
    while todo:
        here = todo.pop()
        try:
            total += process_cpu_s(here)
        except (OSError, ValueError, IndexError):
            continue
        todo += children.get(here, [])
    return total


def load_store(args: argparse.Namespace, workdir: Path, url: str, server: Any,
               figures: dict[str, Any]) -> Any:
    """The generated profiles written as JSON Lines and bulk-loaded into a new store."""
    from worldhire.store.sql.repository import SqlRepository

    source = workdir / "profiles.jsonl"
    log(f"writing {args.profiles} profiles to {source}")
    write_jsonl(source, args.profiles)
    repo = SqlRepository(url)
    log("bulk load")
    figures["load"] = bench_load(repo, source, ServerCpu(server))
    log(f"  {figures['load']}")
    return repo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profiles", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--roles", type=int, default=200)
    parser.add_argument("--api-roles", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=None,
                        help="API server processes, started as `worldhire serve --workers` "
                             "starts them; default: one process, the app built in it")
    parser.add_argument("--pages", type=int, default=60, help="list pages timed")
    parser.add_argument("--pages-only", action="store_true",
                        help="load, then time list pages only (no model, ranking or API)")
    parser.add_argument("--real", type=int, default=2000,
                        help="profiles embedded with the real model (calibrates the rest)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--reuse", action="store_true",
                        help="rank (and list) over the store an earlier run left in --workdir: "
                             "no load, assessments or vectors, new roles")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from worldhire.store.sql.repository import SqlRepository

    if args.reuse and args.workdir is None:
        parser.error("--reuse needs the --workdir of an earlier run")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="worldhire-e2e-"))
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    url, server = database_url(args.backend, home, workdir, reuse=args.reuse)
    os.environ["WORLDHIRE_DATABASE_URL"] = url
    figures: dict[str, Any] = {"profiles": args.profiles, "backend": args.backend}
    try:
        repo = SqlRepository(url) if args.reuse else load_store(args, workdir, url, server,
                                                                 figures)
        tenant = repo.ensure_tenant("Bench Co").id
        if args.reuse:
            from worldhire.embed import minilm

            figures["profiles"] = len(repo.pool_ids(_everyone()))
            embedder = minilm()
        elif not args.pages_only:
            log("assessments")
            figures["assess"] = bench_assess(repo)
            log(f"  {figures['assess']}")
            log("vectors")
            figures["vectors"], embedder = bench_vectors(repo, home, args.real, args.seed)
            log(f"  {figures['vectors']}")
        if not args.pages_only:
            # One more role than timed: the first ranking pays the process's one-off costs
            # (taxonomy, index files, the model's first call) and is reported apart.
            roles = make_roles(repo, tenant, 1 + args.roles + args.api_roles, args.seed)
            if args.roles:  # `--roles 0`: the API (or the list pages) only
                log("ranking")
                figures["ranking"] = bench_ranking(repo, home, embedder, roles[: 1 + args.roles],
                                               ServerCpu(server))
                log(f"  {figures['ranking']}")
        if args.pages:
            log("list pages")
            figures["pages"] = bench_pages(repo, tenant, args.pages, args.seed, ServerCpu(server))
            log(f"  {figures['pages']}")
        figures["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        if args.api_roles and not args.pages_only:
            log("api")
            figures["api"] = bench_api(home, repo, tenant, roles[1 + args.roles:],
                                       args.clients, args.workers)
            log(f"  {figures['api']}")
        repo.close()
    finally:
        if server is not None:
            server.cleanup()
    figures["load_average"] = [round(x, 2) for x in os.getloadavg()]
    figures["cpus"] = os.cpu_count()
    figures["command"] = "python bench/e2e.py " + " ".join(sys.argv[1:])
    print(json.dumps(figures, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
