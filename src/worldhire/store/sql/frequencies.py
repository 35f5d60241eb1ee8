"""How many profiles hold each word, as SQLite's full-text index counts them, kept in memory
while the index is unchanged.

The keyword stage asks for every word of a role's text (store.sql.repository._selective: a word
most profiles hold is left out of the query). FTS5's vocabulary table counts a word's profiles
by reading its whole list of postings, so the count grows with the pool: 0.9 ms of CPU a word
at 100,000 profiles, where a role has twenty words and more. A count is kept with the stamp of
the index it was read from: FTS5's averages record (the rows and words it holds) and its
structure record (its segments and their write counter), rows 1 and 10 of its data table, which
every write to the index rewrites in the transaction that commits it. A count read under the
same stamp is the count the vocabulary table would give. A transaction that has written
profiles and not committed them holds its changes outside those records: it is never served
from here (the caller reads the vocabulary itself).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, literal_column, select, table, text

from worldhire.store.sql import schema as t

# The rows of FTS5's data table that every write to the index rewrites (fts5_index.c:
# FTS5_AVERAGES_ROWID, FTS5_STRUCTURE_ROWID).
_STAMP = text(f"SELECT id, block FROM {t.SEARCH_TABLE}_data WHERE id IN (1, 10) ORDER BY id")
# Words kept at most; a role's text has a few dozen, a store's vocabulary thousands.
WORD_SLOTS = 50_000


def read_frequencies(conn: Connection, words: Sequence[str]) -> dict[str, int]:
    """How many profiles hold each of `words` that some profile holds (the vocabulary table)."""
    if not words:
        return {}
    vocab = table(f"{t.SEARCH_TABLE}_vocab", literal_column("term"), literal_column("doc"))
    return {str(row["term"]): int(row["doc"]) for row in conn.execute(
        select(literal_column("term"), literal_column("doc")).select_from(vocab)
        .where(literal_column("term").in_(list(words)))
    ).mappings()}


class WordFrequencies:
    def __init__(self) -> None:
        self._stamp: tuple[Any, ...] | None = None
        self._held: dict[str, int] = {}
        self._lock = threading.Lock()

    def of(self, conn: Connection, words: Sequence[str]) -> dict[str, int]:
        """`read_frequencies` in `conn`'s snapshot of the index, the words counted under the
        same stamp from memory."""
        stamp = tuple(tuple(row) for row in conn.execute(_STAMP))
        with self._lock:
            if stamp != self._stamp:
                self._stamp, self._held = stamp, {}
            known = {w: self._held[w] for w in words if w in self._held}
        missing = [w for w in dict.fromkeys(words) if w not in known]
        read = read_frequencies(conn, missing)
        counted = {w: read.get(w, 0) for w in missing}  # a word nobody holds: 0
        with self._lock:
            if stamp == self._stamp and len(self._held) + len(counted) <= WORD_SLOTS:
                self._held.update(counted)
        return {w: n for w, n in {**known, **counted}.items() if n}
