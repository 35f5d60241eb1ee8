"""Real MiniLM vectors of the generated pool, embedded once and cached in chunks.

Run alone to fill the cache ahead of a benchmark (it resumes where it stopped):
    .venv/bin/python bench/real_vectors.py --count 50000
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

from pool import GENERATOR_VERSION, profile

CHUNK = 1000
DEFAULT_CACHE = Path(os.environ.get("WORLDHIRE_BENCH_CACHE", "~/.cache/worldhire-bench"))


def cache_dir(root: Path, seed: int) -> Path:
    folder = root.expanduser() / f"minilm-v{GENERATOR_VERSION}-seed{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _chunk_path(folder: Path, start: int) -> Path:
    return folder / f"{start:08d}.npy"


def cached_count(root: Path, seed: int) -> int:
    """How many leading profiles have cached vectors."""
    folder, start = cache_dir(root, seed), 0
    while _chunk_path(folder, start).exists():
        start += CHUNK
    return start


def real_vectors(
    count: int, root: Path = DEFAULT_CACHE, seed: int = 7, log: bool = True
) -> np.ndarray:
    """Vectors of profiles [0, count) (rounded down to whole chunks); embeds what is missing."""
    from worldhire.embed import minilm

    folder = cache_dir(root, seed)
    count -= count % CHUNK
    out = np.empty((count, 384), dtype=np.float32)
    started, embedded = time.perf_counter(), 0
    for start in range(0, count, CHUNK):
        path = _chunk_path(folder, start)
        if not path.exists():
            texts = [profile(i, seed).text for i in range(start, start + CHUNK)]
            vectors = minilm().embed(texts)
            # Write then rename: a killed run leaves no half chunk behind.
            partial = path.with_suffix(".part.npy")
            np.save(partial, vectors)
            partial.rename(path)
            embedded += CHUNK
            if log:
                rate = embedded / (time.perf_counter() - started)
                print(f"embedded {start + CHUNK}/{count} ({rate:.0f} texts/s)", file=sys.stderr)
        out[start : start + CHUNK] = np.load(path)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    vectors = real_vectors(args.count, args.cache_dir, args.seed)
    print(f"{len(vectors)} vectors ready in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
