"""The vector indexes kept in files, one module each: a module of this package whose `INDEX` is
a subclass of `ExactIndex` (with its `kind`, `save`, `read` and `grown_from`) is a backend. It is
found here by its module, read back from a folder by the kind the folder names, chosen by that
kind (`WORLDHIRE_VECTOR_BACKEND`, bootstrap) and run through the contract every backend passes
(tests/index/test_backend_contract.py) with no other change.

A pool's folder starts as the exact index; once it holds ANN_MIN_VECTORS it is rebuilt as the
deployment's kind (`promote`)."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

from worldhire.index.backends.exact import ExactIndex
from worldhire.index.vectors import KEYS_FILE, IndexError_, read_folder

# Below this many vectors exact search is as fast as any index and never misses.
ANN_MIN_VECTORS = 20_000
# The kind a grown pool becomes where the deployment names none.
GROWN_KIND = "ivf"


def _file_indexes() -> dict[str, type[ExactIndex]]:
    found: dict[str, type[ExactIndex]] = {}
    for module in pkgutil.iter_modules(__path__):
        index = getattr(importlib.import_module(f"{__name__}.{module.name}"), "INDEX", None)
        if isinstance(index, type) and issubclass(index, ExactIndex):
            found[index.kind] = index
    return found


# The kinds of index kept in files, by the name their folder's metadata gives.
FILE_INDEXES: dict[str, type[ExactIndex]] = _file_indexes()


def load_vector_index(folder: Path) -> ExactIndex:
    """Read an index written by `save`."""
    meta, vectors = read_folder(folder)
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


def promote(index: ExactIndex, into: str = GROWN_KIND, min_vectors: int = ANN_MIN_VECTORS,
            **options: Any) -> ExactIndex:
    """A grown exact index rebuilt as the kind `into` (`options` are that kind's
    `grown_from`'s); an index already of another kind, or still small, as it is."""
    if type(index) is not ExactIndex or len(index) < min_vectors:
        return index
    return FILE_INDEXES[into].grown_from(index, **options)
