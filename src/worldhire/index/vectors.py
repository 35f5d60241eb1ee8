"""Vector indexes behind one small interface: exact (numpy) and approximate (faiss IVF).

Both keep every vector once, as float16 rows keyed by a pseudonymous id, and score with float32
dot products (the vectors are L2-normalised, so that is cosine similarity). The approximate index
adds an inverted-file structure over 8-bit codes to choose which rows to score: it probes the
`nprobe` nearest lists, skips rows the filter refuses *inside* the scan (a faiss ID selector), and
re-scores its over-fetched hits exactly, so a filter never starves the result.

Deletes take effect at once: the row is dropped from the inverted lists and masked out, and
`save` compacts it away.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from worldhire.core.errors import WorldhireError

Vectors = npt.NDArray[np.float32]
Mask = npt.NDArray[np.bool_]

KEYS_FILE = "keys.json"
VECTORS_FILE = "vectors.f16.npy"
IVF_FILE = "ivf.faiss"
# Below this many vectors exact search is as fast as any index and never misses.
ANN_MIN_VECTORS = 20_000


class IndexError_(WorldhireError, ValueError):
    """A vector of the wrong shape, or an index folder that cannot be read."""

    status = 500
    code = "vector-index"


@dataclass(frozen=True)
class Hit:
    key: str
    score: float


class VectorIndex(Protocol):
    dim: int

    def __len__(self) -> int: ...
    def __contains__(self, key: object) -> bool: ...
    def upsert(self, keys: Sequence[str], vectors: Vectors) -> None: ...
    def remove(self, keys: Iterable[str]) -> int: ...
    def row_mask(self, keys: Iterable[str]) -> Mask: ...
    def search(self, query: Vectors, k: int, allowed: Mask | None = None) -> list[Hit]: ...
    def save(self, folder: Path) -> None: ...


class StoredVectorIndex(VectorIndex, Protocol):
    """A vector index the store holds (pgvector): each row keeps the fingerprint of the text
    it was computed from, and whose record it is."""

    def fingerprints(self, keys: Sequence[str] | None = None) -> dict[str, str]: ...
    def upsert(self, keys: Sequence[str], vectors: Vectors, *,
               owners: Sequence[str] | None = None,
               fingerprints: Sequence[str] | None = None) -> None: ...


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
        if vectors.ndim != 2 or vectors.shape[1] != self.dim:
            raise IndexError_(f"expected vectors of shape (n, {self.dim}), got {vectors.shape}")
        if len(keys) != len(vectors):
            raise IndexError_(f"{len(keys)} keys for {len(vectors)} vectors")
        if len(set(keys)) != len(keys):
            raise IndexError_("duplicate keys in one upsert")

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
        out = np.empty(len(rows), dtype=np.float32)
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
        _write_folder(folder, self.kind, self.dim, keys, vectors, extra=None)

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


class AnnIndex(ExactIndex):
    """Inverted lists over 8-bit codes (faiss IndexIVFScalarQuantizer) + exact re-scoring."""

    kind = "ivf"

    def __init__(self, dim: int, nlist: int = 1024, nprobe: int = 32, refine: int = 2) -> None:
        super().__init__(dim)
        self.nlist, self.nprobe, self.refine = nlist, nprobe, refine
        self._ivf: Any = None

    @property
    def trained(self) -> bool:
        return self._ivf is not None

    def train(self, sample: Vectors, iterations: int = 12, seed: int = 1) -> None:
        """Fit the coarse lists (k-means) and the 8-bit code ranges on a sample of the pool."""
        import faiss

        if len(sample) < self.nlist * 4:
            raise IndexError_(
                f"{len(sample)} vectors cannot train {self.nlist} lists; "
                "use ExactIndex or fewer lists"
            )
        quantizer = faiss.IndexFlatIP(self.dim)
        ivf = faiss.IndexIVFScalarQuantizer(
            quantizer, self.dim, self.nlist, faiss.ScalarQuantizer.QT_8bit,
            faiss.METRIC_INNER_PRODUCT,
        )
        ivf.cp.niter = iterations
        ivf.cp.seed = seed
        ivf.train(np.ascontiguousarray(sample, dtype=np.float32))
        self._ivf = ivf
        if self._size:
            self._add_to_lists(np.flatnonzero(self.alive[: self._size]).astype(np.int64))

    def _add_to_lists(self, rows: npt.NDArray[np.int64]) -> None:
        # Chunk by chunk from the float16 store: a float32 copy of a million rows is 1.5 GB.
        for start in range(0, len(rows), 65536):
            part = rows[start : start + 65536]
            self._ivf.add_with_ids(self._vectors[part].astype(np.float32), part)

    def upsert(self, keys: Sequence[str], vectors: Vectors) -> None:
        self._check(keys, vectors)
        rows = self._append(keys, vectors)
        if self.trained:
            self._add_to_lists(rows)

    def remove(self, keys: Iterable[str]) -> int:
        keys = list(keys)
        rows = np.array([self.rows[k] for k in keys if k in self.rows], dtype=np.int64)
        if self.trained and len(rows):
            import faiss

            self._ivf.remove_ids(faiss.IDSelectorArray(len(rows), faiss.swig_ptr(rows)))
        return super().remove(keys)

    def _probes(self, share: float) -> int:
        """How many lists a search probes when `share` of the rows may be served: a selective
        filter leaves fewer usable rows per list, so more lists are probed."""
        return min(self.nlist, math.ceil(self.nprobe / math.sqrt(max(share, 1e-3))))

    def search(self, query: Vectors, k: int, allowed: Mask | None = None) -> list[Hit]:
        if not self.trained:
            return super().search(query, k, allowed)
        nprobe = self.nprobe
        usable = None
        if allowed is not None:
            usable = self._usable(allowed)
            nprobe = self._probes(float(usable.mean()) if len(usable) else 1.0)
        return self._probed(query, k, nprobe, usable)

    def _probed(self, query: Vectors, k: int, nprobe: int, usable: Mask | None) -> list[Hit]:
        """The top `k` of the `nprobe` nearest lists' rows (only `usable` ones when given),
        re-scored exactly."""
        import faiss

        query = np.asarray(query, dtype=np.float32).reshape(1, -1)
        params = faiss.SearchParametersIVF()
        params.nprobe = nprobe
        bitmap = None
        if usable is not None:
            bitmap = np.packbits(usable, bitorder="little")
            params.sel = faiss.IDSelectorBitmap(len(usable), faiss.swig_ptr(bitmap))
        _, found = self._ivf.search(query, k * self.refine, params=params)
        rows = found[0][found[0] >= 0].astype(np.int64)
        del bitmap  # kept alive until the search above is done with it
        return self._top(rows, self.score_rows(rows, query[0]), k)

    def probed_rows(self, share: float) -> int:
        """About how many rows a search under a filter that keeps `share` of them probes."""
        return self._probes(share) * len(self) // self.nlist

    def search_admitted(
        self, query: Vectors, k: int, admitted: Callable[[list[str]], Collection[str]]
    ) -> list[Hit]:
        """The top `k` of the rows whose keys `admitted` accepts (of those it is asked about),
        as `search` finds them under a filter, but `admitted` is asked only about the rows of
        the lists the search probes, not about every row: a filter too selective for an
        over-fetched search (a store's pool predicates) costs what those lists hold, about
        nprobe x sqrt(n) / 4 rows, not a check of the whole pool. The share of the probed
        rows `admitted` accepts sets how many lists are probed (`search` takes the share of
        all rows), probing further until the lists probed are as many as that share asks."""
        if not self.trained:
            rows = np.flatnonzero(self.alive[: self._size])
            return self.search(query, k, self.row_mask(admitted([self.keys[r] for r in rows])))
        query = np.asarray(query, dtype=np.float32).reshape(1, -1)
        _, nearest = self._ivf.quantizer.search(query, self.nlist)
        lists = nearest[0][nearest[0] >= 0]
        usable = np.zeros(self._size, dtype=bool)
        probed = seen = 0
        wanted = self.nprobe
        while probed < wanted:
            rows = self._list_rows(lists[probed:wanted])
            rows = rows[self.alive[rows]]
            keys = [self.keys[r] for r in rows]
            accepted = admitted(keys)
            usable[rows[[key in accepted for key in keys]]] = True
            seen += len(rows)
            probed = wanted
            wanted = max(probed, self._probes(float(usable.sum()) / seen if seen else 1.0))
        return self._probed(query[0], k, probed, usable)

    def _list_rows(self, lists: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The row numbers the inverted lists `lists` hold."""
        import faiss

        held = self._ivf.invlists
        parts = [np.zeros(0, dtype=np.int64)]
        for number in lists:
            size = held.list_size(int(number))
            if size:
                ids = held.get_ids(int(number))
                parts.append(faiss.rev_swig_ptr(ids, size).astype(np.int64))
                held.release_ids(int(number), ids)
        return np.concatenate(parts)

    def save(self, folder: Path) -> None:
        import faiss

        keys, vectors = self.compacted()
        extra = {"nlist": self.nlist, "nprobe": self.nprobe, "refine": self.refine}
        # The saved lists are rebuilt over compacted row numbers.
        ivf = faiss.clone_index(self._ivf) if self.trained else None
        if ivf is not None:
            ivf.reset()
            rows = np.arange(len(keys), dtype=np.int64)
            for start in range(0, len(rows), 65536):
                ivf.add_with_ids(vectors[start : start + 65536].astype(np.float32),
                                 rows[start : start + 65536])
        _write_folder(folder, self.kind, self.dim, keys, vectors, extra=extra, ivf=ivf)

    @classmethod
    def read(cls, folder: Path, meta: dict[str, Any], vectors: npt.NDArray[Any]) -> ExactIndex:
        ann = cls(int(meta["dim"]), nlist=meta["nlist"], nprobe=meta["nprobe"],
                  refine=meta["refine"])
        ann.fill(list(meta["keys"]), vectors)
        if (folder / IVF_FILE).exists():
            import faiss

            ann._ivf = faiss.read_index(str(folder / IVF_FILE))
        return ann


# The kinds of index kept in files, by the name their folder's metadata gives.
FILE_INDEXES: dict[str, type[ExactIndex]] = {c.kind: c for c in (ExactIndex, AnnIndex)}


def _write_folder(
    folder: Path,
    kind: str,
    dim: int,
    keys: list[str],
    vectors: npt.NDArray[np.float16],
    *,
    extra: dict[str, int] | None,
    ivf: Any = None,
) -> None:
    """Write beside the folder and swap it in, so a reader never sees half an index."""
    import faiss

    folder = Path(folder)
    staging = folder.with_name(folder.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    meta = {"kind": kind, "dim": dim, "keys": keys, **(extra or {})}
    (staging / KEYS_FILE).write_text(json.dumps(meta))
    np.save(staging / VECTORS_FILE, vectors)
    if ivf is not None:
        faiss.write_index(ivf, str(staging / IVF_FILE))
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        os.replace(folder, old)
    os.replace(staging, folder)
    shutil.rmtree(old, ignore_errors=True)


def load_vector_index(folder: Path) -> ExactIndex:
    """Read an index written by `save`."""
    try:
        meta = json.loads((folder / KEYS_FILE).read_text())
        vectors = np.load(folder / VECTORS_FILE)
    except (OSError, ValueError) as exc:
        raise IndexError_(f"cannot read the vector index in {folder}: {exc}") from exc
    kind = FILE_INDEXES.get(str(meta.get("kind")))
    if kind is None:
        raise IndexError_(f"the vector index in {folder} is of an unknown kind "
                          f"{meta.get('kind')!r}")
    return kind.read(folder, meta, vectors)


def open_vector_index(folder: Path, dim: int) -> ExactIndex:
    """The index saved in `folder`, or a new empty exact one."""
    if (folder / KEYS_FILE).exists():
        index = load_vector_index(folder)
        if index.dim != dim:
            raise IndexError_(f"index in {folder} has dimension {index.dim}, expected {dim}")
        return index
    return ExactIndex(dim)


def promote(
    index: ExactIndex, nlist: int | None = None, min_vectors: int = ANN_MIN_VECTORS
) -> ExactIndex:
    """Switch a grown exact index to the approximate one (trained on its own vectors)."""
    if isinstance(index, AnnIndex) or len(index) < min_vectors:
        return index
    keys, vectors = index.compacted()
    lists = nlist or int(4 * np.sqrt(len(keys)))
    ann = AnnIndex(index.dim, nlist=lists)
    ann.fill(keys, vectors)
    rng = np.random.default_rng(0)
    sample = rng.choice(len(keys), size=min(len(keys), lists * 64), replace=False)
    ann.train(vectors[np.sort(sample)].astype(np.float32))
    return ann
