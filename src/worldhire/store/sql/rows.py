"""Rows handed to the driver as they are: the bulk load's inserts without SQLAlchemy's
statement compilation and per-row parameter building (half of a load's time), by the DBAPI's
own executemany on SQLite and COPY on PostgreSQL.

Each value goes through the bind processor SQLAlchemy itself would apply to its column (JSON
serialised, dates as SQLite stores them, booleans as the dialect keeps them), so a row written
here is the row `insert(table)` writes (tests/store/test_bulk_rows.py compares them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect, Table

Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class _Insert:
    sql: str
    copy: str
    columns: tuple[str, ...]
    processed: tuple[tuple[int, Processor], ...]  # (position, processor) of converted columns


@lru_cache(maxsize=64)
def _insert(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> _Insert:
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    marks = ", ".join([mark] * len(columns))
    processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    return _Insert(
        sql=f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})",
        copy=f"COPY {quote(table.name)} ({names}) FROM STDIN",
        columns=columns,
        processed=tuple((i, p) for i, p in enumerate(processors) if p is not None),
    )


def _values(statement: _Insert, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
    pick = itemgetter(*statement.columns)
    if len(statement.columns) == 1:
        return [(pick(row),) for row in rows]
    if not statement.processed:
        return [pick(row) for row in rows]
    out = []
    for row in rows:
        values = list(pick(row))
        for i, process in statement.processed:
            values[i] = process(values[i])
        out.append(tuple(values))
    return out


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys, as for `conn.execute(insert(table), rows)`)
    into `table` in one driver call: COPY on PostgreSQL (psycopg), executemany elsewhere."""
    if not rows:
        return
    statement = _insert(conn.dialect, table, tuple(rows[0]))
    values = _values(statement, rows)
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        driver = conn.connection.driver_connection
        assert driver is not None  # an open connection
        with driver.cursor() as cursor, cursor.copy(statement.copy) as copy:
            for row in values:
                copy.write_row(row)
    else:
        conn.exec_driver_sql(statement.sql, values)
