"""The keyword stage's full-text queries: the words of a query worth asking for (the common ones
left out) and the profiles that match any of them, best first, read a part at a time or with
the pool's predicates joined in (FTS5 on SQLite; on PostgreSQL the postings of the words,
store/sql/postings.py, and `full_text` every match of the stored tsvectors)."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, func, literal_column, select, table, text

from worldhire.store.pg.full_text import telling_words
from worldhire.store.sql import schema as t
from worldhire.store.sql.frequencies import WordFrequencies, read_frequencies
from worldhire.store.sql.pool import among
from worldhire.store.sql.postings import SEARCH_VECTOR, Query, tsvector_matches


def full_text(
    conn: Connection, words: Sequence[str], k: int, where: Any,
    frequencies: WordFrequencies | None,
) -> list[tuple[str, float]]:
    """(candidate id, rank) of the best `k` matches of any word, best first, every match ranked
    by the index (on PostgreSQL each stored tsvector's); `where` joins predicates over
    `candidates` in."""
    query = _full_text_query(conn, words, where, frequencies)
    if query is None:
        return []
    rows = conn.execute(query.limit(k)).all()
    return [(r.candidate_id, float(r.score)) for r in rows]


class RankedMatches:
    """The full-text matches of any of `words` as (candidate id, score), best first and ties by
    id (`full_text`'s order), `part` at a time, from the best `limit`; `complete` once every
    match has been read.

    On SQLite FTS5 orders its matches alone and only each part's rows are looked up for their
    ids: ordering by (rank, id) in the statement joined every match to its profile's row before
    sorting, half the keyword stage's CPU at 30,000 profiles (29 -> 15 ms over 12 roles). A run
    of equal ranks is held back until the next rank shows, then ordered by id, so the parts are
    in the same order; one cut by `limit` is not handed out.

    On PostgreSQL the matches are ranked from their words' postings (store/sql/postings.py), in
    the order weighted_rank gives them, the whole store's best `first` at first and deeper only
    as `aim` asks; `exact` scores the ones kept from their tsvectors."""

    def __init__(self, conn: Connection, words: Sequence[str], part: int, limit: int,
                 frequencies: WordFrequencies | None, first: int) -> None:
        self.conn, self.words, self.part, self.limit = conn, words, part, limit
        self.frequencies = frequencies
        self.complete = False
        self.query: Query | None = None  # PostgreSQL's words as its postings hold them
        self.depth = first  # PostgreSQL: how deep the whole store is ranked next (`aim`)

    def __iter__(self) -> Iterator[list[tuple[str, float]]]:
        if self.conn.dialect.name != "sqlite":
            yield from self._from_postings()
            return
        words = list(selective(self.conn, self.words, self.frequencies))
        if not words:
            self.complete = True
            return
        found = self.conn.execute(text(
            f"SELECT rowid, rank FROM {t.SEARCH_TABLE} WHERE {t.SEARCH_TABLE} MATCH :match "
            "ORDER BY rank LIMIT :limit"), {"match": _match_any(words), "limit": self.limit})
        held: list[Any] = []  # the last rank read, which the next rows may continue
        read = 0
        try:
            while True:
                rows = found.fetchmany(self.part)
                read += len(rows)
                pending = held + list(rows)
                ended = len(rows) < self.part
                cut = len(pending)
                if not ended or read >= self.limit:
                    while cut and pending[cut - 1][1] == pending[-1][1]:
                        cut -= 1
                ready, held = pending[:cut], pending[cut:]
                if ready:
                    yield self._with_ids(ready)
                if ended:
                    self.complete = read < self.limit
                    return
        finally:
            found.close()

    def _with_ids(self, rows: list[Any]) -> list[tuple[str, float]]:
        ct = t.candidate_text
        ids = dict(self.conn.execute(select(ct.c.row, ct.c.candidate_id).where(
            among(ct.c.row, [r[0] for r in rows], "sqlite"))).all())
        ranked = sorted((rank, ids[row]) for row, rank in rows if row in ids)
        return [(candidate_id, -rank) for rank, candidate_id in ranked]

    def _postings_query(self) -> Query | None:
        """PostgreSQL: the words as the postings hold them (read once); None when no word is
        worth asking for."""
        if self.query is None:
            weights = _telling_words(self.conn, self.words)
            self.query = Query.of(self.conn, weights) if weights else None
        return self.query

    def aim(self, depth: int) -> bool:
        """Have the parts after those read come from the whole store's best `depth` (as deep as
        the share of the pool met says its members wanted are); False on PostgreSQL where that
        is past `limit`: the pool is then better ranked with its predicates joined in
        (`within`) than the whole store ranked that deep. SQLite's FTS5 reads on as it ranks."""
        if self.conn.dialect.name == "sqlite":
            return True
        if depth > self.limit:
            return False
        self.depth = max(self.depth, depth)
        return True

    def _from_postings(self) -> Iterator[list[tuple[str, float]]]:
        """The whole store's best `first`, then as deep as `aim` asks and at least twice as
        deep each time (a share of the pool met that keeps falling costs a few rankings, not
        one a part), the profiles handed out before left out: ranked every part's depth at
        once, a pool whose best were among the first few hundred cost a second aggregate where
        `Query.best`'s guess of the last score was too high for that depth
        (store/sql/postings.py has the figures)."""
        query = self._postings_query()
        if query is None:
            self.complete = True
            return
        sent: set[str] = set()
        asked = self.depth
        while True:
            found = query.best(self.conn, asked)
            fresh = [(r.candidate_id, float(r.score)) for r in found
                     if r.candidate_id not in sent]
            sent.update(cid for cid, _ in fresh)
            for start in range(0, len(fresh), self.part):
                yield fresh[start:start + self.part]
            if len(found) < asked:
                self.complete = True
                return
            if asked >= self.limit:
                return
            asked = min(self.limit, max(self.depth, 2 * asked))

    def of_few(self, where: Any, k: int) -> list[tuple[str, float]] | None:
        """On PostgreSQL, the best `k` matches of a pool (`where`'s predicates over
        `candidates`) of no more profiles than the parts read (`limit`), ranked from its
        members' tsvectors as `exact` ranks; None for a larger pool, and on SQLite.

        A pool the parts miss was ranked with its predicates joined in, every posting of the
        words summed again, and each part read before checked against it: a pool of a few
        profiles or none (an overlap rule that no working window of the pool's countries
        meets) cost 0.3-0.56 s of the server's CPU at 200,000 profiles. The pool is counted
        no further than `limit`, so a small one costs what it holds."""
        if self.conn.dialect.name == "sqlite":
            return None
        counted: Any = select(literal_column("1")).where(where).select_from(t.candidates)
        held = self.conn.execute(select(func.count()).select_from(
            counted.limit(self.limit + 1).subquery())).scalar_one()
        if held > self.limit:
            return None
        query = self._postings_query()
        if query is None or not held:
            return []
        members = self.conn.execute(select(t.candidates.c.id).where(where)).scalars().all()
        return query.among(self.conn, members, k)

    def within(self, where: Any, k: int) -> list[tuple[str, float]]:
        """The best `k` matches with `where`'s predicates over `candidates` joined in, every
        match read: FTS5's ranking on SQLite, the postings' on PostgreSQL (twice as many: the
        k-th's ties are at hand for `exact`)."""
        if self.query is None:
            return full_text(self.conn, self.words, k, where, self.frequencies)
        rows = self.query.best(self.conn, 2 * k, where)
        return [(r.candidate_id, float(r.score)) for r in rows]

    def exact(self, hits: list[tuple[str, float]], k: int) -> list[tuple[str, float]]:
        """The best `k` of the matches kept, scored and ordered as the database's full-text
        index ranks them: as they are on SQLite, from their tsvectors on PostgreSQL."""
        if self.query is None:
            return hits[:k]
        return self.query.exact(self.conn, hits, k)


def _match_any(words: Sequence[str]) -> str:
    """An FTS5 query for any of the words: each quoted, so none is an operator."""
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in words)


def _full_text_query(conn: Connection, words: Sequence[str], where: Any,
                     frequencies: WordFrequencies | None) -> Any:
    """The matches of any word as (candidate_id, score), best first (ties by id); None when no
    profile holds a word worth asking for."""
    ct = t.candidate_text
    if conn.dialect.name == "sqlite":
        words = list(selective(conn, words, frequencies))
        if not words:
            return None
        # FTS5's rank is bm25, lower is better.
        match = _match_any(words)
        rank: Any = literal_column(f"{t.SEARCH_TABLE}.rank")
        order: Any = rank.asc()
        score: Any = -rank
        query = (
            select(ct.c.candidate_id, score.label("score"))
            .select_from(table(t.SEARCH_TABLE).join(ct, ct.c.row == literal_column(
                f"{t.SEARCH_TABLE}.rowid")))
            .where(text(f"{t.SEARCH_TABLE} MATCH :match").bindparams(match=match))
        )
    else:
        weights = _telling_words(conn, words)
        if not weights:
            return None
        query, score = tsvector_matches(weights)
        order = score.desc()
    if where is not None:
        query = query.join(t.candidates, t.candidates.c.id == ct.c.candidate_id).where(where)
    return query.order_by(order, ct.c.candidate_id)


# A word held by more than this share of the profiles is left out of a full-text query (unless
# every word is): it adds little to BM25 and makes the index score most of the pool.
COMMON_SHARE = 0.2


KEEP_RAREST = 3


def selective(conn: Connection, words: Sequence[str],
               frequencies: WordFrequencies | None) -> dict[str, int]:
    """The query's words that some profiles hold, minus the common ones, each with the count of
    profiles holding it (FTS5's vocabulary table counts them; `frequencies` keeps its counts
    while the index is unchanged); the rarest few are kept when all are common. A common
    word's count is read only as far as the share (sql/frequencies.py), unless the rarest few
    are wanted."""

    def counts(above: int | None) -> dict[str, int]:
        return (read_frequencies(conn, list(words), above) if frequencies is None
                else frequencies.of(conn, list(words), above))

    # The largest row number is the count of profiles written, an upper bound of those held.
    written = conn.execute(select(func.max(t.candidate_text.c.row))).scalar_one() or 0
    held = counts(math.floor(COMMON_SHARE * written))  # past it: counted one more, common
    found = [w for w in words if held.get(w, 0) > 0]  # a word nobody holds matches nothing
    rare = [w for w in found if held[w] <= COMMON_SHARE * written]
    if len(rare) < KEEP_RAREST:
        held = counts(None)
        rare = sorted(found, key=lambda w: (held[w], w))[:KEEP_RAREST]
    return {w: held[w] for w in rare}


def _telling_words(conn: Connection, words: Sequence[str]) -> dict[str, float]:
    """PostgreSQL: `selective`'s words, each weighted by its rarity (pg/full_text.py)."""
    return telling_words(conn, t.candidate_text.name, SEARCH_VECTOR, words,
                         common_share=COMMON_SHARE, keep=KEEP_RAREST)
