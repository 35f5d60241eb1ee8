"""Where `batch embed` writes vectors: the file indexes under WORLDHIRE_HOME/index (the ones
`worldhire shortlist` reads), or the database's own (a held backend's sink, `store.held`).

Each remembers a fingerprint of the text behind every vector, so a re-run embeds only what is
new or changed, and each makes each written batch durable before the next one, so a killed job
keeps what it finished.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from worldhire.index.backends import GROWN_KIND, open_vector_index, promote
from worldhire.index.backends.exact import ExactIndex
from worldhire.index.pool import FINGERPRINTS_FILE, INDEX_ROOT
from worldhire.index.vectors import Vectors

EVIDENCE_SUFFIX = "-evidence"
OWNERS_FILE = "owners.json"


def model_folder(home: Path, model_name: str) -> Path:
    """The folder worldhire.index.pool.index_folder gives the same model (a test keeps the two
    in step): the matcher reads the profile vectors written here."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", model_name)
    return home / INDEX_ROOT / safe


class FileSink:
    """An index folder: vectors, fingerprints and (for evidence) the owner of each key.
    Saved every `save_every` rows, since a save rewrites the whole folder; grown large, it
    becomes the kind `grows_into` (index.backends.promote)."""

    def __init__(self, folder: Path, dim: int, grows_into: str = GROWN_KIND,
                 save_every: int = 20_000) -> None:
        self.folder, self.save_every, self.grows_into = folder, save_every, grows_into
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
        self.index = promote(self.index, self.grows_into)
        self._save()

    def _save(self) -> None:
        self.index.save(self.folder)
        _write_json(self.folder / FINGERPRINTS_FILE, self._prints)
        if self._owners:
            _write_json(self.folder / OWNERS_FILE, self._owners)
        self._unsaved = 0


def _read_json(path: Path) -> dict[str, str]:
    return dict(json.loads(path.read_text())) if path.exists() else {}


def _write_json(path: Path, data: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_text(json.dumps(data))
    partial.replace(path)
