"""Scale-out figures: parallel bulk ingest, pgvector HNSW next to the in-process index, and the
Ray batch re-match.

    .venv/bin/python bench/scale.py --json
    .venv/bin/python bench/scale.py --resumes 2000 --vectors 1000000 \
        --rematch-candidates 100000 --rematch-roles 50 --json      # the full-size run

1. Ingest: `--resumes` plain-text résumés written from the generated pool (bench/pool.py), run
   through worldhire.batch.ingest (parse + skill extraction on every core, batched writes to
   SQLite). "ingest_per_s" excludes dense embedding; "ingest_with_embedding_per_s" adds
   embedding every profile with the real model (MiniLM) in the same process.
2. Dense search: `--vectors` vectors (the real MiniLM vectors cached by bench/real_vectors.py,
   extended on their own manifold by bench/match.py's Synthesiser), loaded into a pgvector table
   (PostgreSQL 16 from the pgserver wheel) with an HNSW graph, and into worldhire.index's
   in-process index. 200 real role-text queries, top 50; recall against exact numpy search.
3. Re-match: `--rematch-candidates` generated candidates x `--rematch-roles` roles in a SQLite
   store, `worldhire batch rematch` on a local Ray with every core; candidate-role pairs
   scored per second, end to end (reading the pool, ranking, writing shortlists).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from match import Synthesiser, query_vectors
from pool import FAMILIES, profile
from real_vectors import DEFAULT_CACHE, cached_count, real_vectors


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def resume_text(i: int) -> str:
    p = profile(i)
    return (
        f"Person Number{i}\nML Engineer\n{p.country} | p{i}@example.com\n\n"
        f"Summary\n{p.text}\n\nExperience\nEngineer — Company {i % 97}\n2019 – Present\n"
        f"- {p.text}\n\nSkills\n{', '.join(p.skills)}\n\n"
        f"Expected salary: USD {int(p.pay_usd):,}/year\n"
    )


class _PoolClock:
    """Where a bulk ingest spends, read off its worker pool: the seconds until the first file
    comes back from a worker (start-up), the workers' CPU seconds and the forkserver's (its
    start-up: imports, taxonomy, linker), read from /proc as the pool closes (a forkserver's
    workers are not this process's children, so RUSAGE_CHILDREN never sees them)."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.first_back_s: float | None = None
        self.workers_cpu_s = 0.0
        self.forkserver_cpu_s = 0.0  # its start-up: imports, taxonomy, linker, warm-up

    @contextlib.contextmanager
    def watching(self) -> Iterator[None]:
        from multiprocessing import forkserver

        from worldhire.ingest.budget import WorkerPool, cpu_seconds

        run, close = WorkerPool.run, WorkerPool.close
        clock = self

        def timed_run(pool: WorkerPool, *args: Any) -> Any:
            value = run(pool, *args)
            if clock.first_back_s is None:
                clock.first_back_s = time.perf_counter() - clock.started
            return value

        def counted_close(pool: WorkerPool) -> None:
            clock.workers_cpu_s += sum(w.cpu_s() or 0.0 for w in list(pool._workers))
            clock.forkserver_cpu_s = cpu_seconds(forkserver._forkserver._forkserver_pid) or 0.0
            close(pool)

        WorkerPool.run, WorkerPool.close = timed_run, counted_close  # type: ignore[method-assign]
        try:
            yield
        finally:
            WorkerPool.run, WorkerPool.close = run, close  # type: ignore[method-assign]


def bench_ingest(count: int, workdir: Path, profile_to: Path | None = None) -> dict[str, Any]:
    from worldhire.batch.ingest import ingest_parallel
    from worldhire.config import Settings
    from worldhire.embed import minilm
    from worldhire.ingest.service import IngestService
    from worldhire.match.retrieval import profile_text
    from worldhire.store.sql.repository import SqlRepository

    folder = workdir / "resumes"
    folder.mkdir()
    for i in range(count):
        (folder / f"r{i:06d}.txt").write_text(resume_text(i))
    repo = SqlRepository(f"sqlite:///{workdir / 'ingest.db'}")
    files = sorted(folder.iterdir())
    clock = _PoolClock()
    parent_cpu = time.process_time()
    profiler = cProfile.Profile() if profile_to else None
    with clock.watching():
        if profiler:
            profiler.enable()
        # As `worldhire ingest` does: the workers' forkserver reads the built taxonomy back from
        # the settings' skills cache (and writes it there on the first run) instead of
        # building it on every start.
        report = ingest_parallel(IngestService(repo), files,
                                 skills_cache=Settings.load().skills_cache_dir)
        if profiler:
            profiler.disable()
    ingest_s = time.perf_counter() - clock.started
    parent_cpu_s = time.process_time() - parent_cpu
    if profiler and profile_to:
        profiler.dump_stats(profile_to)
    people = repo.list_candidates()
    embedder = minilm()
    embedder.embed(["warm up"])
    started = time.perf_counter()
    embedder.embed([profile_text(c) for c in people])
    embed_s = time.perf_counter() - started
    repo.close()
    return {
        "resumes": count, "ingested": len(people), "errors": len(report.errors),
        "workers": os.cpu_count(), "ingest_s": round(ingest_s, 2),
        "ingest_per_s": round(count / ingest_s, 1),
        "parent_cpu_s": round(parent_cpu_s, 2), "workers_cpu_s": round(clock.workers_cpu_s, 2),
        "forkserver_cpu_s": round(clock.forkserver_cpu_s, 2),
        "first_file_back_s": round(clock.first_back_s or 0.0, 2),
        "embed_s": round(embed_s, 2),
        "ingest_with_embedding_per_s": round(count / (ingest_s + embed_s), 1),
    }


def _recall(got: list[list[str]], want: list[list[str]]) -> float:
    return float(np.mean([len(set(g) & set(w)) / len(w) for g, w in zip(got, want, strict=True)]))


def _p(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2)


def bench_dense(n: int, queries_n: int, k: int, cache: Path, seed: int, m: int,
                ef_construction: int, ef_search: int) -> dict[str, Any]:
    import pgserver
    from sqlalchemy import text

    from worldhire.index.backends import promote
    from worldhire.store.held.pgvector import PgVectorIndex
    from worldhire.store.sql.engine import make_engine

    n_real = min(n, cached_count(cache, seed))
    real = real_vectors(n_real, cache, seed, log=False)
    n_real = len(real)
    queries, _ = query_vectors(queries_n, cache, seed)
    base = real
    if n > n_real:
        synth = Synthesiser(real, seed)
        base = np.vstack([real, synth.make(n - n_real, np.random.default_rng(seed))])
    base = base.astype(np.float32)
    keys = [f"c{i:07d}" for i in range(n)]
    log(f"{n} vectors ({n_real} real)")
    want = [[keys[j] for j in np.argsort(-(base @ q))[:k]] for q in queries]
    exact_ms = []
    for q in queries[:50]:
        t0 = time.perf_counter()
        np.argpartition(-(base @ q), k)[:k]
        exact_ms.append(1000 * (time.perf_counter() - t0))

    # pgvector: bulk load, then one HNSW build.
    data_dir = Path(tempfile.mkdtemp(prefix="worldhire-bench-pg-"))
    data_dir.chmod(0o755)
    server = pgserver.get_server(str(data_dir), cleanup_mode="stop")
    try:
        socket_dir = server.get_uri().split("host=", 1)[1]
        engine = make_engine(f"postgresql://postgres:@/postgres?host={socket_dir}")
        index = PgVectorIndex(engine, "bench_profiles", base.shape[1], m=m,
                              ef_construction=ef_construction, ef_search=ef_search)
        index.drop_hnsw()
        started = time.perf_counter()
        for s in range(0, n, 50_000):
            index.upsert(keys[s : s + 50_000], base[s : s + 50_000])
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        index.rebuild(maintenance_work_mem="4GB")
        build_s = time.perf_counter() - started
        with engine.begin() as conn:
            size_mb = conn.execute(text(
                "SELECT pg_total_relation_size('public.vectors_bench_profiles')")).scalar_one()
        pg_ms, pg_got = [], []
        index.search(queries[0], k)
        for q in queries:
            t0 = time.perf_counter()
            pg_got.append([h.key for h in index.search(q, k)])
            pg_ms.append(1000 * (time.perf_counter() - t0))
        engine.dispose()
    finally:
        server.cleanup()
        shutil.rmtree(data_dir, ignore_errors=True)

    # The in-process index from worldhire.index, on the same vectors.
    from worldhire.index.backends.exact import ExactIndex

    started = time.perf_counter()
    local = ExactIndex(base.shape[1])
    local.reserve(n)
    local.upsert(keys, base)
    local = promote(local)
    local_build_s = time.perf_counter() - started
    local_ms, local_got = [], []
    for q in queries:
        t0 = time.perf_counter()
        local_got.append([h.key for h in local.search(q, k)])
        local_ms.append(1000 * (time.perf_counter() - t0))
    return {
        "vectors": n, "real_vectors": n_real, "queries": len(queries), "k": k,
        "exact_numpy_p95_ms": _p(exact_ms, 95),
        "pgvector": {
            "hnsw": {"m": m, "ef_construction": ef_construction, "ef_search": ef_search},
            "load_s": round(load_s, 1), "build_s": round(build_s, 1),
            "table_and_index_mb": round(size_mb / 2**20, 1),
            "p50_ms": _p(pg_ms, 50), "p95_ms": _p(pg_ms, 95),
            "recall_at_50": round(_recall(pg_got, want), 4),
        },
        "in_process": {
            "kind": getattr(local, "kind", "exact"), "build_s": round(local_build_s, 1),
            "p50_ms": _p(local_ms, 50), "p95_ms": _p(local_ms, 95),
            "recall_at_50": round(_recall(local_got, want), 4),
        },
    }


def generated_candidates(count: int, first: int = 0) -> list[Any]:
    from worldhire.core.models import (
        Candidate,
        Consent,
        ConsentPurpose,
        EvidenceItem,
        EvidenceKind,
        Skill,
        SkillMention,
    )
    from worldhire.skills.taxonomy_cache import load_taxonomy

    resolve = functools.cache(load_taxonomy().resolve)  # labels repeat; fuzzy resolving is slow
    out = []
    for i in range(first, first + count):
        p = profile(i)
        c = Candidate(name=f"Person {i}", country=p.country, timezone=p.timezone,
                      years_experience=p.years, pay_expectation_usd=p.pay_usd,
                      headline="ML engineer", summary=p.text[:300])
        item = EvidenceItem(EvidenceKind.JOB, "Engineer", p.text)
        c.evidence.append(item)
        for label in p.skills:
            skill = resolve(label) or Skill(f"text:{label.lower()}", label)
            start = p.text.find(label)
            span = (start, start + len(label)) if start >= 0 else None
            c.skills.append(SkillMention(skill, 1.0, item.id, span, label))
        c.consents.append(Consent(ConsentPurpose.MATCHING, True, "bench"))
        out.append(c)
    return out


def bench_rematch(candidates: int, roles: int, workdir: Path) -> dict[str, Any]:
    from worldhire.batch.rematch import RankingSetup, rematch
    from worldhire.batch.runtime import ray_session
    from worldhire.core.models import Requirement, Role, Seniority, Skill
    from worldhire.skills.taxonomy_cache import load_taxonomy
    from worldhire.store.sql.repository import SqlRepository

    repo = SqlRepository(f"sqlite:///{workdir / 'rematch.db'}")
    started = time.perf_counter()
    for s in range(0, candidates, 5000):
        repo.save_candidates(generated_candidates(min(5000, candidates - s), first=s))
    fill_s = time.perf_counter() - started
    tenant = repo.ensure_tenant("bench")
    taxonomy = load_taxonomy()
    rng = random.Random(3)
    for j in range(roles):
        family = FAMILIES[j % len(FAMILIES)]
        wanted = rng.sample(family.core, k=3) + rng.sample(family.extra, k=1)
        reqs = [Requirement(taxonomy.resolve(w) or Skill(f"text:{w.lower()}", w), must=i < 2)
                for i, w in enumerate(wanted)]
        repo.save_role(Role(tenant_id=tenant.id, title=family.title, company="Bench",
                            seniority=Seniority.SE, requirements=reqs, timezone="Europe/Berlin",
                            budget_usd_year=120000.0))
    with ray_session(num_cpus=os.cpu_count()):
        setup = RankingSetup(repo.engine.url.render_as_string(hide_password=False))
        report = rematch(repo, setup, top=50)
    repo.close()
    return {
        "candidates": candidates, "roles": roles, "store_fill_s": round(fill_s, 1),
        "pairs": report.pairs, "scored_after_filters": report.scored,
        "seconds": round(report.seconds, 1),
        "pairs_per_s": round(report.pairs_per_second, 1), "ray_cpus": os.cpu_count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--resumes", type=int, default=1000)
    parser.add_argument("--vectors", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--k", type=int, default=50)
    parser.add_argument("--m", type=int, default=16)
    parser.add_argument("--ef-construction", type=int, default=64)
    parser.add_argument("--ef-search", type=int, default=100)
    parser.add_argument("--rematch-candidates", type=int, default=100_000)
    parser.add_argument("--rematch-roles", type=int, default=50)
    parser.add_argument("--skip", nargs="*", default=[], choices=["ingest", "dense", "rematch"])
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--profile-ingest", type=Path, default=None,
                        help="write a cProfile of the ingest's parent process to this file")
    args = parser.parse_args()

    out: dict[str, Any] = {"machine": {"cpus": os.cpu_count()}}
    workdir = Path(tempfile.mkdtemp(prefix="worldhire-scale-"))
    try:
        if "ingest" not in args.skip:
            out["ingest"] = bench_ingest(args.resumes, workdir, args.profile_ingest)
            log(f"ingest: {out['ingest']}")
        if "dense" not in args.skip:
            out["dense"] = bench_dense(args.vectors, args.queries, args.k, args.cache_dir,
                                       args.seed, args.m, args.ef_construction, args.ef_search)
            log(f"dense: {out['dense']}")
        if "rematch" not in args.skip:
            out["rematch"] = bench_rematch(args.rematch_candidates, args.rematch_roles, workdir)
            log(f"rematch: {out['rematch']}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    out["machine"]["loadavg_1m_at_end"] = round(os.getloadavg()[0], 1)
    out["reproduce"] = "python bench/scale.py " + " ".join(sys.argv[1:])
    print(json.dumps(out, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
