"""Retrieval in the store: the pool's size, ids and working windows, its keyword search, and the
vectors the database holds."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import column, func, literal_column, select, table, text

from worldhire.store.protocol import PoolFilter
from worldhire.store.sql import impacts
from worldhire.store.sql import schema as t
from worldhire.store.sql.database import SqlDatabase
from worldhire.store.sql.frequencies import WordFrequencies
from worldhire.store.sql.keyword_search import RankedMatches, selective
from worldhire.store.sql.pool import pool_members, pool_rows, pool_where
from worldhire.store.vector_backend import VectorBackend

if TYPE_CHECKING:
    from worldhire.index.vectors import Hit, StoredVectorIndex, VectorIndex, Vectors

# How much deeper than asked the full-text index is read at a time before the pool's filters are
# checked on its hits, and how many such parts are read before the filters are joined in.
OVERFETCH = 4
DEEPEN = 8
# The parts the whole store is ranked for at first on PostgreSQL (keyword_search.RankedMatches;
# a pool holding a fifth of it has its `k` there), and how much deeper than the share of the
# pool met says hold its `k` the matches are ranked next.
FIRST = 2
DEEPER = 1.5
# Postings FTS5 may rank for one query on SQLite (about 1.5 us each: 0.3 s for 200,000); past
# it the impact-ordered index is read. bench/e2e.py's roles hold fewer at 100,000 profiles (so
# their shortlists are FTS5's), 0.5-1 million at 1,000,000.
RANKED_POSTINGS = 200_000
# PostgreSQL's distinct working windows, each the first in its index (migration 0047) after the
# one before: a skip scan, which the planner does not make of a DISTINCT by itself.
_WINDOW = "{0}timezone, {0}work_start_hour, {0}work_end_hour"
_WINDOWS_BY_INDEX = text(
    f"WITH RECURSIVE w AS ((SELECT {_WINDOW.format('')} FROM candidates WHERE timezone <> '' "
    "ORDER BY 1, 2, 3 LIMIT 1) UNION ALL SELECT n.* FROM w, LATERAL "
    f"(SELECT {_WINDOW.format('c.')} FROM candidates AS c WHERE c.timezone <> '' "
    f"AND ({_WINDOW.format('c.')}) > ({_WINDOW.format('w.')}) ORDER BY 1, 2, 3 LIMIT 1) AS n) "
    "SELECT * FROM w")


class SqlPoolSearch(SqlDatabase):
    _vectors: dict[str, StoredVectorIndex]
    _vector_backend: VectorBackend
    _frequencies: WordFrequencies

    def keep_vectors(self, backend: VectorBackend) -> None:
        """Where the pool's vectors are kept and searched (Settings.vector_backend, chosen by
        the composition root); the database's own where one is held on it until then."""
        self._vector_backend = backend
        self._vectors.clear()

    def vector_backend(self) -> VectorBackend:
        return self._vector_backend

    def pool_size(self, tenant_id: str | None) -> int:
        """How many people a tenant's role may be matched against, from the counts the store's
        triggers keep as profiles are written (t.POOL_COUNTS: the tenant's own and the
        platform's; on PostgreSQL a key's count is the sum of its rows, migration 0046)."""
        counts = table(t.POOL_COUNTS, literal_column("tenant_key"), literal_column("profiles"))
        keys = [""] if tenant_id is None else ["", tenant_id]
        with self._tx() as conn:
            return int(conn.execute(
                select(func.coalesce(func.sum(literal_column("profiles")), 0))
                .select_from(counts).where(literal_column("tenant_key").in_(keys))
            ).scalar_one())

    def pool_ids(self, pool: PoolFilter) -> list[str]:
        """Every id in the filtered pool (for a vector search that needs an allow-list)."""
        with self._tx() as conn:
            return list(conn.execute(select(t.candidates.c.id).where(pool_where(pool)))
                        .scalars())

    def in_pool(self, pool: PoolFilter, candidate_ids: Sequence[str]) -> set[str]:
        """Which of these ids are in the filtered pool."""
        with self._tx() as conn:
            return pool_members(conn, pool, candidate_ids)

    def search_profiles(
        self, pool: PoolFilter, words: Sequence[str], k: int
    ) -> list[tuple[str, float]]:
        """The `k` profiles of the filtered pool that best match any of `words` (full-text rank
        of the database, higher is better), best first.

        The full-text index is asked without the pool's predicates and its matches, best first,
        are checked against them `OVERFETCH` x `k` at a time, up to `DEEPEN` such parts: the
        pool's members met on the way are its best, in the same order, and the database ranked
        every match to sort them anyway, so reading on costs only the checks. Only a pool too
        selective for that is searched with the predicates joined in (each match then costs a
        row lookup); when that came after the first part, two fifths of bench/e2e.py's roles
        took it at 30,000 profiles.

        On SQLite a query whose words hold more than RANKED_POSTINGS postings is ranked from
        the impact-ordered index instead (store/sql/impacts.py): each word's best postings are
        read, so the cost no longer grows with the store. On PostgreSQL the matches are ranked
        from their words' postings (store/sql/postings.py) and those returned scored from their
        tsvectors, as weighted_rank scores every match; a pool whose members the first part
        holds too few of, and of no more profiles than the parts would read, is ranked from
        its members' tsvectors alone (RankedMatches.of_few). The whole store is ranked FIRST
        parts deep at first, then as deep as the share of the pool met says hold its `k`
        (DEEPER: a margin), or, past every part's depth, with the predicates joined in."""
        words = [w for w in dict.fromkeys(words) if w]
        if not words or k <= 0:
            return []
        part = k * OVERFETCH
        hits: list[tuple[str, float]] = []
        # A unit of work's own writes are not in the index's stamp yet (sql/frequencies.py).
        frequencies = None if self.transactions.in_unit_of_work() else self._frequencies
        with self._tx() as conn:
            if conn.dialect.name == "sqlite":
                held = selective(conn, words, frequencies)
                if sum(held.values()) > RANKED_POSTINGS and impacts.in_use(conn):
                    return impacts.search(conn, held, k, partial(pool_rows, conn, pool))
            matches = RankedMatches(conn, words, part, part * DEEPEN, frequencies,
                                    first=part * FIRST)
            checked = 0
            for read, rows in enumerate(matches):
                members = pool_members(conn, pool, [cid for cid, _ in rows])
                hits += [(cid, score) for cid, score in rows if cid in members]
                checked += len(rows)
                if len(hits) >= k:
                    break
                if not read and (few := matches.of_few(pool_where(pool), k)) is not None:
                    return few
                depth = (math.ceil(DEEPER * k * checked / len(hits)) if hits
                         else matches.limit + 1)
                if not matches.aim(depth):
                    break
            if len(hits) < k and not matches.complete:
                hits = matches.within(pool_where(pool), k)
            return matches.exact(hits, k)

    def working_windows(self) -> list[tuple[str, float, float]]:
        """The distinct (time zone, start hour, end hour) of the store's people who state a
        zone: a million profiles have a few hundred, so an overlap rule is decided per window
        and becomes a predicate (PoolFilter.windows) that keeps the pool's own filters, without
        reading the pool's rows. SQLite reads them from the counts its
        triggers keep (migration 0031), PostgreSQL from its index of them (migration 0047), a
        lookup a window: reading the pool's rows for them grew with the store."""
        with self._tx() as conn:
            if conn.dialect.name == "sqlite":
                held = table(t.WORK_WINDOWS, column("timezone"), column("work_start_hour"),
                             column("work_end_hour"), column("profiles"))
                rows = conn.execute(
                    select(held.c.timezone, held.c.work_start_hour, held.c.work_end_hour)
                    .where(held.c.profiles > 0)).all()
            else:
                rows = conn.execute(_WINDOWS_BY_INDEX).all()
        return sorted((r[0], float(r[1]), float(r[2])) for r in rows)

    def nearest_in_pool(self, pool: PoolFilter, query: Vectors, k: int,
                        vectors: VectorIndex) -> list[Hit] | None:
        """The `k` nearest profiles of the filtered pool in `vectors`, searched in the database
        with the pool's predicates joined in, where the database holds them (an index
        profile_vectors gave); None for an index kept elsewhere."""
        held = next((v for v in self._vectors.values() if v is vectors), None)
        if held is None:
            return None
        return held.search_among(query, k, select(t.candidates.c.id).where(pool_where(pool)),
                                 pool.countries)

    def profile_vectors(self, model: str, dim: int) -> StoredVectorIndex | None:
        """The pool's vectors held by the database itself (the chosen backend's, as the
        pgvector table of the model's profiles that `batch embed` fills and the embedding queue
        writes), one instance per repository, so its row map follows this process's writes.
        None where the backend keeps them in files under the home (index/pool.py)."""
        held = self._vector_backend.held
        if held is None:
            return None
        found = self._vectors.get(model)
        if found is None:
            found = self._vectors[model] = held.open(self.engine, model, dim, "profiles")
        return found
