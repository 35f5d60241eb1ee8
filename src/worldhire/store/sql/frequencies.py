"""How many profiles hold each word, as SQLite's full-text index counts them, kept in memory
while the index is unchanged.

The keyword stage asks for every word of a role's text (store.sql.keyword_search.selective: a word
most profiles hold is left out of the query). FTS5's vocabulary table counts a word's profiles
by reading its whole list of postings, positions and all, so the count grows with the pool: 0.9
ms of CPU a word at 100,000 profiles, where a role has twenty words and more, about 170 ms a
role whose words were not counted before at 1,000,000. Only the words that stay in the query
need their exact count; of the others it is enough to know that more than a share of the
profiles hold them. So a word that is a token as the index writes it is counted by a MATCH of
it, whose rows stop `above` past the share (`read_frequencies`): the commonest words, most of
the cost, are read a fifth of the way; the words kept are counted exactly either way.

A count is kept with the stamp of the index it was read from: FTS5's averages record (the rows
and words it holds) and its structure record (its segments and their write counter), rows 1 and
10 of its data table, which every write to the index rewrites in the transaction that commits
it. A count read under the same stamp is the count the vocabulary table would give. A
transaction that has written profiles and not committed them holds its changes outside those
records: it is never served from here (the caller reads the vocabulary itself).
"""

from __future__ import annotations

import re
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
# A word the index's tokenizer (unicode61, "+" and "#" kept) writes as it is: a MATCH of it
# finds exactly the profiles the vocabulary table counts for it. Another (upper case, accented)
# is no term of the index, and the vocabulary table is asked.
_TOKEN = re.compile(r"[a-z0-9+#]+")
_HOLDERS = text(f"SELECT count(*) FROM (SELECT 1 FROM {t.SEARCH_TABLE} "
                f"WHERE {t.SEARCH_TABLE} MATCH :word LIMIT :most)")


def read_frequencies(
    conn: Connection, words: Sequence[str], above: int | None = None
) -> dict[str, int]:
    """How many profiles hold each of `words` that some profile holds (the vocabulary table's
    count). With `above`, a word held by more than `above` profiles is counted `above + 1`."""
    if not words:
        return {}
    counted: dict[str, int] = {}
    asked = list(words)
    if above is not None:
        asked = [w for w in words if not _TOKEN.fullmatch(w)]
        for word in dict.fromkeys(w for w in words if _TOKEN.fullmatch(w)):
            held = int(conn.execute(_HOLDERS, {"word": f'"{word}"', "most": above + 1})
                       .scalar_one())
            if held:
                counted[word] = held
    if asked:
        vocab = table(f"{t.SEARCH_TABLE}_vocab", literal_column("term"), literal_column("doc"))
        counted.update({str(row["term"]): int(row["doc"]) for row in conn.execute(
            select(literal_column("term"), literal_column("doc")).select_from(vocab)
            .where(literal_column("term").in_(asked))
        ).mappings()})
    if above is not None:
        counted = {w: min(n, above + 1) for w, n in counted.items()}
    return counted


class WordFrequencies:
    def __init__(self) -> None:
        self._stamp: tuple[Any, ...] | None = None
        # A word's count, and whether it is exact (else: held by at least that many).
        self._held: dict[str, tuple[int, bool]] = {}
        self._lock = threading.Lock()

    def of(self, conn: Connection, words: Sequence[str], above: int | None = None
           ) -> dict[str, int]:
        """`read_frequencies` in `conn`'s snapshot of the index, the words counted under the
        same stamp from memory."""
        stamp = tuple(tuple(row) for row in conn.execute(_STAMP))
        known: dict[str, int] = {}
        with self._lock:
            if stamp != self._stamp:
                self._stamp, self._held = stamp, {}
            for word in words:
                count, exact = self._held.get(word, (0, False))
                if exact:
                    known[word] = count if above is None else min(count, above + 1)
                elif above is not None and count > above:
                    known[word] = above + 1
        missing = [w for w in dict.fromkeys(words) if w not in known]
        read = read_frequencies(conn, missing, above)
        counted = {w: read.get(w, 0) for w in missing}  # a word nobody holds: 0
        with self._lock:
            if stamp == self._stamp and len(self._held) + len(counted) <= WORD_SLOTS:
                self._held.update(
                    (w, (n, above is None or n <= above)) for w, n in counted.items())
        return {w: n for w, n in {**known, **counted}.items() if n}
