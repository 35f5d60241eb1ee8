"""Approximate search: inverted lists over 8-bit codes (faiss IVF) and exact re-scoring.

It probes the `nprobe` nearest lists, skips rows the filter refuses *inside* the scan (a faiss ID
selector), and re-scores its over-fetched hits exactly, so a filter never starves the result.
Deletes take effect at once: the row is dropped from the inverted lists and masked out, and
`save` compacts it away.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from worldhire.index.backends.exact import ExactIndex
from worldhire.index.vectors import Hit, IndexError_, Mask, Vectors, write_folder

IVF_FILE = "ivf.faiss"


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

    def search_probing(self, query: Vectors, k: int, share: float) -> list[Hit]:
        """The top `k` of every row of the lists a search under a filter that keeps `share` of
        the rows probes (search_admitted's lists, none of their rows left out)."""
        if not self.trained:
            return super().search(query, k)
        return self._probed(query, k, self._probes(share), None)

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
        files = None if ivf is None else {IVF_FILE: lambda path: faiss.write_index(ivf, str(path))}
        write_folder(folder, self.kind, self.dim, keys, vectors, extra=extra, files=files)

    @classmethod
    def read(cls, folder: Path, meta: dict[str, Any], vectors: npt.NDArray[Any]) -> ExactIndex:
        ann = cls(int(meta["dim"]), nlist=meta["nlist"], nprobe=meta["nprobe"],
                  refine=meta["refine"])
        ann.fill(list(meta["keys"]), vectors)
        if (folder / IVF_FILE).exists():
            import faiss

            ann._ivf = faiss.read_index(str(folder / IVF_FILE))
        return ann

    @classmethod
    def grown_from(cls, index: ExactIndex, nlist: int | None = None) -> ExactIndex:
        """An approximate index over a grown exact index's rows, trained on its own vectors:
        `nlist` lists (default 4 x the square root of the rows)."""
        keys, vectors = index.compacted()
        lists = nlist or int(4 * np.sqrt(len(keys)))
        ann = cls(index.dim, nlist=lists)
        ann.fill(keys, vectors)
        rng = np.random.default_rng(0)
        sample = rng.choice(len(keys), size=min(len(keys), lists * 64), replace=False)
        ann.train(vectors[np.sort(sample)].astype(np.float32))
        return ann


INDEX = AnnIndex
