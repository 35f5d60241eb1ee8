"""Domain objects as plain JSON-ready data, for digests and audit records.

`dataclasses.asdict` deep-copies every leaf, which made digesting a 10k-candidate pool take
seconds; the domain model is immutable-by-convention data, so a read-only walk is enough.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from typing import Any

_LEAVES = (str, int, float, bool, type(None), date, datetime)


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    if cls not in _FIELDS:
        is_record = dataclasses.is_dataclass(cls) and not issubclass(cls, (*_LEAVES, Enum))
        _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if is_record else None
    return _FIELDS[cls]


def plain(value: Any) -> Any:
    """Dataclasses become dicts, tuples become lists; other values are returned as they are
    (the JSON encoder renders dates and enums)."""
    cls = type(value)
    if cls is list or cls is tuple:
        return [plain(v) for v in value]
    if cls is dict:
        return {k: plain(v) for k, v in value.items()}
    names = _field_names(cls)
    if names is None:
        return value
    return {name: plain(getattr(value, name)) for name in names}
