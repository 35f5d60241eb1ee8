"""PostgreSQL's full-text index at scale: how common a query's words are, and the index kept
tidy after a bulk load.

The keyword stage leaves the words most profiles hold out of its query, as on SQLite
(store.sql.keyword_search.selective), so the index ranks the profiles that hold the role's telling
words rather than most of the pool: a role's text holds "senior", "engineer", "python", each in
a third to three quarters of the profiles. SQLite counts a word's profiles in its vocabulary
table; PostgreSQL has no such count short of reading the word's postings, but ANALYZE keeps the
share of rows holding each of a tsvector column's most common words (pg_stats'
most_common_elems, about a thousand of them): a word it does not list is rarer than the rarest
it lists (under half a percent), so the shares that decide which words are common are there,
read in one query of the role's words.

ts_rank knows no word's rarity: twelve profiles holding "pytorch" twice outranked the one holding
"kubernetes" that the role asks for. The words kept are weighted by the logarithm of their
inverse share (BM25's IDF), each match adding its word's weight, ts_rank (how often and how
close the words occur) breaking ties between profiles holding the same words.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    Connection,
    String,
    bindparam,
    case,
    func,
    literal,
    literal_column,
    text,
)

# The GIN indexes a profile write adds to (migrations 0014 and 0025): their pending lists are
# merged after a bulk load (clean_pending_lists).
GIN_INDEXES = ("candidate_search_gin", "candidate_search_listing_terms")

_SHARES = text(
    "SELECT u.word, u.share FROM pg_stats AS s, "
    "unnest(CAST(CAST(s.most_common_elems AS text) AS text[]), s.most_common_elem_freqs) "
    "AS u(word, share) "
    "WHERE s.schemaname = current_schema() AND s.tablename = :table "
    "AND s.attname = :column AND u.word = ANY(:words)"
).bindparams(bindparam("words", type_=ARRAY(String)))


def word_shares(conn: Connection, table: str, column: str, words: Sequence[str]
                ) -> dict[str, float]:
    """The share of `table`'s rows whose tsvector `column` holds each of `words`, for the words
    the planner's statistics list among the column's most common; a word missing here is rarer
    than all of them (or the table was never analysed: then every word is missing)."""
    if not words:
        return {}
    rows = conn.execute(_SHARES, {"table": table, "column": column, "words": list(words)})
    return {str(word): float(share) for word, share in rows if share is not None}


def telling_words(conn: Connection, table: str, column: str, words: Sequence[str], *,
                  common_share: float, keep: int) -> dict[str, float]:
    """The words of a query worth asking the index for, each with its weight: those at most
    `common_share` of the rows hold, or the `keep` rarest when fewer are (as SQLite's
    store.sql.keyword_search.selective chooses them). A word the statistics do not list is taken
    as held by half as many rows as the rarest they list; without statistics (a table never
    analysed) every word is kept, all of the same weight."""
    shares = word_shares(conn, table, column, words)
    rarest = min(shares.values(), default=None)

    def share(word: str) -> float:
        return shares.get(word, rarest / 2 if rarest else 0.0)

    rare = [w for w in words if share(w) <= common_share]
    kept = rare if len(rare) >= keep else sorted(words, key=lambda w: (share(w), w))[:keep]
    return {w: math.log(1 / share(w)) if rarest else 1.0 for w in kept}


def weighted_rank(document: Any, weights: Mapping[str, float]) -> Any:
    """The score of a row's tsvector `document`: the weights of the words it holds, plus
    ts_rank over all of them (under 1: it orders rows holding the same words)."""
    simple: Any = literal_column("'simple'::regconfig")
    wanted = func.websearch_to_tsquery(simple, " or ".join(weights))
    held: Any = literal(0.0)
    for word, weight in weights.items():
        held = held + case((document.op("@@")(func.plainto_tsquery(simple, word)), weight),
                           else_=0.0)
    return held + func.ts_rank(document, wanted)


def clean_pending_lists(conn: Connection) -> None:
    """Merge the pending entries of the store's GIN indexes into their trees, where this user
    may (their owner, as VACUUM would). A bulk load leaves up to gin_pending_list_limit (4 MB)
    of entries pending, which every search of the index reads in full until autovacuum merges
    them."""
    conn.execute(text(
        "SELECT gin_clean_pending_list(c.oid) FROM pg_class AS c "
        "WHERE c.relname = ANY(:names) AND c.relkind = 'i' "
        "AND c.relnamespace = CAST(current_schema() AS regnamespace) "
        "AND pg_has_role(c.relowner, 'USAGE')"
    ).bindparams(bindparam("names", type_=ARRAY(String))), {"names": list(GIN_INDEXES)})
