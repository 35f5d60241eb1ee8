"""How worldhire uses Python's cyclic garbage collector: one policy, applied at three moments.

The policy: the automatic collector must not walk, again and again, objects that are known to
outlive its scans. Reference counting frees nearly everything worldhire drops; the collector is
only needed for cycles, and its full collections visit every tracked object in the process, so
their cost grows with what is alive, not with what is garbage.

- Objects that live as long as the process are frozen once they are loaded
  (`freeze_long_lived`). The taxonomy alone is about 250,000 Python objects, and with the API's
  modules a server holds over 400,000. Full collections walked every one of them each time a
  ranking's hundred thousand short-lived objects had piled up: on 20,000 stored profiles that was
  40% of a fresh shortlist's CPU (76 of 198 ms per role after retrieval; 11 ms once frozen).
  Freezing moves what is alive now into a generation the collector never scans (no object is
  visited); reference counting still frees anything in it that is dropped, only a cycle formed
  among frozen objects would stay, so it is done when the long-lived objects have just loaded.
- A bulk load allocates millions of objects, and a chunk of profiles stays alive until it is
  written: the automatic collector scanned the whole heap over and over for that, a quarter of a
  load's CPU, for a few thousand cyclic objects per 20,000 profiles. During a load automatic
  collection is off (`young_collections_only`) and the young generations alone are collected
  every `COLLECT_EVERY` items (`collecting`): their cycles are freed, the heap from before the
  load is not scanned.
- A server (`serving`) answers request after request, each allocating about a hundred thousand
  short-lived objects. At the default thresholds the youngest generation was collected every
  700 allocations, and whatever a ranking still held then (its 200 profiles, their scores) was
  promoted, until it reached the old generation, died there and set off full collections of
  everything alive: 43 of 189 ms of CPU per fresh API shortlist at 30,000 stored profiles
  (in-process, sequential). Collected every `SERVING_YOUNG` allocations instead, a request's
  objects are mostly freed before they are ever promoted: 140 ms, full collections gone; the
  cyclic garbage waiting meanwhile is bounded by that many objects.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

COLLECT_EVERY = 5000  # items between two collections of the young generations during a load
SERVING_YOUNG = 100_000  # allocations between two collections of a server's youngest generation

T = TypeVar("T")


def freeze_long_lived() -> None:
    """Exempt every object alive now from later collections (cheap: no object is visited)."""
    gc.freeze()


@contextmanager
def serving() -> Iterator[None]:
    """The collector's thresholds for a server process while it serves (see above), the
    earlier ones again afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(SERVING_YOUNG, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def young_collections_only() -> Iterator[None]:
    """Automatic garbage collection off for the block (`collecting` runs the young generations'
    instead); on again afterwards if it was on before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def collecting(items: Iterable[T], every: int = COLLECT_EVERY) -> Iterator[T]:
    """`items`, with the young generations collected after each `every` of them (their cyclic
    garbage freed: the old generation, the heap before the load, is not scanned)."""
    for n, item in enumerate(items, start=1):
        yield item
        if n % every == 0:
            gc.collect(1)
