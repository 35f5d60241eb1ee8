"""What an erasure that failed is recorded as (`pending_purges.last_error`, the purge report):
the error's class and its code, never its message. A database error's text carries the statement
and its parameters (the person's name, e-mail or ids), a file error its path (an uploaded file
named after the person), a PostgreSQL error a DETAIL line quoting the row: none of that may
outlive the erasure in a table that is kept until the purge is done."""

from __future__ import annotations

import errno

from worldhire.core.errors import WorldhireError


def failure_code(exc: BaseException) -> str:
    """`OperationalError (SQLITE_BUSY)`, `OSError (ENOSPC)`, `IntegrityError (23505)`: the class
    of the error, of the driver's error it wraps if any, and the code either gives."""
    cause = getattr(exc, "orig", None)  # the driver's error a SQLAlchemy error wraps
    names = [type(exc).__name__]
    if isinstance(cause, BaseException) and type(cause).__name__ != names[0]:
        names.append(type(cause).__name__)
    code = next((c for c in (_code(exc), _code(cause)) if c), None)
    return " ".join(names) + (f" ({code})" if code else "")


def _code(exc: object) -> str | None:
    if isinstance(exc, WorldhireError):
        return exc.code
    if isinstance(exc, OSError) and exc.errno is not None:
        return errno.errorcode.get(exc.errno, str(exc.errno))
    for attribute in ("sqlite_errorname", "sqlstate", "pgcode"):  # sqlite3, psycopg, psycopg2
        value = getattr(exc, attribute, None)
        if isinstance(value, str) and value:
            return value
    return None
