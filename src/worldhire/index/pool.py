"""The pool's vectors persisted under WORLDHIRE_HOME/index/<model>, kept in step with the store.

Each sync embeds only profiles that are new or whose text changed (a fingerprint per id says
which), drops ids no longer in the store, and switches to the approximate index once the pool is
large. The erasure hook removes a person from every index folder at once, so a deleted
candidate is never served, even by a process that has not synced since.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from worldhire.core.models import Candidate
from worldhire.core.texts import profile_text, text_fingerprint
from worldhire.embed.protocol import Embedder
from worldhire.index.backends import GROWN_KIND, open_vector_index, promote
from worldhire.index.backends.exact import ExactIndex
from worldhire.index.vectors import KEYS_FILE, StoredVectorIndex

FINGERPRINTS_FILE = "fingerprints.json"
INDEX_ROOT = "index"


def index_folder(home: Path, embedder: Embedder) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", embedder.name)
    return home / INDEX_ROOT / safe


_opened: dict[Path, tuple[tuple[int, int], ExactIndex]] = {}
_opened_lock = threading.Lock()


def pool_index(home: Path, embedder: Embedder) -> ExactIndex:
    """The persisted pool index as last saved, for searching only: read once per process and
    again whenever a writer has swapped in a new version."""
    folder = index_folder(home, embedder)
    try:
        stat = (folder / KEYS_FILE).stat()
    except FileNotFoundError:
        return ExactIndex(embedder.dim)
    stamp = (stat.st_mtime_ns, stat.st_size)
    with _opened_lock:
        cached = _opened.get(folder)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    index = open_vector_index(folder, embedder.dim)
    with _opened_lock:
        _opened[folder] = (stamp, index)
    return index


@contextmanager
def index_lock(folder: Path) -> Iterator[None]:
    """One writer at a time per index folder, across processes: each write reads the folder,
    changes it and swaps it back, and two at once would lose one's changes."""
    import fcntl

    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.with_name(folder.name + ".lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class PoolVectors:
    """The pool's index folder: exact while small, then the kind `grows_into` (promote)."""

    def __init__(self, home: Path, embedder: Embedder, grows_into: str = GROWN_KIND) -> None:
        self.folder = index_folder(home, embedder)
        self.grows_into = grows_into
        self.embedder = embedder
        self.index: ExactIndex = open_vector_index(self.folder, embedder.dim)
        path = self.folder / FINGERPRINTS_FILE
        self.fingerprints: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}

    def update(self, candidates: Sequence[Candidate]) -> int:
        """Embed the candidates that are new or changed, in memory; returns how many.

        Ids absent from `candidates` stay (another tenant's pool may hold them): searches are
        always restricted to the pool being ranked, and erasure removes ids for good."""
        texts = {c.id: profile_text(c) for c in candidates}
        stale = [k for k, t in texts.items() if self.fingerprints.get(k) != text_fingerprint(t)
                 or k not in self.index]
        for start in range(0, len(stale), 256):
            keys = stale[start : start + 256]
            self.index.upsert(keys, self.embedder.embed([texts[k] for k in keys]))
            self.fingerprints.update({k: text_fingerprint(texts[k]) for k in keys})
        return len(stale)

    def sync(self, candidates: Sequence[Candidate]) -> int:
        """`update`, then persist (switching to the approximate index once the pool is large)."""
        embedded = self.update(candidates)
        if embedded:
            self.save()
        return embedded

    def save(self) -> None:
        self.index = promote(self.index, self.grows_into)
        self.index.save(self.folder)
        (self.folder / FINGERPRINTS_FILE).write_text(json.dumps(self.fingerprints))


class StoredVectors:
    """The pool's vectors in the store itself (pgvector on PostgreSQL, Repository.
    profile_vectors), kept in step like PoolVectors: each row carries the fingerprint of the
    text it was computed from, and every upsert is durable when it returns."""

    def __init__(self, index: StoredVectorIndex, embedder: Embedder) -> None:
        self.index, self.embedder = index, embedder

    def update(self, candidates: Sequence[Candidate]) -> int:
        """Embed and write the candidates that are new or changed; returns how many."""
        prints = {c.id: text_fingerprint(profile_text(c)) for c in candidates}
        texts = {c.id: profile_text(c) for c in candidates}
        stored = self.index.fingerprints(list(prints))
        stale = [k for k, fp in prints.items() if stored.get(k) != fp]
        for start in range(0, len(stale), 256):
            keys = stale[start : start + 256]
            self.index.upsert(keys, self.embedder.embed([texts[k] for k in keys]),
                              fingerprints=[prints[k] for k in keys])
        return len(stale)

    def save(self) -> None:
        """Nothing to write: the rows were committed by `update`."""


@dataclass(frozen=True)
class VectorIndexPurge:
    """Removes a candidate from every persisted vector index under a home (erasure)."""

    home: Path
    name: str = "match-vector-index"

    def purge(self, candidate_id: str) -> int:
        root = self.home / INDEX_ROOT
        removed = 0
        if not root.is_dir():
            return 0
        for folder in sorted(p for p in root.iterdir() if (p / "keys.json").exists()):
            with index_lock(folder):
                fingerprints_path = folder / FINGERPRINTS_FILE
                fingerprints = (json.loads(fingerprints_path.read_text())
                                if fingerprints_path.exists() else {})
                index = open_vector_index(folder, _dim_of(folder))
                count = index.remove([candidate_id])
                if count:
                    # index.save swaps a new folder in: the fingerprints are written after it.
                    index.save(folder)
                fingerprints.pop(candidate_id, None)
                fingerprints_path.write_text(json.dumps(fingerprints))
            removed += count
        return removed


def _dim_of(folder: Path) -> int:
    meta = json.loads((folder / "keys.json").read_text())
    return int(meta["dim"])

