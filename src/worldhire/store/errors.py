"""Storage that cannot be written: a full disk or a read-only home. Found in whatever the
operating system or the database driver raised (OSError, a SQLite or PostgreSQL error through
SQLAlchemy) and turned into errors that say so, instead of a traceback or a bare 500."""

from __future__ import annotations

import errno

from worldhire.core.errors import WorldhireError

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# SQLite says these in its messages; PostgreSQL in SQLSTATE codes.
_SQLITE_FULL = ("database or disk is full",)
_SQLITE_READ_ONLY = ("readonly database", "unable to open database file")
_PG_FULL = {"53100", "53200"}  # disk_full, out_of_memory
_PG_READ_ONLY = {"25006"}  # read_only_sql_transaction


class StorageFull(WorldhireError):
    """The disk (or quota) holding worldhire's data is full: nothing was saved."""

    status = 507
    code = "storage-full"
    public = "the server's storage is full; nothing was saved, retry once space is freed"


class StorageReadOnly(WorldhireError):
    """worldhire's home or database cannot be written (a read-only mount, missing rights)."""

    status = 503
    code = "storage-read-only"
    public = "the server's storage is read-only; nothing was saved"


StorageError = StorageFull | StorageReadOnly


def storage_exception_types() -> tuple[type[Exception], ...]:
    """The exception types a storage failure arrives as, for a server's error handlers."""
    from sqlalchemy.exc import DBAPIError

    return (OSError, DBAPIError)


def storage_error(exc: BaseException) -> StorageError | None:
    """What `exc` says about the storage, if anything: an OSError, a database driver's error,
    or SQLAlchemy's wrapper around one; anything else is not judged."""
    if isinstance(exc, StorageFull | StorageReadOnly):
        return exc
    if isinstance(exc, OSError):
        return _from_os(exc)
    module = type(exc).__module__
    if module.startswith("sqlalchemy"):
        orig = getattr(exc, "orig", None)  # DBAPIError wraps the driver's own error
        return _from_driver(orig) if isinstance(orig, BaseException) else None
    if module.startswith(("sqlite3", "psycopg")):
        return _from_driver(exc)
    return None


def _from_os(exc: OSError) -> StorageError | None:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in _FULL_ERRNOS:
        return StorageFull(f"no space left to write worldhire's data{where}: free some space "
                           "(or raise the quota) and run again; nothing was saved")
    if exc.errno in _READ_ONLY_ERRNOS:
        return StorageReadOnly(f"worldhire's data cannot be written{where}: the home is "
                               "read-only or not yours; point --home or WORLDHIRE_HOME at a "
                               "writable folder")
    return None


def _from_driver(exc: BaseException) -> StorageError | None:
    state = getattr(exc, "sqlstate", None)
    message = str(exc).lower()
    if state in _PG_FULL or any(m in message for m in _SQLITE_FULL):
        return StorageFull("the database is out of space (disk or quota full): free some "
                           "space and run again; nothing was saved")
    if state in _PG_READ_ONLY or any(m in message for m in _SQLITE_READ_ONLY):
        return StorageReadOnly("the database cannot be written: its file or folder is "
                               "read-only, or the server refuses writes; point --home or "
                               "WORLDHIRE_HOME at a writable folder")
    return None
