"""Erasure of what the batch jobs write outside the store: the evidence vector folders, keyed
by evidence id so the matcher's own purger cannot find a person's rows there
(`BatchOutputPurge`, in every erasure's purgers). Their rows in the store go through
batch/repository.py."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from worldhire.batch.sinks import EVIDENCE_SUFFIX, OWNERS_FILE
from worldhire.index.backends import open_vector_index
from worldhire.index.pool import FINGERPRINTS_FILE, INDEX_ROOT


@dataclass(frozen=True)
class BatchOutputPurge:
    """The evidence vector folders under a home (the files an erasure must reach)."""

    home: Path
    name: str = "batch-output"

    def purge(self, candidate_id: str) -> int:
        return purge_evidence_folders(self.home, candidate_id)


def purge_evidence_folders(home: Path, candidate_id: str) -> int:
    root = home / INDEX_ROOT
    if not root.is_dir():
        return 0
    removed = 0
    for folder in sorted(root.glob(f"*{EVIDENCE_SUFFIX}")):
        owners_path = folder / OWNERS_FILE
        if not owners_path.exists():
            continue
        owners: dict[str, str] = json.loads(owners_path.read_text())
        keys = [k for k, owner in owners.items() if owner == candidate_id]
        if not keys:
            continue
        prints_path = folder / FINGERPRINTS_FILE
        prints = json.loads(prints_path.read_text()) if prints_path.exists() else {}
        meta = json.loads((folder / "keys.json").read_text())
        index = open_vector_index(folder, int(meta["dim"]))
        removed += index.remove(keys)
        index.save(folder)
        for key in keys:
            owners.pop(key)
            prints.pop(key, None)
        # index.save swapped the folder in: the side files are written back after it.
        owners_path.write_text(json.dumps(owners))
        prints_path.write_text(json.dumps(prints))
    return removed

