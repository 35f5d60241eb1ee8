"""The governance context: the repository, the main database's engine (where tenants, users,
tokens, keys and the audit log live) and the data directory whose files erasure must clean."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, Engine

from worldhire.config import Settings
from worldhire.store.protocol import Repository
from worldhire.store.sql import schema_governance as _tables  # noqa: F401  (registers tables)


class ErasurePurger(Protocol):
    """Something outside the database that may hold a person's data (a vector or lexical index,
    a cache). `purge` removes every entry for the candidate and returns how many it removed."""

    @property
    def name(self) -> str: ...

    def purge(self, candidate_id: str) -> int: ...


def engine_of(repo: Repository) -> Engine:
    """The engine of the main database behind a SQL repository (plain or region-routed)."""
    engine = getattr(repo, "engine", None)
    if not isinstance(engine, Engine):
        raise TypeError(f"{type(repo).__name__} has no SQL engine for the governance tables")
    return engine


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

    @property
    def engine(self) -> Engine:
        return engine_of(self.repo)

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn
