"""The parser workers of a server and of `worldhire ingest`: a `WorkerPool` forked from a
forkserver that imported only `worldhire.ingest.parser_host` (the parsers and the skill linker).

The process that starts them never builds the linker (about 200 MB): it holds the embedding
model and the occupations' index instead, to match job titles and embed profiles, and holding
both went over issue 18's 512 MB per process (`worldhire ingest` of a kept résumé peaked at
600-630 MB).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from worldhire.ingest.budget import WorkerPool

PARSER_HOST = "worldhire.ingest.parser_host"


def parser_pool(size: int, *, initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = ()) -> WorkerPool:
    return WorkerPool(size, initializer=initializer, initargs=initargs, preload=[PARSER_HOST])
