"""The parser workers of a server and of `worldhire ingest`: a `WorkerPool` forked from a
forkserver that imported only `worldhire.ingest.parser_host` (the parsers and the skill linker).

The process that starts them never builds the linker (about 200 MB): it holds the embedding
model and the occupations' index instead, to match job titles and embed profiles, and holding
both went over issue 18's 512 MB per process (`worldhire ingest` of a kept résumé peaked at
600-630 MB). The forkserver reads the taxonomy from the cache the composition root set in this
process (`keep_taxonomy_in`), which reaches it through its environment: building the taxonomy
instead costs seconds of CPU.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from worldhire.ingest.budget import WorkerPool
from worldhire.skills.taxonomy_cache import taxonomy_folder

PARSER_HOST = "worldhire.ingest.parser_host"
TAXONOMY_CACHE_ENV = "WORLDHIRE_PARSER_TAXONOMY_CACHE"


def parser_pool(size: int, *, initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = ()) -> WorkerPool:
    folder = taxonomy_folder()
    env = {} if folder is None else {TAXONOMY_CACHE_ENV: str(folder)}
    return WorkerPool(size, initializer=initializer, initargs=initargs, preload=[PARSER_HOST],
                      preload_env=env)
