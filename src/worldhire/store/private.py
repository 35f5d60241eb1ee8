"""Where personal data is kept on disk is its owner's alone: the home folder (the database, the
vector index, caches, the session secret) is entered by its owner only (0700) and the files that
hold personal data are read by their owner only (0600). New ones are made so; existing ones made
so under a wider umask, or by a version that did not care, are tightened the next time worldhire
opens them, since a mode kept from before would leave every file inside open to the machine's
other users. A folder or file worldhire cannot tighten (another user's) is refused with a clear
error rather than used as it is."""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path

from worldhire.core.errors import WorldhireError

_OTHERS = 0o077  # the group's and everyone else's permission bits


class NotPrivate(WorldhireError):
    """worldhire's home or database is open to other users and cannot be made private."""

    status = 503
    code = "storage-not-private"


def private_folder(path: Path) -> None:
    """`path` made (with its parents) entered by its owner only, or tightened to that."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    _tighten(path, "folder")


def private_file(path: Path, *, companions: tuple[str, ...] = ()) -> None:
    """`path` made empty and readable by its owner only when it does not exist, or tightened to
    that, with the files named by its name and each suffix of `companions` (SQLite's -wal and
    -shm, which it gives the database's mode when it makes them, but an older one keeps)."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    _tighten(path, "file")
    for suffix in companions:
        with suppress(FileNotFoundError):  # made by SQLite when needed, with the mode above
            _tighten(path.with_name(path.name + suffix), "file")


def _tighten(path: Path, kind: str) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if not mode & _OTHERS:
        return
    try:
        os.chmod(path, mode & ~_OTHERS)
    except PermissionError as exc:
        raise NotPrivate(
            f"worldhire's {kind} {path} holds personal data but is open to other users (mode "
            f"{mode:04o}) and is not yours to change: run 'chmod go-rwx {path}' as its owner, "
            "or point --home or WORLDHIRE_HOME at a folder of your own") from exc
