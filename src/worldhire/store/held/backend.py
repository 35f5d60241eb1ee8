"""What a vector backend held by the database gives: its index over a model's vectors of a part
("profiles", "evidence"), the sink `batch embed` writes them through, and the erasure of a
person's rows from every table it made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine

from worldhire.index.vectors import StoredVectorIndex, VectorSink


@dataclass(frozen=True)
class HeldBackend:
    name: str
    dialect: str  # the SQLAlchemy dialect of the databases that can hold it
    # (engine, model, dim, part): the part's index, made in the database where missing
    open: Callable[[Engine, str, int, str], StoredVectorIndex]
    sink: Callable[[Engine, str, int, str], VectorSink]
    # (engine, candidate id, connection of the erasure's unit of work): rows removed
    purge: Callable[[Engine, str, Connection | None], int]
