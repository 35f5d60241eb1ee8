"""Worker processes for a batch's pure work: answers in the order of the tasks, a failure raised
in the caller, a worker that dies failing its tasks instead of leaving the caller waiting."""

from __future__ import annotations

import os
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

from worldhire.core.cores import forked_map

INHERITED = {"offset": 0}  # set before the workers fork: they see it without pickling


def _slow_square(n: int) -> tuple[int, int]:
    time.sleep(0.02 if n % 3 == 0 else 0)  # later tasks often finish first
    return n, n * n + INHERITED["offset"]


def _fails_on_five(n: int) -> int:
    if n == 5:
        raise ValueError("five")
    return n


def _dies(n: int) -> int:
    os._exit(3)


def test_answers_come_in_the_tasks_order_from_what_the_workers_inherited() -> None:
    INHERITED["offset"] = 1000
    try:
        got = list(forked_map(_slow_square, range(20), workers=2))
    finally:
        INHERITED["offset"] = 0
    assert got == [(n, n * n + 1000) for n in range(20)]


def test_a_task_that_fails_raises_in_the_caller() -> None:
    answers = forked_map(_fails_on_five, range(10), workers=2)
    assert [next(answers) for _ in range(5)] == [0, 1, 2, 3, 4]
    with pytest.raises(ValueError, match="five"):
        next(answers)


def test_a_worker_that_dies_fails_the_map_instead_of_hanging() -> None:
    with pytest.raises(BrokenProcessPool):
        list(forked_map(_dies, range(4), workers=2))

