"""Where `batch embed` writes vectors: the file indexes under WORLDHIRE_HOME/index (the ones
`worldhire shortlist` reads) or pgvector tables when the store is PostgreSQL.

Both remember a fingerprint of the text behind every vector, so a re-run embeds only what is
new or changed, and both make each written batch durable before the next one, so a killed job
keeps what it finished.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from worldhire.index.pool import FINGERPRINTS_FILE, INDEX_ROOT
from worldhire.index.vectors import ExactIndex, Vectors, open_vector_index, promote

if TYPE_CHECKING:
    from worldhire.store.pg.vectors import PgVectorIndex

EVIDENCE_SUFFIX = "-evidence"
OWNERS_FILE = "owners.json"


class VectorSink(Protocol):
    def fingerprints(self) -> dict[str, str]: ...
    def write(
        self, keys: Sequence[str], owners: Sequence[str], prints: Sequence[str], vectors: Vectors
    ) -> None: ...
    def prune(self, keep: Iterable[str]) -> int: ...
    def finish(self) -> None: ...


def model_folder(home: Path, model_name: str) -> Path:
    """The folder worldhire.index.pool.index_folder gives the same model (a test keeps the two
    in step): the matcher reads the profile vectors written here."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", model_name)
    return home / INDEX_ROOT / safe


class FileSink:
    """An index folder: vectors, fingerprints and (for evidence) the owner of each key.
    Saved every `save_every` rows, since a save rewrites the whole folder."""

    def __init__(self, folder: Path, dim: int, save_every: int = 20_000) -> None:
        self.folder, self.save_every = folder, save_every
        self.index: ExactIndex = open_vector_index(folder, dim)
        self._prints: dict[str, str] = _read_json(folder / FINGERPRINTS_FILE)
        self._owners: dict[str, str] = _read_json(folder / OWNERS_FILE)
        self._unsaved = 0

    def fingerprints(self) -> dict[str, str]:
        return {k: v for k, v in self._prints.items() if k in self.index}

    def write(
        self, keys: Sequence[str], owners: Sequence[str], prints: Sequence[str], vectors: Vectors
    ) -> None:
        self.index.upsert(list(keys), vectors)
        self._prints.update(zip(keys, prints, strict=True))
        self._owners.update((k, o) for k, o in zip(keys, owners, strict=True) if k != o)
        self._unsaved += len(keys)
        if self._unsaved >= self.save_every:
            self._save()

    def prune(self, keep: Iterable[str]) -> int:
        live = set(keep)
        stale = [k for k in self._prints if k not in live]
        removed = self.index.remove(stale)
        for key in stale:
            self._prints.pop(key, None)
            self._owners.pop(key, None)
        return removed

    def finish(self) -> None:
        self.index = promote(self.index)
        self._save()

    def _save(self) -> None:
        self.index.save(self.folder)
        _write_json(self.folder / FINGERPRINTS_FILE, self._prints)
        if self._owners:
            _write_json(self.folder / OWNERS_FILE, self._owners)
        self._unsaved = 0


class PgSink:
    """A pgvector table (see worldhire.store.pg.vectors); `finish` rebuilds its HNSW graph when
    this run wrote a large share of it, since growing a graph row by row is slow."""

    def __init__(self, index: PgVectorIndex) -> None:
        self.index = index
        self._written = 0

    def fingerprints(self) -> dict[str, str]:
        return self.index.fingerprints()

    def write(
        self, keys: Sequence[str], owners: Sequence[str], prints: Sequence[str], vectors: Vectors
    ) -> None:
        if self._written == 0 and len(self.index) == 0:
            # An empty table is a bulk load: build the graph once at the end instead.
            self.index.drop_hnsw()
        self.index.upsert(keys, vectors, owners=owners, fingerprints=prints)
        self._written += len(keys)

    def prune(self, keep: Iterable[str]) -> int:
        return self.index.prune(keep)

    def finish(self) -> None:
        total = len(self.index)
        if self._written and self._written * 4 >= total:
            self.index.rebuild()
        else:
            self.index.create_hnsw()


def _read_json(path: Path) -> dict[str, str]:
    return dict(json.loads(path.read_text())) if path.exists() else {}


def _write_json(path: Path, data: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_text(json.dumps(data))
    partial.replace(path)
