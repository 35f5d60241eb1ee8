"""The governance context: the repository (whose main database holds tenants, users, tokens,
keys and the audit log), the data directory whose files erasure must clean, and what erasure must
reach outside the database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from worldhire.config import Settings
from worldhire.store.protocol import Repository


class ErasurePurger(Protocol):
    """Something outside the database that may hold a person's data (a vector or lexical index,
    a cache). `purge` removes every entry for the candidate and returns how many it removed."""

    @property
    def name(self) -> str: ...

    def purge(self, candidate_id: str) -> int: ...


@dataclass
class Governance:
    repo: Repository
    home: Path | None = None
    # What erasure must reach outside the database; worldhire.bootstrap gives the full list.
    purgers: Sequence[ErasurePurger] = ()

    @classmethod
    def open(cls, repo: Repository, settings: Settings | None = None,
             purgers: Sequence[ErasurePurger] = ()) -> Governance:
        if settings is None:
            return cls(repo, purgers=purgers)
        return cls(repo, settings.home, purgers)
