"""One base for every error worldhire raises on purpose.

Each class carries an HTTP-like `status` and a stable `code`: the API answers with them as
problem+json, the CLI prints the message and exits with the code `EXIT_CODES` gives the status.
docs/errors.md lists every class (a test keeps it in step with the code).
"""

from __future__ import annotations

from typing import Any

# What a shell script sees: 1 is kept for "the command ran and its answer is no" (a plan that is
# infeasible, an audit chain that does not verify) and for failures of worldhire itself.
EXIT_CODES: dict[int, int] = {
    400: 2, 413: 2, 415: 2, 422: 2,  # the input is wrong: fix it and run again
    404: 3,                          # the thing named does not exist (or is not yours to see)
    401: 4, 403: 4,                  # who you are, or what your role may do
    409: 5,                          # the current state forbids it (consent, a stage, a duplicate)
    503: 6,                          # a part is missing: an extra, a built index, a model file
    507: 6,                          # ... or the storage is full (read-only storage is a 503)
}
INTERNAL_EXIT_CODE = 1


class WorldhireError(Exception):
    """A failure with a reason a person can act on. Subclasses set `status` and `code`."""

    status: int = 500
    code: str = "internal"
    # A server shows the message of a 5xx only when its class vouches that it names no file,
    # internal or person's data.
    detail_is_public: bool = False

    @property
    def extra(self) -> dict[str, Any]:
        """Fields a client may act on, added to the API's problem body (the id of the
        application a duplicate would repeat)."""
        return {}

    @property
    def exit_code(self) -> int:
        return EXIT_CODES.get(self.status, INTERNAL_EXIT_CODE)


class NotFound(WorldhireError, LookupError):
    """No such candidate, role, application ... in the caller's scope."""

    status = 404
    code = "not-found"


class InvalidInput(WorldhireError, ValueError):
    """A value that cannot be used as given (the message names it). `field`, where the caller
    knows it, is the input as its shell names it ("country", "--country"): the API adds it to
    the problem body, the CLI puts it before the message."""

    status = 422
    code = "invalid-input"

    def __init__(self, *args: object, field: str | None = None) -> None:
        super().__init__(*args)
        self.field = field

    @property
    def extra(self) -> dict[str, Any]:
        return {"field": self.field} if self.field else {}


class RoleNotOpen(WorldhireError):
    """A closed or archived role is not ranked and takes no applications until reopened."""

    status = 409
    code = "role-not-open"
