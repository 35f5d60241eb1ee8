"""Dense search in PostgreSQL: pgvector rows with an HNSW index, behind worldhire.index's
VectorIndex interface (upsert, remove, row_mask, search, save), and its sink for `batch embed`.

A table holds only pseudonymous keys (a candidate or evidence id), the id of the candidate a row
belongs to (`owner`, so erasing a person removes their evidence rows too), a fingerprint of the
embedded text (so a batch re-embeds only what changed) and the vector. Never a name or a text.

The database is the source of truth: a removed row is gone for every process at once. The
instance keeps a local row map (key -> row number) only to turn the interface's boolean masks
into key lists; it follows this instance's own writes, and `refresh` reloads it.

Filters: HNSW in pgvector 0.6 filters after the graph walk, so a selective filter can starve the
result (the bundled 0.6.2 has no iterative index scan, and a walk stops at 1,000 rows). Small
allowed sets are searched exactly (an index on the key, then a sort); larger ones over-fetch
from HNSW by the inverse of their share, and fall back to the exact path when the over-fetch
still leaves fewer than k hits, or at once where the capped walk could not hold k of them.

The exact path over a large pool reads every row of the table (a pool's rows lie on every
page). Once a table is large, `project` keeps beside it each vector projected on the first
PROJECTED_DIM principal axes of the stored vectors (`_short`, a fifth of the size; the axes in
`_axes`): the pool is scanned there and its best RERANKED * k rescored by their full vectors.
A pool of a large share is met among the projection's nearest rows instead, checked only there.
Where the store holds profiles, each projection row also keeps its owner's country (written with
the row, and changed with the profile's by migration 0051's trigger), and the rows lie in order of
it once projected: a pool filtered to some countries (a region) reads only their rows.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import (
    ARRAY,
    Connection,
    Engine,
    Float,
    String,
    any_,
    bindparam,
    column,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy import table as table_clause
from sqlalchemy.sql.elements import ColumnElement

from worldhire.index.vectors import Hit, IndexError_, Mask, Vectors, check_upsert
from worldhire.store.held.backend import HeldBackend

_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
TABLE_PREFIX = "vectors_"
POINTER_FILE = "pgvector.json"
# Allowed sets up to this size are scored exactly: cheaper than a graph walk that discards most.
EXACT_BELOW = 20_000
MAX_EF_SEARCH = 1000
# The projection the exact path scans first: the stored vectors' leading principal axes (at
# 500,000 bench profiles they hold 84% of the variance; a random projection of as many axes
# kept under half of a pool's true 200 nearest among its best 1,000), fitted on up to FIT_ROWS
# of them once the table holds EXACT_BELOW, and the best RERANKED times k of a pool rescored.
PROJECTED_DIM = 64
RERANKED = 5
FIT_ROWS = 20_000
# A large pool's best RERANKED times k on the projection are looked for among the projection's
# nearest rows, as many as its share says hold them times this.
NEAR_MARGIN = 2.0
# The product model's tables (one per precision: their vectors never mix) have short names.
MODEL_STEMS = {"all-MiniLM-L6-v2": "minilm", "all-MiniLM-L6-v2-int8": "minilm_int8"}


def vectors_table(model: str, part: str) -> str:
    """The name of the table of a model's vectors of a part ("profiles", "evidence"), before
    TABLE_PREFIX."""
    stem = MODEL_STEMS.get(model) or re.sub(r"[^a-z0-9]+", "_", model.lower()).strip("_")
    return f"{stem}_{part}"[:41]


def profiles_table(model: str) -> str:
    return vectors_table(model, "profiles")


class PgVectorIndex:
    kind = "pgvector"

    def __init__(
        self,
        engine: Engine,
        name: str,
        dim: int,
        *,
        schema: str = "public",
        m: int = 16,
        ef_construction: int = 64,
        ef_search: int = 100,
    ) -> None:
        if not _NAME.match(name) or not _NAME.match(schema):
            raise IndexError_(f"{schema}.{name}: use lower-case letters, digits and _")
        if engine.dialect.name != "postgresql":
            raise IndexError_("pgvector needs PostgreSQL; use worldhire.index on SQLite")
        self.engine, self.dim, self.schema = engine, dim, schema
        self.table = f"{schema}.{TABLE_PREFIX}{name}"
        self.short_table, self.axes_table = f"{self.table}_short", f"{self.table}_axes"
        self.country_index = f"{TABLE_PREFIX}{name}_short_country"
        self.projected_dim = min(PROJECTED_DIM, dim)
        self._rows_table = table_clause(f"{TABLE_PREFIX}{name}", column("key"),
                                        column("embedding"), schema=schema)
        self._short_rows = table_clause(f"{TABLE_PREFIX}{name}_short", column("key"),
                                        column("embedding"), column("country"), schema=schema)
        self._owner_country = "NULL"
        self.index_name = f"{TABLE_PREFIX}{name}_hnsw"
        self.owner_index = f"{TABLE_PREFIX}{name}_owner"
        self.m, self.ef_construction, self.ef_search = m, ef_construction, ef_search
        self._keys: list[str] | None = None
        self._rows: dict[str, int] = {}
        self.ensure()

    # -- schema ----------------------------------------------------------------------------

    def ensure(self) -> None:
        """Extension, schema, table and HNSW index, each created only if missing."""
        with self.engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
            conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {self.schema}"))
            conn.execute(text(
                f"CREATE TABLE IF NOT EXISTS {self.table} ("
                " key varchar(64) PRIMARY KEY, owner varchar(64) NOT NULL,"
                f" fingerprint varchar(32) NOT NULL, embedding vector({self.dim}) NOT NULL)"
            ))
            conn.execute(text(
                f"CREATE INDEX IF NOT EXISTS {self.owner_index} "
                f"ON {self.table} (owner)"
            ))
            dim = conn.execute(text(
                "SELECT atttypmod FROM pg_attribute WHERE attrelid = CAST(:t AS regclass) "
                "AND attname = 'embedding'"
            ), {"t": self.table}).scalar_one()
            if dim != self.dim:
                raise IndexError_(f"{self.table} holds {dim}-dimensional vectors, not {self.dim}")
            # Neither has an owner column: erasure (purge_owner) deletes from the table above,
            # and its rows' projections go with them.
            conn.execute(text(
                f"CREATE TABLE IF NOT EXISTS {self.axes_table} ("
                f" position integer PRIMARY KEY, axis vector({self.dim}) NOT NULL)"
            ))
            conn.execute(text(
                f"CREATE TABLE IF NOT EXISTS {self.short_table} ("
                f" key varchar(64) PRIMARY KEY REFERENCES {self.table} (key) ON DELETE CASCADE,"
                f" embedding vector({self.projected_dim}) NOT NULL, country varchar(2))"
            ))
            conn.execute(text(
                f"CREATE INDEX IF NOT EXISTS {self.country_index} "
                f"ON {self.short_table} (country)"
            ))
            if conn.execute(text("SELECT to_regclass('candidates')")).scalar_one() is not None:
                # A store of profiles (a bare table of vectors has no countries to keep).
                self._owner_country = (
                    "(SELECT c.country FROM candidates AS c WHERE c.id = {owner})")
        self.create_hnsw()

    def create_hnsw(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(text(
                f"CREATE INDEX IF NOT EXISTS {self.index_name} ON {self.table} "
                f"USING hnsw (embedding vector_ip_ops) "
                f"WITH (m = {int(self.m)}, ef_construction = {int(self.ef_construction)})"
            ))

    def rebuild(self, maintenance_work_mem: str = "1GB") -> None:
        """Drop and rebuild the HNSW graph in one pass (much faster than growing it row by row
        during a bulk load); searches are exact, never wrong, while it is missing. The projection
        is fitted again after it, on the vectors now stored (a bulk load's table had none)."""
        with self.engine.begin() as conn:
            conn.execute(text(f"DROP INDEX IF EXISTS {self.schema}.{self.index_name}"))
        with self.engine.begin() as conn:
            conn.execute(text("SELECT set_config('maintenance_work_mem', :v, true)"),
                         {"v": maintenance_work_mem})
            conn.execute(text(
                f"CREATE INDEX {self.index_name} ON {self.table} "
                f"USING hnsw (embedding vector_ip_ops) "
                f"WITH (m = {int(self.m)}, ef_construction = {int(self.ef_construction)})"
            ))
            conn.execute(text(f"ANALYZE {self.table}"))
        self.project()

    def project(self) -> bool:
        """Fit the projection's axes on a sample of the stored vectors and project every row
        (in one transaction that holds off writers, whose rows would miss the axes); False, and
        nothing changed, where the table is too small for the exact path to need it."""
        if self.projected_dim >= self.dim:
            return False
        with self.engine.begin() as conn:
            conn.execute(text(f"LOCK TABLE {self.table} IN SHARE MODE"))
            sample = np.array([json.loads(v) for v in conn.execute(text(
                f"SELECT CAST(embedding AS text) FROM {self.table} ORDER BY random() LIMIT :n"
            ), {"n": FIT_ROWS}).scalars()], dtype=np.float64)
            if len(sample) < min(EXACT_BELOW, FIT_ROWS):
                return False
            # Inner products are kept (not distances to a mean): the axes of the uncentred
            # second moment, largest first.
            values, vectors = np.linalg.eigh(sample.T @ sample)
            axes = vectors[:, np.argsort(values)[::-1][: self.projected_dim]].T
            conn.execute(text(f"TRUNCATE {self.axes_table}, {self.short_table}"))
            conn.execute(text(
                f"INSERT INTO {self.axes_table} (position, axis) "
                "SELECT p, CAST(a AS vector) FROM unnest(CAST(:p AS integer[]), "
                "CAST(:a AS text[])) AS given (p, a)"
            ), {"p": list(range(len(axes))), "a": [_text(a) for a in axes]})
            # In order of country: a region's rows lie on a run of pages, not on every page.
            conn.execute(text(
                f"INSERT INTO {self.short_table} (key, embedding, country) "
                f"SELECT key, {self._projected('embedding')}, "
                f"{self._owner_country.format(owner='owner')} AS country FROM {self.table} "
                "ORDER BY country, key"))
            conn.execute(text(f"ANALYZE {self.short_table}"))
        return True

    def _projected(self, vector: str) -> str:
        """SQL of `vector`'s projection on the stored axes (NULL where none are)."""
        return (f"(SELECT CAST(array_agg(-({vector} <#> axis) ORDER BY position) AS vector) "
                f"FROM {self.axes_table})")

    def drop_hnsw(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(text(f"DROP INDEX IF EXISTS {self.schema}.{self.index_name}"))

    # -- contents --------------------------------------------------------------------------

    def _row_map(self) -> dict[str, int]:
        if self._keys is None:
            self.refresh()
        return self._rows

    def refresh(self) -> None:
        with self.engine.begin() as conn:
            keys = list(conn.execute(text(f"SELECT key FROM {self.table}")).scalars())
        self._keys = keys
        self._rows = {k: i for i, k in enumerate(keys)}

    def __len__(self) -> int:
        with self.engine.begin() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {self.table}")).scalar_one())

    def __bool__(self) -> bool:
        """Whether any vector is held: one row read where a count reads them all (19 ms of the
        server's CPU at 100,000 profiles, on every shortlist that asked)."""
        with self.engine.begin() as conn:
            return bool(conn.execute(text(
                f"SELECT EXISTS (SELECT FROM {self.table})")).scalar_one())

    def __contains__(self, key: object) -> bool:
        return key in self._row_map()

    def fingerprints(self, keys: Sequence[str] | None = None) -> dict[str, str]:
        """key -> fingerprint of the text each stored vector was computed from."""
        sql = f"SELECT key, fingerprint FROM {self.table}"
        with self.engine.begin() as conn:
            if keys is None:
                rows = conn.execute(text(sql)).all()
            else:
                rows = conn.execute(text(sql + " WHERE key = ANY(:keys)"),
                                    {"keys": list(keys)}).all()
        return {r.key: r.fingerprint for r in rows}

    def upsert(
        self,
        keys: Sequence[str],
        vectors: Vectors,
        *,
        owners: Sequence[str] | None = None,
        fingerprints: Sequence[str] | None = None,
    ) -> None:
        """Insert or replace rows in one transaction (binary COPY into a staging table, then
        one INSERT ... ON CONFLICT), so a killed writer leaves all or none of a batch."""
        vectors = np.asarray(vectors, dtype=np.float32)
        check_upsert(keys, vectors, self.dim)
        owners = list(owners) if owners is not None else list(keys)
        prints = list(fingerprints) if fingerprints is not None else [""] * len(keys)
        if len(owners) != len(keys) or len(prints) != len(keys):
            raise IndexError_("owners and fingerprints must match the keys one to one")
        if not len(keys):
            return
        from pgvector.psycopg import register_vector

        raw: Any = self.engine.raw_connection()
        try:
            conn = raw.driver_connection
            register_vector(conn)
            with conn.cursor() as cur:
                cur.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS _vector_batch (key varchar(64), "
                    f"owner varchar(64), fingerprint varchar(32), embedding vector({self.dim})) "
                    "ON COMMIT DELETE ROWS"
                )
                with cur.copy(
                    "COPY _vector_batch (key, owner, fingerprint, embedding) "
                    "FROM STDIN WITH (FORMAT BINARY)"
                ) as copy:
                    copy.set_types(["varchar", "varchar", "varchar", "vector"])
                    for key, owner, fp, vector in zip(keys, owners, prints, vectors, strict=True):
                        copy.write_row((key, owner, fp, vector))
                cur.execute(
                    f"INSERT INTO {self.table} (key, owner, fingerprint, embedding) "
                    "SELECT key, owner, fingerprint, embedding FROM _vector_batch "
                    "ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, "
                    "fingerprint = EXCLUDED.fingerprint, embedding = EXCLUDED.embedding"
                )
                cur.execute(
                    f"INSERT INTO {self.short_table} (key, embedding, country) "
                    f"SELECT key, {self._projected('embedding')}, "
                    f"{self._owner_country.format(owner='owner')} FROM _vector_batch "
                    f"WHERE EXISTS (SELECT FROM {self.axes_table}) "
                    "ON CONFLICT (key) DO UPDATE SET embedding = EXCLUDED.embedding, "
                    "country = EXCLUDED.country"
                )
            raw.commit()
        except Exception:
            raw.rollback()
            raise
        finally:
            raw.close()
        if self._keys is not None:
            for key in keys:
                if key not in self._rows:
                    self._rows[key] = len(self._keys)
                    self._keys.append(key)

    def remove(self, keys: Iterable[str]) -> int:
        """Delete rows by key, and every row a removed candidate owns (their evidence)."""
        wanted = list(keys)
        if not wanted:
            return 0
        with self.engine.begin() as conn:
            gone = conn.execute(text(
                f"DELETE FROM {self.table} WHERE key = ANY(:k) OR owner = ANY(:k) RETURNING key"
            ), {"k": wanted}).scalars().all()
        for key in gone:
            self._rows.pop(key, None)
        return len(gone)

    def prune(self, keep: Iterable[str]) -> int:
        """Delete every row whose key is not in `keep` (a full batch knows the whole pool)."""
        stale = sorted(set(self.fingerprints()) - set(keep))
        return self.remove(stale) if stale else 0

    def row_mask(self, keys: Iterable[str]) -> Mask:
        wanted = list(keys)
        fresh = self._keys is None
        rows = self._row_map()
        if not fresh and any(k not in rows for k in wanted):
            # Another process may have written them since the map was read.
            self.refresh()
            rows = self._rows
        assert self._keys is not None
        mask = np.zeros(len(self._keys), dtype=bool)
        mask[[rows[k] for k in wanted if k in rows]] = True
        return mask

    # -- search ----------------------------------------------------------------------------

    def search(self, query: Vectors, k: int, allowed: Mask | None = None) -> list[Hit]:
        literal = self._literal(query)
        if allowed is None:
            return self._graph(literal, k, fetch=k)
        assert self._keys is not None
        if len(allowed) != len(self._keys):
            raise IndexError_(f"filter covers {len(allowed)} rows, the index has "
                              f"{len(self._keys)}")
        keys = [self._keys[r] for r in np.flatnonzero(allowed)]
        if not keys:
            return []
        if len(keys) <= EXACT_BELOW:
            return self._exact(literal, k, keys)
        share = len(keys) / len(self._keys)
        fetch = min(MAX_EF_SEARCH, math.ceil(k / share * 1.5))
        allowed_set = set(keys)
        hits = [h for h in self._graph(literal, k, fetch) if h.key in allowed_set][:k]
        return hits if len(hits) == min(k, len(keys)) else self._exact(literal, k, keys)

    def search_among(self, query: Vectors, k: int, members: Any,
                     countries: frozenset[str] | None = None) -> list[Hit]:
        """`search` among the keys the select `members` (of one column) gives, joined in by the
        database where `search` takes them as a mask: the same hits, without the keys read out
        into a mask and sent back (at 200,000 profiles, the bench's filtered pools: the
        client's CPU p50/p95 125-137/303-338 -> 12-16/17-28 ms; the server's about the same).
        `countries`: where every member's profile is, where the pool says."""
        literal = self._literal(query)
        rows = self._rows_table
        allowed: ColumnElement[bool] = rows.c.key.in_(members)
        # The pool is counted from its own rows: joined to the vectors, the count read every
        # vector row (at 500,000 profiles, an EU pool: 278 -> 11 ms of the server's CPU). A
        # member without a vector makes it an upper bound, which only sizes the graph's
        # over-fetch: too few hits still end in the exact search.
        with self.engine.begin() as conn:
            held = int(conn.execute(
                select(func.count()).select_from(members.subquery())).scalar_one())
        if not held:
            return []
        # A walk capped at MAX_EF_SEARCH rows holds about that many times the pool's share of
        # it; fewer than wanted and the exact search follows anyway, so it is not walked (at
        # 500,000 profiles, a pool of a seventh: 50-86 ms of the server's CPU saved).
        share = held / max(held, self._rows_estimated()) if held > EXACT_BELOW else 0.0
        if share * MAX_EF_SEARCH >= min(k, held):
            fetch = min(MAX_EF_SEARCH, math.ceil(k / share * 1.5))
            graph = self._graph(literal, k, fetch)
            fetched = bindparam("fetched", [h.key for h in graph], type_=ARRAY(String))
            with self.engine.begin() as conn:
                kept = set(conn.execute(select(rows.c.key).where(
                    allowed, rows.c.key == any_(fetched))).scalars())
            hits = [h for h in graph if h.key in kept][:k]
            if len(hits) == min(k, held):
                return hits
        distance = rows.c.embedding.op("<#>", return_type=Float)(text("CAST(:q AS vector)"))
        if held > RERANKED * k and self.projected():
            # The pool's rows lie on every page of the table: scanned on their projections
            # (a fifth of the pages), only the best are read whole: at 500,000 bench profiles,
            # pools of 71,000 and 78,000, server CPU 485-754 -> 302-540 ms, recall@200 .995-1;
            # met among the projection's nearest, 289-531 -> 215-419 ms, the same hits; a pool
            # of some countries joined to their rows only (an EU pool: 2,996 of 19,904 pages,
            # 71,000 distances of 500,000), the region roles' dense stage 284-338 -> 157-218 ms.
            near = self._nearest_projected(literal, RERANKED * k, members, held, countries)
            allowed = rows.c.key == any_(bindparam("near", near, type_=ARRAY(String)))
        with self.engine.begin() as conn:
            # Ordered by an expression the graph does not index: every allowed row is scored
            # (the graph would stop at hnsw.ef_search rows, the filter then leaving fewer).
            found = conn.execute(
                select(rows.c.key, (-distance).label("score")).where(allowed)
                .order_by(distance + literal_column("0")).limit(k), {"q": literal}).all()
        return _ranked(found, k)

    def _nearest_projected(self, literal: str, wanted: int, members: Any, held: int,
                           countries: frozenset[str] | None) -> list[str]:
        """The keys of the `wanted` members (of `held`) nearest the query on the projection,
        nearest first. A pool larger than the projection's nearest rows that its share says
        hold `wanted` of it (NEAR_MARGIN times as many) is met among those: the projection is
        read whole, best first, and the pool checked once, on them; joined to the pool, the
        scan hashed the pool's ids again in each of its parallel processes. Where they hold
        fewer (the pool lies away from the query), or the pool is the smaller, it is joined.
        A pool of some countries is joined to their rows only."""
        short = self._short_rows
        distance = short.c.embedding.op("<#>", return_type=Float)(
            text(self._projected("CAST(:q AS vector)")))
        if countries is not None:
            with self.engine.begin() as conn:
                return list(conn.execute(
                    select(short.c.key).where(short.c.country.in_(sorted(countries)),
                                              short.c.key.in_(members))
                    .order_by(distance).limit(wanted), {"q": literal}).scalars())
        nearest = math.ceil(wanted * NEAR_MARGIN * self._rows_estimated() / held)
        with self.engine.begin() as conn:
            if nearest < held:
                top = (select(short.c.key, distance.label("distance")).order_by(distance)
                       .limit(nearest).cte("top").prefix_with("MATERIALIZED"))
                met = list(conn.execute(
                    select(top.c.key).where(top.c.key.in_(members))
                    .order_by(top.c.distance, top.c.key).limit(wanted), {"q": literal}).scalars())
                if len(met) == wanted:
                    return met
            return list(conn.execute(
                select(short.c.key).where(short.c.key.in_(members)).order_by(distance)
                .limit(wanted), {"q": literal}).scalars())

    def projected(self) -> bool:
        """Whether the rows are projected (`project` ran): asked on each search, since another
        process may have run it."""
        with self.engine.begin() as conn:
            return bool(conn.execute(text(
                f"SELECT EXISTS (SELECT FROM {self.axes_table})")).scalar_one())

    def _rows_estimated(self) -> int:
        """The table's rows as the database last counted them (ANALYZE, which a rebuild runs,
        or autovacuum), counted now where it never has: the pool's share of them only sizes the
        graph's over-fetch. Reading every key for it (the row map) cost a process's first
        filtered search at 500,000 profiles 597 ms of client CPU and 92 MB of memory."""
        with self.engine.begin() as conn:
            counted = conn.execute(text(
                "SELECT reltuples FROM pg_class WHERE oid = CAST(:t AS regclass)"
            ), {"t": self.table}).scalar_one()
        return int(counted) if counted > 0 else len(self)

    def _literal(self, query: Vectors) -> str:
        vector = np.asarray(query, dtype=np.float32).reshape(-1)
        if vector.shape[0] != self.dim:
            raise IndexError_(f"query has {vector.shape[0]} dimensions, expected {self.dim}")
        return _text(vector)

    def _graph(self, literal: str, k: int, fetch: int) -> list[Hit]:
        with self.engine.begin() as conn:
            conn.execute(text("SELECT set_config('hnsw.ef_search', :ef, true)"),
                         {"ef": str(min(MAX_EF_SEARCH, max(self.ef_search, fetch)))})
            rows = conn.execute(text(
                f"SELECT key, -(embedding <#> CAST(:q AS vector)) AS score FROM {self.table} "
                f"ORDER BY embedding <#> CAST(:q AS vector) LIMIT :n"
            ), {"q": literal, "n": fetch}).all()
        return _ranked(rows, fetch)

    def _exact(self, literal: str, k: int, keys: list[str]) -> list[Hit]:
        with self.engine.begin() as conn:
            # The graph cannot be asked for "the nearest among these": score them all.
            conn.execute(text("SELECT set_config('enable_indexscan', 'off', true)"))
            rows = conn.execute(text(
                f"SELECT key, -(embedding <#> CAST(:q AS vector)) AS score FROM {self.table} "
                f"WHERE key = ANY(:keys) ORDER BY embedding <#> CAST(:q AS vector) LIMIT :n"
            ), {"q": literal, "keys": keys, "n": k}).all()
        return _ranked(rows, k)

    # -- persistence -----------------------------------------------------------------------

    def save(self, folder: Path) -> None:
        """The rows are already durable in PostgreSQL; the folder records where they live (no
        credentials), so a reader of the index folder knows it is not a file index."""
        folder.mkdir(parents=True, exist_ok=True)
        pointer = {"kind": self.kind, "table": self.table, "dim": self.dim,
                   "hnsw": {"m": self.m, "ef_construction": self.ef_construction}}
        (folder / POINTER_FILE).write_text(json.dumps(pointer))


def _text(vector: Vectors) -> str:
    """A vector as pgvector reads it."""
    return "[" + ",".join(f"{x:.7g}" for x in np.asarray(vector, dtype=np.float32)) + "]"


def _ranked(rows: Sequence[Any], k: int) -> list[Hit]:
    hits = [Hit(r.key, float(r.score)) for r in rows]
    hits.sort(key=lambda h: (-h.score, h.key))
    return hits[:k]


def vector_tables(engine: Engine) -> list[str]:
    """Every worldhire table of vectors of people in the database (the ones with an owner;
    a projection's rows go with theirs), schema-qualified."""
    with engine.begin() as conn:
        rows = conn.execute(text(
            "SELECT table_schema, table_name FROM information_schema.columns "
            "WHERE table_name LIKE :p AND column_name = 'owner' ORDER BY 1, 2"
        ), {"p": TABLE_PREFIX.replace("_", r"\_") + "%"}).all()
    return [f"{r.table_schema}.{r.table_name}" for r in rows]


def purge_owner(engine: Engine, candidate_id: str, conn: Connection | None = None) -> int:
    """Remove a candidate's rows (their profile and evidence) from every vector table; on `conn`
    (an erasure's unit of work) when given, else in a transaction of its own."""
    if conn is None:
        with engine.begin() as own:
            return purge_owner(engine, candidate_id, own)
    removed = 0
    for table in vector_tables(engine):
        removed += len(conn.execute(text(
            f"DELETE FROM {table} WHERE key = :c OR owner = :c RETURNING key"
        ), {"c": candidate_id}).all())
    return removed


class PgSink:
    """A pgvector table; `finish` rebuilds its HNSW graph when
    this run wrote a large share of it, since growing a graph row by row is slow."""

    def __init__(self, index: PgVectorIndex) -> None:
        self.index = index
        self._written = 0

    def fingerprints(self) -> dict[str, str]:
        return self.index.fingerprints()

    def write(
        self, keys: Sequence[str], owners: Sequence[str], prints: Sequence[str], vectors: Vectors
    ) -> None:
        if self._written == 0 and len(self.index) == 0:
            # An empty table is a bulk load: build the graph once at the end instead.
            self.index.drop_hnsw()
        self.index.upsert(keys, vectors, owners=owners, fingerprints=prints)
        self._written += len(keys)

    def prune(self, keep: Iterable[str]) -> int:
        return self.index.prune(keep)

    def finish(self) -> None:
        total = len(self.index)
        if self._written and self._written * 4 >= total:
            self.index.rebuild()
        else:
            self.index.create_hnsw()
            if self._written and not self.index.projected():
                self.index.project()  # a table grown past EXACT_BELOW a batch at a time


def _open(engine: Engine, model: str, dim: int, part: str) -> PgVectorIndex:
    return PgVectorIndex(engine, vectors_table(model, part), dim)


BACKEND = HeldBackend(
    name=PgVectorIndex.kind, dialect="postgresql", open=_open,
    sink=lambda engine, model, dim, part: PgSink(_open(engine, model, dim, part)),
    purge=purge_owner)
