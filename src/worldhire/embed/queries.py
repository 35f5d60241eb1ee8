"""Query vectors embedded once per embedder: a role's text is the query of every shortlist ranked
for it, and the model gives the same vector for the same text. Under mixed load (16 clients on
300 people, bench/security_load.py) embedding the role anew was a third of each shortlist.
Only job texts go through here: a profile (the reverse match's query) is personal data, which
erasure could not reach in this cache."""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict

import numpy as np
import numpy.typing as npt

from worldhire.embed.protocol import Embedder

_SLOTS = 512  # texts kept per embedder, least recently used dropped first
_lock = threading.Lock()
_by_embedder: weakref.WeakKeyDictionary[Embedder, OrderedDict[str, npt.NDArray[np.float32]]] = (
    weakref.WeakKeyDictionary()
)


def query_vector(embedder: Embedder, text: str) -> npt.NDArray[np.float32]:
    """`embedder.embed([text])[0]`, read-only, from the cache when this text was embedded before."""
    with _lock:
        known = _by_embedder.setdefault(embedder, OrderedDict())
        found = known.get(text)
        if found is not None:
            known.move_to_end(text)
            return found
    vector: npt.NDArray[np.float32] = embedder.embed([text])[0]
    vector.setflags(write=False)  # shared by every caller from now on
    with _lock:
        known[text] = vector
        while len(known) > _SLOTS:
            known.popitem(last=False)
    return vector
