"""How worldhire uses Python's cyclic garbage collector: one policy, applied at two moments.

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
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

COLLECT_EVERY = 5000  # items between two collections of the young generations during a load

T = TypeVar("T")


def freeze_long_lived() -> None:
    """Exempt every object alive now from later collections (cheap: no object is visited)."""
    gc.freeze()


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
