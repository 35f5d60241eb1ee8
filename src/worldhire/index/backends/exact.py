"""Brute-force search over every allowed row: the reference every backend is checked against
(tests/index/test_backend_contract.py), and the index a pool starts with."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from worldhire.index.vectors import (
    Hit,
    IndexError_,
    Mask,
    Vectors,
    check_upsert,
    write_folder,
)

if TYPE_CHECKING:
    from threadpoolctl import ThreadpoolController


class ExactIndex:
    """Brute-force search over every allowed row: the reference, and the choice for small pools."""

    kind = "exact"

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.keys: list[str] = []
        self.rows: dict[str, int] = {}
        self._vectors = np.zeros((0, dim), dtype=np.float16)
        self._size = 0
        self.alive: Mask = np.zeros(0, dtype=bool)

    # -- contents --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    @property
    def vectors(self) -> npt.NDArray[np.float16]:
        return self._vectors[: self._size]

    def _check(self, keys: Sequence[str], vectors: Vectors) -> None:
        check_upsert(keys, vectors, self.dim)

    def reserve(self, rows: int) -> None:
        """Make room for `rows` rows in all, so a bulk load never copies the buffer."""
        if rows > len(self._vectors):
            grown = np.zeros((rows, self.dim), np.float16)
            grown[: self._size] = self._vectors[: self._size]
            self._vectors = grown
            alive = np.zeros(rows, dtype=bool)
            alive[: len(self.alive)] = self.alive
            self.alive = alive

    def _append(self, keys: Sequence[str], vectors: Vectors) -> npt.NDArray[np.int64]:
        """Store new rows (growing the buffer geometrically) and return their row numbers."""
        self.remove(k for k in keys if k in self.rows)
        need = self._size + len(keys)
        if need > len(self._vectors):
            self.reserve(max(need, 2 * len(self._vectors), 64))
        start = self._size
        self._vectors[start:need] = vectors
        self.alive[start:need] = True
        for offset, key in enumerate(keys):
            self.rows[key] = start + offset
        self.keys.extend(keys)
        self._size = need
        return np.arange(start, need, dtype=np.int64)

    def upsert(self, keys: Sequence[str], vectors: Vectors) -> None:
        self._check(keys, vectors)
        self._append(keys, vectors)

    def remove(self, keys: Iterable[str]) -> int:
        removed = 0
        for key in list(keys):
            row = self.rows.pop(key, None)
            if row is not None:
                self.alive[row] = False
                removed += 1
        return removed

    def row_mask(self, keys: Iterable[str]) -> Mask:
        """A filter over rows that allows exactly these keys."""
        mask = np.zeros(self._size, dtype=bool)
        rows = [self.rows[k] for k in keys if k in self.rows]
        mask[rows] = True
        return mask

    # -- search ----------------------------------------------------------------------------

    def _usable(self, allowed: Mask | None) -> Mask:
        alive = self.alive[: self._size]
        if allowed is None:
            return alive
        if len(allowed) != self._size:
            raise IndexError_(f"filter covers {len(allowed)} rows, the index has {self._size}")
        return alive & allowed

    def score_rows(self, rows: npt.NDArray[np.int64], query: Vectors) -> Vectors:
        """The query's inner product with each of `rows`, on one BLAS thread: a search scores a
        few thousand rows, too few for BLAS's threads to pay for waking them (they spin on
        afterwards, counted in the process's CPU). On the two-core machine at load 20, 6,000
        rows cost 34-48 ms of CPU with OpenBLAS's two threads and 7 ms with one."""
        out = np.empty(len(rows), dtype=np.float32)
        with _blas().limit(limits=1, user_api="blas"):
            # Chunks bound the float32 copy of the rows being scored.
            for start in range(0, len(rows), 65536):
                part = rows[start : start + 65536]
                out[start : start + len(part)] = self._vectors[part].astype(np.float32) @ query
        return out

    def search(self, query: Vectors, k: int, allowed: Mask | None = None) -> list[Hit]:
        query = np.asarray(query, dtype=np.float32).reshape(-1)
        rows = np.flatnonzero(self._usable(allowed)).astype(np.int64)
        return self._top(rows, self.score_rows(rows, query), k)

    def _top(self, rows: npt.NDArray[np.int64], scores: Vectors, k: int) -> list[Hit]:
        if len(rows) > k:
            keep = np.argpartition(-scores, k - 1)[:k]
            rows, scores = rows[keep], scores[keep]
        order = np.lexsort((rows, -scores))
        return [Hit(self.keys[rows[i]], float(scores[i])) for i in order]

    # -- persistence -----------------------------------------------------------------------

    def compacted(self) -> tuple[list[str], npt.NDArray[np.float16]]:
        rows = np.flatnonzero(self.alive[: self._size])
        return [self.keys[r] for r in rows], self._vectors[rows]

    def save(self, folder: Path) -> None:
        keys, vectors = self.compacted()
        write_folder(folder, self.kind, self.dim, keys, vectors, extra=None)

    @classmethod
    def from_arrays(cls, dim: int, keys: list[str], vectors: npt.NDArray[Any]) -> ExactIndex:
        index = cls(dim)
        index.fill(keys, vectors)
        return index

    def fill(self, keys: list[str], vectors: npt.NDArray[Any]) -> None:
        """Upsert rows read from a file, a chunk at a time: the float32 copy of a million
        read at once was 1.5 GB of a process's peak memory beside the index's float16 rows."""
        self._check(keys, vectors)
        self.reserve(self._size + len(keys))
        for start in range(0, len(keys), 65536):
            self.upsert(keys[start : start + 65536],
                        np.asarray(vectors[start : start + 65536], dtype=np.float32))

    @classmethod
    def read(cls, folder: Path, meta: dict[str, Any], vectors: npt.NDArray[Any]) -> ExactIndex:
        """The index `save` wrote in `folder`, from its metadata and vectors."""
        return cls.from_arrays(int(meta["dim"]), list(meta["keys"]), vectors)

    @classmethod
    def grown_from(cls, index: ExactIndex) -> ExactIndex:
        """This kind of index over a grown exact index's rows (`promote`)."""
        return index if cls is ExactIndex else cls.from_arrays(index.dim, *index.compacted())


INDEX = ExactIndex


@cache
def _blas() -> ThreadpoolController:
    """The process's thread pools (numpy's BLAS among them), found once: finding them walks
    the loaded libraries (imported here: a command that searches no vectors never loads it)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()
