"""Profiles a ranking read, kept in memory for the next ranking that reads them.

Loading the 200 profiles a large pool's ranking scores (their rows, evidence, skills and
consents, then the objects) was the largest part of a fresh API shortlist's CPU, and rankings of
roles of the same kind read mostly the same people. Every write of a profile gives it a new
`updated_at` (the store sets it in the transaction that rewrites the profile and its evidence,
skills and consents), so a profile kept with the `updated_at` it was read at is still the stored
one exactly when the store's `updated_at` is the same: the store checks that for every id in one
narrow query and loads only the rest.

The objects are shared by every ranking that reads them: a reader must not change them. They
are personal data: an erasure drops the person (the store's `forget_read`, which the erasure's
purgers call: bootstrap.ReadProfilesPurge); one erased by another process is never served again
(its row is gone), and is dropped the next time it is asked for or when it is the least
recently used.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime

from worldhire.core.models import Candidate

# About 40 MB of typical profiles; a few roles' worth of retrieved people.
PROFILE_SLOTS = 4096


class ProfileCache:
    def __init__(self, slots: int = PROFILE_SLOTS) -> None:
        self.slots = slots
        self._kept: OrderedDict[str, Candidate] = OrderedDict()
        self._lock = threading.Lock()

    def read(
        self,
        stamps: Sequence[tuple[str, datetime]],
        load: Callable[[list[str]], list[Candidate]],
    ) -> list[Candidate]:
        """The profiles of `stamps` ((id, updated_at) of each stored one, in the order the
        caller wants them), those kept at that `updated_at` from memory, the others by `load`
        (which skips ids erased meanwhile)."""
        found: dict[str, Candidate] = {}
        with self._lock:
            for candidate_id, updated_at in stamps:
                kept = self._kept.get(candidate_id)
                if kept is not None and kept.updated_at == updated_at:
                    self._kept.move_to_end(candidate_id)
                    found[candidate_id] = kept
        missing = [candidate_id for candidate_id, _ in stamps if candidate_id not in found]
        if missing:
            loaded = load(missing)
            with self._lock:
                for candidate in loaded:
                    self._kept[candidate.id] = candidate
                    self._kept.move_to_end(candidate.id)
                while len(self._kept) > self.slots:
                    self._kept.popitem(last=False)
            found.update((c.id, c) for c in loaded)
        return [found[candidate_id] for candidate_id, _ in stamps if candidate_id in found]

    def forget(self, candidate_ids: Sequence[str]) -> int:
        """Drop these profiles; how many were kept."""
        with self._lock:
            return sum(self._kept.pop(candidate_id, None) is not None
                       for candidate_id in candidate_ids)
