"""The pool a role is matched against, as SQL: its predicates (PoolFilter) over the profiles or
their copy of the pool's columns, which of some ids or rows are in it, and ids bound as one
value."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    Connection,
    String,
    and_,
    any_,
    bindparam,
    cast,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy import Text as SqlText

from worldhire.store.protocol import PoolFilter
from worldhire.store.sql import schema as t


def among(column: Any, ids: Sequence[str] | Sequence[int], dialect: str) -> Any:
    """`column IN ids` with the ids bound as one value (a JSON array SQLite's json_each reads, an
    array on PostgreSQL): rendering and coercing an IN list of hundreds of literals cost more
    CPU than the query it sent (a fresh shortlist sends several), and one value has no driver's
    parameter limit to chunk under."""
    if dialect == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(String)))
    listed: Any = select(literal_column("value")).select_from(func.json_each(json.dumps(list(ids))))
    return column.in_(listed.scalar_subquery())


def consents_to_matching(c: Any = t.candidates.c) -> Any:
    """The candidate's latest word on matching is a yes (kept on the profile when it is
    written, as Candidate.consented reads the records), over `candidates` or the same column
    of another table (`c`)."""
    return c.matching_consent.is_(True)


def pool_members(conn: Connection, pool: PoolFilter, candidate_ids: Sequence[str]) -> set[str]:
    """Which of these ids are in the filtered pool."""
    ids = list(dict.fromkeys(candidate_ids))
    if not ids:
        return set()
    return set(conn.execute(
        select(t.candidates.c.id).where(
            among(t.candidates.c.id, ids, conn.dialect.name), pool_where(pool))
    ).scalars())


def pool_rows(conn: Connection, pool: PoolFilter, rows: Sequence[int]) -> set[int]:
    """Which of these rows of the searched text (candidate_text.row) are the filtered pool's
    profiles': read from the rows' copy of their pool columns (t.POOL_TABLE), by its integer
    key. Looking each row up in candidate_text for its id, then the id in candidates, cost 6-7
    us of CPU a row at a million profiles."""
    held = table(t.POOL_TABLE, column("row"),
                 *(column(name, t.candidates.c[name].type) for name in t.POOL_COLUMNS))
    return set(conn.execute(
        select(held.c.row).where(among(held.c.row, rows, conn.dialect.name),
                                 pool_where(pool, held.c))).scalars())


def pool_where(pool: PoolFilter, c: Any = t.candidates.c) -> Any:
    """The pool as predicates over `candidates` (see PoolFilter), or over the same columns of
    another table (`c`)."""
    scope: Any = c.tenant_id.is_(None)
    if pool.tenant_id is not None:
        scope = or_(c.tenant_id == pool.tenant_id, scope)
    conds = [scope, consents_to_matching(c)]
    if pool.countries is not None:
        conds.append(c.country.in_(sorted(pool.countries)))
    for country, codes in pool.authorised:
        stated = cast(c.work_authorization, SqlText)
        conds.append(or_(
            and_(c.country == country, c.needs_sponsorship.is_(False)),
            *[stated.ilike(f"%{code}%") for code in sorted(codes)],
        ))
    if pool.no_sponsorship:
        conds.append(c.needs_sponsorship.is_(False))
    if pool.max_pay_usd is not None:
        conds.append(or_(c.pay_expectation_usd.is_(None),
                         c.pay_expectation_usd <= pool.max_pay_usd))
    if pool.windows is not None:
        conds.append(tuple_(c.timezone, c.work_start_hour, c.work_end_hour)
                     .in_(sorted(pool.windows)))
    return and_(*conds)
