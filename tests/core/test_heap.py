"""The garbage-collector policy (core.heap): automatic collection paused during a load with
the young generations collected at a fixed pace, and the long-lived heap frozen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from worldhire.core.heap import (
    SERVING_YOUNG,
    collecting,
    freeze_long_lived,
    serving,
    young_collections_only,
)


@pytest.fixture
def generations() -> Iterator[list[int]]:
    """The generation of each collection that starts while the test runs."""
    seen: list[int] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)


def test_automatic_collection_is_off_in_the_block_and_back_on_after() -> None:
    assert gc.isenabled()
    with young_collections_only():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), young_collections_only():
        raise RuntimeError("a load that fails")
    assert gc.isenabled()


def test_collection_stays_off_after_the_block_when_it_was_off_before() -> None:
    gc.disable()
    try:
        with young_collections_only():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collecting_yields_every_item_and_collects_the_young_generations_at_its_pace(
    generations: list[int],
) -> None:
    with young_collections_only():
        assert list(collecting(range(10), every=4)) == list(range(10))
    assert generations == [1, 1]  # after the 4th and the 8th; never a full (generation 2) scan


def test_freezing_moves_what_is_alive_out_of_the_collectors_reach() -> None:
    alive = [[n] for n in range(1000)]
    before = gc.get_freeze_count()
    freeze_long_lived()
    assert gc.get_freeze_count() >= before + len(alive)


def test_a_server_collects_its_youngest_generation_far_less_often(
    generations: list[int],
) -> None:
    before = gc.get_threshold()
    with serving():
        assert gc.get_threshold() == (SERVING_YOUNG, *before[1:])
        gc.collect()
        del generations[:]
        # A request's worth of objects alive at once: at the default pace the youngest
        # generation would have been collected (and these promoted) over a hundred times.
        held = [[n] for n in range(SERVING_YOUNG // 2)]
        assert generations == []
        del held
    assert gc.get_threshold() == before
