"""A failed erasure is recorded by its error's class and code, never by its text (which may hold
the statement, its parameters or a file's path, any of them naming the person)."""

from __future__ import annotations

import errno
import sqlite3

from worldhire.governance.errors import GovernanceError
from worldhire.governance.failures import failure_code


def test_a_file_error_gives_its_errno_not_its_path() -> None:
    error = OSError(errno.ENOSPC, "No space left on device", "/home/uploads/Zofia Qz CV.pdf")
    assert failure_code(error) == "OSError (ENOSPC)"
    assert failure_code(OSError("index file of Zofia Qz locked")) == "OSError"


def test_a_driver_error_gives_its_code() -> None:
    db = sqlite3.connect(":memory:")
    try:
        db.execute("INSERT INTO people VALUES (?)", ("Zofia Qz",))
    except sqlite3.OperationalError as exc:
        assert failure_code(exc) == "OperationalError (SQLITE_ERROR)"
    else:
        raise AssertionError("the insert should fail")


def test_worldhires_own_errors_give_their_code() -> None:
    assert failure_code(GovernanceError("no candidate Zofia Qz")) == (
        f"GovernanceError ({GovernanceError.code})")
