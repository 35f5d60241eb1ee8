"""The CPUs this process may run on, and worker processes that share a batch's pure work."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

Task = TypeVar("Task")
Answer = TypeVar("Answer")

# Tasks handed out ahead of the caller, per worker: enough to keep every worker busy, few enough
# that a big input is never read into memory ahead of its answers being used.
AHEAD = 3


def usable_cores() -> int:
    """The CPUs this process may run on (its affinity; macOS has none: all of them)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def forked_map(
    work: Callable[[Task], Answer], tasks: Iterable[Task], workers: int,
    start: Callable[[], None] | None = None,
) -> Iterator[Answer]:
    """`work(task)` of each task, in order, by `workers` forked processes: they inherit what
    this process holds (nothing of it is pickled, only each task and its answer), and `start()`
    runs in each as it starts. Tasks are read as answers are taken (AHEAD per worker)."""
    executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_started, initargs=(start,))
    try:
        waiting: deque[Future[Answer]] = deque()
        for task in tasks:
            waiting.append(executor.submit(work, task))
            if len(waiting) >= AHEAD * workers:
                yield waiting.popleft().result()
        while waiting:
            yield waiting.popleft().result()
    finally:
        # A worker that died (killed for memory, say) fails its tasks: they raise, never hang.
        executor.shutdown(wait=True, cancel_futures=True)


def _started(start: Callable[[], None] | None) -> None:
    # What a worker inherited (the taxonomy, the modules, the caller's data) lives as long as
    # it: its collector never scans it (nor writes to its pages, which stay shared).
    gc.freeze()
    if start is not None:
        start()
