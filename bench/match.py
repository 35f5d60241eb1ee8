"""Shortlist retrieval over a large pool: approximate (faiss IVF-SQ8 + exact re-scoring) vs exact.

    .venv/bin/python bench/match.py --profiles 1000000 --json

Vectors: the first `--real` profiles of the generated pool (bench/pool.py) are embedded with the
real model (all-MiniLM-L6-v2) and cached (bench/real_vectors.py; missing ones are embedded).
Profiles beyond those get vectors synthesised on the real data's own manifold: each is a random
point on the segment between a real vector and one of its 10 nearest real neighbours, plus
isotropic noise whose size is calibrated so that the synthetic points' nearest-real-neighbour
similarity matches the real points' own (both medians are printed). "recall_at_50_real" is
measured with the real part alone.

Queries: 200 role texts embedded with the real model; each has two filters, a minimum of 4 h
daily overlap with a team window (which countries pass, from their zones, DST included) and a
pay ceiling. Recall is against exact search under the same filters.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

from pool import COUNTRIES, attributes, query_text
from real_vectors import DEFAULT_CACHE, cache_dir, cached_count, real_vectors
from worldhire.index.backends.ivf import AnnIndex
from worldhire.match.overlap import WorkWindow, overlap_over_year

TEAMS = [("America/New_York", 9, 17), ("Europe/Berlin", 9, 17), ("Europe/London", 9, 17),
         ("America/Los_Angeles", 9, 17), ("Asia/Singapore", 9, 18)]
NEIGHBOURS = 10


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def query_vectors(count: int, root: Path, seed: int) -> tuple[np.ndarray, list[int]]:
    from worldhire.embed import minilm

    rng = random.Random(seed)
    texts, families = zip(*(query_text(rng) for _ in range(count)), strict=True)
    path = cache_dir(root, seed) / f"queries-{count}.npy"
    if not path.exists():
        np.save(path, minilm().embed(list(texts)))
    return np.load(path), list(families)


def nearest(base: np.ndarray, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    import faiss

    flat = faiss.IndexFlatIP(base.shape[1])
    flat.add(np.ascontiguousarray(base, dtype=np.float32))
    return flat.search(np.ascontiguousarray(queries, dtype=np.float32), k)


class Synthesiser:
    """Vectors on the real vectors' manifold, calibrated to their neighbour distances."""

    def __init__(self, real: np.ndarray, seed: int) -> None:
        self.real = real
        sims, ids = nearest(real, real, NEIGHBOURS + 1)
        self.neighbours = ids[:, 1:]
        self.real_nn = float(np.median(sims[:, 1]))
        # Calibrate sigma: a synthetic point's best similarity to a real one should match the
        # real points' similarity to their own nearest neighbour.
        probe = min(2000, len(real))
        lo, hi = 0.0, 0.2
        for _ in range(12):
            self.sigma = (lo + hi) / 2
            sample = self.make(probe, np.random.default_rng(seed + 1))
            synth_nn = float(np.median(nearest(real, sample, 1)[0][:, 0]))
            lo, hi = (self.sigma, hi) if synth_nn > self.real_nn else (lo, self.sigma)
        check = self.make(probe, np.random.default_rng(seed + 2))
        self.calibration = {
            "sigma": round(self.sigma, 4),
            "real_nn_sim_median": round(self.real_nn, 4),
            "synthetic_nn_sim_median": round(
                float(np.median(nearest(real, check, 1)[0][:, 0])), 4),
        }

    def make(self, n: int, gen: np.random.Generator) -> np.ndarray:
        base = gen.integers(0, len(self.real), n)
        other = self.neighbours[base, gen.integers(0, NEIGHBOURS, n)]
        t = gen.uniform(0.0, 1.0, (n, 1)).astype(np.float32)
        out = (1 - t) * self.real[base] + t * self.real[other]
        out += gen.normal(0.0, self.sigma, out.shape).astype(np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def overlap_ok(team: tuple[str, int, int], hours: float) -> np.ndarray:
    """Which of the pool's countries have at least `hours` typical overlap with the team."""
    window = WorkWindow(*team)
    days = [date(2025, 1, 15), date(2025, 3, 19), date(2025, 4, 16), date(2025, 7, 16),
            date(2025, 10, 29), date(2025, 11, 12)]
    return np.array([
        overlap_over_year(WorkWindow(tz, 9, 17), window, days).typical >= hours
        for _, tz, _, _ in COUNTRIES
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profiles", type=int, default=100_000)
    parser.add_argument("--real", type=int, default=50_000,
                        help="profiles embedded with the real model (cached; missing are embedded)")
    parser.add_argument("--use-cached", action="store_true",
                        help="use only the real vectors already cached, embedding none")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--k", type=int, default=50)
    parser.add_argument("--nprobe", type=int, default=32)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    n = args.profiles
    n_real = min(n, args.real)
    if args.use_cached:
        n_real = min(n_real, cached_count(args.cache_dir, args.seed))
    started = time.perf_counter()
    real = real_vectors(n_real, args.cache_dir, args.seed)
    n_real = len(real)
    queries, _ = query_vectors(args.queries, args.cache_dir, args.seed)
    log(f"{n_real} real vectors ready ({time.perf_counter() - started:.0f} s)")

    started = time.perf_counter()
    synth = Synthesiser(real, args.seed)
    log(f"synthesis calibrated ({time.perf_counter() - started:.0f} s): {synth.calibration}")
    # Attributes for the filters: every profile's own country and pay (synthetic rows borrow
    # the generator's profile at their index, as their text would).
    country = np.empty(n, dtype=np.int8)
    pay = np.empty(n, dtype=np.float32)
    codes = {c[0]: i for i, c in enumerate(COUNTRIES)}
    for i in range(n):
        code, ask = attributes(i, args.seed)
        country[i], pay[i] = codes[code], ask

    keys = [f"p{i:07d}" for i in range(n)]
    nlist = max(64, int(2 * np.sqrt(n)))
    started = time.perf_counter()
    index = AnnIndex(real.shape[1], nlist=nlist, nprobe=args.nprobe)
    index.reserve(n)
    gen = np.random.default_rng(args.seed + 3)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        own = real[start:min(stop, n_real)]
        part = np.concatenate([own, synth.make(stop - start - len(own), gen)])
        index.upsert(keys[start:stop], part)
    rng = np.random.default_rng(args.seed)
    sample = np.sort(rng.choice(n, size=min(n, nlist * 30), replace=False))
    index.train(index.vectors[sample].astype(np.float32), iterations=10)
    build_s = time.perf_counter() - started
    log(f"index of {n} built in {build_s:.0f} s ({nlist} lists)")
    # One query at a time: faiss's OpenMP workers would only spin against numpy's BLAS threads.
    import faiss

    faiss.omp_set_num_threads(1)

    is_real = np.arange(n) < n_real
    qrng = random.Random(args.seed + 2)
    filters = [(qrng.choice(TEAMS), qrng.choice([60_000, 80_000, 100_000, 130_000]))
               for _ in queries]
    ann_ms, found, found_real, shares = [], [], [], []
    for q, (team, budget) in zip(queries, filters, strict=True):
        t0 = time.perf_counter()
        mask = overlap_ok(team, 4.0)[country] & (pay <= budget)
        hits = index.search(q, args.k, mask)
        ann_ms.append((time.perf_counter() - t0) * 1000)
        shares.append(float(mask.mean()))
        found.append({h.key for h in hits})
        found_real.append({h.key for h in index.search(q, args.k, mask & is_real)})
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # The exact baseline: float32 brute force (numpy BLAS) over the same (float16-rounded)
    # vectors, filtered by masking. Allocated only now, so rss_mb above is the index's alone.
    matrix = np.empty((n, index.dim), dtype=np.float32)
    for start in range(0, n, 100_000):
        matrix[start : start + 100_000] = index.vectors[start : start + 100_000]

    def exact(query: np.ndarray, mask: np.ndarray, rows: int) -> set[str]:
        scores = matrix[:rows] @ query
        scores[~mask[:rows]] = -np.inf
        top = np.argpartition(-scores, args.k - 1)[: args.k]
        return {keys[i] for i in top if np.isfinite(scores[i])}

    exact_ms, recalls, recalls_real = [], [], []
    for i, (q, (team, budget)) in enumerate(zip(queries, filters, strict=True)):
        t0 = time.perf_counter()
        mask = overlap_ok(team, 4.0)[country] & (pay <= budget)
        truth = exact(q, mask, n)
        exact_ms.append((time.perf_counter() - t0) * 1000)
        recalls.append(len(found[i] & truth) / max(1, len(truth)))
        truth_real = exact(q, mask, n_real)
        recalls_real.append(len(found_real[i] & truth_real) / max(1, len(truth_real)))
    result = {
        "profiles": n,
        "real_profiles": n_real,
        "p50_ms": round(float(np.percentile(ann_ms, 50)), 2),
        "p95_ms": round(float(np.percentile(ann_ms, 95)), 2),
        "recall_at_50": round(float(np.mean(recalls)), 4),
        "recall_at_50_real": round(float(np.mean(recalls_real)), 4),
        "exact_p50_ms": round(float(np.percentile(exact_ms, 50)), 2),
        "exact_p95_ms": round(float(np.percentile(exact_ms, 95)), 2),
        "speedup_p95": round(float(np.percentile(exact_ms, 95) / np.percentile(ann_ms, 95)), 1),
        "filter_pass_share_mean": round(float(np.mean(shares)), 3),
        "build_s": round(build_s, 1),
        "rss_mb": round(rss_mb, 0),
        "rss_mb_with_exact_baseline": round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0),
        "load_average_1m": round(os.getloadavg()[0], 1),
        "nlist": nlist,
        "nprobe": args.nprobe,
        "queries": len(queries),
        "synthesis": synth.calibration,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>24}: {value}")


if __name__ == "__main__":
    main()
