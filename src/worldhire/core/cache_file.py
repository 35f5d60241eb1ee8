"""A cache file written whole or not at all, replacing the caches of other builds."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def replace_cache_file(path: Path, data: bytes, prefix: str) -> None:
    """Write `data` to `path` through a temporary file and a rename (another process may be
    reading or writing the same file), then remove the folder's other `prefix*` files with
    the same suffix: caches of other builds."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{prefix}", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    for old in folder.glob(f"{prefix}*{path.suffix}"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
