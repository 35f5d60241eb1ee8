"""Where a deployment keeps and searches the pool's vectors, chosen once from
`Settings.vector_backend` by the composition root (`bootstrap.build`, `Repository.keep_vectors`)
for ranking (`Repository.profile_vectors`), the embedding queue (index/queue.py) and `batch
embed` (batch/targets.py) alike.

The names are the backends' own: the kinds kept in files (`worldhire.index.backends`, one module
each) and those a database holds (`worldhire.store.held`, one module each). `auto` is the
database's own where one is held on it (pgvector on PostgreSQL), else files."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass

from worldhire.config import SettingsError
from worldhire.index.backends import FILE_INDEXES, GROWN_KIND
from worldhire.store import held
from worldhire.store.held.backend import HeldBackend

AUTO = "auto"


def _held_indexes() -> dict[str, HeldBackend]:
    found: dict[str, HeldBackend] = {}
    for module in pkgutil.iter_modules(held.__path__):
        backend = getattr(importlib.import_module(f"{held.__name__}.{module.name}"),
                          "BACKEND", None)
        if isinstance(backend, HeldBackend):
            found[backend.name] = backend
    return found


# The backends databases hold, by name.
HELD_INDEXES: dict[str, HeldBackend] = _held_indexes()


@dataclass(frozen=True)
class VectorBackend:
    name: str
    held: HeldBackend | None  # None: index folders under the home (worldhire.index)
    grows_into: str  # the file kind a grown pool folder becomes (index.backends.promote)


def vector_backend_names() -> list[str]:
    return [AUTO, *sorted(FILE_INDEXES), *sorted(HELD_INDEXES)]


def choose_vector_backend(name: str, dialect: str) -> VectorBackend:
    """The backend `name` names for a main database of `dialect`; SettingsError when there is
    none of that name, or when its database is of another kind."""
    if name == AUTO:
        on_it = next((b for b in HELD_INDEXES.values() if b.dialect == dialect), None)
        return VectorBackend(on_it.name if on_it else GROWN_KIND, on_it, GROWN_KIND)
    if name in FILE_INDEXES:
        return VectorBackend(name, None, name)
    backend = HELD_INDEXES.get(name)
    if backend is None:
        raise SettingsError(f"WORLDHIRE_VECTOR_BACKEND: no vector backend {name!r}; one of "
                            f"{', '.join(vector_backend_names())}")
    if backend.dialect != dialect:
        raise SettingsError(f"WORLDHIRE_VECTOR_BACKEND: {name} is held by a {backend.dialect} "
                            f"database, and the store is {dialect}")
    return VectorBackend(name, backend, GROWN_KIND)
