"""The vector index interface, and the folder format every index kept in files shares.

An index keeps every vector once, as float16 rows keyed by a pseudonymous id, and scores with
float32 dot products (the vectors are L2-normalised, so that is cosine similarity). The backends
are `worldhire.index.backends` (one module each, kept in files) and the ones a database holds
(`worldhire.store.held`); the deployment chooses one (`Settings.vector_backend`, bootstrap).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Sequence
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


class IndexError_(WorldhireError, ValueError):
    """A vector of the wrong shape, or an index folder that cannot be read."""

    status = 500
    code = "vector-index"


def check_upsert(keys: Sequence[str], vectors: Vectors, dim: int) -> None:
    """What every backend refuses in an upsert: rows of another width, a key count that is not
    the row count, a key twice."""
    if vectors.ndim != 2 or vectors.shape[1] != dim:
        raise IndexError_(f"expected vectors of shape (n, {dim}), got {vectors.shape}")
    if len(keys) != len(vectors):
        raise IndexError_(f"{len(keys)} keys for {len(vectors)} vectors")
    if len(set(keys)) != len(keys):
        raise IndexError_("duplicate keys in one upsert")


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
    # `search` among the keys a query of the store's gives (`members`), run in the database;
    # `countries`: where every member's profile is, where the pool says.
    def search_among(self, query: Vectors, k: int, members: Any,
                     countries: frozenset[str] | None = None) -> list[Hit]: ...


def write_folder(
    folder: Path,
    kind: str,
    dim: int,
    keys: list[str],
    vectors: npt.NDArray[np.float16],
    *,
    extra: dict[str, int] | None,
    files: dict[str, Any] | None = None,
) -> None:
    """Write beside the folder and swap it in, so a reader never sees half an index. `files`:
    a backend's own files, by name, each written by its `write(path)` callable."""
    folder = Path(folder)
    staging = folder.with_name(folder.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    meta = {"kind": kind, "dim": dim, "keys": keys, **(extra or {})}
    (staging / KEYS_FILE).write_text(json.dumps(meta))
    np.save(staging / VECTORS_FILE, vectors)
    for name, write in (files or {}).items():
        write(staging / name)
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        os.replace(folder, old)
    os.replace(staging, folder)
    shutil.rmtree(old, ignore_errors=True)


def read_folder(folder: Path) -> tuple[dict[str, Any], npt.NDArray[Any]]:
    """The metadata and the vectors `write_folder` wrote."""
    try:
        meta = json.loads((folder / KEYS_FILE).read_text())
        vectors = np.load(folder / VECTORS_FILE)
    except (OSError, ValueError) as exc:
        raise IndexError_(f"cannot read the vector index in {folder}: {exc}") from exc
    return meta, vectors


class VectorSink(Protocol):
    """Where `batch embed` writes a part's vectors: each written batch durable before the next
    (a killed job keeps what it finished), with the fingerprint of the text behind each."""

    def fingerprints(self) -> dict[str, str]: ...
    def write(
        self, keys: Sequence[str], owners: Sequence[str], prints: Sequence[str], vectors: Vectors
    ) -> None: ...
    def prune(self, keep: Iterable[str]) -> int: ...
    def finish(self) -> None: ...
