"""Rows handed to the driver as they are: the bulk load's inserts without SQLAlchemy's
statement compilation and per-row parameter building (half of a load's time), by the DBAPI's
own executemany on SQLite and COPY on PostgreSQL.

Each value goes through the bind processor SQLAlchemy itself would apply to its column (JSON
serialised, dates as SQLite stores them, booleans as the dialect keeps them), so a row written
here is the row `insert(table)` writes (tests/store/test_bulk_rows.py compares them)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Dialect, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeEngine

from worldhire.store.sql import impacts
from worldhire.store.sql import schema as t

Processor = Callable[[Any], Any]
_WINDOW = "timezone, work_start_hour, work_end_hour"  # candidate_work_windows' key

# What SQLite's AFTER INSERT triggers keep, a bulk load keeps with one statement per batch instead,
# over the rows the batch added (those after `?`, the table's last rowid before it): by table, by
# trigger. The full-text indexes of candidate_text (migrations 0013, 0019, 0024) are filled by
# one statement each (six times less CPU: the triggers flush each index's pending terms per
# row), and so are the rows' pool columns (migration 0041); each pool's count of profiles
# (migration 0029) goes up once per tenant and each working window's (migration 0031) once per
# window (their triggers' upserts per profile were half of a bulk insert into candidates).
_BATCHED = {
    "candidate_text": {
        "candidate_text_added":
            f"INSERT INTO {t.SEARCH_TABLE}(rowid, body) SELECT row, body FROM candidate_text "
            "WHERE row > ?",
        "candidate_list_terms_added":
            f"INSERT INTO {t.LISTING_TABLE}(rowid, list_terms, list_scope) "
            "SELECT row, list_terms, list_scope FROM candidate_text WHERE row > ?",
        "candidate_text_pool_added":
            f"INSERT INTO {t.POOL_TABLE} (row, {', '.join(t.POOL_COLUMNS)}) "
            f"SELECT ct.row, {', '.join('c.' + name for name in t.POOL_COLUMNS)} "
            "FROM candidate_text AS ct JOIN candidates AS c ON c.id = ct.candidate_id "
            "WHERE ct.row > ?",
    },
    "candidates": {
        "candidate_pool_added":
            "INSERT INTO candidate_pool_counts (tenant_key, profiles) "
            "SELECT coalesce(tenant_id, ''), count(*) FROM candidates "
            "WHERE rowid > ? AND matching_consent GROUP BY coalesce(tenant_id, '') "
            "ON CONFLICT (tenant_key) DO UPDATE SET profiles = profiles + excluded.profiles",
        "candidate_window_added":
            f"INSERT INTO candidate_work_windows ({_WINDOW}, profiles) "
            f"SELECT {_WINDOW}, count(*) FROM candidates "
            f"WHERE rowid > ? AND coalesce(timezone, '') != '' GROUP BY {_WINDOW} "
            f"ON CONFLICT ({_WINDOW}) DO UPDATE SET profiles = profiles + excluded.profiles",
    },
}


@dataclass(frozen=True)
class _Insert:
    sql: str
    copy: str
    columns: tuple[str, ...]
    # (position, processor, whether its answers are reused: see _processed) of converted columns
    processed: tuple[tuple[int, Processor, bool], ...]


@lru_cache(maxsize=64)
def _insert(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> _Insert:
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    marks = ", ".join([mark] * len(columns))
    processors = [_processor(dialect, table.c[c].type) for c in columns]
    return _Insert(
        sql=f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})",
        copy=f"COPY {quote(table.name)} ({names}) FROM STDIN",
        columns=columns,
        processed=tuple((i, p, isinstance(table.c[columns[i]].type, _COSTLY))
                        for i, p in enumerate(processors) if p is not None),
    )


def _copies(dialect: Dialect) -> bool:
    """Whether rows are written by COPY (psycopg), not executemany."""
    return dialect.name == "postgresql" and dialect.driver == "psycopg"


def _processor(dialect: Dialect, column_type: TypeEngine[Any]) -> Processor | None:
    """The bind processor SQLAlchemy applies to a value of `column_type`. For COPY, a JSON value
    then becomes its text as psycopg's own adapter writes it, here, rather than a wrapper the
    driver serialises as it writes the row: a bulk load prepares its rows in worker processes,
    and serialising a profile's five JSON columns was a third of the loading process's work in
    COPY."""
    impl = column_type.dialect_impl(dialect)
    process = impl.bind_processor(dialect)
    if process is None or not isinstance(impl, JSON) or not _copies(dialect):
        return process
    from psycopg.adapt import PyFormat, Transformer

    adapt = Transformer()
    wrap = process

    def text(value: Any) -> str | None:
        wrapped = wrap(value)
        dumped = None if wrapped is None else adapt.get_dumper(wrapped, PyFormat.TEXT).dump(wrapped)
        return None if dumped is None else bytes(dumped).decode()

    return text


def _values(statement: _Insert, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
    pick = itemgetter(*statement.columns)
    if len(statement.columns) == 1:
        return [(pick(row),) for row in rows]
    picked = [pick(row) for row in rows]
    if not statement.processed:
        return picked
    columns = list(zip(*picked, strict=True))
    for i, process, reused in statement.processed:
        columns[i] = _processed(process, columns[i]) if reused else tuple(map(process, columns[i]))
    return list(zip(*columns, strict=True))


_EMPTY_LIST = -1  # no object's id
# Types whose processors cost more than looking an answer up (JSON is serialised, a date
# formatted); a number's or a boolean's is cheaper to call again.
_COSTLY = (JSON, Date, DateTime)


def _processed(process: Processor, values: tuple[Any, ...]) -> tuple[Any, ...]:
    """`process` of each value, computed once per object (a chunk's rows share their
    timestamps) and once for every empty list (most JSON columns of a bulk row): the JSON and
    date processors' calls were a third of a load's Python work on the driver's side. `values`
    holds every object until the end, so no id is reused meanwhile."""
    answers: dict[int, Any] = {}
    out = []
    for value in values:
        key = _EMPTY_LIST if value.__class__ is list and not value else id(value)
        answer = answers.get(key, answers)
        if answer is answers:
            answer = answers[key] = process(value)
        out.append(answer)
    return tuple(out)


@dataclass(frozen=True)
class PreparedRows:
    """New profiles' rows for every table, each value already as the driver takes it (`_values`
    applied): built away from the writer, in a bulk load's worker process, so writing them
    (SqlBulkLoads.write_prepared) costs the writer only the driver's own work. Picklable."""

    ids: tuple[str, ...]  # the profiles', in the order they were read
    tenants: frozenset[str]  # the tenants they name
    tables: tuple[tuple[str, tuple[str, ...], list[tuple[Any, ...]]], ...]  # name, columns, rows

    def without(self, ids: Collection[str]) -> PreparedRows:
        """These rows less every row of the profiles `ids` (each table names its profile in
        `candidate_id`, the profiles' own in `id`)."""
        if not ids:
            return self
        dropped = set(ids)
        tables = []
        for name, columns, values in self.tables:
            at = columns.index("id" if name == t.candidates.name else "candidate_id")
            tables.append((name, columns, [row for row in values if row[at] not in dropped]))
        return PreparedRows(tuple(i for i in self.ids if i not in dropped), self.tenants,
                            tuple(tables))


def prepare_rows(dialect: Dialect, ids: Sequence[str], tenants: Collection[str],
                 rows: Sequence[tuple[Table, Sequence[dict[str, Any]]]]) -> PreparedRows:
    """`rows` (per table, dicts with the same keys) as PreparedRows for `dialect`."""
    tables = []
    for table, values in rows:
        if values:
            statement = _insert(dialect, table, tuple(values[0]))
            tables.append((table.name, statement.columns, _values(statement, values)))
    return PreparedRows(tuple(ids), frozenset(tenants), tuple(tables))


def insert_prepared(conn: Connection, rows: PreparedRows) -> None:
    """Every table's prepared rows inserted, the full-text indexes filled as bulk_insert_rows
    fills them."""
    for name, columns, values in rows.tables:
        table = t.metadata.tables[name]
        statement = _insert(conn.dialect, table, columns)
        _indexed(conn, table, partial(_execute, conn, statement, values))


def bulk_insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """`insert_rows`, and on SQLite what the table's insert triggers keep kept per batch."""
    _indexed(conn, table, partial(insert_rows, conn, table, rows))


def with_impacts(conn: Connection, table: Table, insert: Callable[[], object]) -> None:
    """`insert()` of rows into `table`; on SQLite, searched texts' postings written to the
    impact-ordered index (store/sql/impacts.py) afterwards, in one pass over the rows added."""
    if conn.dialect.name != "sqlite" or table.name != t.candidate_text.name:
        insert()
        return
    last = conn.exec_driver_sql("SELECT coalesce(max(row), 0) FROM candidate_text").scalar_one()
    insert()
    impacts.written(conn, int(last))


def _indexed(conn: Connection, table: Table, insert: Callable[[], None]) -> None:
    """`insert()` of rows into `table`; on SQLite, what the table's insert triggers keep is
    kept afterwards by one statement over the rows added (_BATCHED) instead of row by row,
    and the impact-ordered index too (with_impacts)."""
    with_impacts(conn, table, partial(_triggered, conn, table, insert))


def _triggered(conn: Connection, table: Table, insert: Callable[[], None]) -> None:
    batched = _BATCHED.get(table.name)
    if batched is None or conn.dialect.name != "sqlite":
        insert()
        return
    driver = conn.connection.driver_connection
    triggers: dict[str, str] = dict(conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name = ? AND sql LIKE '%AFTER INSERT%'", (table.name,)).all())
    # Only inside the load's write transaction, which no other writer can enter until it
    # commits (and readers see the triggers until then), and only for the triggers known here.
    if not getattr(driver, "in_transaction", False) or set(triggers) != set(batched):
        insert()
        return
    for name in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    last = conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table.name}").scalar()
    insert()
    for name, sql in triggers.items():
        conn.exec_driver_sql(batched[name], (last,))
        conn.exec_driver_sql(sql)


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys, as for `conn.execute(insert(table), rows)`)
    into `table` in one driver call: COPY on PostgreSQL (psycopg), executemany elsewhere."""
    if not rows:
        return
    statement = _insert(conn.dialect, table, tuple(rows[0]))
    _execute(conn, statement, _values(statement, rows))


def _execute(conn: Connection, statement: _Insert, values: list[tuple[Any, ...]]) -> None:
    if not values:
        return
    if _copies(conn.dialect):
        driver = conn.connection.driver_connection
        assert driver is not None  # an open connection
        dbapi_error = conn.dialect.loaded_dbapi.Error
        try:
            with driver.cursor() as cursor, cursor.copy(statement.copy) as copy:
                for row in values:
                    copy.write_row(row)
        except dbapi_error as exc:  # as SQLAlchemy reports an insert's (an IntegrityError...)
            raise DBAPIError.instance(statement.copy, None, exc, dbapi_error) from exc
    else:
        conn.exec_driver_sql(statement.sql, values)
