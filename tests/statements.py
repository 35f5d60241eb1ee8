"""Recorders of the SQL a store sends, for tests that check how a query is asked, not only what
it returns (one statement, a pool never joined, a trigger lifted)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event


@contextmanager
def _listening(engine: Engine, record: Callable[..., None]) -> Iterator[None]:
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", record)


@contextmanager
def statements_sent(engine: Engine) -> Iterator[list[str]]:
    """The SQL statements `engine` sends while the block runs, in order."""
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        sent.append(statement)

    with _listening(engine, record):
        yield sent


@contextmanager
def executions_sent(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """Each statement `engine` sends while the block runs, with its parameters, in order."""
    sent: list[tuple[str, Any]] = []

    def record(_conn: object, _cursor: object, statement: str, parameters: Any,
               *_: object) -> None:
        sent.append((statement, parameters))

    with _listening(engine, record):
        yield sent
