"""The unit of work on a SQL store: one transaction that the repositories of a use case join.

Whoever opens it (a shell, through `bootstrap.Services.unit_of_work`) commits it; the services
and repositories working inside it never do. Leaving the block without `commit()` rolls back.
Outside a unit of work each repository call runs in a short transaction of its own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar, Token
from types import TracebackType

from sqlalchemy import Connection, Engine


class SqlUnitOfWork:
    """One connection and its transaction on `engine`, which every statement that
    `Transactions.connection()` serves in the same thread or task joins. A unit opened inside
    another is part of it: only the outermost one commits."""

    def __init__(self, engine: Engine, current: ContextVar[SqlUnitOfWork | None]) -> None:
        self.engine = engine
        self._current = current
        self._conn: Connection | None = None
        self._token: Token[SqlUnitOfWork | None] | None = None
        self._joined = False

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("the unit of work is not open")
        return self._conn

    def __enter__(self) -> SqlUnitOfWork:
        outer = self._current.get()
        self._joined = outer is not None
        self._conn = outer.connection if outer is not None else self.engine.connect()
        self._token = self._current.set(outer or self)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._token is not None:
            self._current.reset(self._token)
        conn, self._conn = self.connection, None
        if self._joined:
            return
        try:
            conn.rollback()  # whatever was not committed
        finally:
            conn.close()

    def commit(self) -> None:
        """Make the work so far durable (the outermost unit's opener does); it stays open."""
        if not self._joined:
            self.connection.commit()

    def rollback(self) -> None:
        if not self._joined:
            self.connection.rollback()


class Transactions:
    """Where a SQL store's statements run: the unit of work open in this thread or task, or
    else a transaction of their own, committed when the statement block ends."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._current: ContextVar[SqlUnitOfWork | None] = ContextVar(
            f"unit-of-work-{id(self)}", default=None)

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, self._current)

    def in_unit_of_work(self) -> bool:
        """Whether a unit of work is open in this thread or task (statements join it)."""
        return self._current.get() is not None

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        work = self._current.get()
        if work is not None:
            yield work.connection
            return
        with self.engine.begin() as conn:
            yield conn


class UnitsOfWork:
    """One unit of work over several databases (the main one and each region's): entered,
    committed and rolled back together. The commits run one database after the other, the main
    one first, so a failure or crash between two of them can leave the later ones undone; a use
    case that must finish (erasure) records its intent in the main database and its retry redoes
    the rest (governance.erasure.purge_pending)."""

    def __init__(self, units: list[SqlUnitOfWork]) -> None:
        self.units = units
        self._stack = ExitStack()

    def __enter__(self) -> UnitsOfWork:
        with ExitStack() as opening:
            for unit in self.units:
                opening.enter_context(unit)
            self._stack = opening.pop_all()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._stack.__exit__(kind, error, trace)

    def commit(self) -> None:
        for unit in self.units:
            unit.commit()

    def rollback(self) -> None:
        for unit in self.units:
            unit.rollback()
