"""The parser workers of a server and of `worldhire ingest`: a `WorkerPool` forked from a
forkserver that imported only `worldhire.ingest.parser_host` (the parsers and the skill linker).

The process that starts them never builds the linker (about 200 MB): it holds the embedding
model and the occupations' index instead, to match job titles and embed profiles, and holding
both went over issue 18's 512 MB per process (`worldhire ingest` of a kept résumé peaked at
600-630 MB).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from worldhire.ingest.budget import WorkerPool

PARSER_HOST = "worldhire.ingest.parser_host"


def parser_pool(size: int, *, skills_cache: Path | None,
                initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = (), max_waiting: int | None = None) -> WorkerPool:
    """`skills_cache`: the starter's (Settings.skills_cache_dir), where the forkserver reads the
    built taxonomy, or writes it once. It is passed to the forkserver, which knows nothing of a
    `--home` given on the command line alone and would otherwise build the taxonomy on every
    start (1.0 s of CPU, against 0.47 s to read it back); None: the environment's
    settings decide. `max_waiting`: callers that may wait for a busy worker (a server's
    request threads), None for no bound."""
    if skills_cache is None:
        return WorkerPool(size, initializer=initializer, initargs=initargs,
                          preload=[PARSER_HOST], max_waiting=max_waiting)
    with contextlib.suppress(OSError):  # a read-only home: the taxonomy is built, not kept
        skills_cache.mkdir(parents=True, exist_ok=True)
    return WorkerPool(size, initializer=initializer, initargs=initargs, preload=[PARSER_HOST],
                      preload_settings={"skills_cache": str(skills_cache)},
                      max_waiting=max_waiting)
