"""PostgreSQL's index of the columns a pool's predicates read (migration 0050): a filtered pool is
counted and its ids read from the index's entries, without reading the profiles' rows."""

from __future__ import annotations

from sqlalchemy import Column, text
from sqlalchemy.sql import visitors

from worldhire.store.protocol import PoolFilter
from worldhire.store.sql import schema as t
from worldhire.store.sql.pool import pool_where
from worldhire.store.sql.repository import SqlRepository


def test_one_index_holds_every_column_a_pools_predicates_read_but_the_authorisations(
        pg_url: str) -> None:
    every_filter = PoolFilter("ten_1", frozenset({"BR", "MX"}), (), True, 90_000.0,
                              frozenset({("America/Sao_Paulo", 9.0, 17.0)}))
    read = {element.name for element in visitors.iterate(pool_where(every_filter))
            if isinstance(element, Column)}
    assert {"country", "pay_expectation_usd", "timezone"} <= read
    repo = SqlRepository(pg_url)
    try:
        with repo.engine.begin() as conn:
            held = set(conn.execute(text(
                "SELECT a.attname FROM pg_index AS i JOIN pg_attribute AS a "
                "ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                "WHERE i.indexrelid = to_regclass(:name)"), {"name": t.POOL_COLUMNS_INDEX})
                .scalars())
        # The JSON list of stated authorisations is matched as text and stays in the row.
        assert read - {"work_authorization"} | {"id"} <= held
    finally:
        repo.close()
